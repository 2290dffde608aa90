// Framework definitions of the activations the registry names, in decimal.js (80 digits), written
// from each framework's source as quoted in names.test.ts, never from src/: the values the
// registry's bound functions are held to.
import type { Decimal as DecimalJs } from 'decimal.js';
import { constants, Decimal, expm1Decimal, Phi, sigmoidDecimal, softplusDecimal, toDecimal } from '../fixtures/reference.mjs';

export type Ref = (x: DecimalJs) => DecimalJs;
export type GatedRef = (a: DecimalJs, b: DecimalJs) => DecimalJs;
export type RowRef = (row: DecimalJs[]) => DecimalJs[];

const d = (v: number | string): DecimalJs => (typeof v === 'number' ? toDecimal(v) : new Decimal(v));
const max = (a: DecimalJs, b: DecimalJs | number) => Decimal.max(a, b);
const min = (a: DecimalJs, b: DecimalJs | number) => Decimal.min(a, b);
const clip = (x: DecimalJs, lo: number, hi: number) => min(max(x, lo), hi);

// SELU's constants as JAX writes them (32 digits, far beyond float64's 17).
const SELU_LAMBDA = d('1.0507009873554804934193349852946');
const SELU_ALPHA = d('1.6732632423543772848170429916717');

export const relu: Ref = (x) => max(x, 0);
export const relu6: Ref = (x) => clip(x, 0, 6);
export const squaredRelu: Ref = (x) => max(x, 0).pow(2);
export const leaky =
  (slope: number | string): Ref =>
  (x) =>
    x.gte(0) ? x : x.times(d(slope));
export const threshold =
  (t: number, v: number): Ref =>
  (x) =>
    x.gt(d(t)) ? x : d(v);
export const elu =
  (alpha: number): Ref =>
  (x) =>
    x.gt(0) ? x : d(alpha).times(expm1Decimal(x));
export const selu: Ref = (x) => SELU_LAMBDA.times(x.gt(0) ? x : SELU_ALPHA.times(expm1Decimal(x)));
export const celu =
  (alpha: number): Ref =>
  (x) =>
    max(x, 0).plus(d(alpha).times(expm1Decimal(min(x, 0).div(d(alpha)))));
export const gelu: Ref = (x) => x.times(Phi(x));
export const geluTanh: Ref = (x) =>
  x.times(0.5).times(
    constants()
      .sqrt2OverPi.times(x.plus(d('0.044715').times(x.pow(3))))
      .tanh()
      .plus(1),
  );
export const silu: Ref = (x) => x.times(sigmoidDecimal(x));
export const swish =
  (beta: number): Ref =>
  (x) =>
    x.times(sigmoidDecimal(x.times(d(beta))));
export const mish: Ref = (x) => x.times(softplusDecimal(x).tanh());
export const hardSwish: Ref = (x) => x.times(clip(x.plus(3), 0, 6)).div(6);
export const softplus =
  (beta = 1): Ref =>
  (x) =>
    softplusDecimal(x, beta);
export const sigmoid: Ref = (x) => sigmoidDecimal(x);
export const logSigmoid: Ref = (x) => softplusDecimal(x.neg()).neg();
/** relu6(x + 3)/6 (PyTorch, Keras 3, JAX). */
export const hardSigmoid6: Ref = (x) => clip(x.plus(3), 0, 6).div(6);
/** clip(alpha·x + beta, 0, 1) (ONNX, Keras 2 with alpha 0.2, beta 0.5). */
export const hardSigmoidAffine =
  (alpha: number, beta: number): Ref =>
  (x) =>
    clip(x.times(d(alpha)).plus(d(beta)), 0, 1);
export const tanh: Ref = (x) => x.tanh();
export const hardTanh =
  (lo: number, hi: number): Ref =>
  (x) =>
    min(max(x, d(lo)), d(hi));
export const softsign: Ref = (x) => x.div(x.abs().plus(1));
export const tanhshrink: Ref = (x) => x.minus(x.tanh());
export const softshrink =
  (l: number): Ref =>
  (x) =>
    x.gt(d(l)) ? x.minus(d(l)) : x.lt(d(-l)) ? x.plus(d(l)) : new Decimal(0);
export const hardshrink =
  (l: number): Ref =>
  (x) =>
    x.abs().gt(d(l)) ? x : new Decimal(0);
export const squareplus =
  (b: number): Ref =>
  (x) =>
    x.plus(x.pow(2).plus(d(b)).sqrt()).div(2);
export const sparsePlus: Ref = (x) => (x.lte(-1) ? new Decimal(0) : x.gte(1) ? x : x.plus(1).pow(2).div(4));
export const sparseSigmoid: Ref = (x) => clip(x.plus(1), 0, 2).times(0.5);
export const identity: Ref = (x) => x;
export const exponential: Ref = (x) => x.exp();

export const glu: GatedRef = (a, b) => a.times(sigmoidDecimal(b));

export const softmax: RowRef = (row) => {
  const e = row.map((v) => v.exp());
  const s = e.reduce((a, b) => a.plus(b));
  return e.map((v) => v.div(s));
};
export const logSoftmax: RowRef = (row) => softmax(row).map((v) => v.ln());
export const logSumExp: RowRef = (row) => [
  row
    .map((v) => v.exp())
    .reduce((a, b) => a.plus(b))
    .ln(),
];

export const softmin: RowRef = (row) => softmax(row.map((v) => v.neg()));
/** ONNX Hardmax / torch argmax: a one at the first maximum. */
export const hardmax: RowRef = (row) => {
  const m = row.reduce((a, b) => (b.gt(a) ? b : a));
  const i = row.findIndex((v) => v.eq(m));
  return row.map((_, j) => new Decimal(j === i ? 1 : 0));
};
/** Keras ops.sparsemax (Martins & Astudillo 2016): sort, the largest k with 1 + k·z_(k) > Σ_{j≤k} z_(j), τ. */
export const sparsemax: RowRef = (row) => {
  const z = [...row].sort((a, b) => b.cmp(a));
  let cum = new Decimal(0);
  let k = 1;
  let kSum = z[0]!;
  z.forEach((v, j) => {
    cum = cum.plus(v);
    if (
      v
        .times(j + 1)
        .plus(1)
        .gt(cum)
    ) {
      k = j + 1;
      kSum = cum;
    }
  });
  const tau = kSum.minus(1).div(k);
  return row.map((v) => max(v.minus(tau), 0));
};
/** ONNX Shrink: x + bias below −lambd, x − bias above lambd, 0 between. */
export const shrink =
  (lambd: number, bias: number): Ref =>
  (x) =>
    x.lt(d(-lambd)) ? x.plus(d(bias)) : x.gt(d(lambd)) ? x.minus(d(bias)) : new Decimal(0);
/** transformers XIELUActivation with effective alpha_p, alpha_n (Huang & Schlag 2025). */
export const xielu =
  (ap: number, an: number, beta: number, eps: number): Ref =>
  (x) =>
    x.gt(0)
      ? d(ap).times(x.pow(2)).plus(d(beta).times(x))
      : expm1Decimal(min(x, d(eps)))
          .minus(x)
          .times(d(an))
          .plus(d(beta).times(x));
