// Parameter and slope-array checks of the randomized leaky ReLU (rrelu): the range
// 0 ≤ lower ≤ upper, and the per-element slopes of its training form, which must lie in
// [lower, upper] widened to the enclosing float32 values (a slope drawn in [lower, upper] and
// stored in a Float32Array rounds to one of those, e.g. upper = 1/3 is stored as 0.33333334).
import { assertFloat32Array, assertSameLength, copyIfPartialOverlap, describe } from './check.js';

const f32 = new Float32Array(1);
const u32 = new Uint32Array(f32.buffer);

/** The largest float32 ≤ v (v ≥ 0 finite). */
function float32AtOrBelow(v: number): number {
  f32[0] = v;
  if (f32[0] > v) u32[0] -= 1; // positive: the previous float32
  return f32[0];
}

/** The smallest float32 ≥ v (v ≥ 0 finite; Infinity above the largest float32). */
function float32AtOrAbove(v: number): number {
  f32[0] = v;
  if (f32[0] < v) u32[0] += 1;
  return f32[0];
}

/** The largest finite float32, (2 − 2⁻²³)·2¹²⁷. */
export const FLOAT32_MAX = 3.4028234663852886e38;

/** Throws a RangeError unless lower ≤ upper (each already checked by nonNegativeParam). */
export function checkSlopeOrder(lower: number, upper: number): void {
  if (!(upper >= lower)) throw new RangeError(`upper must be >= lower = ${lower}, got ${describe(upper)}`);
}

/**
 * The inference slope (lower + upper)/2 for checked bounds, correctly rounded and finite: where
 * lower + upper overflows (both near Number.MAX_VALUE) it is formed as lower/2 + upper/2, exact
 * halvings of normal numbers.
 */
export function meanSlope(lower: number, upper: number): number {
  const sum = lower + upper;
  return sum < Infinity ? sum / 2 : lower / 2 + upper / 2;
}

/**
 * Checks the optional per-element slopes of an rrelu kernel (a Float32Array of x.length values,
 * each in [lower, upper] up to float32 rounding, so never NaN or ±Infinity) and returns the view the kernel may read while
 * it writes `out` (see copyIfPartialOverlap), or null when no slopes were given.
 */
export function checkSlopes(
  out: Float32Array,
  x: Float32Array,
  slopes: Float32Array | undefined,
  lower: number,
  upper: number,
): Float32Array | null {
  if (slopes === undefined) return null;
  assertFloat32Array('slopes', slopes);
  assertSameLength('slopes', slopes, 'x', x);
  const lo = float32AtOrBelow(lower);
  // An upper bound beyond the largest float32 still admits no infinite slope: x·∞ would be NaN
  // for x = 0 and the kernels' blend 1 + 0·∞ NaN for x > 0.
  const hi = Math.min(float32AtOrAbove(upper), FLOAT32_MAX);
  for (let i = 0, n = slopes.length; i < n; i++) {
    const s = slopes[i];
    if (!(s >= lo && s <= hi)) throw new RangeError(`slopes[${i}] must be in [lower, upper] = [${lower}, ${upper}], got ${describe(s)}`);
  }
  return copyIfPartialOverlap(out, slopes);
}
