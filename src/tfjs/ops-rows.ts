// The ops of rectified/tfjs over the last axis as rows: the gated linear units (halves a | b),
// maxout (groups of `pieces`) and the softmax family (softmax, logSoftmax, logSumExp, softmin, hardmax). Same conventions and errors as ./ops.ts.
import type { Tensor } from '@tensorflow/tfjs-core';
import { apply } from './define.js';

/**
 * GLU: a·σ(b), halves a | b of the last axis, which halves.
 *
 * @param x - a float32 tensor
 * @category TF.js
 */
export function glu(x: Tensor): Tensor {
  return apply('glu', x, []);
}

/**
 * ReGLU: a·relu(b), halves a | b of the last axis.
 *
 * @param x - a float32 tensor
 * @category TF.js
 */
export function reglu(x: Tensor): Tensor {
  return apply('reglu', x, []);
}

/**
 * GEGLU: a·gelu(b), halves a | b of the last axis.
 *
 * @param x - a float32 tensor
 * @category TF.js
 */
export function geglu(x: Tensor): Tensor {
  return apply('geglu', x, []);
}

/**
 * GEGLU with the tanh GELU, halves a | b of the last axis.
 *
 * @param x - a float32 tensor
 * @category TF.js
 */
export function gegluTanh(x: Tensor): Tensor {
  return apply('gegluTanh', x, []);
}

/**
 * SwiGLU: a·b·σ(βb), halves a | b of the last axis.
 *
 * @param x - a float32 tensor
 * @param beta - as in the library's `swiglu` (omitted: its default)
 * @category TF.js
 */
export function swiglu(x: Tensor, beta?: number): Tensor {
  return apply('swiglu', x, [beta]);
}

/**
 * maxout: the max of each group of `pieces` along the last axis, which is divided by pieces.
 *
 * @param x - a float32 tensor
 * @param pieces - as in the library's `maxout` (omitted: its default)
 * @category TF.js
 */
export function maxout(x: Tensor, pieces: number): Tensor {
  return apply('maxout', x, [pieces]);
}

/**
 * softmax along the last axis.
 *
 * @param x - a float32 tensor
 * @category TF.js
 */
export function softmax(x: Tensor): Tensor {
  return apply('softmax', x, []);
}

/**
 * log-softmax along the last axis.
 *
 * @param x - a float32 tensor
 * @category TF.js
 */
export function logSoftmax(x: Tensor): Tensor {
  return apply('logSoftmax', x, []);
}

/**
 * log-sum-exp along the last axis, which is removed.
 *
 * @param x - a float32 tensor
 * @category TF.js
 */
export function logSumExp(x: Tensor): Tensor {
  return apply('logSumExp', x, []);
}

/**
 * softmin (softmax of −x) along the last axis.
 *
 * @param x - a float32 tensor
 * @category TF.js
 */
export function softmin(x: Tensor): Tensor {
  return apply('softmin', x, []);
}

/**
 * hardmax along the last axis: the one-hot of each row's first maximum (first NaN wins); its gradient is zero.
 *
 * @param x - a float32 tensor
 * @category TF.js
 */
export function hardmax(x: Tensor): Tensor {
  return apply('hardmax', x, []);
}
