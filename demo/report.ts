// The report written to --out: report.md (the tables and what they show), SVG charts drawn with
// the docs' chart code (scripts/plot/svg.ts), and results.json with every reproducible number
// (timings excluded, so two runs with the same flags give identical files).
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { lineChart, PALETTE, type Series } from '../scripts/plot/svg.js';
import type { Config } from './config.js';
import type { CompareResult } from './experiments/compare.js';
import type { DyingResult } from './experiments/dying.js';
import type { SparsityResult } from './experiments/sparsity.js';
import type { VanishingResult } from './experiments/vanishing.js';
import { markdownTable, mean } from './format.js';
import { compareTable, dyingTable, sparsityTable, timingTable, vanishingTable } from './tables.js';

export interface Results {
  config: Config;
  sparsity: SparsityResult;
  dying: DyingResult;
  vanishing: VanishingResult;
  compare: CompareResult;
}

/** Series i gets palette colour i mod 8, dashed from the ninth on, so 12+ lines stay apart. */
function styled(name: string, i: number, points: [number, number][]): Series {
  return { name, points, color: PALETTE[i % PALETTE.length], dashed: i >= PALETTE.length };
}

const SIZE = { width: 720, height: 400, legend: 'right' as const };

/** The charts as file name → SVG text. */
export function charts(r: Results): Map<string, string> {
  const out = new Map<string, string>();
  const layers = (n: number): number[] => Array.from({ length: n }, (_, i) => i + 1);
  out.set(
    'sparsity.svg',
    lineChart({
      ...SIZE,
      title: 'ReLU units active at initialisation (Gaussian inputs)',
      xLabel: 'hidden layer',
      yLabel: 'active units (%)',
      yDomain: [0, 100],
      hLines: [50],
      series: r.sparsity.rows.map((x, i) =>
        styled(
          x.init === 'he' ? 'He init' : 'Glorot init',
          i,
          x.activeShare.map((v, l) => [l + 1, 100 * v]),
        ),
      ),
    }),
  );
  const units = r.dying.runs[0]?.units ?? 0;
  for (const key of ['dead', 'silent'] as const) {
    out.set(
      `dying-${key}.svg`,
      lineChart({
        ...SIZE,
        title:
          key === 'dead'
            ? `Dead units (f′ = 0 on every input), of ${units}, mean of ${r.dying.config.seeds} seeds`
            : `Silent units (z ≤ 0 on every input), of ${units}`,
        xLabel: 'epoch',
        yLabel: 'units',
        yDomain: [0, Math.max(10, Math.ceil(Math.max(...r.dying.runs.flatMap((x) => x[key].filter(Number.isFinite))) / 10) * 10)],
        series: r.dying.runs.map((x, i) =>
          styled(
            x.label,
            i,
            x[key].map((v, e) => [e, v]),
          ),
        ),
      }),
    );
  }
  for (const key of ['initNorms', 'trainedNorms'] as const) {
    out.set(
      `vanishing-${key === 'initNorms' ? 'init' : 'trained'}.svg`,
      lineChart({
        ...SIZE,
        title: `Weight-gradient norm per layer, ${r.vanishing.config.depth}-layer MLP, ${key === 'initNorms' ? 'at initialisation' : 'after training'}`,
        xLabel: 'layer (1 = input side)',
        yLabel: '‖∂loss/∂W‖',
        logY: true,
        series: r.vanishing.runs.map((x, i) =>
          styled(
            x.activation,
            i,
            x[key].map((v, l) => [layers(x[key].length)[l], v]),
          ),
        ),
      }),
    );
  }
  for (const t of r.compare.tasks) {
    out.set(
      `loss-${t.task.dataset}.svg`,
      lineChart({
        ...SIZE,
        title: `Training loss, ${t.name} (mean of ${r.compare.config.seeds} seeds)`,
        xLabel: 'epoch',
        yLabel: t.kind === 'classification' ? 'cross-entropy' : 'mean squared error',
        logY: true,
        series: t.runs.map((x, i) =>
          styled(
            x.activation,
            i,
            x.curves[0].map((_, e) => [e + 1, mean(x.curves.map((c) => c[e]))]),
          ),
        ),
      }),
    );
  }
  return out;
}

function describe(c: Config): string {
  const d = c.dying;
  const v = c.vanishing;
  return [
    `Command: \`npm run demo${c.full ? ' -- --full' : ''}\` (seed ${c.seed}). Every number except the timings at the end is`,
    'reproducible: same flags, same numbers (results.json holds them all). Networks are MLPs of',
    "Float32Array dense layers written in `demo/`; every activation's forward and backward pass is",
    "the library's `…F32` / `…BackwardF32` kernel (PReLU's slope gradient from `preluBackwardF32`).",
    '',
    `- Sparsity: ${c.sparsity.layers} ReLU layers × ${c.sparsity.width} units, ${c.sparsity.samples} Gaussian inputs of dimension ${c.sparsity.inputDim}, zero biases.`,
    `- Dying ReLU: two spirals, ${d.samples} points, hidden ${d.hidden.join('×')}, plain SGD lr ${d.lr} (gradient norm clipped at ${d.clipNorm}), batch 32, ${d.epochs} epochs, ${d.seeds} seeds; ReLU reference at lr ${d.referenceLr}.`,
    `- Vanishing gradients: two spirals, ${v.samples} points, ${v.depth} hidden layers × ${v.width}, Adam lr ${v.lr}, ${v.epochs} epochs; norms on one batch of all ${v.samples} points. sigmoid and tanh are the saturating activations.`,
    `- Comparison: Adam lr ${c.compare.lr}, batch ${c.compare.batchSize}, ${c.compare.seeds} seeds (${c.seed}…${c.seed + c.compare.seeds - 1}); ` +
      c.compare.tasks
        .map((t) => `${t.dataset}: ${t.samples} train / ${t.testSamples} test points, hidden ${t.hidden.join('×')}, ${t.epochs} epochs`)
        .join('; ') +
      '. Spreads are the sample standard deviation over seeds.',
  ].join('\n');
}

/** One sentence per effect, written from the numbers (so it never claims what the run did not show). */
function findings(r: Results): { dying: string; vanishing: string } {
  const final = (label: string): number | undefined => {
    const run = r.dying.runs.find((x) => x.label === label);
    return run ? mean(run.finalDead) : undefined;
  };
  const reluDead = final('relu');
  const refDead = final(`relu (lr ${r.dying.config.referenceLr})`);
  const others = r.dying.runs.filter((x) => x.activation !== 'relu').map((x) => `${x.label} ${mean(x.finalDead).toFixed(1)}`);
  const dying =
    reluDead === undefined
      ? ''
      : `After ${r.dying.config.epochs} epochs at lr ${r.dying.config.lr}, ReLU has ${reluDead.toFixed(1)} dead units of ${r.dying.runs[0].units} on average` +
        (refDead === undefined ? '' : ` (${refDead.toFixed(1)} at lr ${r.dying.config.referenceLr})`) +
        (others.length ? `; the others: ${others.join(', ')}. ` : '. ') +
        'Their silent units still get a gradient through the negative-side slope (1 % of it for leaky ReLU; PReLU learns its slope), so none is stuck the way a dead ReLU unit is; how many climb back within this budget is what the silent column shows.';
  const norm = (name: string): number | undefined => r.vanishing.runs.find((x) => x.activation === name)?.initNorms[0];
  const [sig, relu] = [norm('sigmoid'), norm('relu')];
  const vanishing =
    sig === undefined || relu === undefined
      ? ''
      : `At initialisation the first-layer gradient of the sigmoid network is ${sig.toExponential(1)}, ${Math.log10(relu / sig).toFixed(1)} orders of magnitude below ReLU's (${relu.toExponential(1)}).`;
  return { dying, vanishing };
}

/** report.md. */
export function markdown(r: Results): string {
  const img = (file: string, alt: string): string => `![${alt}](${file})`;
  const s = r.sparsity.rows.find((x) => x.init === 'he');
  return [
    '# rectified — activation functions in training',
    '',
    describe(r.config),
    '',
    '## 1. Sparsity at initialisation',
    '',
    `A ReLU network at initialisation has about half its units active on any input (Glorot, Bordes & Bengio 2011): here ${s ? (100 * mean(s.activeShare)).toFixed(1) : '?'} % on average with He init. The initialisation scale does not change the share, only the size of the signal: He keeps the output RMS constant across layers, Glorot halves its square at every layer.`,
    '',
    markdownTable(sparsityTable(r.sparsity)),
    '',
    img('sparsity.svg', 'active share per layer'),
    '',
    '## 2. Dying ReLU',
    '',
    'A unit is **dead** when its derivative f′(z) is 0 on every training input (measured through the backward kernel): it gets no gradient and, in the first layer, never recovers; for ReLU these are exactly the units that output 0 on every input. A unit is **silent** when its pre-activation is ≤ 0 on every input: dead for ReLU, still learning for the activations whose negative side keeps a slope (leaky ReLU, PReLU, ELU, GELU, SiLU, …).',
    '',
    markdownTable(dyingTable(r.dying)),
    '',
    findings(r).dying,
    '',
    img('dying-dead.svg', 'dead units per epoch'),
    '',
    img('dying-silent.svg', 'silent units per epoch'),
    '',
    '## 3. Vanishing gradients',
    '',
    'Weight-gradient norm per layer of a deep MLP; "ratio" is layer 1 over the output layer at initialisation.',
    '',
    markdownTable(vanishingTable(r.vanishing)),
    '',
    findings(r).vanishing,
    '',
    img('vanishing-init.svg', 'gradient norm per layer at initialisation'),
    '',
    img('vanishing-trained.svg', 'gradient norm per layer after training'),
    '',
    '## 4. Every activation on the same tasks',
    '',
    markdownTable(compareTable(r.compare, false)),
    '',
    ...r.compare.tasks.flatMap((t) => [img(`loss-${t.task.dataset}.svg`, `training loss, ${t.name}`), '']),
    '## Timings (machine-dependent)',
    '',
    'Mean wall-clock time per training epoch (batch 32, forward + backward + Adam), measured in this run; these numbers change from run to run and machine to machine.',
    '',
    markdownTable(timingTable(r.compare)),
    '',
  ].join('\n');
}

/** results.json: every reproducible number (no timings). */
export function resultsJson(r: Results): string {
  const strip = (key: string, value: unknown): unknown => (key === 'secondsPerEpoch' || key === 'out' ? undefined : value);
  return JSON.stringify(r, strip, 1) + '\n';
}

/** Writes report.md, results.json and the charts into dir; returns the written paths. */
export function writeReport(dir: string, r: Results): string[] {
  mkdirSync(dir, { recursive: true });
  const files: [string, string][] = [['report.md', markdown(r)], ['results.json', resultsJson(r)], ...charts(r)];
  for (const [name, text] of files) writeFileSync(join(dir, name), text);
  return files.map(([name]) => join(dir, name));
}
