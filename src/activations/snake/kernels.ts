// The Float32Array kernels of snake and snakeBeta (snake.ts and snake-beta.ts check their
// arguments and call these): a per-channel table of coefficients, then one loop per form. Each
// element is computed in float64 and rounded once.
//
// - forward: x + sin²(a·x)/b of the rounded product, sin² from internal/sin-squared32.ts while
//   |a·x| ≤ 2^20 and Math.sin beyond. Its error reaches the float32 result only through sin²/b,
//   which is below |x|·2^−24 once |a·x| > 2^26 (where one ulp of a·x would matter), and whose
//   relative error is amplified by at most 2.7 where x < 0 cancels it (snake; snakeBeta's own
//   roots are simple), far inside float32's 2^−24.
// - derivative: ((b − a) + a·2sin²(a·x + π/4))/b; next to the zeros of sin(a·x + π/4) the
//   product a·x must be exact, so a is split into a 26-bit head (exact times a float32 x) and a
//   tail, and a·x + π/4 is reduced by π/4 in two pieces (42 bits and the rest) while
//   |a·x| ≤ 1024 (sin² of the reduced argument from internal/sin-squared32.ts); larger products
//   take the float64 scalar's exact reduction.
import { sinSquared32, sinSquaredSmall } from '../../internal/sin-squared32.js';
import { periodicSlope } from './core.js';

/** Coefficients per channel: a, its head and tail, 1/b, (b − a)/b, a/b, b. */
export const STRIDE = 7;

/**
 * The coefficient table of C channels from per-channel a and b (b = a for snake), both already
 * checked (a finite, b finite and nonzero, exponentiated for logScale).
 */
export function coefficients(a: ArrayLike<number>, b: ArrayLike<number>): Float64Array {
  const c = a.length;
  const t = new Float64Array(STRIDE * c);
  for (let k = 0; k < c; k++) {
    const ak = a[k];
    const bk = b[k];
    const s = 134217729 * ak;
    const head = s - (s - ak);
    const o = STRIDE * k;
    t[o] = ak;
    t[o + 1] = head;
    t[o + 2] = ak - head;
    t[o + 3] = 1 / bk;
    t[o + 4] = ak === bk ? 0 : (bk - ak) / bk;
    t[o + 5] = ak === bk ? 1 : ak / bk;
    t[o + 6] = bk;
  }
  return t;
}

/** x + sin²(a·x)·inv, the kernels' forward value; ±0, ±∞ and NaN return x. */
export function value32(x: number, a: number, inv: number): number {
  if (x === 0 || !(x - x === 0)) return x;
  const u = a * x;
  if (u <= 1048576 && u >= -1048576) return x + sinSquared32(u) * inv;
  const s = Math.sin(u);
  return x + s * s * inv;
}

const Q1 = 0.7853981633973035; // π/4 to 42 bits: m·Q1 is exact for |m| < 2^11
const Q2 = 1.448036985810991e-13;
const TWO_OVER_PI = 0.6366197723675814;

/**
 * f′(x) = cb + ca·2sin²(a·x + π/4), the kernels' derivative (see the header), with a = head + tail
 * and b as in the coefficient table.
 */
export function slope32(x: number, a: number, head: number, tail: number, cb: number, ca: number, b: number): number {
  const p = head * x;
  const w = tail * x;
  const u = p + w;
  if (!(u <= 1024 && u >= -1024)) return periodicSlope(x, a, b);
  const n = Math.floor(u * TWO_OVER_PI + 1); // a·x + π/4 = r + n·π/2
  const m = 2 * n - 1;
  const r = p - m * Q1 + w - m * Q2;
  const h = n & 1; // sin²(r) for even n, cos²(r) = 1 − sin²(r) for odd n (≥ ½: no cancellation)
  return cb + ca * (2 * (h + (1 - 2 * h) * sinSquaredSmall(r)));
}

/** Forward over channels: element i uses channel ⌊i / block⌋ mod C. */
export function forwardLoop(out: Float32Array, src: Float32Array, t: Float64Array, block: number): void {
  const n = src.length;
  const channels = t.length / STRIDE;
  for (let i = 0; i < n; ) {
    for (let c = 0, o = 0; c < channels; c++, o += STRIDE) {
      const a = t[o];
      const inv = t[o + 3];
      for (const end = i + block; i < end; i++) out[i] = value32(src[i], a, inv);
    }
  }
}

/** Derivative over channels. */
export function slopeLoop(out: Float32Array, src: Float32Array, t: Float64Array, block: number): void {
  const n = src.length;
  const channels = t.length / STRIDE;
  for (let i = 0; i < n; ) {
    for (let c = 0, o = 0; c < channels; c++, o += STRIDE) {
      const a = t[o],
        head = t[o + 1],
        tail = t[o + 2],
        cb = t[o + 4],
        ca = t[o + 5],
        b = t[o + 6];
      for (const end = i + block; i < end; i++) out[i] = slope32(src[i], a, head, tail, cb, ca, b);
    }
  }
}

/**
 * Backward over channels: dx = dy·f′, and with `sums` (float64, two per channel) the sums
 * Σ dy·x·sin(2a·x) and Σ dy·sin²(a·x) per channel, from which the callers form their parameter
 * gradients. dx may alias dy or x: each element is read before it is written.
 */
export function backwardLoop(
  dx: Float32Array,
  g: Float32Array,
  src: Float32Array,
  t: Float64Array,
  block: number,
  sums: Float64Array | null,
): void {
  const n = src.length;
  const channels = t.length / STRIDE;
  for (let i = 0; i < n; ) {
    for (let c = 0, o = 0; c < channels; c++, o += STRIDE) {
      const a = t[o],
        head = t[o + 1],
        tail = t[o + 2],
        cb = t[o + 4],
        ca = t[o + 5],
        b = t[o + 6];
      if (sums === null) {
        for (const end = i + block; i < end; i++) dx[i] = g[i] * slope32(src[i], a, head, tail, cb, ca, b);
        continue;
      }
      let sx = 0;
      let ss = 0;
      for (const end = i + block; i < end; i++) {
        const v = src[i];
        const d = g[i];
        const u = a * v;
        const s = Math.sin(u);
        sx += d * v * Math.sin(2 * u);
        ss += d * s * s;
        dx[i] = d * slope32(v, a, head, tail, cb, ca, b);
      }
      sums[2 * c] += sx;
      sums[2 * c + 1] += ss;
    }
  }
}
