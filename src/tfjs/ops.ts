// The public ops of rectified/tfjs with scalar parameters, one per activation (prelu and
// sShapedRelu, with tensor parameters, are in ./weighted.ts; the shrinkage functions in ./ops-shrinkage.ts). Each runs rectified's Float32Array
// kernel as a registered TF.js kernel and has its gradient registered (see ./registry.ts); the
// defaults are the library's (./specs.ts), and so are the errors: a TypeError when x is not a
// float32 tf.Tensor or a parameter is not a number, a RangeError when a parameter is out of its
// domain or the last axis does not fit the layout (odd for a gated unit, say).
import type { Tensor } from '@tensorflow/tfjs-core';
import { apply } from './define.js';

/**
 * ReLU: max(x, 0); atZero is f′(0) for the gradient (in [0, 1]).
 *
 * @param x - a float32 tensor
 * @param atZero - as in the library's `relu` (omitted: its default)
 * @category TF.js
 */
export function relu(x: Tensor, atZero?: number): Tensor {
  return apply('relu', x, [atZero]);
}

/**
 * leaky ReLU: x for x > 0, negativeSlope·x elsewhere.
 *
 * @param x - a float32 tensor
 * @param negativeSlope - as in the library's `leakyRelu` (omitted: its default)
 * @category TF.js
 */
export function leakyRelu(x: Tensor, negativeSlope?: number): Tensor {
  return apply('leakyRelu', x, [negativeSlope]);
}

/**
 * CReLU: [relu(x), relu(−x)] along the last axis, which doubles.
 *
 * @param x - a float32 tensor
 * @category TF.js
 */
export function crelu(x: Tensor): Tensor {
  return apply('crelu', x, []);
}

/**
 * RReLU in inference form: leaky ReLU with the mean slope (lower + upper)/2.
 *
 * @param x - a float32 tensor
 * @param lower - as in the library's `rrelu` (omitted: its default)
 * @param upper - as in the library's `rrelu` (omitted: its default)
 * @category TF.js
 */
export function rrelu(x: Tensor, lower?: number, upper?: number): Tensor {
  return apply('rrelu', x, [lower, upper]);
}

/**
 * ReLU6: min(max(x, 0), 6).
 *
 * @param x - a float32 tensor
 * @category TF.js
 */
export function relu6(x: Tensor): Tensor {
  return apply('relu6', x, []);
}

/**
 * Squared ReLU (Primer): max(x, 0)².
 *
 * @param x - a float32 tensor
 * @category TF.js
 */
export function squaredRelu(x: Tensor): Tensor {
  return apply('squaredRelu', x, []);
}

/**
 * shifted ReLU: max(x, −a).
 *
 * @param x - a float32 tensor
 * @param a - as in the library's `shiftedRelu` (omitted: its default)
 * @category TF.js
 */
export function shiftedRelu(x: Tensor, a?: number): Tensor {
  return apply('shiftedRelu', x, [a]);
}

/**
 * threshold: x where x > threshold, value elsewhere.
 *
 * @param x - a float32 tensor
 * @param threshold - as in the library's `threshold` (omitted: its default)
 * @param value - as in the library's `threshold` (omitted: its default)
 * @category TF.js
 */
export function threshold(x: Tensor, threshold: number, value: number): Tensor {
  return apply('threshold', x, [threshold, value]);
}

/**
 * Heaviside step (gradient 0).
 *
 * @param x - a float32 tensor
 * @param valueAtZero - as in the library's `heaviside` (omitted: its default)
 * @category TF.js
 */
export function heaviside(x: Tensor, valueAtZero?: number): Tensor {
  return apply('heaviside', x, [valueAtZero]);
}

/**
 * ELU.
 *
 * @param x - a float32 tensor
 * @param alpha - as in the library's `elu` (omitted: its default)
 * @category TF.js
 */
export function elu(x: Tensor, alpha?: number): Tensor {
  return apply('elu', x, [alpha]);
}

/**
 * SELU.
 *
 * @param x - a float32 tensor
 * @category TF.js
 */
export function selu(x: Tensor): Tensor {
  return apply('selu', x, []);
}

/**
 * CELU.
 *
 * @param x - a float32 tensor
 * @param alpha - as in the library's `celu` (omitted: its default)
 * @category TF.js
 */
export function celu(x: Tensor, alpha?: number): Tensor {
  return apply('celu', x, [alpha]);
}

/**
 * GELU, exact erf form (accurate in the far negative tail, where TF.js's is 0).
 *
 * @param x - a float32 tensor
 * @category TF.js
 */
export function gelu(x: Tensor): Tensor {
  return apply('gelu', x, []);
}

/**
 * GELU, tanh approximation.
 *
 * @param x - a float32 tensor
 * @category TF.js
 */
export function geluTanh(x: Tensor): Tensor {
  return apply('geluTanh', x, []);
}

/**
 * SiLU: x·σ(x).
 *
 * @param x - a float32 tensor
 * @category TF.js
 */
export function silu(x: Tensor): Tensor {
  return apply('silu', x, []);
}

/**
 * swish: x·σ(βx).
 *
 * @param x - a float32 tensor
 * @param beta - as in the library's `swish` (omitted: its default)
 * @category TF.js
 */
export function swish(x: Tensor, beta?: number): Tensor {
  return apply('swish', x, [beta]);
}

/**
 * mish: x·tanh(softplus(x)).
 *
 * @param x - a float32 tensor
 * @category TF.js
 */
export function mish(x: Tensor): Tensor {
  return apply('mish', x, []);
}

/**
 * hard swish.
 *
 * @param x - a float32 tensor
 * @category TF.js
 */
export function hardSwish(x: Tensor): Tensor {
  return apply('hardSwish', x, []);
}

/**
 * softplus: log(1 + exp(βx))/β.
 *
 * @param x - a float32 tensor
 * @param beta - as in the library's `softplus` (omitted: its default)
 * @param threshold - as in the library's `softplus` (omitted: its default)
 * @category TF.js
 */
export function softplus(x: Tensor, beta?: number, threshold?: number): Tensor {
  return apply('softplus', x, [beta, threshold]);
}

/**
 * squareplus: (x + √(x² + b))/2.
 *
 * @param x - a float32 tensor
 * @param b - as in the library's `squareplus` (omitted: its default)
 * @category TF.js
 */
export function squareplus(x: Tensor, b?: number): Tensor {
  return apply('squareplus', x, [b]);
}

/**
 * sparse plus.
 *
 * @param x - a float32 tensor
 * @category TF.js
 */
export function sparsePlus(x: Tensor): Tensor {
  return apply('sparsePlus', x, []);
}

/**
 * logistic sigmoid.
 *
 * @param x - a float32 tensor
 * @category TF.js
 */
export function sigmoid(x: Tensor): Tensor {
  return apply('sigmoid', x, []);
}

/**
 * log σ(x).
 *
 * @param x - a float32 tensor
 * @category TF.js
 */
export function logSigmoid(x: Tensor): Tensor {
  return apply('logSigmoid', x, []);
}

/**
 * hard sigmoid: clamp(αx + β, 0, 1).
 *
 * @param x - a float32 tensor
 * @param alpha - as in the library's `hardSigmoid` (omitted: its default)
 * @param beta - as in the library's `hardSigmoid` (omitted: its default)
 * @category TF.js
 */
export function hardSigmoid(x: Tensor, alpha?: number, beta?: number): Tensor {
  return apply('hardSigmoid', x, [alpha, beta]);
}

/**
 * tanh.
 *
 * @param x - a float32 tensor
 * @category TF.js
 */
export function tanh(x: Tensor): Tensor {
  return apply('tanh', x, []);
}

/**
 * hard tanh: clamp(x, minVal, maxVal).
 *
 * @param x - a float32 tensor
 * @param minVal - as in the library's `hardTanh` (omitted: its default)
 * @param maxVal - as in the library's `hardTanh` (omitted: its default)
 * @category TF.js
 */
export function hardTanh(x: Tensor, minVal?: number, maxVal?: number): Tensor {
  return apply('hardTanh', x, [minVal, maxVal]);
}

/**
 * softsign: x/(1 + |x|).
 *
 * @param x - a float32 tensor
 * @category TF.js
 */
export function softsign(x: Tensor): Tensor {
  return apply('softsign', x, []);
}
