// The row statistics of ./softmax-row.ts for `w` rows at once along the middle axis of
// [outer, size, inner] (./axis.ts): row j of a block is x[base + j + r·inner], r < size. A row
// walked alone would jump `inner` elements per step, through a new cache line every time; the
// block reads `w` consecutive elements per step instead, holding each row's running statistics in
// a Float64Array (and in registers for four steps at a time). Each row's statistics go through
// the same float64 operations in the same order as the one-row function, so the results equal
// transposing the axis to the end, running the row kernel and transposing back, bit for bit.
import { fastExp } from './fast-exp.js';

/** Rows per block: 2 × 8 KiB of float64 statistics and the 4 KiB stripes of x a sweep of four steps reads stay near L1. */
export const BLOCK = 1024;

/**
 * maxAndSum32 (./softmax-row.ts) of each of the `w` rows of the block at `base`: m[j] = the max of
 * sign·x over row j, s[j] = Σ_{i≠argmax} e^{sign·x_i − m}, by the same online max-and-sum.
 */
export function maxAndSumCols(
  x: Float32Array,
  base: number,
  size: number,
  inner: number,
  w: number,
  sign: number,
  m: Float64Array,
  s: Float64Array,
): void {
  for (let j = 0; j < w; j++) {
    const v = sign * x[base + j];
    m[j] = v;
    s[j] = v === v ? 0 : v;
  }
  // Four rows of the axis per sweep, each row's steps in order: its running max and sum stay in
  // registers for four elements, a quarter of the scratch traffic.
  let r = 1;
  for (let at = base + inner; r + 4 <= size; r += 4, at += 4 * inner) {
    for (let j = 0; j < w; j++) {
      let mj = m[j];
      let sj = s[j];
      for (let q = at + j, e = q + 4 * inner; q < e; q += inner) {
        const v = sign * x[q];
        if (v > mj) {
          sj = mj === -Infinity ? sj : (sj + 1) * fastExp(mj - v);
          mj = v;
        } else if (v !== -Infinity) sj += fastExp(v - mj);
      }
      m[j] = mj;
      s[j] = sj;
    }
  }
  for (let at = base + r * inner; r < size; r++, at += inner) {
    for (let j = 0; j < w; j++) {
      const v = sign * x[at + j];
      const mj = m[j];
      if (v > mj) {
        s[j] = mj === -Infinity ? s[j] : (s[j] + 1) * fastExp(mj - v);
        m[j] = v;
      } else if (v !== -Infinity) s[j] += fastExp(v - mj);
    }
  }
}

/**
 * rowSum32 (./softmax-row.ts) of each of the `w` rows of the block at `base`: the compensated sum
 * of x (or of x·wt) over row j as hi[j] + lo[j], the plain sum in hi[j] when a term is infinite.
 */
export function sumCols(
  x: Float32Array,
  wt: Float32Array | null,
  base: number,
  size: number,
  inner: number,
  w: number,
  hi: Float64Array,
  lo: Float64Array,
): void {
  hi.fill(0, 0, w);
  lo.fill(0, 0, w);
  const step = 4 * inner; // four rows of the axis per sweep, as in maxAndSumCols
  const full = size - (size % 4);
  for (let at = base, end = base + full * inner; at < end; at += step) {
    for (let j = 0; j < w; j++) {
      let s = hi[j];
      let c = lo[j];
      for (let q = at + j, e = q + step; q < e; q += inner) {
        const p = wt === null ? x[q] : x[q] * wt[q];
        const t = s + p;
        const bb = t - s;
        c += s - (t - bb) + (p - bb);
        s = t;
      }
      hi[j] = s;
      lo[j] = c;
    }
  }
  for (let r = full, at = base + full * inner; r < size; r++, at += inner) {
    for (let j = 0; j < w; j++) {
      const p = wt === null ? x[at + j] : x[at + j] * wt[at + j];
      const s = hi[j];
      const t = s + p;
      const bb = t - s;
      lo[j] += s - (t - bb) + (p - bb);
      hi[j] = t;
    }
  }
  for (let j = 0; j < w; j++) {
    const s = hi[j];
    const c = lo[j];
    const h = s + c;
    if (h - h === 0) {
      hi[j] = h;
      lo[j] = c - (h - s);
    } else lo[j] = 0;
  }
}

/** Writes NaN over every row j of the block whose flag[j] is NaN (the rows with no normal statistics). */
export function fillNaNCols(out: Float32Array, base: number, size: number, inner: number, w: number, flag: Float64Array): void {
  for (let j = 0; j < w; j++) {
    if (flag[j] === flag[j]) continue;
    for (let r = 0, at = base + j; r < size; r++, at += inner) out[at] = NaN;
  }
}

/** specialLogSumExp (./softmax-row.ts) of row j of a block: NaN if it holds a NaN, else m (±∞). */
export function specialCol(x: Float32Array, at: number, size: number, inner: number, m: number): number {
  for (let r = 0; r < size; r++, at += inner) if (x[at] !== x[at]) return NaN;
  return m;
}
