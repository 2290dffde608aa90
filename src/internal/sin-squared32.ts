// sin² for the Float32Array kernels of snake and snakeBeta, without a Math.sin call (which
// measured 15–20 ns per element): u reduced by π/2 in two pieces (Cody–Waite) to r, |r| ≤ π/4,
// then sin²(u) = sin²(r) for even k and 1 − sin²(r) for odd k, selected by arithmetic, with
// sin r from its Taylor series to r^15 (truncation below 2^−53 relative). 1 − sin²(r) ≥ ½ does
// not cancel, and sin²(r) keeps its relative accuracy next to the zeros of r.

const C1 = 1.5707963267341256; // π/2 to 32 bits: n·C1 is exact for |n| < 2^21
const C2 = 6.077100506506192e-11; // the rest of π/2
const TWO_OVER_PI = 0.6366197723675814;

/**
 * sin²(u) for |u| ≤ 2^20 (relative error a few 2^−53, plus the rounding of r where u is large,
 * an absolute 2^−53·|u|·2^−32); callers take another path beyond.
 */
export function sinSquared32(u: number): number {
  const n = Math.floor(u * TWO_OVER_PI + 0.5);
  const h = n & 1;
  return h + (1 - 2 * h) * sinSquaredSmall(u - n * C1 - n * C2);
}

/** sin²(r) for |r| ≤ π/4 (a little beyond is harmless), from the Taylor series of sin r to r^15. */
export function sinSquaredSmall(r: number): number {
  const z = r * r;
  const s =
    r +
    r *
      z *
      (-0.16666666666666666 +
        z *
          (0.008333333333333333 +
            z *
              (-0.0001984126984126984 +
                z * (0.0000027557319223985893 + z * (-2.505210838544172e-8 + z * (1.6059043836821613e-10 - z * 7.647163731819816e-13))))));
  return s * s;
}
