// Distances in units in the last place, for float64 and float32 results. Each maps a value to
// its position on the integer line of representable numbers (so subnormals count like any
// other step and −0 and +0 are the same point); NaN and infinities are equal only to
// themselves. Signed zero is checked separately by `signedZeroMismatch`.

const f64 = new Float64Array(1);
const i64 = new BigInt64Array(f64.buffer);
const f32 = new Float32Array(1);
const i32 = new Int32Array(f32.buffer);

function ordinal64(x: number): bigint {
  f64[0] = x;
  const bits = i64[0];
  return bits < 0n ? -(bits & 0x7fffffffffffffffn) : bits;
}

function ordinal32(x: number): number {
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
