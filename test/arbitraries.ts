// Shared fast-check generators and floating-point helpers for the property tests
// (*.prop.test.ts). Nothing here knows about the library: these are plain IEEE-754 tools.
import fc from 'fast-check';

/** Machine epsilon 2⁻⁵² (the ulp of 1); unit roundoff u = EPS/2. */
export const EPS = Number.EPSILON;

const f64 = new Float64Array(1);
const u32 = new Uint32Array(f64.buffer); // little-endian: u32[1] holds sign, exponent, top mantissa bits
const i64 = new BigInt64Array(f64.buffer);
const f32 = new Float32Array(1);
const u32of32 = new Uint32Array(f32.buffer);

/** 2^k exactly, for integer k in [−1074, 1023] (built from the bits, not from Math.pow). */
export function pow2(k: number): number {
  if (!Number.isInteger(k) || k < -1074 || k > 1023) throw new RangeError(`pow2: k = ${k} out of range`);
  if (k < -1022) return Number.MIN_VALUE * pow2(k + 1074); // subnormal: exact (a power of two times 2^-1074)
  f64[0] = 0;
  u32[1] = (k + 1023) << 20;
  u32[0] = 0;
  return f64[0];
}

/** Unbiased binary exponent of |v| (floor(log2|v|)) for a normal v; −1023 for 0 and subnormals. */
function exponent64(v: number): number {
  f64[0] = v;
  return ((u32[1] >>> 20) & 0x7ff) - 1023;
}

/**
 * The float64 ulp of v: the gap between |v| and the next larger-magnitude double, i.e.
 * 2^(e−52) for |v| in [2^e, 2^(e+1)), and 2⁻¹⁰⁷⁴ for zero and subnormals. Infinity for ±Infinity/NaN.
 */
export function ulp(v: number): number {
  if (!Number.isFinite(v)) return Infinity;
  const e = exponent64(v);
  return e <= -1023 ? Number.MIN_VALUE : pow2(Math.max(e - 52, -1074));
}

/**
 * An upper bound of the ulp of every value within a few (≤ 8) ulps of v: a contract "≤ k ulp"
 * is stated about the exact value, whose binade may be one above the computed value's.
 */
export function ulpNear(v: number): number {
  return ulp(Math.abs(v) * (1 + 16 * EPS));
}

/** The float32 ulp of a float32 value v: 2^(e−23) for normal |v| in [2^e, 2^(e+1)), 2⁻¹⁴⁹ below 2⁻¹²⁶. */
export function ulp32(v: number): number {
  if (!Number.isFinite(v)) return Infinity;
  f32[0] = v;
  const e = ((u32of32[0] >>> 23) & 0xff) - 127;
  return e <= -127 ? pow2(-149) : pow2(Math.max(e - 23, -149));
}

/** ulp32 bound for every float32 within 1–2 ulps of v (see {@link ulpNear}). */
export function ulp32Near(v: number): number {
  return ulp32(Math.fround(Math.abs(v) * (1 + 2 ** -20)));
}

/**
 * The double k representable steps above x (k may be negative); steps through ±0 count once.
 * Used to build pairs x ≤ y that are as close as floating point allows.
 */
export function stepUlps(x: number, k: number): number {
  f64[0] = x;
  const bits = i64[0];
  let ord = bits < 0n ? -(bits & 0x7fffffffffffffffn) : bits;
  ord += BigInt(k);
  const inf = 0x7ff0000000000000n; // ordinal of +Infinity: stepping past ±Infinity stays there
  if (ord > inf) ord = inf;
  if (ord < -inf) ord = -inf;
  i64[0] = ord < 0n ? -ord | -0x8000000000000000n : ord;
  return f64[0];
}

/**
 * The double nearest x with at most 26 significant bits (Veltkamp splitting with 2^27 + 1).
 * The product of two such numbers has at most 52 significant bits, so it is exact in float64
 * (as long as it neither overflows nor underflows).
 */
export function split26(x: number): number {
  const t = 134217729 * x;
  return t - (t - x);
}

/** A finite double in [min, max] (fast-check biases towards the ends, 0, ±tiny and ±huge). */
export function finite(min: number, max: number): fc.Arbitrary<number> {
  return fc.double({ noNaN: true, noDefaultInfinity: true, min, max });
}

/** Any double, NaN and ±Infinity included. */
export const anyDouble: fc.Arbitrary<number> = fc.double();

/** Any finite double. */
export const anyFinite: fc.Arbitrary<number> = fc.double({ noNaN: true, noDefaultInfinity: true });

/** A positive double 2^t with t uniform-ish in [tMin, tMax] (log-uniform magnitudes). */
export function logUniform(tMin: number, tMax: number): fc.Arbitrary<number> {
  return fc.double({ noNaN: true, min: tMin, max: tMax }).map((t) => 2 ** t);
}

/** 2^k for an integer k in [kMin, kMax]: scaling by it is exact away from over/underflow. */
export function powerOfTwo(kMin: number, kMax: number): fc.Arbitrary<number> {
  return fc.integer({ min: kMin, max: kMax }).map(pow2);
}

/**
 * A double with magnitude in [lo, hi] or exactly ±0, both signs: inputs for identities that
 * must stay inside the normal range (no product may underflow or overflow).
 */
export function normalOrZero(lo: number, hi: number): fc.Arbitrary<number> {
  return fc.oneof(
    { weight: 1, arbitrary: fc.constantFrom(0, -0) },
    { weight: 6, arbitrary: finite(lo, hi) },
    { weight: 6, arbitrary: finite(-hi, -lo) },
  );
}

/** Inputs for a smooth activation: mostly around the origin, some in the tails. */
export const smoothInput: fc.Arbitrary<number> = fc.oneof(finite(-4, 4), finite(-12, 12), finite(-60, 60), finite(-750, 750));

/** A float32 value (as a number) in [min, max], NaN excluded; min and max are rounded to float32. */
export function float32In(min: number, max: number): fc.Arbitrary<number> {
  return fc.float({ noNaN: true, noDefaultInfinity: true, min: Math.fround(min), max: Math.fround(max) });
}

/** A Float32Array of finite values in [min, max] (length 0 to maxLength). */
export function float32ArrayIn(min: number, max: number, maxLength = 48): fc.Arbitrary<Float32Array> {
  return fc.float32Array({ noNaN: true, noDefaultInfinity: true, min: Math.fround(min), max: Math.fround(max), maxLength });
}
