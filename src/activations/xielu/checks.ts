// The checked parameters of xielu, shared by its five forms, with the two constants the kernels
// use on eps ≤ x ≤ 0.
import { finiteParam, nonPositiveParam } from '../../internal/params.js';
import { expm1MinusXOf } from './core.js';

/** [alphaP, alphaN, beta, eps]: each checked, −0 as +0. */
export type XieluScalarParams = readonly [alphaP: number, alphaN: number, beta: number, eps: number];

/** The kernels' parameters: [alphaP, alphaN, beta, eps, beta − alphaN, h(eps) = e^eps − 1 − eps]. */
export type XieluParams = readonly [alphaP: number, alphaN: number, beta: number, eps: number, plateau: number, hEps: number];

export function xieluScalarParams(alphaP: number, alphaN: number, beta: number, eps: number): XieluScalarParams {
  return [finiteParam('alphaP', alphaP), finiteParam('alphaN', alphaN), finiteParam('beta', beta), nonPositiveParam('eps', eps)];
}

export function xieluParams(alphaP: number, alphaN: number, beta: number, eps: number): XieluParams {
  const [ap, an, b, e] = xieluScalarParams(alphaP, alphaN, beta, eps);
  return [ap, an, b, e, b - an, expm1MinusXOf(e)];
}
