/**
 * GELU, tanh approximation (Hendrycks & Gimpel 2016): the form of GPT-2 and the default of JAX's `gelu` and Keras's `ops.gelu`; pick it when a checkpoint was trained with it. The exact form is {@link gelu!gelu | gelu} (`rectified/gelu`).
 *
 * ![geluTanh and geluTanh′, −4 ≤ x ≤ 4](../../../docs/plots/gelu-tanh.svg)
 *
 * **Formula**
 *
 * ```text
 * geluTanh(x) = ½x(1 + tanh u) = x·σ(2u),  u = √(2/π)(x + 0.044715x³)
 * geluTanh′(x) = σ(2u) + x·σ(2u)(1 − σ(2u))·2u′,  2u′ = 2√(2/π)(1 + 3·0.044715x²)
 * ```
 *
 * **Parameters**: None.
 *
 * **Special values**: NaN → NaN; geluTanh(±0) = ±0; geluTanh(−∞) = −0; geluTanh(+∞) = +∞; computed as x·σ(2u), so the negative tail keeps its digits where ½x(1 + tanh u) cancels to −0. geluTanh′(±0) = 0.5.
 *
 * **Derivative at the kink**: none (smooth); geluTanh′ crosses 0 at x ≈ −0.7525 (the minimum, ≈ −0.170).
 *
 * Five forms: `geluTanh(x)`, `geluTanhDerivative(x)`, `geluTanhF32(out, x)`, `geluTanhDerivativeF32(out, x)` and `geluTanhBackwardF32(dx, dy, x)` (out-first; `out` may be `x`). Import from `rectified/geluTanh` (or its alias `rectified/gelu-tanh`) or `rectified`.
 *
 * @module geluTanh
 * @category Smooth gates
 */
import { checkBackward, checkUnary, copyIfPartialOverlap } from '../../internal/check.js';
import { geluTanh32, geluTanhInRange32, geluTanhSlope32, geluTanhSlopeInRange32 } from '../../internal/gelu-tanh32.js';
import { geluTanhExact } from '../../internal/gelu-tanh64.js';
import { assertInput } from '../../internal/params.js';
import { nearGeluTanhSlopeRoot } from '../../internal/root-series.js';
import { GELU_TANH_SLOPE_ROOT64, nearGeluTanhSlopeRoot64, rootSeries64 } from '../../internal/root-series64.js';

/**
 * GELU, tanh approximation: ½x(1 + tanh(√(2/π)(x + 0.044715x³))), computed as x·σ(2u).
 *
 * PyTorch's `gelu(approximate='tanh')`, JAX's default `gelu`, Keras `ops.gelu`'s default and
 * TF.js's `gelu_new`. The left tail is exact (the exponent is carried in double-double),
 * where ½x(1 + tanh u) cancels to −0 from x ≈ −9.
 *
 * @param x - input
 * @returns the activation; NaN for NaN; ±0 for ±0; −0 below about −21.4 and at −Infinity; x above 30
 *   (where σ(2u) = 1 in float64) and +Infinity at +Infinity
 * @throws {TypeError} if x is not a number
 * @example
 * geluTanh(1) //=> 0.8411919906082768
 * @category Smooth gates
 */
export function geluTanh(x: number): number {
  assertInput(x);
  return geluTanhExact(x, false);
}

/**
 * Derivative of {@link geluTanh}: σ(2u) + x·σ(2u)·σ(−2u)·2√(2/π)(1 + 0.134145x²). It crosses 0
 * at x ≈ −0.75246, where the closed form cancels: within 0.75 of that zero a series about it
 * (internal/root-series64.ts) keeps full relative accuracy, the zero's neighbours included.
 *
 * @param x - input
 * @returns the derivative; NaN for NaN; 0.5 for ±0; −0 at −Infinity; 1 at +Infinity
 * @throws {TypeError} if x is not a number
 * @example
 * geluTanhDerivative(0) //=> 0.5
 * @category Smooth gates
 */
export function geluTanhDerivative(x: number): number {
  assertInput(x);
  if (nearGeluTanhSlopeRoot64(x)) return rootSeries64(GELU_TANH_SLOPE_ROOT64, x);
  return geluTanhExact(x, true);
}

/**
 * Elementwise {@link geluTanh} into `out`; returns `out`. `out` may be `x`.
 *
 * @param out - destination, same length as x
 * @param x - input
 * @returns out
 * @throws {TypeError} if out or x is not a Float32Array
 * @throws {RangeError} if the lengths differ
 * @example
 * geluTanhF32(new Float32Array(2), Float32Array.of(0, 1)) //=> Float32Array [0, 0.8411920070648193]
 * @category Smooth gates
 */
export function geluTanhF32(out: Float32Array, x: Readonly<Float32Array>): Float32Array {
  checkUnary(out, x);
  const src = copyIfPartialOverlap(out, x);
  const n = src.length;
  let i = 0;
  while (i < n - 1) {
    // two elements per iteration: see internal/fast-exp32.ts
    for (; i < n - 1; i += 2) {
      // one range test per pair, as in sigmoid
      const a = src[i],
        b = src[i + 1];
      if (!(Math.abs(a) + Math.abs(b) < 16)) break;
      out[i] = geluTanhInRange32(a);
      out[i + 1] = geluTanhInRange32(b);
    }
    for (const end = i < n - 1 ? i + 2 : i; i < end; i++) out[i] = geluTanh32(src[i]);
  }
  if (i < n) out[i] = geluTanh32(src[i]);
  return out;
}

/**
 * Elementwise {@link geluTanhDerivative} into `out`; returns `out`. `out` may be `x`.
 *
 * @param out - destination, same length as x
 * @param x - input
 * @returns out
 * @throws {TypeError} if out or x is not a Float32Array
 * @throws {RangeError} if the lengths differ
 * @example
 * geluTanhDerivativeF32(new Float32Array(1), Float32Array.of(0)) //=> Float32Array [0.5]
 * @category Smooth gates
 */
export function geluTanhDerivativeF32(out: Float32Array, x: Readonly<Float32Array>): Float32Array {
  checkUnary(out, x);
  const src = copyIfPartialOverlap(out, x);
  const n = src.length;
  let i = 0;
  while (i < n - 1) {
    // a pair near the root leaves the inner loop for the root series (see silu)
    for (; i < n - 1; i += 2) {
      const a = src[i],
        b = src[i + 1];
      if (+!(Math.abs(a) + Math.abs(b) < 16) | +nearGeluTanhSlopeRoot(a) | +nearGeluTanhSlopeRoot(b)) break;
      out[i] = geluTanhSlopeInRange32(a);
      out[i + 1] = geluTanhSlopeInRange32(b);
    }
    for (const end = i < n - 1 ? i + 2 : i; i < end; i++) out[i] = geluTanhSlope32(src[i]);
  }
  if (i < n) out[i] = geluTanhSlope32(src[i]);
  return out;
}

/**
 * Fused backward pass of {@link geluTanh}: dx[i] = dy[i]·geluTanh′(x[i]); returns `dx`. `dx`
 * may alias `dy` or `x`.
 *
 * @param dx - destination gradient w.r.t. x
 * @param dy - incoming gradient
 * @param x - the forward input
 * @returns dx
 * @throws {TypeError} if dx, dy or x is not a Float32Array
 * @throws {RangeError} if the lengths differ
 * @example
 * geluTanhBackwardF32(new Float32Array(1), Float32Array.of(2), Float32Array.of(0)) //=> Float32Array [1]
 * @category Smooth gates
 */
export function geluTanhBackwardF32(dx: Float32Array, dy: Readonly<Float32Array>, x: Readonly<Float32Array>): Float32Array {
  checkBackward(dx, dy, x);
  const g = copyIfPartialOverlap(dx, dy);
  const src = copyIfPartialOverlap(dx, x);
  const n = src.length;
  let i = 0;
  while (i < n - 1) {
    // a pair near the root leaves the inner loop for the root series (see silu)
    for (; i < n - 1; i += 2) {
      const a = src[i],
        b = src[i + 1];
      if (+!(Math.abs(a) + Math.abs(b) < 16) | +nearGeluTanhSlopeRoot(a) | +nearGeluTanhSlopeRoot(b)) break;
      dx[i] = g[i] * geluTanhSlopeInRange32(a);
      dx[i + 1] = g[i + 1] * geluTanhSlopeInRange32(b);
    }
    for (const end = i < n - 1 ? i + 2 : i; i < end; i++) dx[i] = g[i] * geluTanhSlope32(src[i]);
  }
  if (i < n) dx[i] = g[i] * geluTanhSlope32(src[i]);
  return dx;
}
