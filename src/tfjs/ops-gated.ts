// The TF.js op of GPT-OSS's SwiGLU (swigluOss); the other gated units are in ./ops-rows.ts. Like
// them it splits the last axis into halves a | b (the library's default layout); the kernels'
// `{ layout, innerSize }` options are not offered here, since an op's attributes are the numeric
// parameters only: docs/tfjs.md shows how to reorder GPT-OSS's interleaved layout with TF.js ops.
import type { Tensor } from '@tensorflow/tfjs-core';
import { apply } from './define.js';

/**
 * SwiGLU as GPT-OSS computes it: swish(min(b, limit), alpha)·(clamp(a, ±limit) + 1), halves
 * a | b of the last axis (the linear part a first, the gate b second), which halves.
 *
 * @param x - a float32 tensor
 * @param alpha - as in the library's `swigluOss` (omitted: its default 1.702)
 * @param limit - as in the library's `swigluOss` (omitted: its default 7)
 * @category TF.js
 */
export function swigluOss(x: Tensor, alpha?: number, limit?: number): Tensor {
  return apply('swigluOss', x, [alpha, limit]);
}
