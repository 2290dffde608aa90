// The TF.js op of each activation: its layout along the last axis and the library kernels that
// compute its forward and backward. test/tfjs/ops-manifest.test.ts holds this table to
// scripts/manifest (one op per activation, the same parameters in the same order), so a new
// activation without an op here fails there.
import * as r from '../activations/index.js';

type Kernel = (out: Float32Array, x: Float32Array, ...params: number[]) => Float32Array;
type Backward = (dx: Float32Array, dy: Float32Array, x: Float32Array, ...params: number[]) => Float32Array;

/**
 * How an op lays out its tensors, the last axis being the row (the kernels' rowSize):
 * elementwise (same shape), wide (crelu: last axis doubled), gated (last axis halved), grouped
 * (maxout: last axis divided by `pieces`), rowwise (softmax, logSoftmax, softmin, hardmax: same shape, backward
 * from the output y), reduce (logSumExp: last axis removed).
 */
export type Layout = 'elementwise' | 'wide' | 'gated' | 'grouped' | 'rowwise' | 'reduce';

export interface OpSpec {
  layout: Layout;
  /** the op's numeric parameters after x, in the library's order (the manifest's, without rowSize) */
  params: readonly string[];
  /** their defaults (undefined: required) */
  defaults: readonly (number | undefined)[];
  forward: Kernel;
  backward: Backward;
}

const unary = (
  forward: Kernel,
  backward: Backward,
  params: readonly string[] = [],
  defaults: readonly (number | undefined)[] = [],
): OpSpec => ({ layout: 'elementwise', params, defaults, forward, backward });
const rows = (
  layout: Layout,
  forward: Kernel,
  backward: Backward,
  params: readonly string[] = [],
  defaults: readonly (number | undefined)[] = [],
): OpSpec => ({ layout, params, defaults, forward, backward });

/**
 * The name of an op of rectified/tfjs with scalar parameters (every activation but prelu and
 * sShapedRelu, which take tensors). test/tfjs/ops-manifest.test.ts holds it to the manifest.
 *
 * @category TF.js
 */
export type SpecName =
  | 'relu'
  | 'leakyRelu'
  | 'crelu'
  | 'rrelu'
  | 'relu6'
  | 'squaredRelu'
  | 'starRelu'
  | 'shiftedRelu'
  | 'threshold'
  | 'heaviside'
  | 'elu'
  | 'selu'
  | 'celu'
  | 'xielu'
  | 'gelu'
  | 'geluTanh'
  | 'silu'
  | 'swish'
  | 'mish'
  | 'hardSwish'
  | 'softplus'
  | 'squareplus'
  | 'sparsePlus'
  | 'sigmoid'
  | 'logSigmoid'
  | 'hardSigmoid'
  | 'tanh'
  | 'hardTanh'
  | 'softsign'
  | 'tanhshrink'
  | 'softshrink'
  | 'hardshrink'
  | 'shrink'
  | 'glu'
  | 'reglu'
  | 'geglu'
  | 'gegluTanh'
  | 'swiglu'
  | 'swigluOss'
  | 'maxout'
  | 'softmax'
  | 'sparsemax'
  | 'logSoftmax'
  | 'logSumExp'
  | 'softmin'
  | 'hardmax';

/** Every activation with scalar parameters; prelu and sShapedRelu (tensor weights) are in ./weighted.ts. */
export const SPECS: Readonly<Record<SpecName, OpSpec>> = {
  relu: unary(r.reluF32, r.reluBackwardF32, ['atZero'], [0]),
  leakyRelu: unary(r.leakyReluF32, r.leakyReluBackwardF32, ['negativeSlope'], [0.01]),
  crelu: rows('wide', r.creluF32, r.creluBackwardF32),
  // The inference form (the mean slope): the op has no random state, like the scalar rrelu.
  rrelu: unary(
    (out, x, lower, upper) => r.rreluF32(out, x, lower, upper),
    (dx, dy, x, lower, upper) => r.rreluBackwardF32(dx, dy, x, lower, upper),
    ['lower', 'upper'],
    [1 / 8, 1 / 3],
  ),
  relu6: unary(r.relu6F32, r.relu6BackwardF32),
  squaredRelu: unary(r.squaredReluF32, r.squaredReluBackwardF32),
  // the backward passes without their optional parameter-gradient accumulator
  starRelu: unary(
    (out, x, scale, bias) => r.starReluF32(out, x, scale, bias),
    (dx, dy, x, scale, bias) => r.starReluBackwardF32(dx, dy, x, scale, bias),
    ['scale', 'bias'],
    [0.8944, -0.4472],
  ),
  shiftedRelu: unary(r.shiftedReluF32, r.shiftedReluBackwardF32, ['a'], [1]),
  threshold: unary(r.thresholdF32, r.thresholdBackwardF32, ['threshold', 'value'], [undefined, undefined]),
  heaviside: unary(r.heavisideF32, r.heavisideBackwardF32, ['valueAtZero'], [0.5]),
  elu: unary(r.eluF32, r.eluBackwardF32, ['alpha'], [1]),
  selu: unary(r.seluF32, r.seluBackwardF32),
  celu: unary(r.celuF32, r.celuBackwardF32, ['alpha'], [1]),
  xielu: unary(
    (out, x, alphaP, alphaN, beta, eps) => r.xieluF32(out, x, alphaP, alphaN, beta, eps),
    (dx, dy, x, alphaP, alphaN, beta, eps) => r.xieluBackwardF32(dx, dy, x, alphaP, alphaN, beta, eps),
    ['alphaP', 'alphaN', 'beta', 'eps'],
    [0.8, 0.8, 0.5, -1e-6],
  ),
  gelu: unary(r.geluF32, r.geluBackwardF32),
  geluTanh: unary(r.geluTanhF32, r.geluTanhBackwardF32),
  silu: unary(r.siluF32, r.siluBackwardF32),
  swish: unary(r.swishF32, r.swishBackwardF32, ['beta'], [1]),
  mish: unary(r.mishF32, r.mishBackwardF32),
  hardSwish: unary(r.hardSwishF32, r.hardSwishBackwardF32),
  softplus: unary(r.softplusF32, r.softplusBackwardF32, ['beta', 'threshold'], [1, Infinity]),
  squareplus: unary(r.squareplusF32, r.squareplusBackwardF32, ['b'], [4]),
  sparsePlus: unary(r.sparsePlusF32, r.sparsePlusBackwardF32),
  sigmoid: unary(r.sigmoidF32, r.sigmoidBackwardF32),
  logSigmoid: unary(r.logSigmoidF32, r.logSigmoidBackwardF32),
  hardSigmoid: unary(r.hardSigmoidF32, r.hardSigmoidBackwardF32, ['alpha', 'beta'], [1 / 6, 0.5]),
  tanh: unary(r.tanhF32, r.tanhBackwardF32),
  hardTanh: unary(r.hardTanhF32, r.hardTanhBackwardF32, ['minVal', 'maxVal'], [-1, 1]),
  softsign: unary(r.softsignF32, r.softsignBackwardF32),
  tanhshrink: unary(r.tanhshrinkF32, r.tanhshrinkBackwardF32),
  softshrink: unary(r.softshrinkF32, r.softshrinkBackwardF32, ['lambd'], [0.5]),
  hardshrink: unary(r.hardshrinkF32, r.hardshrinkBackwardF32, ['lambd'], [0.5]),
  shrink: unary(r.shrinkF32, r.shrinkBackwardF32, ['lambd', 'bias'], [0.5, 0]),
  // The gated ops split the last axis into halves a | b: the kernels' default layout, so their
  // trailing options object (layout, innerSize) is left out and only the numbers pass through.
  glu: rows(
    'gated',
    (out, x, rs) => r.gluF32(out, x, rs),
    (dx, dy, x, rs) => r.gluBackwardF32(dx, dy, x, rs),
  ),
  reglu: rows(
    'gated',
    (out, x, rs) => r.regluF32(out, x, rs),
    (dx, dy, x, rs) => r.regluBackwardF32(dx, dy, x, rs),
  ),
  geglu: rows(
    'gated',
    (out, x, rs) => r.gegluF32(out, x, rs),
    (dx, dy, x, rs) => r.gegluBackwardF32(dx, dy, x, rs),
  ),
  gegluTanh: rows(
    'gated',
    (out, x, rs) => r.gegluTanhF32(out, x, rs),
    (dx, dy, x, rs) => r.gegluTanhBackwardF32(dx, dy, x, rs),
  ),
  swiglu: rows(
    'gated',
    (out, x, rs, beta) => r.swigluF32(out, x, rs, beta),
    (dx, dy, x, rs, beta) => r.swigluBackwardF32(dx, dy, x, rs, beta),
    ['beta'],
    [1],
  ),
  swigluOss: rows(
    'gated',
    (out, x, rs, alpha, limit) => r.swigluOssF32(out, x, rs, alpha, limit),
    (dx, dy, x, rs, alpha, limit) => r.swigluOssBackwardF32(dx, dy, x, rs, alpha, limit),
    ['alpha', 'limit'],
    [1.702, 7],
  ),
  maxout: rows('grouped', r.maxoutF32, r.maxoutBackwardF32, ['pieces'], [undefined]),
  softmax: rows('rowwise', r.softmaxF32, r.softmaxBackwardF32),
  sparsemax: rows('rowwise', r.sparsemaxF32, r.sparsemaxBackwardF32),
  logSoftmax: rows('rowwise', r.logSoftmaxF32, r.logSoftmaxBackwardF32),
  logSumExp: rows('reduce', r.logSumExpF32, r.logSumExpBackwardF32),
  softmin: rows('rowwise', r.softminF32, r.softminBackwardF32),
  hardmax: rows('rowwise', r.hardmaxF32, r.hardmaxBackwardF32),
};

/**
 * The output shape of `layout` for an input of `shape`, or a RangeError naming the op when the
 * last axis does not fit it (gated: even; grouped: a multiple of pieces).
 */
export function outputShape(op: string, layout: Layout, shape: readonly number[], params: readonly number[]): number[] {
  if (layout === 'elementwise') return [...shape];
  if (shape.length === 0) throw new RangeError(`${op}: x must have at least one axis (its rows are the last axis), got a scalar tensor`);
  const lead = shape.slice(0, -1);
  const last = shape[shape.length - 1];
  if (last === 0) throw new RangeError(`${op}: the last axis (the rows) must not be empty, got shape [${shape.join(', ')}]`);
  switch (layout) {
    case 'rowwise':
      return [...shape];
    case 'wide':
      return [...lead, 2 * last];
    case 'reduce':
      return lead;
    case 'gated':
      if (last % 2 !== 0) throw new RangeError(`${op}: the last axis must be even (halves a | b), got ${last}`);
      return [...lead, last / 2];
    case 'grouped': {
      const pieces = params[0];
      if (!(Number.isInteger(pieces) && pieces > 0 && last % pieces === 0)) {
        throw new RangeError(`${op}: pieces must be a positive integer dividing the last axis (${last}), got ${pieces}`);
      }
      return [...lead, last / pieces];
    }
  }
}

/** The kernels' trailing arguments: the row size (last axis) first where the layout has rows. */
export function kernelArgs(layout: Layout, shape: readonly number[], params: readonly number[]): number[] {
  return layout === 'elementwise' || layout === 'grouped' ? [...params] : [shape[shape.length - 1], ...params];
}
