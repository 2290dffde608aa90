// Functions that only the registry (rectified/registry) offers: names that framework configs use
// for maps too plain to be activations of their own — Keras's `linear` and JAX's and ONNX's
// identity, Keras's `exponential` (ONNX `Exp`), and the derivative of JAX's `sparse_sigmoid`,
// whose forward form is sparsePlus′ (exported as sparsePlusDerivative). They keep the contract of
// every activation (docs/design.md): checked arguments with the same messages, NaN in gives NaN
// out, kernels computing in float64 and rounding once (within 1 float32 ulp), `out` may be `x`
// and partially overlapping views are read before they are written.
import { checkBackward, checkUnary, copyIfPartialOverlap } from '../internal/check.js';
import { fastExpInRange32 } from '../internal/fast-exp32.js';
import { assertInput } from '../internal/params.js';

/** identity(x) = x. */
export function identity(x: number): number {
  assertInput(x);
  return x;
}

/** identity′(x) = 1; NaN for NaN. */
export function identityDerivative(x: number): number {
  assertInput(x);
  return x === x ? 1 : x;
}

export function identityF32(out: Float32Array, x: Readonly<Float32Array>): Float32Array {
  checkUnary(out, x);
  // set() copies through a clone when both views share a buffer, so any overlap is handled.
  if (out !== x) out.set(x);
  return out;
}

export function identityDerivativeF32(out: Float32Array, x: Readonly<Float32Array>): Float32Array {
  checkUnary(out, x);
  const src = copyIfPartialOverlap(out, x);
  for (let i = 0, n = src.length; i < n; i++) {
    const v = src[i];
    out[i] = v === v ? 1 : v;
  }
  return out;
}

export function identityBackwardF32(dx: Float32Array, dy: Readonly<Float32Array>, x: Readonly<Float32Array>): Float32Array {
  checkBackward(dx, dy, x);
  const g = copyIfPartialOverlap(dx, dy);
  const src = copyIfPartialOverlap(dx, x);
  // dy·1 is dy itself (signed zeros included); a NaN x makes the product NaN.
  for (let i = 0, n = src.length; i < n; i++) {
    const v = src[i];
    dx[i] = v === v ? g[i] : v;
  }
  return dx;
}

/** eˣ (Math.exp: within 1 ulp in V8's fdlibm port); its own derivative. */
export function exponential(x: number): number {
  assertInput(x);
  return Math.exp(x);
}

export function exponentialDerivative(x: number): number {
  assertInput(x);
  return Math.exp(x);
}

/**
 * eˣ for a float32 x: the table exponential (2⁻³¹ relative, so within 1 float32 ulp after the
 * rounding) inside ±400, where it is valid; Math.exp outside (results of 0 or +∞, NaN).
 */
function exp32(x: number): number {
  return x >= -400 && x <= 400 ? fastExpInRange32(x) : Math.exp(x);
}

export function exponentialF32(out: Float32Array, x: Readonly<Float32Array>): Float32Array {
  checkUnary(out, x);
  const src = copyIfPartialOverlap(out, x);
  for (let i = 0, n = src.length; i < n; i++) out[i] = exp32(src[i]);
  return out;
}

export function exponentialDerivativeF32(out: Float32Array, x: Readonly<Float32Array>): Float32Array {
  return exponentialF32(out, x);
}

export function exponentialBackwardF32(dx: Float32Array, dy: Readonly<Float32Array>, x: Readonly<Float32Array>): Float32Array {
  checkBackward(dx, dy, x);
  const g = copyIfPartialOverlap(dx, dy);
  const src = copyIfPartialOverlap(dx, x);
  // Math.exp here: dy·eˣ is then the IEEE product of dy and the float64 eˣ rounded once, as every
  // backward pass is (0·e^∞ and ∞·e^{−∞} NaN), which the table's 2⁻³¹ could move by an ulp.
  for (let i = 0, n = src.length; i < n; i++) dx[i] = g[i] * Math.exp(src[i]);
  return dx;
}

/**
 * sparseSigmoid′(x) = ½ on (−1, 1), 0 outside and at ±1 (the one-sided limits differ there; 0
 * as hardSigmoid′ and relu6′ take at their kinks); NaN for NaN. The registry binds JAX's ¼ at ±1
 * for `jax:sparse_sigmoid` on top of it.
 */
function sparseSigmoidSlope(x: number): number {
  return x > -1 && x < 1 ? 0.5 : x === x ? 0 : x;
}

export function sparseSigmoidDerivative(x: number): number {
  assertInput(x);
  return sparseSigmoidSlope(x);
}

export function sparseSigmoidDerivativeF32(out: Float32Array, x: Readonly<Float32Array>): Float32Array {
  checkUnary(out, x);
  const src = copyIfPartialOverlap(out, x);
  for (let i = 0, n = src.length; i < n; i++) out[i] = sparseSigmoidSlope(src[i]);
  return out;
}

export function sparseSigmoidBackwardF32(dx: Float32Array, dy: Readonly<Float32Array>, x: Readonly<Float32Array>): Float32Array {
  checkBackward(dx, dy, x);
  const g = copyIfPartialOverlap(dx, dy);
  const src = copyIfPartialOverlap(dx, x);
  for (let i = 0, n = src.length; i < n; i++) dx[i] = g[i] * sparseSigmoidSlope(src[i]);
  return dx;
}
