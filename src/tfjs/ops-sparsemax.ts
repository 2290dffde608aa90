// sparsemax as a rectified/tfjs op, as ./ops-rows.ts's softmax: the library's kernel along the
// last axis as a registered TF.js kernel, its backward (from the output) as the gradient.
import type { Tensor } from '@tensorflow/tfjs-core';
import { apply } from './define.js';

/**
 * sparsemax (the projection onto the probability simplex) along the last axis.
 *
 * @param x - a float32 tensor
 * @category TF.js
 */
export function sparsemax(x: Tensor): Tensor {
  return apply('sparsemax', x, []);
}
