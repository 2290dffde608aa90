/**
 * SiLU (swish with β = 1): x gated by its own sigmoid; smooth, non-monotonic, used in EfficientNet and YOLO-family detectors.
 *
 * ![silu and silu′, −4 ≤ x ≤ 4](../../../docs/plots/silu.svg)
 *
 * **Formula**
 *
 * ```text
 * silu(x) = x·σ(x)
 * silu′(x) = σ(x)(1 + x·(1 − σ(x)))
 * ```
 *
 * **Parameters**: None.
 *
 * **Special values**: NaN → NaN; silu(±0) = ±0; silu(−∞) = −0 (PyTorch: NaN); silu(+∞) = +∞. silu′(±0) = 0.5.
 *
 * **Derivative at the kink**: none (smooth); minimum silu(−1.2785…) ≈ −0.278.
 *
 * Five forms: `silu(x)`, `siluDerivative(x)`, `siluF32(out, x)`, `siluDerivativeF32(out, x)` and `siluBackwardF32(dx, dy, x)` (out-first; `out` may be `x`). Import from `rectified/silu` or `rectified`.
 *
 * @module silu
 * @category Smooth gates
 */
import { checkBackward, checkUnary, copyIfPartialOverlap } from '../../internal/check.js';
import { EXP_SUBNORMAL, expTimes } from '../../internal/exp.js';
import { logistic } from '../../internal/logistic.js';
import { assertInput } from '../../internal/params.js';
import { nearSiluSlopeRoot } from '../../internal/root-series.js';
import { silu32, siluInRange32, siluSlope32, siluSlopeInRange32 } from '../../internal/silu32.js';
import { swishSlope } from '../../internal/swish32.js';

/**
 * x·σ(x), unchecked; −0 at −Infinity where IEEE's −∞·0 would give NaN. Where eˣ is subnormal,
 * σ(x) = eˣ to the last bit and x·eˣ is formed by expTimes (x·eˣ may be normal there).
 */
function siluValue(x: number): number {
  if (x < EXP_SUBNORMAL) return x === -Infinity ? -0 : expTimes(x, x);
  return x * logistic(x);
}

/**
 * Sigmoid linear unit (SiLU, swish with β = 1; Hendrycks & Gimpel 2016, Ramachandran et al.
 * 2017): silu(x) = x·σ(x), with the sign-split sigmoid so neither tail overflows or cancels.
 *
 * @param x - input
 * @returns x·σ(x); NaN for NaN; ±0 for ±0; −0 at −Infinity (PyTorch returns NaN) and for x
 *   below about −745 where the result underflows; +Infinity at +Infinity
 * @throws {TypeError} if x is not a number
 * @example
 * silu(1) //=> 0.7310585786300049
 * silu(-100) //=> -3.7200759760208363e-42
 * @category Smooth gates
 */
export function silu(x: number): number {
  assertInput(x);
  return siluValue(x);
}

/**
 * Derivative of {@link silu}: σ(x)·(1 + x·(1 − σ(x))), evaluated without cancellation in either
 * tail and with full relative accuracy near its zero at x ≈ −1.2785: it is swishDerivative's
 * core with β = 1 (an exact expansion about the zero; see internal/swish32.ts).
 *
 * @param x - input
 * @returns silu′(x) in about [−0.0998, 1.0998]; NaN for NaN; 0.5 for ±0; −0 at −Infinity; 1 at +Infinity
 * @throws {TypeError} if x is not a number
 * @example
 * siluDerivative(0) //=> 0.5
 * @category Smooth gates
 */
export function siluDerivative(x: number): number {
  assertInput(x);
  return swishSlope(x, 0);
}

/**
 * Elementwise {@link silu} into `out`; returns `out`. `out` may be `x`.
 *
 * @param out - destination, same length as x
 * @param x - input
 * @returns out
 * @throws {TypeError} if out or x is not a Float32Array
 * @throws {RangeError} if the lengths differ
 * @example
 * siluF32(new Float32Array(2), Float32Array.of(0, 1)) //=> Float32Array [0, 0.7310585975646973]
 * @category Smooth gates
 */
export function siluF32(out: Float32Array, x: Readonly<Float32Array>): Float32Array {
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
      if (!(Math.abs(a) + Math.abs(b) < 400)) break;
      out[i] = siluInRange32(a);
      out[i + 1] = siluInRange32(b);
    }
    for (const end = i < n - 1 ? i + 2 : i; i < end; i++) out[i] = silu32(src[i]);
  }
  if (i < n) out[i] = silu32(src[i]);
  return out;
}

/**
 * Elementwise {@link siluDerivative} into `out`; returns `out`. `out` may be `x`.
 *
 * @param out - destination, same length as x
 * @param x - input
 * @returns out
 * @throws {TypeError} if out or x is not a Float32Array
 * @throws {RangeError} if the lengths differ
 * @example
 * siluDerivativeF32(new Float32Array(1), Float32Array.of(0)) //=> Float32Array [0.5]
 * @category Smooth gates
 */
export function siluDerivativeF32(out: Float32Array, x: Readonly<Float32Array>): Float32Array {
  checkUnary(out, x);
  const src = copyIfPartialOverlap(out, x);
  const n = src.length;
  let i = 0;
  while (i < n - 1) {
    // the pairs near silu′'s root leave the inner loop: see siluBackwardF32
    for (; i < n - 1; i += 2) {
      const a = src[i],
        b = src[i + 1];
      if (+!(Math.abs(a) + Math.abs(b) < 400) | +nearSiluSlopeRoot(a) | +nearSiluSlopeRoot(b)) break;
      out[i] = siluSlopeInRange32(a);
      out[i + 1] = siluSlopeInRange32(b);
    }
    for (const end = i < n - 1 ? i + 2 : i; i < end; i++) out[i] = siluSlope32(src[i]);
  }
  if (i < n) out[i] = siluSlope32(src[i]);
  return out;
}

/**
 * Fused backward pass of {@link silu}: dx[i] = dy[i]·silu′(x[i]); returns `dx`. `dx` may alias
 * `dy` or `x`.
 *
 * @param dx - destination gradient w.r.t. x
 * @param dy - incoming gradient
 * @param x - the forward input
 * @returns dx
 * @throws {TypeError} if dx, dy or x is not a Float32Array
 * @throws {RangeError} if the lengths differ
 * @example
 * siluBackwardF32(new Float32Array(1), Float32Array.of(4), Float32Array.of(0)) //=> Float32Array [2]
 * @category Smooth gates
 */
export function siluBackwardF32(dx: Float32Array, dy: Readonly<Float32Array>, x: Readonly<Float32Array>): Float32Array {
  checkBackward(dx, dy, x);
  const g = copyIfPartialOverlap(dx, dy);
  const src = copyIfPartialOverlap(dx, x);
  const n = src.length;
  let i = 0;
  // The near-root test is one branch per pair, and a pair near the root leaves the inner loop
  // for the root series below: inlined in the hot loop, the series slowed every pair.
  while (i < n - 1) {
    for (; i < n - 1; i += 2) {
      const a = src[i],
        b = src[i + 1];
      if (+!(Math.abs(a) + Math.abs(b) < 400) | +nearSiluSlopeRoot(a) | +nearSiluSlopeRoot(b)) break;
      dx[i] = g[i] * siluSlopeInRange32(a);
      dx[i + 1] = g[i + 1] * siluSlopeInRange32(b);
    }
    for (const end = i < n - 1 ? i + 2 : i; i < end; i++) dx[i] = g[i] * siluSlope32(src[i]);
  }
  if (i < n) dx[i] = g[i] * siluSlope32(src[i]);
  return dx;
}
