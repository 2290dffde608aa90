// eᵐ for a double m to about 2⁻²³⁰ relative, as an exact scaled value (exact.ts): the slow path
// of xielu's float64 forms, taken only where the exponential meets a cancellation that a
// double-double evaluation cannot bound (next to the zeros of xielu and xielu′).
//
// Method: y = m/2^j with |y| < 2⁻⁸ (exact), e^y by its Taylor series in fixed point with
// 272 fraction bits, then j squarings at 256 significant bits; each squaring doubles the
// relative error, so j ≤ 21 (|m| ≤ 4096) costs at most 21 of the 256 bits. For |m| < 2⁻²⁷² the
// fixed point gets that many more fraction bits, so eᵐ − 1 (which callers form exactly by
// subtracting 1) keeps 2⁻²⁵⁰ of its own relative accuracy however small m is.
import { type Scaled, split } from './exact.js';

const bitLength = (n: bigint): number => (n < 0n ? -n : n).toString(2).length;

/**
 * eᵐ for a finite double m with |m| ≤ 4096, to 2⁻²³⁰ relative and to 2⁻²⁵⁰·|m| absolute (callers
 * treat smaller eᵐ as 0).
 */
export function expBig(m: number): Scaled {
  if (m === 0) return [1n, 0];
  const [mm, me] = split(m);
  const lead = bitLength(mm) + me; // |m| < 2^lead
  const j = Math.max(0, lead + 8); // so |m/2^j| < 2⁻⁸
  const fraction = 272 + Math.max(0, -lead);
  const shift = me - j + fraction;
  const y = shift >= 0 ? mm << BigInt(shift) : mm >> BigInt(-shift); // y·2^fraction, floored
  const one = 1n << BigInt(fraction);
  let sum = one;
  let term = one;
  for (let k = 1n; term !== 0n; k++) {
    term = ((term * y) >> BigInt(fraction)) / k;
    sum += term;
  }
  let v = sum;
  let e = -fraction;
  for (let i = 0; i < j; i++) {
    v *= v;
    e *= 2;
    const extra = bitLength(v) - 256;
    if (extra > 0) {
      v >>= BigInt(extra);
      e += extra;
    }
  }
  return [v, e];
}
