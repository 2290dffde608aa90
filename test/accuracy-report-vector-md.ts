// The sections of docs/accuracy.md for the gated linear units, the softmax family and maxout
// (measured by test/accuracy-report-vector.ts): two summary tables and one table per function.
// Used by renderMarkdown in test/accuracy-report.ts.
import type { Measure } from './accuracy-report.js';
import { show } from './accuracy-report-vector.js';
import { NEAR_ZERO } from './contract.js';

const GATED = ['glu', 'reglu', 'geglu', 'gegluTanh', 'swiglu', 'swigluOss'];
const ROWS = ['softmax', 'logSoftmax', 'logSumExp', 'softmin', 'hardmax', 'maxout', 'sparsemax'];
const fmtUlp = (v: number): string => (Number.isFinite(v) ? v.toFixed(3) : String(v));
const pct = (a: number, n: number): string => `${((100 * a) / n).toFixed(1)} %`;

/** The summary tables and per-function sections of the vector measurements. */
export function renderVectorMarkdown(ms: Measure[]): string[] {
  const L: string[] = [];
  const paramsOf = (m: Measure) => /, (\d[\d.]*)\)/.exec(m.call)?.[1] ?? '—';
  L.push('## Summary: gated linear units (max ulp error)');
  L.push('');
  L.push('f(a, b) = a·g(b), ∂/∂a = g(b), ∂/∂b = a·g′(b) at pairs (a, b) (test/fixtures/accuracy-vector/<unit>.json): b on a grid');
  L.push('over [−10, 10], random, ±1e-10 … 1e3 log-spaced, ±1e15 … 1e300, the negative tail down to where g underflows (densely');
  L.push("where g(b) turns subnormal), near g′'s zero (±1 … 4 ulp, ±1e-12 … 0.25), ±0 and subnormals; a in turn from ±1, 0.5,");
  L.push('−2.5, 3.7e-3, −41.3, −0.7, 1e-300, −6.02e23, 1e150, 1e300 (1e-30 … 3e38 in float32; only |a| ≤ 1 where g(b) or g′(b) is');
  L.push('subnormal in float64, where the gate value carries only absolute accuracy). The Float32Array kernels run on one row');
  L.push('a | b, the backward pass with dy = 1 (its halves are ∂/∂a and ∂/∂b). swigluOss (GPT-OSS) is (l + 1)·g(min(b, 7)) with');
  L.push("l = clamp(a, ±7), its clamps' slopes 1 at the bounds and 0 beyond; its b also near 7, its a also near −1, ±7 and tiny.");
  L.push('');
  L.push(
    '| function | params | f float64 | ∂/∂a float64 | ∂/∂b float64 | f float32 | ∂/∂a float32 | ∂/∂b float32 | backward ∂/∂a | backward ∂/∂b |',
  );
  L.push('| --- | --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |');
  const cols = ['f64 f', 'f64 da', 'f64 db', 'f32 f', 'f32 da', 'f32 db', 'bw da', 'bw db'];
  for (const fam of GATED) {
    const own = ms.filter((m) => m.family === fam);
    for (const p of [...new Set(own.map(paramsOf))].sort((x, y) => (x === '—' ? -1 : y === '—' ? 1 : x < y ? -1 : 1))) {
      const cells = cols.map((c) => {
        const m = own.find((o) => o.vector === c && paramsOf(o) === p);
        return m ? fmtUlp(m.max) : '—';
      });
      L.push(`| ${fam} | ${p} | ${cells.join(' | ')} |`);
    }
  }
  L.push('');
  L.push('## Summary: row-wise functions (max ulp error)');
  L.push('');
  L.push('Rows of 2, 10, 100 and 1000 entries (test/fixtures/accuracy-vector/rows.json): moderate spreads, a dominant maximum');
  L.push('over a long tail (down to −700; −80 in float32), near-ties (steps of 2⁻⁴⁰), −∞ entries, spreads up to 1e4, shifts by 1e6');
  L.push('and 1e300 (3e37 in float32). The Float32Array kernels take the rows of one length together (rowSize = n). The');
  L.push('backward passes for a fixed dy (pseudo-random in [−1, 1]), from');
  L.push('the correctly rounded forward output of the same format (softmax, logSoftmax) or from x (logSumExp); maxout on');
  L.push('groups of 2 and 5 of the same rows, held to 0 ulp. softmin (softmax of −x) on the rows without −∞ entries (where it');
  L.push('is NaN), its backward from its rounded output; hardmax (the one-hot of the first maximum) and its zero backward pass');
  L.push('held to 0 ulp. sparsemax has its own rows (test/fixtures/accuracy-vector/sparsemax.json: lengths 2 to 1000, ties,');
  L.push('−∞ entries, a dominant maximum, entries 2⁻²⁰ from the threshold, offsets where x − τ cancels), its backward from the');
  L.push('correctly rounded y of the same format; zeros must be exact (+0).');
  L.push('');
  L.push('| function | f float64 | backward float64 | f float32 | backward float32 |');
  L.push('| --- | ---: | ---: | ---: | ---: |');
  for (const fam of ROWS) {
    const cells = ['f64 f', 'f64 bw', 'f32 f', 'f32 bw'].map((c) => {
      const m = ms.find((o) => o.family === fam && o.vector === c);
      return m ? fmtUlp(m.max) : '—';
    });
    L.push(`| ${fam} | ${cells.join(' | ')} |`);
  }
  L.push('');
  L.push('logSumExp float64: ulps of max(|logSumExp|, |max x|) (m + log1p(s) may cancel); logSoftmax backward float64: 4 ulp');
  L.push('or 4·2⁻⁵² of the larger of |dy_i| and |e^{y_i}·Σdy| (the difference may cancel).');
  L.push('');
  L.push('## Summary: softmax cross-entropy (max ulp error)');
  L.push('');
  L.push('The rows above (test/fixtures/accuracy-vector/softmax-cross-entropy.json), each with two class labels and a row of');
  L.push('probabilities (label smoothing 0.1 where no logit is −∞): the loss in float64 (the scalar, and the kernel’s per-row');
  L.push('`losses` from float32 logits) and the kernel’s gradient (float32, reduction `sum`).');
  L.push('');
  L.push('| function | loss (label) float64 | loss (probabilities) float64 | kernel row losses float64 | kernel gradient float32 |');
  L.push('| --- | ---: | ---: | ---: | ---: |');
  const lossCells = ['f64 f', 'f64 p', 'f32 loss', 'f32 grad'].map((c) => {
    const m = ms.find((o) => o.family === 'softmaxCrossEntropy' && o.vector === c);
    return m ? fmtUlp(m.max) : '—';
  });
  L.push(`| softmaxCrossEntropy | ${lossCells.join(' | ')} |`);
  L.push('');
  for (const fam of [...GATED, ...ROWS, 'softmaxCrossEntropy']) {
    const own = ms.filter((m) => m.family === fam);
    if (own.length === 0) continue;
    L.push(`## ${fam}`);
    L.push('');
    L.push('| call | computed as | points | max ulp | mean ulp | correctly rounded | worst input (result, correctly rounded) |');
    L.push('| --- | --- | ---: | ---: | ---: | ---: | --- |');
    const order = (m: Measure) => (paramsOf(m) === '—' ? 0 : 1);
    for (const m of [...own].sort((x, y) => order(x) - order(y))) {
      const w = m.worst.err >= 0 ? `${m.worst.at} (${show(m.worst.got)}, ${show(m.worst.y)})` : '—';
      L.push(`| \`${m.call}\` | ${m.kind} | ${m.n} | ${fmtUlp(m.max)} | ${m.mean.toFixed(4)} | ${pct(m.correctlyRounded, m.n)} | ${w} |`);
      if (m.near) {
        const beta = Number(paramsOf(m) === '—' ? 1 : paramsOf(m));
        const zero = `${beta === 1 ? 'b' : 'βb'} = ${m.near.zero}`;
        L.push(
          `| ↳ within ${NEAR_ZERO} of g′'s zero (${zero}) | float64 scalar, ∂/∂b | ${m.near.n} | ${fmtUlp(m.near.max)} | | | ${m.near.at} |`,
        );
      }
    }
    L.push('');
  }
  return L;
}
