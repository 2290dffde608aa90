// snake and snakeBeta as TF.js ops with learnable parameters: alpha (and beta) are numbers or
// float32 tensors of shape [] / [1] / [C], one value per channel of the last axis (as prelu in
// ./weighted.ts, whose op builder they share), and a tensor parameter (a tf.Variable) gets its
// gradient from the library's fused backward pass. Linear-scale parameters: for BigVGAN's
// alpha_logscale, pass tf.exp(logAlpha), whose gradient TF.js chains itself.
import type { Tensor } from '@tensorflow/tfjs-core';
import { tidy } from '@tensorflow/tfjs-core';
import { snakeBackwardF32, snakeF32 } from '../activations/snake/snake.js';
import { snakeBetaBackwardF32, snakeBetaF32 } from '../activations/snake/snake-beta.js';
import { checkTensor } from './define.js';
import { runOp } from './registry.js';
import { paramTensor, weightedOp } from './weighted.js';

const SNAKE = weightedOp(
  'snake',
  ['alpha'],
  (out, x, [a]) => {
    snakeF32(out, x, a, 1);
  },
  (dx, dy, x, [a], [g]) => {
    snakeBackwardF32(dx, dy, x, a, 1, g);
  },
);

const SNAKE_BETA = weightedOp(
  'snakeBeta',
  ['alpha', 'beta'],
  (out, x, [a, b]) => {
    snakeBetaF32(out, x, a, b, 1);
  },
  (dx, dy, x, [a, b], [ga, gb]) => {
    snakeBetaBackwardF32(dx, dy, x, a, b, 1, { alpha: ga, beta: gb });
  },
);

/**
 * rectified's {@link snake} as a TF.js op: x + sin²(αx)/α. `alpha` is a number or a float32
 * tensor of shape [] / [1] / [C] (one α per channel of the last axis); a tensor alpha (a
 * tf.Variable) gets its gradient, so it can be learnt.
 *
 * @param x - a float32 tensor
 * @param alpha - α: a number, or a tensor of shape [] / [1] / [C]; finite and nonzero
 * @throws {TypeError} if x or a tensor alpha is not a float32 tf.Tensor
 * @throws {RangeError} if an alpha is 0 or not finite, or its shape does not fit x's last axis
 * @category TF.js
 */
export function snake(x: Tensor, alpha: number | Tensor = 1): Tensor {
  checkTensor('snake', 'x', x);
  return tidy(() => runOp(SNAKE, SNAKE.forward, { x, alpha: paramTensor('snake', 'alpha', alpha, x) }, {}) as Tensor);
}

/**
 * rectified's {@link snakeBeta} as a TF.js op: x + sin²(αx)/β. `alpha` and `beta` are numbers or
 * float32 tensors of shape [] / [1] / [C] with the same number of values (a number counts as
 * one); tensor parameters (tf.Variables) get their gradients.
 *
 * @param x - a float32 tensor
 * @param alpha - α: a number, or a tensor of shape [] / [1] / [C]; finite
 * @param beta - β: a number, or a tensor of shape [] / [1] / [C]; finite and nonzero
 * @throws {TypeError} if x or a tensor parameter is not a float32 tf.Tensor
 * @throws {RangeError} if a parameter is out of its domain, or the shapes do not fit x or each other
 * @category TF.js
 */
export function snakeBeta(x: Tensor, alpha: number | Tensor = 1, beta: number | Tensor = 1): Tensor {
  checkTensor('snakeBeta', 'x', x);
  return tidy(() => {
    const a = paramTensor('snakeBeta', 'alpha', alpha, x);
    const b = paramTensor('snakeBeta', 'beta', beta, x);
    if (a.size !== b.size) {
      throw new RangeError(`snakeBeta: alpha and beta must have the same number of values, got alpha: ${a.size}, beta: ${b.size}`);
    }
    return runOp(SNAKE_BETA, SNAKE_BETA.forward, { x, alpha: a, beta: b }, {}) as Tensor;
  });
}
