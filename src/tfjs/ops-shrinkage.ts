// The shrinkage ops of rectified/tfjs (tanhshrink, softshrink, hardshrink and ONNX's general
// Shrink), as ./ops.ts's: the library's Float32Array kernels as registered TF.js kernels with
// their gradients, the library's defaults and errors.
import type { Tensor } from '@tensorflow/tfjs-core';
import { apply } from './define.js';

/**
 * tanhshrink: x − tanh(x).
 *
 * @param x - a float32 tensor
 * @category TF.js
 */
export function tanhshrink(x: Tensor): Tensor {
  return apply('tanhshrink', x, []);
}

/**
 * soft shrinkage.
 *
 * @param x - a float32 tensor
 * @param lambd - as in the library's `softshrink` (omitted: its default)
 * @category TF.js
 */
export function softshrink(x: Tensor, lambd?: number): Tensor {
  return apply('softshrink', x, [lambd]);
}

/**
 * hard shrinkage.
 *
 * @param x - a float32 tensor
 * @param lambd - as in the library's `hardshrink` (omitted: its default)
 * @category TF.js
 */
export function hardshrink(x: Tensor, lambd?: number): Tensor {
  return apply('hardshrink', x, [lambd]);
}

/**
 * ONNX `Shrink`: x − bias above lambd, x + bias below −lambd, 0 between.
 *
 * @param x - a float32 tensor
 * @param lambd - as in the library's `shrink` (omitted: its default)
 * @param bias - as in the library's `shrink` (omitted: its default)
 * @category TF.js
 */
export function shrink(x: Tensor, lambd?: number, bias?: number): Tensor {
  return apply('shrink', x, [lambd, bias]);
}
