// The ops of rectified/tfjs for starRelu and xielu (ops.ts holds the older activations). Their
// parameters are numbers here, as in the library's scalar and kernels: learnt scale/bias or
// alphaP/alphaN/beta are passed in by the caller, and the gradient w.r.t. x is registered (the
// parameter gradients are what starReluBackwardF32 and xieluBackwardF32 accumulate).
import type { Tensor } from '@tensorflow/tfjs-core';
import { apply } from './define.js';

/**
 * StarReLU (MetaFormer): scale·max(x, 0)² + bias.
 *
 * @param x - a float32 tensor
 * @param scale - as in the library's `starRelu` (omitted: its default 0.8944)
 * @param bias - as in the library's `starRelu` (omitted: its default −0.4472)
 * @category TF.js
 */
export function starRelu(x: Tensor, scale?: number, bias?: number): Tensor {
  return apply('starRelu', x, [scale, bias]);
}

/**
 * xIELU (Apertus): alphaP·x² + beta·x for x > 0, alphaN·(expm1(min(x, eps)) − x) + beta·x for
 * x ≤ 0, with the effective parameters (a Hugging Face checkpoint's alpha_p, alpha_n go through
 * softplus first; see the library's `xielu`).
 *
 * @param x - a float32 tensor
 * @param alphaP - as in the library's `xielu` (omitted: its default 0.8)
 * @param alphaN - as in the library's `xielu` (omitted: its default 0.8)
 * @param beta - as in the library's `xielu` (omitted: its default 0.5)
 * @param eps - as in the library's `xielu` (omitted: its default −1e-6)
 * @category TF.js
 */
export function xielu(x: Tensor, alphaP?: number, alphaN?: number, beta?: number, eps?: number): Tensor {
  return apply('xielu', x, [alphaP, alphaN, beta, eps]);
}
