// The arithmetic of swigluOss (./swiglu-oss.ts), unchecked: the two clamps and their slopes as
// PyTorch's clamp and clamp_backward define them, the float64 products with (l + 1) rounded once,
// and the float32 element kernels. g = min(b, limit) and l = clamp(a, −limit, limit) are exact.
import { productError, sumError } from '../../internal/dd.js';
import { betaError, swish32, swishSlope, swishSlope32, swishSlopeTimes } from '../../internal/swish32.js';

/** min(b, limit), b's own value (−0, NaN, −Infinity) at and below limit. */
export function clampGate(b: number, limit: number): number {
  return b > limit ? limit : b;
}

/** a clamped to [−limit, limit]; NaN for NaN, ±Infinity to the bounds. */
export function clampLinear(a: number, limit: number): number {
  return a > limit ? limit : a < -limit ? -limit : a;
}

/**
 * The slope of clampLinear as PyTorch's clamp backward takes it, `(a >= −limit) & (a <= limit)`:
 * 1 on the closed interval (the bounds included), 0 outside (±Infinity included), NaN for NaN.
 */
export function linearSlope(a: number, limit: number): number {
  return a >= -limit && a <= limit ? 1 : a === a ? 0 : NaN;
}

/** The slope of clampGate, `b <= limit` as in PyTorch: 1 up to and at limit, 0 above, NaN for NaN. */
export function gateSlope(b: number, limit: number): number {
  return b <= limit ? 1 : b === b ? 0 : NaN;
}

/**
 * s·(l + 1) rounded once: l + 1 itself may round (l = 1e-20), so the product is formed as
 * s·l + s with the rounding errors of the product (Dekker) and of the sum (Knuth) added back
 * before the last rounding; where l ≈ −1 the sum cancels exactly and the result keeps full
 * relative accuracy. Zeros and infinities of s, and l + 1 = 0, take the IEEE product (signed
 * zeros, ∞·0 = NaN). A tiny s (below 2⁻⁴⁰⁰, where s·l would be too small for Dekker's product to
 * be exact) is scaled by 2⁶⁰⁰ and back: exact, but for one last rounding where the result is
 * subnormal, and it keeps the sign of a result that underflows.
 */
export function timesLinearPlusOne(s: number, l: number): number {
  const t = l + 1;
  if (s === 0 || t === 0 || s - s !== 0) return s * t;
  return Math.abs(s) < 2 ** -400 ? fusedPlusOne(s * 2 ** 600, l) * 2 ** -600 : fusedPlusOne(s, l);
}

/**
 * (l + 1)·swish′(g, alpha) rounded once (alpha ≠ 0), the float64 ∂/∂b before the gate's mask:
 * l + 1 as its rounded sum and the sum's exact error (two-sum; 0 wherever l + 1 is exact, as
 * near l = −1), swish′ as a double-double from swish's slope with the rounding error of alpha·g,
 * multiplied once as swiglu's ∂/∂b is, so that where l + 1 is exact the two agree bit for bit.
 * Rounding swish′ first would let its error grow to several ulps of the product where
 * (l + 1)·swish′ sits at the top of a binade and swish′ near the bottom of its own.
 */
export function slopeTimesLinearPlusOne(g: number, alpha: number, l: number): number {
  const t = l + 1;
  const y = alpha * g;
  return swishSlopeTimes(t, y, betaError(alpha, g, y), sumError(l, 1, t));
}

/**
 * s·l + s with both rounding errors carried (s finite and nonzero). Where |s·l| is outside
 * (1e-290, 1e300), so that Dekker's error would not be exact, it is the plain sum: then either
 * |l| < 1e-170 relative to s (l + 1 rounds to 1 and s·l is below half an ulp of s) or the
 * parameters are beyond any practical limit.
 */
function fusedPlusOne(s: number, l: number): number {
  const p = s * l;
  const r = p + s;
  const m = Math.abs(p);
  return m > 1e-290 && m < 1e300 ? r + (productError(s, l, p) + sumError(p, s, r)) : r;
}

// Float32Array element kernels: computed in float64 from swish's float32 element kernels (their
// relative error is far below 2⁻²⁸, src/internal/swish32.ts) and rounded once when stored. The
// clamps are data-dependent branches: in a trained model they rarely bind (the limit is a
// safeguard), so they are predicted.

/** swish(g, alpha) for the kernels; alpha = 0 is the line g/2 (g/(1 + e⁰) would be NaN at −Infinity). */
function swishGate32(g: number, alpha: number): number {
  return alpha === 0 ? g * 0.5 : swish32(g, alpha);
}

/** swish′(g, alpha) for the kernels; the limits at ±Infinity and NaN from the scalar form. */
function swishGateSlope32(g: number, alpha: number): number {
  if (alpha === 0) return g === g ? 0.5 : g;
  return g - g === 0 ? swishSlope32(g, alpha) : swishSlope(alpha * g, 0);
}

/** swigluOss(a, b) for the kernels: swish(g, alpha)·(l + 1). */
export function value32(a: number, b: number, alpha: number, limit: number): number {
  return swishGate32(clampGate(b, limit), alpha) * (clampLinear(a, limit) + 1);
}

/** ∂/∂a for the kernels: swish(g, alpha)·clamp′(a). */
export function partialA32(a: number, b: number, alpha: number, limit: number): number {
  return swishGate32(clampGate(b, limit), alpha) * linearSlope(a, limit);
}

/** ∂/∂b for the kernels: (l + 1)·swish′(g, alpha)·min′(b). */
export function partialB32(a: number, b: number, alpha: number, limit: number): number {
  return (clampLinear(a, limit) + 1) * swishGateSlope32(clampGate(b, limit), alpha) * gateSlope(b, limit);
}
