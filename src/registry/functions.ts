// The functions the registry's names resolve to: every rectified activation whose forms fit one
// of the registry's kinds (all but crelu, whose output is twice its input, maxout, which groups,
// and sShapedRelu, whose four parameters have no defaults and take per-channel arrays), and the
// registry-only identity, exponential and sparseSigmoid (./extra.ts). Each entry holds the forms
// and the parameters in the order the forms take them after their arrays, with rectified's
// defaults (null: required).
import * as r from '../activations/index.js';
import * as extra from './extra.js';

export interface ParamDef {
  name: string;
  default: number | null;
  /** taken by the derivative forms only (relu's atZero) */
  derivativeOnly?: true;
}

type Scalar = (x: number, ...p: number[]) => number;
type Unary32 = (out: Float32Array, x: Readonly<Float32Array>, ...p: number[]) => Float32Array;
type Backward32 = (dx: Float32Array, dy: Readonly<Float32Array>, x: Readonly<Float32Array>, ...p: number[]) => Float32Array;
type Rows32 = (out: Float32Array, x: Readonly<Float32Array>, rowSize?: number, ...p: number[]) => Float32Array;
type RowsBackward32 = (
  dx: Float32Array,
  dy: Readonly<Float32Array>,
  x: Readonly<Float32Array>,
  rowSize?: number,
  ...p: number[]
) => Float32Array;

export interface ElementwiseDef {
  kind: 'elementwise';
  params: readonly ParamDef[];
  f: Scalar;
  derivative: Scalar;
  f32: Unary32;
  derivativeF32: Unary32;
  backwardF32: Backward32;
}

// A gated unit's array forms take its parameters after rowSize, and may take more after them
// that the registry does not bind (an options object): typed loosely, called with numbers only.
type GatedRows32 = (out: Float32Array, x: Readonly<Float32Array>, rowSize?: number, ...rest: never[]) => Float32Array;
type GatedBackward32 = (
  dx: Float32Array,
  dy: Readonly<Float32Array>,
  x: Readonly<Float32Array>,
  rowSize?: number,
  ...rest: never[]
) => Float32Array;

export interface GatedDef {
  kind: 'gated';
  params: readonly ParamDef[];
  f: (a: number, b: number, ...p: number[]) => number;
  derivative: (a: number, b: number, ...p: number[]) => [number, number];
  f32: GatedRows32;
  derivativeF32: GatedRows32;
  backwardF32: GatedBackward32;
}

export interface RowwiseDef {
  kind: 'rowwise';
  params: readonly ParamDef[];
  f: (x: ArrayLike<number>) => number[];
  backward: (dy: ArrayLike<number>, y: ArrayLike<number>) => number[];
  f32: Rows32;
  backwardF32: RowsBackward32;
}

export interface ReductionDef {
  kind: 'reduction';
  params: readonly ParamDef[];
  f: (x: ArrayLike<number>) => number;
  backward: (dy: number, x: ArrayLike<number>) => number[];
  f32: Rows32;
  backwardF32: RowsBackward32;
}

export type FunctionDef = ElementwiseDef | GatedDef | RowwiseDef | ReductionDef;

const p = (name: string, def: number | null): ParamDef => ({ name, default: def });

function el(forms: [Scalar, Scalar, Unary32, Unary32, Backward32], params: readonly ParamDef[] = []): ElementwiseDef {
  const [f, derivative, f32, derivativeF32, backwardF32] = forms;
  return { kind: 'elementwise', params, f, derivative, f32, derivativeF32, backwardF32 };
}

function gated(
  f: GatedDef['f'],
  derivative: GatedDef['derivative'],
  f32: GatedRows32,
  derivativeF32: GatedRows32,
  backwardF32: GatedBackward32,
  params: readonly ParamDef[] = [],
): GatedDef {
  return { kind: 'gated', params, f, derivative, f32, derivativeF32, backwardF32 };
}

/** Canonical name → forms and parameters. */
export const FUNCTIONS: Readonly<Record<string, FunctionDef>> = {
  relu: el(
    [r.relu, r.reluDerivative, r.reluF32, r.reluDerivativeF32, r.reluBackwardF32],
    [{ name: 'atZero', default: 0, derivativeOnly: true }],
  ),
  leakyRelu: el(
    [r.leakyRelu, r.leakyReluDerivative, r.leakyReluF32, r.leakyReluDerivativeF32, r.leakyReluBackwardF32],
    [p('negativeSlope', 0.01)],
  ),
  // One scalar weight: the per-channel arrays and the weight gradient stay with rectified/prelu.
  prelu: el(
    [
      r.prelu,
      r.preluDerivative,
      (out, x, weight) => r.preluF32(out, x, weight),
      (out, x, weight) => r.preluDerivativeF32(out, x, weight),
      (dx, dy, x, weight) => r.preluBackwardF32(dx, dy, x, weight),
    ],
    [p('weight', 0.25)],
  ),
  // rreluF32's optional slopes array comes after the two bounds: the registry binds the bounds only.
  rrelu: el(
    [
      r.rrelu,
      r.rreluDerivative,
      (out, x, lower, upper) => r.rreluF32(out, x, lower, upper),
      (out, x, lower, upper) => r.rreluDerivativeF32(out, x, lower, upper),
      (dx, dy, x, lower, upper) => r.rreluBackwardF32(dx, dy, x, lower, upper),
    ],
    [p('lower', 1 / 8), p('upper', 1 / 3)],
  ),
  relu6: el([r.relu6, r.relu6Derivative, r.relu6F32, r.relu6DerivativeF32, r.relu6BackwardF32]),
  squaredRelu: el([r.squaredRelu, r.squaredReluDerivative, r.squaredReluF32, r.squaredReluDerivativeF32, r.squaredReluBackwardF32]),
  shiftedRelu: el(
    [r.shiftedRelu, r.shiftedReluDerivative, r.shiftedReluF32, r.shiftedReluDerivativeF32, r.shiftedReluBackwardF32],
    [p('a', 1)],
  ),
  threshold: el(
    [r.threshold, r.thresholdDerivative, r.thresholdF32, r.thresholdDerivativeF32, r.thresholdBackwardF32],
    [p('threshold', null), p('value', null)],
  ),
  heaviside: el(
    [r.heaviside, r.heavisideDerivative, r.heavisideF32, r.heavisideDerivativeF32, r.heavisideBackwardF32],
    [p('valueAtZero', 0.5)],
  ),
  elu: el([r.elu, r.eluDerivative, r.eluF32, r.eluDerivativeF32, r.eluBackwardF32], [p('alpha', 1)]),
  selu: el([r.selu, r.seluDerivative, r.seluF32, r.seluDerivativeF32, r.seluBackwardF32]),
  celu: el([r.celu, r.celuDerivative, r.celuF32, r.celuDerivativeF32, r.celuBackwardF32], [p('alpha', 1)]),
  gelu: el([r.gelu, r.geluDerivative, r.geluF32, r.geluDerivativeF32, r.geluBackwardF32]),
  geluTanh: el([r.geluTanh, r.geluTanhDerivative, r.geluTanhF32, r.geluTanhDerivativeF32, r.geluTanhBackwardF32]),
  silu: el([r.silu, r.siluDerivative, r.siluF32, r.siluDerivativeF32, r.siluBackwardF32]),
  swish: el([r.swish, r.swishDerivative, r.swishF32, r.swishDerivativeF32, r.swishBackwardF32], [p('beta', 1)]),
  mish: el([r.mish, r.mishDerivative, r.mishF32, r.mishDerivativeF32, r.mishBackwardF32]),
  hardSwish: el([r.hardSwish, r.hardSwishDerivative, r.hardSwishF32, r.hardSwishDerivativeF32, r.hardSwishBackwardF32]),
  softplus: el(
    [r.softplus, r.softplusDerivative, r.softplusF32, r.softplusDerivativeF32, r.softplusBackwardF32],
    [p('beta', 1), p('threshold', Infinity)],
  ),
  squareplus: el([r.squareplus, r.squareplusDerivative, r.squareplusF32, r.squareplusDerivativeF32, r.squareplusBackwardF32], [p('b', 4)]),
  sparsePlus: el([r.sparsePlus, r.sparsePlusDerivative, r.sparsePlusF32, r.sparsePlusDerivativeF32, r.sparsePlusBackwardF32]),
  sigmoid: el([r.sigmoid, r.sigmoidDerivative, r.sigmoidF32, r.sigmoidDerivativeF32, r.sigmoidBackwardF32]),
  logSigmoid: el([r.logSigmoid, r.logSigmoidDerivative, r.logSigmoidF32, r.logSigmoidDerivativeF32, r.logSigmoidBackwardF32]),
  hardSigmoid: el(
    [r.hardSigmoid, r.hardSigmoidDerivative, r.hardSigmoidF32, r.hardSigmoidDerivativeF32, r.hardSigmoidBackwardF32],
    [p('alpha', 1 / 6), p('beta', 0.5)],
  ),
  tanh: el([r.tanh, r.tanhDerivative, r.tanhF32, r.tanhDerivativeF32, r.tanhBackwardF32]),
  hardTanh: el(
    [r.hardTanh, r.hardTanhDerivative, r.hardTanhF32, r.hardTanhDerivativeF32, r.hardTanhBackwardF32],
    [p('minVal', -1), p('maxVal', 1)],
  ),
  softsign: el([r.softsign, r.softsignDerivative, r.softsignF32, r.softsignDerivativeF32, r.softsignBackwardF32]),
  tanhshrink: el([r.tanhshrink, r.tanhshrinkDerivative, r.tanhshrinkF32, r.tanhshrinkDerivativeF32, r.tanhshrinkBackwardF32]),
  softshrink: el(
    [r.softshrink, r.softshrinkDerivative, r.softshrinkF32, r.softshrinkDerivativeF32, r.softshrinkBackwardF32],
    [p('lambd', 0.5)],
  ),
  hardshrink: el(
    [r.hardshrink, r.hardshrinkDerivative, r.hardshrinkF32, r.hardshrinkDerivativeF32, r.hardshrinkBackwardF32],
    [p('lambd', 0.5)],
  ),
  starRelu: el(
    [
      r.starRelu,
      r.starReluDerivative,
      r.starReluF32,
      r.starReluDerivativeF32,
      (dx, dy, x, scale, bias) => r.starReluBackwardF32(dx, dy, x, scale, bias),
    ],
    [p('scale', 0.8944), p('bias', -0.4472)],
  ),
  xielu: el(
    [
      r.xielu,
      r.xieluDerivative,
      r.xieluF32,
      r.xieluDerivativeF32,
      (dx, dy, x, alphaP, alphaN, beta, eps) => r.xieluBackwardF32(dx, dy, x, alphaP, alphaN, beta, eps),
    ],
    [p('alphaP', 0.8), p('alphaN', 0.8), p('beta', 0.5), p('eps', -1e-6)],
  ),
  shrink: el([r.shrink, r.shrinkDerivative, r.shrinkF32, r.shrinkDerivativeF32, r.shrinkBackwardF32], [p('lambd', 0.5), p('bias', 0)]),
  // snake and snakeBeta with scalar parameters (their kernels' per-channel arrays, innerSize and
  // logScale are for direct calls): the bound kernels pass the numbers only.
  snake: el(
    [
      r.snake,
      r.snakeDerivative,
      (out, x, alpha) => r.snakeF32(out, x, alpha),
      (out, x, alpha) => r.snakeDerivativeF32(out, x, alpha),
      (dx, dy, x, alpha) => r.snakeBackwardF32(dx, dy, x, alpha),
    ],
    [p('alpha', 1)],
  ),
  snakeBeta: el(
    [
      r.snakeBeta,
      r.snakeBetaDerivative,
      (out, x, alpha, beta) => r.snakeBetaF32(out, x, alpha, beta),
      (out, x, alpha, beta) => r.snakeBetaDerivativeF32(out, x, alpha, beta),
      (dx, dy, x, alpha, beta) => r.snakeBetaBackwardF32(dx, dy, x, alpha, beta),
    ],
    [p('alpha', 1), p('beta', 1)],
  ),
  identity: el([extra.identity, extra.identityDerivative, extra.identityF32, extra.identityDerivativeF32, extra.identityBackwardF32]),
  exponential: el([
    extra.exponential,
    extra.exponentialDerivative,
    extra.exponentialF32,
    extra.exponentialDerivativeF32,
    extra.exponentialBackwardF32,
  ]),
  // sparse_sigmoid is sparsePlus′, so its forward forms are sparsePlus's derivative forms.
  sparseSigmoid: el([
    r.sparsePlusDerivative,
    extra.sparseSigmoidDerivative,
    r.sparsePlusDerivativeF32,
    extra.sparseSigmoidDerivativeF32,
    extra.sparseSigmoidBackwardF32,
  ]),
  glu: gated(r.glu, r.gluDerivative, r.gluF32, r.gluDerivativeF32, r.gluBackwardF32),
  reglu: gated(r.reglu, r.regluDerivative, r.regluF32, r.regluDerivativeF32, r.regluBackwardF32),
  geglu: gated(r.geglu, r.gegluDerivative, r.gegluF32, r.gegluDerivativeF32, r.gegluBackwardF32),
  gegluTanh: gated(r.gegluTanh, r.gegluTanhDerivative, r.gegluTanhF32, r.gegluTanhDerivativeF32, r.gegluTanhBackwardF32),
  swiglu: gated(r.swiglu, r.swigluDerivative, r.swigluF32, r.swigluDerivativeF32, r.swigluBackwardF32, [p('beta', 1)]),
  swigluOss: gated(r.swigluOss, r.swigluOssDerivative, r.swigluOssF32, r.swigluOssDerivativeF32, r.swigluOssBackwardF32, [
    p('alpha', 1.702),
    p('limit', 7),
  ]),
  softmin: { kind: 'rowwise', params: [], f: r.softmin, backward: r.softminBackward, f32: r.softminF32, backwardF32: r.softminBackwardF32 },
  hardmax: { kind: 'rowwise', params: [], f: r.hardmax, backward: r.hardmaxBackward, f32: r.hardmaxF32, backwardF32: r.hardmaxBackwardF32 },
  sparsemax: {
    kind: 'rowwise',
    params: [],
    f: r.sparsemax,
    backward: r.sparsemaxBackward,
    f32: r.sparsemaxF32,
    backwardF32: r.sparsemaxBackwardF32,
  },
  softmax: { kind: 'rowwise', params: [], f: r.softmax, backward: r.softmaxBackward, f32: r.softmaxF32, backwardF32: r.softmaxBackwardF32 },
  logSoftmax: {
    kind: 'rowwise',
    params: [],
    f: r.logSoftmax,
    backward: r.logSoftmaxBackward,
    f32: r.logSoftmaxF32,
    backwardF32: r.logSoftmaxBackwardF32,
  },
  logSumExp: {
    kind: 'reduction',
    params: [],
    f: r.logSumExp,
    backward: r.logSumExpBackward,
    f32: r.logSumExpF32,
    backwardF32: r.logSumExpBackwardF32,
  },
};
