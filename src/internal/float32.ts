// The float32 range, for clamping ±Infinity inputs before 0·∞, ∞ − ∞ or ∞/∞ can form. The
// clamps spell the bound out as a literal (see fast-exp.ts: bundlers turn top-level `const`
// into `var`, which V8 reloads on every use); the tests are well predicted (never true for
// finite data).

/** The largest finite float32. */
export const FLOAT32_MAX = 3.4028234663852886e38;

/** x, with −Infinity replaced by −FLOAT32_MAX (NaN passes). */
export function clampNegInfinity(x: number): number {
  return x < -3.4028234663852886e38 ? -3.4028234663852886e38 : x;
}

/** x, with +Infinity replaced by FLOAT32_MAX (NaN passes). */
export function clampPosInfinity(x: number): number {
  return x > 3.4028234663852886e38 ? 3.4028234663852886e38 : x;
}

/** x, with ±Infinity replaced by ±FLOAT32_MAX (NaN passes). */
export function clampInfinities(x: number): number {
  return x < -3.4028234663852886e38 ? -3.4028234663852886e38 : x > 3.4028234663852886e38 ? 3.4028234663852886e38 : x;
}
