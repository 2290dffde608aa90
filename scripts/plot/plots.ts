// Generates the docs plots from the library itself: one SVG of f and f′ per activation, with the
// kink marked, and two overview charts comparing all activations (f and f′) on one set of axes.
// Written to docs/plots/ (not committed), which the doc comments and docs/*.md link to, so typedoc
// copies them into the site. Run by `npm run docs` before typedoc: tsx scripts/plot/plots.ts
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import * as r from '../../src/index.js';
import { ACTIVATIONS } from '../manifest/index.js';
import { lineChart, type Marker, type Point, type Series } from './svg.js';

type Fn = (x: number) => number;

export interface PlotSpec {
  /** File name (without .svg) and the name shown in the overview legend. */
  file: string;
  title: string;
  f: Fn;
  df: Fn;
  /** x where f′ jumps: the derivative is drawn broken there and its value at x marked. */
  kinks?: number[];
  /** The label of the marker at each kink (the derivative convention). */
  kinkLabel?: string;
  /** Legend names of f and f′ when not `name(x)` and `name′(x)`. */
  names?: [string, string];
  /** Extra series (crelu's second component). */
  extra?: { name: string; f: Fn; dashed?: boolean }[];
  /** The x range when not [−4, 4] (relu6's kink at 6). */
  domain?: [number, number];
  /** false: left out of the overview charts (the catalog beyond the core eleven would crowd them). */
  overview?: boolean;
}

const first = (p: [number, number]): number => p[0];
const second = (p: [number, number]): number => p[1];

/** The catalog beyond the core eleven activations, drawn per page but not in the overview. */
const CATALOG: PlotSpec[] = (
  [
    {
      file: 'relu6',
      title: 'relu6(x) = min(max(x, 0), 6)',
      f: r.relu6,
      df: r.relu6Derivative,
      kinks: [0, 6],
      kinkLabel: 'f′ = 0 at both kinks',
      domain: [-4, 8],
    },
    {
      file: 'hard-tanh',
      title: 'hardTanh(x) = clamp(x, −1, 1)',
      f: (x) => r.hardTanh(x),
      df: (x) => r.hardTanhDerivative(x),
      kinks: [-1, 1],
      kinkLabel: 'f′(±1) = 0',
    },
    {
      file: 'hard-sigmoid',
      title: 'hardSigmoid(x) = clamp(x/6 + ½, 0, 1)',
      f: (x) => r.hardSigmoid(x),
      df: (x) => r.hardSigmoidDerivative(x),
      kinks: [-3, 3],
      kinkLabel: 'f′(±3) = 0',
    },
    {
      file: 'hard-swish',
      title: 'hardSwish(x) = x·relu6(x + 3)/6',
      f: r.hardSwish,
      df: r.hardSwishDerivative,
      kinks: [-3, 3],
      kinkLabel: 'f′(−3) = 0, f′(3) = 1',
    },
    {
      file: 'threshold',
      title: 'threshold(x, 1, −1): x if x > 1 else −1',
      f: (x) => r.threshold(x, 1, -1),
      df: (x) => r.thresholdDerivative(x, 1, -1),
      kinks: [1],
      kinkLabel: 'f′(1) = 0',
    },
    {
      file: 'shifted-relu',
      title: 'shiftedRelu(x, a = 1) = max(−a, x)',
      f: (x) => r.shiftedRelu(x),
      df: (x) => r.shiftedReluDerivative(x),
      kinks: [-1],
      kinkLabel: 'f′(−a) = 0',
    },
    {
      file: 'heaviside',
      title: 'heaviside(x, valueAtZero = ½)',
      f: (x) => r.heaviside(x),
      df: (x) => r.heavisideDerivative(x),
      kinks: [0],
      kinkLabel: 'H(0) = ½; f′ ≡ 0',
    },
    {
      file: 'softshrink',
      title: 'softshrink(x, lambd = 0.5)',
      f: (x) => r.softshrink(x),
      df: (x) => r.softshrinkDerivative(x),
      kinks: [-0.5, 0.5],
      kinkLabel: 'f′(±λ) = 0',
    },
    {
      file: 'hardshrink',
      title: 'hardshrink(x, lambd = 0.5)',
      f: (x) => r.hardshrink(x),
      df: (x) => r.hardshrinkDerivative(x),
      kinks: [-0.5, 0.5],
      kinkLabel: 'f′(±λ) = 0',
    },
    {
      file: 'shrink',
      title: 'shrink(x, lambd = 0.5, bias = 0.25) (ONNX Shrink)',
      f: (x) => r.shrink(x, 0.5, 0.25),
      df: (x) => r.shrinkDerivative(x, 0.5, 0.25),
      kinks: [-0.5, 0.5],
      kinkLabel: 'f′(±λ) = 0',
    },
    { file: 'sparse-plus', title: 'sparsePlus(x) (JAX)', f: r.sparsePlus, df: r.sparsePlusDerivative },
    {
      file: 'rrelu',
      title: 'rrelu(x) (inference: slope (1/8 + 1/3)/2)',
      f: (x) => r.rrelu(x),
      df: (x) => r.rreluDerivative(x),
      kinks: [0],
      kinkLabel: 'f′(0) = mean slope',
    },
    { file: 'selu', title: 'selu(x) = λ·elu(x, α)', f: r.selu, df: r.seluDerivative, kinks: [0], kinkLabel: 'selu′(0) = λα' },
    { file: 'celu', title: 'celu(x, alpha = 2)', f: (x) => r.celu(x, 2), df: (x) => r.celuDerivative(x, 2) },
    { file: 'log-sigmoid', title: 'logSigmoid(x) = −softplus(−x)', f: r.logSigmoid, df: r.logSigmoidDerivative },
    { file: 'softsign', title: 'softsign(x) = x/(1 + |x|)', f: r.softsign, df: r.softsignDerivative },
    { file: 'tanh', title: 'tanh(x)', f: r.tanh, df: r.tanhDerivative },
    { file: 'tanhshrink', title: 'tanhshrink(x) = x − tanh(x)', f: r.tanhshrink, df: r.tanhshrinkDerivative },
    { file: 'swish', title: 'swish(x, beta = 1) = x·σ(βx)', f: (x) => r.swish(x), df: (x) => r.swishDerivative(x) },
    {
      file: 'softmax',
      title: 'softmax([0, x])₁ = σ(x)',
      f: (x) => r.softmax([0, x])[1],
      df: (x) => r.softmaxBackward([0, 1], r.softmax([0, x]))[1],
      names: ['softmax([0, x])₁', 'd/dx'],
    },
    {
      file: 'log-softmax',
      title: 'logSoftmax([0, x])₁ = −softplus(−x)',
      f: (x) => r.logSoftmax([0, x])[1],
      df: (x) => r.logSoftmaxBackward([0, 1], r.logSoftmax([0, x]))[1],
      names: ['logSoftmax([0, x])₁', 'd/dx'],
    },
    {
      file: 'log-sum-exp',
      title: 'logSumExp([0, x]) = softplus(x)',
      f: (x) => r.logSumExp([0, x]),
      df: (x) => r.logSumExpBackward(1, [0, x])[1],
      names: ['logSumExp([0, x])', 'd/dx = softmax([0, x])₁'],
    },
    {
      file: 'sparsemax',
      title: 'sparsemax([0, x])₁ = clamp((x + 1)/2, 0, 1)',
      f: (x) => r.sparsemax([0, x])[1],
      df: (x) => r.sparsemaxBackward([0, 1], r.sparsemax([0, x]))[1],
      names: ['sparsemax([0, x])₁', 'd/dx'],
      kinks: [-1, 1],
      kinkLabel: 'the support changes at x = ±1',
    },
    {
      file: 'softmin',
      title: 'softmin([0, x])₁ = σ(−x)',
      f: (x) => r.softmin([0, x])[1],
      df: (x) => r.softminBackward([0, 1], r.softmin([0, x]))[1],
      names: ['softmin([0, x])₁', 'd/dx'],
    },
    {
      file: 'hardmax',
      title: 'hardmax([0, x])₁: the step H(x), H(0) = 0 (first max)',
      f: (x) => r.hardmax([0, x])[1],
      df: (x) => r.hardmaxBackward([0, 1], r.hardmax([0, x]))[1],
      kinks: [0],
      kinkLabel: 'jump at 0; derivative 0 elsewhere',
      names: ['hardmax([0, x])₁', 'd/dx'],
    },
    {
      file: 'softmax-cross-entropy',
      title: 'softmaxCrossEntropy([x, 0], label 0) = softplus(−x)',
      f: (x) => r.softmaxCrossEntropy([x, 0], 0),
      df: (x) => {
        const dl = new Float32Array(2);
        r.softmaxCrossEntropyF32(dl, Float32Array.of(x, 0), [0], 2);
        return dl[0];
      },
      names: ['softmaxCrossEntropy([x, 0], 0)', 'd/dx = σ(x) − 1 (float32)'],
    },
    {
      file: 'glu',
      title: 'glu(a, b) = a·σ(b), against b at a = 1',
      f: (b) => r.glu(1, b),
      df: (b) => r.gluDerivative(1, b)[1],
      names: ['glu(1, b)', '∂glu/∂b (a = 1)'],
    },
    {
      file: 'reglu',
      title: 'reglu(a, b) = a·relu(b), against b at a = 1',
      f: (b) => r.reglu(1, b),
      df: (b) => r.regluDerivative(1, b)[1],
      names: ['reglu(1, b)', '∂reglu/∂b (a = 1)'],
      kinks: [0],
      kinkLabel: 'kink: ∂/∂b = 0 at b = 0',
    },
    {
      file: 'geglu',
      title: 'geglu(a, b) = a·gelu(b), against b at a = 1',
      f: (b) => r.geglu(1, b),
      df: (b) => r.gegluDerivative(1, b)[1],
      names: ['geglu(1, b)', '∂geglu/∂b (a = 1)'],
    },
    {
      file: 'geglu-tanh',
      title: 'gegluTanh(a, b) = a·geluTanh(b), against b at a = 1',
      f: (b) => r.gegluTanh(1, b),
      df: (b) => r.gegluTanhDerivative(1, b)[1],
      names: ['gegluTanh(1, b)', '∂gegluTanh/∂b (a = 1)'],
    },
    {
      file: 'swiglu',
      title: 'swiglu(a, b, beta = 1) = a·b·σ(βb), against b at a = 1',
      f: (b) => r.swiglu(1, b),
      df: (b) => r.swigluDerivative(1, b)[1],
      names: ['swiglu(1, b)', '∂swiglu/∂b (a = 1)'],
    },
    {
      file: 'swiglu-oss',
      title: 'swigluOss(a, b) = swish(min(b, 7), 1.702)·(clamp(a, ±7) + 1), against b at a = 0',
      f: (b) => r.swigluOss(0, b),
      df: (b) => r.swigluOssDerivative(0, b)[1],
      domain: [-4, 9],
      kinks: [7],
      kinkLabel: 'gate clamp: ∂/∂b is the unclamped slope at b = 7, 0 beyond',
      names: ['swigluOss(0, b)', '∂swigluOss/∂b (a = 0)'],
    },
    {
      file: 'maxout',
      title: 'maxout([−1, x/2, x]): a convex piecewise-linear unit',
      f: (x) => r.maxout([-1, x / 2, x]),
      df: (x) => {
        const d = r.maxoutDerivative([-1, x / 2, x]);
        return 0.5 * d[1] + d[2];
      },
      kinks: [-2, 0],
      kinkLabel: 'first max routed: f′(−2) = 0, f′(0) = ½',
      names: ['maxout([−1, x/2, x])', 'd/dx through the pieces'],
    },
    {
      file: 's-shaped-relu',
      title: 'sShapedRelu(x, tl = −1, al = 0.2, tr = 2, ar = 0.5)',
      f: (x) => r.sShapedRelu(x, -1, 0.2, 2, 0.5),
      df: (x) => r.sShapedReluDerivative(x, -1, 0.2, 2, 0.5),
      kinks: [-1, 2],
      kinkLabel: 'kinks: f′(tl) = al, f′(tr) = ar',
    },
    {
      file: 'snake',
      title: 'snake(x, alpha = 1) = x + sin²(x)',
      f: (x) => r.snake(x),
      df: (x) => r.snakeDerivative(x),
    },
    {
      file: 'snake-beta',
      title: 'snakeBeta(x, alpha = 2, beta = 0.5) = x + 2·sin²(2x)',
      f: (x) => r.snakeBeta(x, 2, 0.5),
      df: (x) => r.snakeBetaDerivative(x, 2, 0.5),
    },
  ] satisfies PlotSpec[]
).map((p): PlotSpec => ({ ...p, overview: false }));

const SPECS: PlotSpec[] = [
  {
    file: 'relu',
    title: 'relu(x) = max(x, 0)',
    f: r.relu,
    df: (x) => r.reluDerivative(x),
    kinks: [0],
    kinkLabel: 'kink: relu′(0) = 0 (atZero)',
  },
  {
    file: 'leaky-relu',
    title: 'leakyRelu(x, negativeSlope = 0.01)',
    f: (x) => r.leakyRelu(x),
    df: (x) => r.leakyReluDerivative(x),
    kinks: [0],
    kinkLabel: 'kink: f′(0) = negativeSlope',
  },
  {
    file: 'prelu',
    title: 'prelu(x, weight = 0.25)',
    f: (x) => r.prelu(x),
    df: (x) => r.preluDerivative(x),
    kinks: [0],
    kinkLabel: 'kink: f′(0) = weight',
  },
  {
    file: 'crelu',
    title: 'crelu(x) = [relu(x), relu(−x)]',
    f: (x) => first(r.crelu(x)),
    df: (x) => first(r.creluDerivative(x)),
    names: ['relu(x)', 'd relu(x)/dx'],
    extra: [
      { name: 'relu(−x)', f: (x) => second(r.crelu(x)) },
      { name: 'd relu(−x)/dx', f: (x) => second(r.creluDerivative(x)), dashed: true },
    ],
    kinks: [0],
    kinkLabel: 'kink: [0, 0] at x = 0',
  },
  { file: 'elu', title: 'elu(x, alpha = 1)', f: (x) => r.elu(x), df: (x) => r.eluDerivative(x), kinks: [0], kinkLabel: 'elu′(0) = alpha' },
  { file: 'gelu', title: 'gelu(x) = x·Φ(x)', f: r.gelu, df: r.geluDerivative },
  { file: 'gelu-tanh', title: 'geluTanh(x) (tanh approximation)', f: r.geluTanh, df: r.geluTanhDerivative },
  { file: 'silu', title: 'silu(x) = x·σ(x)', f: r.silu, df: r.siluDerivative },
  { file: 'mish', title: 'mish(x) = x·tanh(softplus(x))', f: r.mish, df: r.mishDerivative },
  { file: 'softplus', title: 'softplus(x, beta = 1) = log(1 + eˣ)', f: (x) => r.softplus(x), df: (x) => r.softplusDerivative(x) },
  {
    file: 'squareplus',
    title: 'squareplus(x, b = 4) = (x + √(x² + b))/2',
    f: (x) => r.squareplus(x),
    df: (x) => r.squareplusDerivative(x),
  },
  { file: 'sigmoid', title: 'sigmoid(x) = 1/(1 + e⁻ˣ)', f: r.sigmoid, df: r.sigmoidDerivative },
  ...CATALOG,
];

type Scalar = (x: number) => number;
const scalar = (name: string): Scalar => (r as unknown as Record<string, Scalar>)[name];

/**
 * Every plot: the specs above, and f and f′ on [−4, 4] (outside the overview) for any elementwise
 * activation of scripts/manifest that has none yet, so a new activation is drawn from the start.
 */
export const PLOTS: PlotSpec[] = [
  ...SPECS,
  ...ACTIVATIONS.filter((a) => a.shape === 'elementwise' && !SPECS.some((p) => p.file === a.file)).map(
    (a): PlotSpec => ({
      file: a.file,
      title: `${a.name}(x)`,
      f: (x) => scalar(a.name)(x),
      df: (x) => scalar(`${a.name}Derivative`)(x),
      overview: false,
    }),
  ),
];

/** The function's name, as in the overview legend. */
export const label = (p: PlotSpec): string => (p.file === 'gelu-tanh' ? 'geluTanh' : p.title.split('(')[0]);

const X_MIN = -4;
const X_MAX = 4;
const N = 400;

/** Samples f on [lo, hi]; at each kink the line is broken (a NaN point) and 0 is sampled on both sides. */
function sample(f: Fn, breakAt: readonly number[] = [], [lo, hi]: [number, number] = [X_MIN, X_MAX]): Point[] {
  const pts: Point[] = [];
  for (let i = 0; i <= N; i++) {
    const x = lo + ((hi - lo) * i) / N;
    const k = breakAt.find((b) => Math.abs(x - b) < 1e-12);
    if (k === undefined) pts.push([x, f(x)]);
    else pts.push([k - 1e-9, f(k - 1e-9)], [k, NaN], [k + 1e-9, f(k + 1e-9)]);
  }
  return pts;
}

/** The SVG of f and f′ for one activation. */
export function activationPlot(spec: PlotSpec): string {
  const kinks = spec.kinks ?? [];
  const name = label(spec);
  const series: Series[] = [
    { name: spec.names?.[0] ?? `${name}(x)`, points: sample(spec.f, [], spec.domain), color: '#0072B2' },
    { name: spec.names?.[1] ?? `${name}′(x)`, points: sample(spec.df, kinks, spec.domain), color: '#D55E00', dashed: true },
  ];
  for (const [i, e] of (spec.extra ?? []).entries()) {
    series.push({
      name: e.name,
      points: sample(e.f, e.dashed ? kinks : [], spec.domain),
      color: ['#009E73', '#CC79A7'][i],
      dashed: e.dashed ?? false,
    });
  }
  const markers: Marker[] = kinks.map((k) => ({ x: k, y: spec.df(k), label: spec.kinkLabel ?? 'kink' }));
  return lineChart({
    width: 560,
    height: 360,
    title: spec.title,
    xLabel: 'x',
    yLabel: 'f(x), f′(x)',
    series,
    markers,
    xDomain: spec.domain ?? [X_MIN, X_MAX],
  });
}

/** Eleven distinguishable colours (Paul Tol's muted and bright schemes). */
const OVERVIEW_COLORS = [
  '#332288',
  '#88CCEE',
  '#44AA99',
  '#117733',
  '#999933',
  '#DDCC77',
  '#CC6677',
  '#882255',
  '#AA4499',
  '#EE7733',
  '#4477AA',
];

/** All activations on one set of axes: f (which = 'f') or f′ (which = 'df'). */
export function overviewPlot(which: 'f' | 'df'): string {
  // crelu is left out: its first component is relu.
  const series: Series[] = PLOTS.filter((p) => p.file !== 'crelu' && p.overview !== false).map((p, i) => ({
    name: label(p),
    points: which === 'f' ? sample(p.f) : sample(p.df, p.kinks ?? []),
    color: OVERVIEW_COLORS[i % OVERVIEW_COLORS.length],
    dashed: p.file === 'gelu-tanh' || p.file === 'leaky-relu',
  }));
  return lineChart({
    width: 760,
    height: 480,
    title: which === 'f' ? 'All activations, f(x), default parameters' : 'All derivatives, f′(x), default parameters',
    xLabel: 'x',
    yLabel: which === 'f' ? 'f(x)' : 'f′(x)',
    series,
    xDomain: [X_MIN, X_MAX],
    yDomain: which === 'f' ? [-1.5, 4] : [-0.4, 1.4],
    legend: 'right',
  });
}

/** Writes every plot into dir; returns the files written. */
export function writePlots(dir: string): string[] {
  mkdirSync(dir, { recursive: true });
  const files: [string, string][] = PLOTS.map((p) => [`${p.file}.svg`, activationPlot(p)]);
  files.push(['overview.svg', overviewPlot('f')], ['overview-derivatives.svg', overviewPlot('df')]);
  for (const [file, svg] of files) {
    if (/NaN|Infinity/.test(svg)) throw new Error(`${file}: non-finite value in the SVG`);
    writeFileSync(join(dir, file), svg);
  }
  return files.map(([f]) => f);
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const dir = join(dirname(fileURLToPath(import.meta.url)), '../../docs/plots');
  const written = writePlots(dir);
  console.log(`wrote ${written.length} plots to docs/plots/`);
}
