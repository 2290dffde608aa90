// Measures every function, derivative and kernel of the library against the dense accuracy
// fixtures (test/fixtures/accuracy/*.json, made by test/fixtures/generate-accuracy.mjs) and
// renders docs/accuracy.md. Used by test/accuracy.test.ts (contract + staleness check) and
// scripts/accuracy.ts (npm run accuracy). Deterministic: same fixtures and library → same text.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { reportOrder } from '../scripts/manifest/index.js';
import * as api from '../src/index.js';
import { erfc } from '../src/internal/erfc.js';
import { measureSparsemax } from './accuracy-report-sparsemax.js';
import { loadVectorFixtures, measureVector, type VectorFixtures } from './accuracy-report-vector.js';
import { renderVectorMarkdown } from './accuracy-report-vector-md.js';
import { derivativeZero, F32_ULP, F64_ULP, kernelArgs, meets32, meets64, NEAR_ZERO } from './contract.js';
import { signedZeroMismatch, ulpError32, ulpError64 } from './ulp.js';

export const FIXTURE_DIR = fileURLToPath(new URL('./fixtures/accuracy/', import.meta.url));

export interface Series {
  x: number[];
  y: number[];
  r: number[];
}
export interface CaseFixture {
  name: string;
  params: number[];
  f64: Series;
  f32: Series;
}

const num = (v: number | string): number => (typeof v === 'number' ? v : Number(v)); // "-0", "Infinity"

/** All fixture files, in file-name order. */
export function loadFixtures(dir = FIXTURE_DIR): CaseFixture[] {
  return readdirSync(dir)
    .filter((f) => f.endsWith('.json'))
    .sort()
    .map((f) => {
      const raw = JSON.parse(readFileSync(join(dir, f), 'utf8')) as {
        name: string;
        params: number[];
        f64: Record<'x' | 'y' | 'r', (number | string)[]>;
        f32: Record<'x' | 'y' | 'r', (number | string)[]>;
      };
      const series = (s: Record<'x' | 'y' | 'r', (number | string)[]>): Series => ({ x: s.x.map(num), y: s.y.map(num), r: s.r.map(num) });
      return { name: raw.name, params: raw.params, f64: series(raw.f64), f32: series(raw.f32) };
    });
}

type Fn = (x: number, ...params: number[]) => number;
type Kernel = (out: Float32Array, x: Float32Array, ...params: unknown[]) => Float32Array;
type Backward = (dx: Float32Array, dy: Float32Array, x: Float32Array, ...params: unknown[]) => Float32Array;
const lookup = api as unknown as Record<string, unknown>;

function exported<T>(name: string, from: Record<string, unknown> = lookup): T {
  const fn = from[name];
  if (typeof fn !== 'function') throw new Error(`no export ${name}`);
  return fn as T;
}

/** One measured call: a scalar, kernel or backward pass of one case over its fixture points. */
export interface Measure {
  /** Family (the function's name without "Derivative"), for grouping in the report. */
  family: string;
  /** Case name and params, e.g. "softplusDerivative(x, 2)". */
  call: string;
  /** What was run: "float64 scalar", "Float32Array kernel", "backward, dy = 1". */
  kind: string;
  role: 'f' | 'f′';
  precision: 'float64' | 'float32';
  n: number;
  /** Max and mean fractional ulp error vs the exact value, over every point. */
  max: number;
  mean: number;
  /** Points with the correctly rounded result (same value and sign of zero). */
  correctlyRounded: number;
  worst: { x: number; got: number; y: number; err: number; at?: string };
  /** Derivatives that cross 0 only: the points within NEAR_ZERO of the zero, their max ulp error and its input. */
  near?: { n: number; max: number; x: number; at?: string; zero: number };
  failures: string[];
  /** Vector fixtures only (accuracy-report-vector.ts): the summary column, e.g. "f64 db". */
  vector?: string;
}

const show = (v: number): string => (Object.is(v, -0) ? '-0' : String(v));

function familyOf(name: string): string {
  return name.endsWith('Derivative') ? name.slice(0, -'Derivative'.length) : name;
}

function measure(
  c: CaseFixture,
  kind: string,
  precision: 'float64' | 'float32',
  s: Series,
  results: ArrayLike<number>,
  label: string,
): Measure {
  const isF64 = precision === 'float64';
  const zero = isF64 ? derivativeZero(c.name, c.params) : undefined;
  let max = 0;
  let sum = 0;
  let count = 0;
  let cr = 0;
  let worst = { x: NaN, got: NaN, y: NaN, err: -1 };
  let near: Measure['near'];
  const failures: string[] = [];
  for (let i = 0; i < s.x.length; i++) {
    const x = s.x[i];
    const got = results[i];
    const y = s.y[i];
    const r = s.r[i];
    const err = isF64 ? ulpError64(got, y, r) : ulpError32(got, y, r);
    const szm = signedZeroMismatch(got, y);
    if (Object.is(got, y)) cr++;
    const ok = isF64 ? meets64({ ulp: err, signedZeroMismatch: szm }) : meets32({ ulp: err, signedZeroMismatch: szm });
    if (!ok) {
      const what = `${err.toFixed(3)} ulp > ${isF64 ? F64_ULP : F32_ULP}`;
      failures.push(
        `${label} x = ${show(x)}: got ${show(got)}, correctly rounded ${show(y)} (r = ${r}): ${szm ? 'wrong sign of zero' : what}`,
      );
    }
    if (zero !== undefined && Math.abs(x - zero) <= NEAR_ZERO) {
      if (!near) near = { n: 0, max: -1, x: NaN, zero };
      near.n++;
      if (err > near.max) near = { ...near, max: err, x };
    }
    sum += err;
    count++;
    if (err > max || worst.err < 0) max = Math.max(max, err);
    if (err > worst.err) worst = { x, got, y, err };
  }
  return {
    family: familyOf(c.name),
    call: `${c.name}(x${c.params.map((p) => `, ${p}`).join('')})`,
    kind,
    role: c.name.endsWith('Derivative') ? 'f′' : 'f',
    precision,
    n: s.x.length,
    max,
    mean: count ? sum / count : 0,
    correctlyRounded: cr,
    worst,
    ...(near ? { near } : {}),
    failures,
  };
}

/**
 * Runs every scalar, kernel and backward pass over its fixture points (then the vector fixtures').
 * `kernels` supplies the Float32Array kernels (rectified/simd's, in test/simd-accuracy.test.ts).
 */
export function measureAll(
  fixtures: CaseFixture[] = loadFixtures(),
  vector: VectorFixtures = loadVectorFixtures(),
  kernels: Record<string, unknown> = lookup,
): Measure[] {
  const out: Measure[] = [];
  for (const c of fixtures) {
    const scalar: Fn = c.name === 'erfc' ? (x) => erfc(x) : exported<Fn>(c.name);
    const y64 = c.f64.x.map((x) => scalar(x, ...c.params));
    out.push(measure(c, 'float64 scalar', 'float64', c.f64, y64, c.name));
    if (c.f32.x.length === 0) continue;
    const x32 = Float32Array.from(c.f32.x);
    const kernelName = `${c.name}F32`;
    const y32 = exported<Kernel>(kernelName, kernels)(new Float32Array(x32.length), x32, ...kernelArgs(familyOf(c.name), c.params));
    out.push(measure(c, 'Float32Array kernel', 'float32', c.f32, y32, kernelName));
    if (c.name.endsWith('Derivative')) {
      const backwardName = `${familyOf(c.name)}BackwardF32`;
      const dy = new Float32Array(x32.length).fill(1);
      const dx = exported<Backward>(backwardName, kernels)(
        new Float32Array(x32.length),
        dy,
        x32,
        ...kernelArgs(familyOf(c.name), c.params),
      );
      out.push(measure(c, 'backward, dy = 1', 'float32', c.f32, dx, `${backwardName} (dy = 1)`));
    }
    if (c.name === 'relu') {
      // crelu's kernel: relu(x) then relu(−x) (exact: −x is a float32, relu(±0) = +0)
      const n = x32.length;
      const o = exported<Kernel>('creluF32', kernels)(new Float32Array(2 * n), x32);
      const neg: Series = { x: c.f32.x, y: c.f32.x.map((x) => (x < 0 ? -x : 0)), r: c.f32.x.map(() => 0) };
      const cc = { ...c, name: 'crelu' };
      out.push(measure(cc, 'Float32Array kernel, relu(x) half', 'float32', c.f32, o.subarray(0, n), 'creluF32 (first half)'));
      out.push(measure(cc, 'Float32Array kernel, relu(−x) half', 'float32', neg, o.subarray(n), 'creluF32 (second half)'));
    }
  }
  return [...out, ...measureVector(vector), ...measureSparsemax()];
}

// ---------------------------------------------------------------------------------------------
// Markdown
// ---------------------------------------------------------------------------------------------

/**
 * Points where a bound is out of reach, with the reason (hand-kept; rendered in the report and
 * exempt from nothing: the contract test still fails on them until they are fixed or the
 * contract changes).
 */
export const OUT_OF_REACH: readonly { call: string; x: string; reason: string }[] = [];

/** Section order: scripts/manifest's (the README's), erfc last. */
const FAMILY_ORDER = reportOrder();

const fmtUlp = (v: number): string => (Number.isFinite(v) ? v.toFixed(3) : String(v));
const pct = (a: number, n: number): string => `${((100 * a) / n).toFixed(1)} %`;
const rank = (m: Measure): number => (m.precision === 'float64' ? 0 : m.kind.startsWith('backward') ? 2 : 1) * 2 + (m.role === 'f' ? 0 : 1);

function sortMeasures(ms: Measure[]): Measure[] {
  const fam = (m: Measure): number => {
    const i = FAMILY_ORDER.indexOf(m.family);
    return i < 0 ? FAMILY_ORDER.length : i;
  };
  return [...ms].sort(
    (a, b) =>
      fam(a) - fam(b) ||
      (a.family < b.family ? -1 : a.family > b.family ? 1 : 0) ||
      (a.call < b.call ? -1 : a.call > b.call ? 1 : 0) ||
      rank(a) - rank(b),
  );
}

const paramsOf = (call: string): string => {
  const m = /\(x(.*)\)$/.exec(call);
  return m?.[1] ? m[1].slice(2) : '—';
};

export function renderMarkdown(measures: Measure[]): string {
  const ms = sortMeasures(measures.filter((m) => !m.vector));
  const L: string[] = [];
  const nPoints = measures.reduce((a, m) => a + m.n, 0);
  L.push('# Accuracy');
  L.push('');
  L.push(
    '<!-- Generated by `npm run accuracy` (scripts/accuracy.ts) from test/fixtures/accuracy/*.json and test/fixtures/accuracy-vector/*.json; do not edit by hand. -->',
  );
  L.push('');
  L.push('Every function and derivative of `rectified`, as a float64 scalar and as a `Float32Array` kernel (and the fused');
  L.push('backward pass with dy = 1), measured against exact values. This page is regenerated by `npm run accuracy`, and');
  L.push('`npm test` fails when it is stale or when any point misses the contract.');
  L.push('');
  L.push('**Method.** `test/fixtures/generate-accuracy.mjs` evaluates each function from its mathematical definition');
  L.push('in decimal.js at 80 significant digits (erf/erfc by series and by continued fraction, cross-checked; every 8th');
  L.push('point, every point near a derivative zero and every near-tie re-checked at 120 digits or more), at the exact');
  L.push('value of each input, and rounds the exact value once to float64 and once to float32 (ties to even). The');
  L.push('inputs: a dense grid and random points over [−10, 10], ±10^k for k = −300 … 300, float32 values up to');
  L.push("±3.4e38 and subnormals, and each function's trouble spots (near 0, the kinks, the derivatives' zeros,");
  L.push('softplus at βx ≈ 15 … 40 and 700 … 750, elu for tiny negatives, gelu for x in −40 … −3, subnormal results).');
  L.push('The gated units (at pairs (a, b)), softmax, logSoftmax, logSumExp (on rows) and maxout: the same way, by');
  L.push('`test/fixtures/generate-vector-accuracy.mjs` (inputs described in their sections below).');
  L.push('');
  L.push('**Columns.** *max* and *mean ulp*: the error |result − exact| in units in the last place of the exact value');
  L.push('(fractional: a correctly rounded result is at most 0.5 ulp off). *correctly rounded*: the share of results equal');
  L.push('to the exact value rounded to nearest (same sign of zero). *worst input*: the input of the max error.');
  L.push(`The contract ([design](design.md), test/contract.ts): float64 ≤ ${F64_ULP} ulp; Float32Array kernels ≤ ${F32_ULP} ulp; no NaN,`);
  L.push('infinity or signed-zero mismatch. The derivatives that cross 0 (silu′, gelu′, geluTanh′, mish′, swish′ and the');
  L.push(`gated units' ∂/∂b) are held to the same ${F64_ULP} ulp next to their zero; the rows marked ↳ report the points within`);
  L.push(`${NEAR_ZERO} of it (every double within 64 ulp of the zero, a dense grid and steps down to 1e-12) on their own.`);
  L.push('');
  L.push(`${measures.length} measured calls, ${nPoints} points.`);
  L.push('');
  L.push('## Summary: max ulp error');
  L.push('');
  L.push('| function | params | f float64 | f′ float64 | f float32 | f′ float32 | backward float32 |');
  L.push('| --- | --- | ---: | ---: | ---: | ---: | ---: |');
  const rows = new Map<string, { family: string; params: string; cells: string[] }>();
  for (const m of ms) {
    if (m.family === 'crelu' || m.family === 'erfc') continue;
    const key = `${m.family}|${paramsOf(m.call)}`;
    if (!rows.has(key)) rows.set(key, { family: m.family, params: paramsOf(m.call), cells: ['', '', '', '', ''] });
    const col = rank(m) === 5 ? 4 : rank(m);
    rows.get(key)!.cells[col] = fmtUlp(m.max);
  }
  for (const r of rows.values()) L.push(`| ${r.family} | ${r.params} | ${r.cells.map((c) => c || '—').join(' | ')} |`);
  L.push('');
  L.push('erfc (internal, float64 only) and crelu (its kernel, against relu) are in their own tables below.');
  L.push('');
  let family = '';
  for (const m of ms) {
    if (m.family !== family) {
      family = m.family;
      L.push(`## ${family}`);
      L.push('');
      L.push('| call | computed as | points | max ulp | mean ulp | correctly rounded | worst input (result, correctly rounded) |');
      L.push('| --- | --- | ---: | ---: | ---: | ---: | --- |');
    }
    const w = m.worst.err >= 0 ? `x = ${show(m.worst.x)} (${show(m.worst.got)}, ${show(m.worst.y)})` : '—';
    L.push(`| \`${m.call}\` | ${m.kind} | ${m.n} | ${fmtUlp(m.max)} | ${m.mean.toFixed(4)} | ${pct(m.correctlyRounded, m.n)} | ${w} |`);
    if (m.near) {
      L.push(
        `| ↳ within ${NEAR_ZERO} of the zero ${m.near.zero} | float64 scalar | ${m.near.n} | ${fmtUlp(m.near.max)} | | | x = ${show(m.near.x)} |`,
      );
    }
    const next = ms[ms.indexOf(m) + 1];
    if (!next || next.family !== family) L.push('');
  }
  L.push(...renderVectorMarkdown(measures.filter((m) => m.vector)));
  L.push('## Points out of reach');
  L.push('');
  const failing = measures.flatMap((m) => m.failures);
  if (OUT_OF_REACH.length === 0 && failing.length === 0) {
    L.push('None: every point of every function, derivative and kernel is within its bound.');
  } else {
    for (const o of OUT_OF_REACH) L.push(`- \`${o.call}\` at x = ${o.x}: ${o.reason}`);
    if (failing.length > 0) {
      L.push(`${failing.length} points miss the contract (to be fixed in src/; the first 50):`);
      L.push('');
      for (const f of failing.slice(0, 50)) L.push(`- ${f}`);
    }
  }
  L.push('');
  return L.join('\n');
}
