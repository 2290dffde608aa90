// Shared numerics of the row-wise softmax family (softmax, logSoftmax, logSumExp): the row size
// check, the float64 row statistics (max subtraction with the rounding error of each
// x − m and a compensated sum) and the one-pass max-and-sum of the Float32Array kernels.
//
// Both keep the row max's own term e⁰ = 1 out of the sum: s = Σ_{i≠argmax} e^{x_i − m}, so that
// log Σ e^{x_i − m} = log1p(s) keeps every digit of a tiny s (logSoftmax of a dominant entry is
// −log1p(s) ≈ −s, which log(1 + s) would round to 0).
import { assertDivides } from './check.js';
import { productError, sumError } from './dd.js';
import { fastExp } from './fast-exp.js';

/** The row size of a row-wise kernel over `length` elements: `rowSize` checked, or `length` (one row). */
export function rowSizeOf(rowSize: number | undefined, length: number): number {
  if (rowSize === undefined) return length;
  assertDivides('rowSize', rowSize, length);
  return rowSize;
}

/** The number of rows of `size` elements in `length` (0 for an empty array). */
export function rowCount(length: number, size: number): number {
  return length === 0 ? 0 : length / size;
}

/** Row statistics in float64: max m at index k and s = Σ_{i≠k} e^{x_i − m} as hi + lo. */
export interface RowStats {
  readonly m: number;
  readonly k: number;
  readonly hi: number;
  readonly lo: number;
}

/**
 * e^{x − m}, with the exact rounding error of d = x − m (two-sum) applied as e^{d}·(1 + dl):
 * a rounded d = −700.3 would otherwise cost up to 700·2⁻⁵³ relative (hundreds of ulp).
 */
function expDiff(x: number, m: number): number {
  const d = x - m;
  if (!(d > -746)) return 0; // e^d < 2⁻¹⁰⁷⁵ (or d = −∞): rounds to +0
  const e = Math.exp(d);
  return e + e * sumError(x, -m, d);
}

/**
 * Two passes over one row: the max m (first index k) and s = Σ_{i≠k} e^{x_i − m} in compensated
 * summation (Neumaier, via two-sum), so s is accurate to about 1 ulp whatever the row length.
 * `e`, if given, receives e^{x_i − m}. Returns a number for a row with no finite max: NaN if any
 * entry is NaN, else +Infinity if any entry is +Infinity, else −Infinity (empty or all −∞ row).
 */
export function rowStats64(x: ArrayLike<number>, e?: number[]): RowStats | number {
  let m = -Infinity;
  let k = -1;
  let nan = false;
  for (let i = 0; i < x.length; i++) {
    const v = x[i];
    if (v > m) {
      m = v;
      k = i;
    } else if (v !== v) nan = true;
  }
  if (nan) return NaN;
  if (k < 0 || m === Infinity) return m;
  let s = 0;
  let c = 0;
  for (let i = 0; i < x.length; i++) {
    const t = i === k ? 1 : expDiff(x[i], m);
    if (e) e[i] = t;
    if (i === k) continue;
    const u = s + t;
    c += sumError(s, t, u);
    s = u;
  }
  const hi = s + c;
  return { m, k, hi, lo: c - (hi - s) };
}

/**
 * Softmax of one row in float64, unchecked (shared by softmax and logSumExpBackward): all NaN
 * for a row with no finite max. 1 + s is kept as a double-double T = hi + lo, and
 * e_i/T = q − q·lo/hi with q = e_i/hi.
 */
export function softmax64(x: ArrayLike<number>): number[] {
  const e = new Array<number>(x.length);
  const r = rowStats64(x, e);
  if (typeof r === 'number') return e.fill(NaN);
  const hi = 1 + r.hi;
  const rel = (sumError(1, r.hi, hi) + r.lo) / hi;
  for (let i = 0; i < e.length; i++) {
    const q = e[i] / hi;
    e[i] = q - q * rel;
  }
  return e;
}

/**
 * softmaxBackward of one row, unchecked: dx = y ⊙ (dy − Σ dy·y), the dot product in double-double
 * (exact products, compensated sum); for sign = −1 softminBackward's y ⊙ (Σ dy·y − dy), whose
 * exact zero differences are +0 (as x − x), not the −0 of a negated +0.
 */
export function softmaxBackward64(dy: ArrayLike<number>, y: ArrayLike<number>, sign: number): number[] {
  let s = 0;
  let c = 0;
  for (let i = 0; i < y.length; i++) {
    const p = dy[i] * y[i];
    const pe = productError(dy[i], y[i], p);
    const t = s + p;
    c += sumError(s, p, t) + (pe - pe === 0 ? pe : 0);
    s = t;
  }
  let hi = s + c;
  let lo = c - (hi - s);
  if (!(hi - hi === 0)) [hi, lo] = [s, 0];
  const dx = new Array<number>(y.length);
  for (let i = 0; i < y.length; i++) {
    const d = minusDD(dy[i], hi, lo);
    dx[i] = y[i] * (sign > 0 ? d : d === 0 ? 0 : -d);
  }
  return dx;
}

/** log Σ e^{x_i − m} = log1p(s) for s = hi + lo, as a value and its first-order correction. */
export function log1pDD(hi: number, lo: number): [number, number] {
  return [Math.log1p(hi), lo / (1 + hi)];
}

/**
 * (a − (hi + lo)) with the rounding error of a − hi recovered (two-sum), so a difference that
 * cancels keeps the digits of the double-double hi + lo. Falls back to a − hi when that is not finite,
 * and is a − hi itself (its signed zero included) when the correction is 0.
 */
export function minusDD(a: number, hi: number, lo: number): number {
  const t = a - hi;
  const err = sumError(a, -hi, t);
  // err = lo = 0: t itself, which t + 0 would turn from −0 into +0 (−0 − (+0) is −0, as the kernels give)
  return err - err === 0 && (err !== 0 || lo !== 0) ? t + (err - lo) : t;
}

// ---- Float32Array kernels ----------------------------------------------------------------------

/**
 * One pass over x[start, end) (end > start), the online max-and-sum (Milakov & Gimelshein 2018):
 * acc[0] = m, the row max, and acc[1] = s = Σ_{i≠argmax} e^{x_i − m}, rescaled by e^{m_old − m}
 * whenever a new max appears. −∞ entries add nothing (also before any finite entry). The row is
 * normal when m is finite and s is not NaN; otherwise it holds a NaN, a +∞ or only −∞.
 * fastExp's clamp at −400 turns terms below e^{−400} into e^{−400} ≈ 2e−174, far below float32.
 * The row read is sign·x (sign = ±1, exact): −1 is softmin's softmax(−x).
 */
export function maxAndSum32(x: Float32Array, start: number, end: number, acc: Float64Array, sign: number): void {
  let m = sign * x[start];
  let s = m === m ? 0 : m;
  for (let i = start + 1; i < end; i++) {
    const v = sign * x[i];
    if (v > m) {
      s = m === -Infinity ? s : (s + 1) * fastExp(m - v);
      m = v;
    } else if (v !== -Infinity) s += fastExp(v - m);
  }
  acc[0] = m;
  acc[1] = s;
}

/** logSumExp of a row that is not normal (see maxAndSum32): NaN if it holds a NaN, else its max (±∞). */
export function specialLogSumExp(x: Float32Array, start: number, end: number, m: number): number {
  for (let i = start; i < end; i++) if (x[i] !== x[i]) return NaN;
  return m;
}

/** (hi, lo) = the compensated sum of x[start, end) (or of x[i]·w[i]: float32 products are exact in float64). */
export function rowSum32(x: Float32Array, w: Float32Array | null, start: number, end: number, acc: Float64Array): void {
  let s = 0;
  let c = 0;
  for (let i = start; i < end; i++) {
    const p = w === null ? x[i] : x[i] * w[i];
    const t = s + p;
    const bb = t - s;
    c += s - (t - bb) + (p - bb);
    s = t;
  }
  const hi = s + c;
  // Infinite terms make the compensation NaN: then the plain IEEE sum.
  if (hi - hi === 0) {
    acc[0] = hi;
    acc[1] = c - (hi - s);
  } else {
    acc[0] = s;
    acc[1] = 0;
  }
}
