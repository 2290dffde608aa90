/**
 * GELU, the Gaussian error linear unit, exact form: the input weighted by its standard normal CDF; the activation of BERT, GPT and most transformers (PyTorch's default). The tanh approximation is its own activation, {@link geluTanh!geluTanh | geluTanh} (`rectified/geluTanh`).
 *
 * ![gelu and gelu′, −4 ≤ x ≤ 4](../../../docs/plots/gelu.svg)
 *
 * **Formula**
 *
 * ```text
 * gelu(x) = x·Φ(x) = ½x·erfc(−x/√2)
 * gelu′(x) = Φ(x) + x·φ(x)
 * ```
 *
 * **Parameters**: None.
 *
 * **Special values**: NaN → NaN; gelu(±0) = ±0; gelu(−∞) = −0; gelu(+∞) = +∞; the negative tail keeps every digit (gelu(−10) ≈ −7.6e−23, PyTorch: −0). gelu′(±0) = 0.5.
 *
 * **Derivative at the kink**: none (smooth); the minimum gelu(−0.7518…) ≈ −0.170 is where gelu′ crosses 0.
 *
 * Five forms: `gelu(x)`, `geluDerivative(x)`, `geluF32(out, x)`, `geluDerivativeF32(out, x)` and `geluBackwardF32(dx, dy, x)` (out-first; `out` may be `x`). Import from `rectified/gelu` or `rectified`.
 *
 * @module gelu
 * @category Smooth gates
 */
import { checkBackward, checkUnary, copyIfPartialOverlap } from '../../internal/check.js';
import { erfcTimes } from '../../internal/erfc.js';
import { normalDensityTimes } from '../../internal/gaussian.js';
import { zError } from '../../internal/gelu-slope64.js';
import { gelu32, geluInRange32, geluSlope32, geluSlopeInRange32 } from '../../internal/gelu32.js';
import { assertInput } from '../../internal/params.js';
import { nearGeluSlopeRoot } from '../../internal/root-series.js';
import { GELU_SLOPE_ROOT64, nearGeluSlopeRoot64, rootSeries64 } from '../../internal/root-series64.js';

/** 0.5·x·erfc(−x/√2) at the double-double z; −0 at −Infinity (the limit; −∞·0 is NaN). */
function geluValue(x: number, z: number, zLo: number): number {
  return x === -Infinity ? -0 : erfcTimes(0.5 * x, z, zLo);
}

/**
 * Φ(x) + x·φ(x). Both terms are accurate to an ulp in the tails, and they do not cancel there
 * (x·φ(x) dominates by a factor x²); a result that underflows takes the sign of the exact value
 * (−0 for x < 0). Limits: −0 at −Infinity, 1 at +Infinity.
 */
function geluSlope(x: number, z: number, zLo: number): number {
  if (x - x !== 0) return x === Infinity ? 1 : x === -Infinity ? -0 : x;
  const s = erfcTimes(0.5, z, zLo) + normalDensityTimes(x, x);
  return s === 0 && x < 0 ? -0 : s;
}

/**
 * Gaussian error linear unit (Hendrycks & Gimpel 2016), exact form: gelu(x) = x·Φ(x), Φ the
 * standard normal CDF. PyTorch's default (`approximate='none'`); JAX's `gelu` defaults to the
 * tanh form, which is {@link geluTanh} here.
 *
 * Computed as 0.5·x·erfc(−x/√2) with an erfc accurate to an ulp and the argument x/√2 carried in
 * double-double, so the negative tail keeps every digit: gelu(−10) is −7.619853024160527e−23,
 * where PyTorch's 0.5·x·(1 + erf(x/√2)) returns −0 (in float64 as in float32).
 *
 * @param x - input
 * @returns x·Φ(x) ≥ −0.16997…; NaN for NaN; ±0 for ±0; −0 at −Infinity and below about −38.6
 *   (underflow); +Infinity at +Infinity
 * @throws {TypeError} if x is not a number
 * @example
 * gelu(1) //=> 0.841344746068543
 * gelu(-10) //=> -7.619853024160525e-23
 * @category Smooth gates
 */
export function gelu(x: number): number {
  assertInput(x);
  const z = -x * Math.SQRT1_2;
  return geluValue(x, z, zError(x, z));
}

/**
 * Derivative of the exact {@link gelu}: Φ(x) + x·φ(x), φ the standard normal density. It crosses
 * 0 at x ≈ −0.7518, where the closed form cancels: within 0.75 of that zero a series about it
 * (internal/root-series64.ts) keeps full relative accuracy, the zero's neighbours included.
 *
 * @param x - input
 * @returns gelu′(x) in about [−0.1289, 1.1289]; NaN for NaN; 0.5 for ±0; −0 at −Infinity; 1 at +Infinity
 * @throws {TypeError} if x is not a number
 * @example
 * geluDerivative(0) //=> 0.5
 * @category Smooth gates
 */
export function geluDerivative(x: number): number {
  assertInput(x);
  if (nearGeluSlopeRoot64(x)) return rootSeries64(GELU_SLOPE_ROOT64, x);
  const z = -x * Math.SQRT1_2;
  return geluSlope(x, z, zError(x, z));
}

/**
 * Elementwise exact {@link gelu} into `out`; returns `out`. `out` may be `x`.
 *
 * @param out - destination, same length as x
 * @param x - input
 * @returns out
 * @throws {TypeError} if out or x is not a Float32Array
 * @throws {RangeError} if the lengths differ
 * @example
 * geluF32(new Float32Array(2), Float32Array.of(0, 1)) //=> Float32Array [0, 0.8413447737693787]
 * @category Smooth gates
 */
export function geluF32(out: Float32Array, x: Readonly<Float32Array>): Float32Array {
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
      out[i] = geluInRange32(a);
      out[i + 1] = geluInRange32(b);
    }
    for (const end = i < n - 1 ? i + 2 : i; i < end; i++) out[i] = gelu32(src[i]);
  }
  if (i < n) out[i] = gelu32(src[i]);
  return out;
}

/**
 * Elementwise {@link geluDerivative} into `out`; returns `out`. `out` may be `x`.
 *
 * @param out - destination, same length as x
 * @param x - input
 * @returns out
 * @throws {TypeError} if out or x is not a Float32Array
 * @throws {RangeError} if the lengths differ
 * @example
 * geluDerivativeF32(new Float32Array(1), Float32Array.of(0)) //=> Float32Array [0.5]
 * @category Smooth gates
 */
export function geluDerivativeF32(out: Float32Array, x: Readonly<Float32Array>): Float32Array {
  checkUnary(out, x);
  const src = copyIfPartialOverlap(out, x);
  // One element per iteration: two inlined copies of geluSlope32 exceed V8's inlining budget.
  // An element near the root or beyond |x| < 16 leaves the inner loop for geluSlope32 (as in silu).
  const n = src.length;
  let i = 0;
  while (i < n) {
    for (; i < n; i++) {
      const v = src[i];
      if (+!(Math.abs(v) < 16) | +nearGeluSlopeRoot(v)) break;
      out[i] = geluSlopeInRange32(v);
    }
    if (i < n) {
      out[i] = geluSlope32(src[i]);
      i++;
    }
  }
  return out;
}

/**
 * Fused backward pass of the exact {@link gelu}: dx[i] = dy[i]·gelu′(x[i]); returns `dx`. `dx`
 * may alias `dy` or `x`.
 *
 * @param dx - destination gradient w.r.t. x
 * @param dy - incoming gradient
 * @param x - the forward input
 * @returns dx
 * @throws {TypeError} if dx, dy or x is not a Float32Array
 * @throws {RangeError} if the lengths differ
 * @example
 * geluBackwardF32(new Float32Array(1), Float32Array.of(2), Float32Array.of(0)) //=> Float32Array [1]
 * @category Smooth gates
 */
export function geluBackwardF32(dx: Float32Array, dy: Readonly<Float32Array>, x: Readonly<Float32Array>): Float32Array {
  checkBackward(dx, dy, x);
  const g = copyIfPartialOverlap(dx, dy);
  const src = copyIfPartialOverlap(dx, x);
  // One element per iteration: two inlined copies of geluSlope32 exceed V8's inlining budget.
  const n = src.length;
  let i = 0;
  while (i < n) {
    // as in geluDerivativeF32
    for (; i < n; i++) {
      const v = src[i];
      if (+!(Math.abs(v) < 16) | +nearGeluSlopeRoot(v)) break;
      dx[i] = g[i] * geluSlopeInRange32(v);
    }
    if (i < n) {
      dx[i] = g[i] * geluSlope32(src[i]);
      i++;
    }
  }
  return dx;
}
