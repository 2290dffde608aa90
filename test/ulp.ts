// Distances in units in the last place, for float64 and float32 results. Each maps a value to
// its position on the integer line of representable numbers (so subnormals count like any
// other step and −0 and +0 are the same point); NaN and infinities are equal only to
// themselves. Signed zero is checked separately by `signedZeroMismatch`.

const f64 = new Float64Array(1);
const i64 = new BigInt64Array(f64.buffer);
const f32 = new Float32Array(1);
const i32 = new Int32Array(f32.buffer);

/** Position of a double on the integer line of doubles (−0 and +0 both at 0). */
export function ordinal64(x: number): bigint {
  f64[0] = x;
  const bits = i64[0];
  return bits < 0n ? -(bits & 0x7fffffffffffffffn) : bits;
}

/** Position of a float32 on the integer line of float32s (−0 and +0 both at 0). */
export function ordinal32(x: number): number {
  f32[0] = x;
  const bits = i32[0];
  return bits < 0 ? -(bits & 0x7fffffff) : bits;
}

function special(actual: number, expected: number): number | null {
  if (Number.isNaN(actual) || Number.isNaN(expected)) return Number.isNaN(actual) && Number.isNaN(expected) ? 0 : Infinity;
  if (!Number.isFinite(actual) || !Number.isFinite(expected)) return actual === expected ? 0 : Infinity;
  return null;
}

/** Number of float64 values between `actual` and `expected` (0 when equal; ±0 are 0 apart). */
export function ulpDistance64(actual: number, expected: number): number {
  const s = special(actual, expected);
  if (s !== null) return s;
  const d = ordinal64(actual) - ordinal64(expected);
  return Number(d < 0n ? -d : d);
}

/**
 * Number of float32 values between `actual` and `expected`, both float32 values (a value
 * that is not a float32 throws: a kernel must return float32s).
 */
export function ulpDistance32(actual: number, expected: number): number {
  if (Math.fround(actual) !== actual && !Number.isNaN(actual)) throw new RangeError(`${actual} is not a float32 value`);
  if (Math.fround(expected) !== expected && !Number.isNaN(expected)) throw new RangeError(`${expected} is not a float32 value`);
  const s = special(actual, expected);
  if (s !== null) return s;
  return Math.abs(ordinal32(actual) - ordinal32(expected));
}

/** True if `expected` is a zero and `actual` is the zero of the other sign. */
export function signedZeroMismatch(actual: number, expected: number): boolean {
  return expected === 0 && actual === 0 && Object.is(actual, -0) !== Object.is(expected, -0);
}

// ---------------------------------------------------------------------------------------------
// Fractional ulp error against an exact value given as (rounded, residual)
// ---------------------------------------------------------------------------------------------
//
// The exact value v of a fixture point is stored as y, its correctly rounded value in the
// format, and r = (v − y)/ulp(v), the residual in units of ulp(v) (|r| ≤ 1/2), where
// ulp(v) = 2^(max(⌊log₂|v|⌋, emin) − p + 1): float64 emin = −1022, p = 53; float32 −126, 24
// (the spacing of the format at v; subnormals all have the least spacing). The error of a
// result a is then |a − v|/ulp(v) = |(a − y)/ulp(v) − r|.

export interface Format {
  readonly emin: number;
  readonly p: number;
}
export const FLOAT64: Format = { emin: -1022, p: 53 };
export const FLOAT32: Format = { emin: -126, p: 24 };

/** ⌊log₂|y|⌋ of a finite nonzero double, exactly (from the bits; subnormals included). */
function exponentOf(y: number): number {
  f64[0] = y;
  const bits = i64[0];
  const e = Number((bits >> 52n) & 0x7ffn);
  if (e !== 0) return e - 1023;
  return -1075 + (bits & 0xfffffffffffffn).toString(2).length;
}

/** x·2^k, exact unless the result over- or underflows (k may be far outside ±1023). */
function scale2(x: number, k: number): number {
  while (k > 1000) {
    x *= 2 ** 1000;
    k -= 1000;
  }
  while (k < -1000) {
    x *= 2 ** -1000;
    k += 1000;
  }
  return x * 2 ** k;
}

/**
 * log₂ ulp(v) of the exact value v = y + r·ulp(v), from its correctly rounded value y in format
 * `fmt` and the sign of its residual r (v lies below a power of two that it rounds up to when
 * |v| < |y|, i.e. r has the opposite sign of y).
 */
export function ulpExponent(y: number, r: number, fmt: Format = FLOAT64): number {
  if (y === 0 || !Number.isFinite(y)) return fmt.emin - fmt.p + 1;
  let e = exponentOf(y);
  const pow2 = Math.abs(y) === 2 ** e;
  if (pow2 && e > fmt.emin && r !== 0 && r < 0 === y > 0) e -= 1;
  return Math.max(e, fmt.emin) - fmt.p + 1;
}

/** ulp(v) of the exact value v (see ulpExponent); 2^-1074 (float64) or 2^-149 (float32) at 0. */
export function ulpOfExact(y: number, r: number, fmt: Format = FLOAT64): number {
  return scale2(1, ulpExponent(y, r, fmt));
}

/**
 * |actual − v| in units of ulp(v), v the exact value given by (y, r): fractional (0.5 for a result
 * half an ulp off). 0 when actual and y are the same NaN/infinity, Infinity when only one of them
 * is NaN or infinite; ±0 are 0 apart (check signs with signedZeroMismatch).
 */
export function ulpError(actual: number, y: number, r: number, fmt: Format = FLOAT64): number {
  const s = special(actual, y);
  if (s !== null) return s === 0 ? 0 : Infinity;
  const e = ulpExponent(y, r, fmt);
  return Math.abs(scale2(actual - y, -e) - r);
}

/** ulpError for float64 results. */
export function ulpError64(actual: number, y: number, r: number): number {
  return ulpError(actual, y, r, FLOAT64);
}

/** ulpError for float32 results (actual and y must be float32 values). */
export function ulpError32(actual: number, y: number, r: number): number {
  if (Math.fround(actual) !== actual && !Number.isNaN(actual)) throw new RangeError(`${actual} is not a float32 value`);
  if (Math.fround(y) !== y && !Number.isNaN(y)) throw new RangeError(`${y} is not a float32 value`);
  return ulpError(actual, y, r, FLOAT32);
}

/** |actual − v| as an absolute error (v = y + r·ulp(v)); Infinity for a NaN/infinity mismatch. */
export function absError(actual: number, y: number, r: number, fmt: Format = FLOAT64): number {
  const s = special(actual, y);
  if (s !== null) return s === 0 ? 0 : Infinity;
  return Math.abs(actual - y - r * ulpOfExact(y, r, fmt));
}
