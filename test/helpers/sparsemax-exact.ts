// Exact references for sparsemax, from its definition with decimal.js on the exact inputs: sort
// in decreasing order, K = the largest k with 1 + k·z_(k) > Σ_{j≤k} z_(j), τ = (Σ_{j≤K} z_(j) − 1)/K,
// y_i = max(z_i − τ, 0); the VJP dx_i = dy_i − mean of dy over {y > 0}. Nothing here calls the
// library. Rows: seeded, lengths 1–200, with ties, −∞ entries, dominant maxima, entries placed
// next to the threshold, and large offsets.
import { Decimal, toDecimal } from '../fixtures/reference.mjs';
import { uniform } from './random.js';

type D = ReturnType<typeof toDecimal>;
const ZERO = new Decimal(0);

/** The exact sparsemax of a row with at least one finite entry and no NaN or +∞. */
export function exactSparsemax(x: readonly number[]): D[] {
  const z = x.map((v) => (v === -Infinity ? null : toDecimal(v)));
  const sorted = z.filter((v): v is D => v !== null).sort((a, b) => b.comparedTo(a));
  let sum = ZERO;
  let tau = ZERO;
  for (let k = 1; k <= sorted.length; k++) {
    const s = sum.plus(sorted[k - 1]);
    if (!sorted[k - 1].times(k).plus(1).gt(s)) break;
    sum = s;
    tau = s.minus(1).div(k);
  }
  return z.map((v) => (v === null || !v.gt(tau) ? ZERO : v.minus(tau)));
}

/** The exact VJP at an output y (the support is {y > 0}). */
export function exactSparsemaxBackward(dy: readonly number[], y: readonly number[]): D[] {
  const on = y.map((v) => v > 0);
  const count = on.filter(Boolean).length;
  const mean = dy.reduce((a, v, i) => (on[i] ? a.plus(toDecimal(v)) : a), ZERO).div(Math.max(count, 1));
  return dy.map((v, i) => (on[i] ? toDecimal(v).minus(mean) : ZERO));
}

/** `count` seeded rows of varied kinds; `f32` rounds them to float32. */
export function sparsemaxRows(seed: number, count: number, f32: boolean): number[][] {
  const r = uniform(seed);
  const u = (lo: number, hi: number) => lo + (hi - lo) * (r() + r() * 2 ** -32);
  const round = f32 ? Math.fround : (v: number) => v;
  const rows: number[][] = [];
  for (let c = 0; c < count; c++) {
    const n = [1, 2, 3, 5, 8, 17, 64, 200][c % 8];
    const scale = [0.01, 0.5, 2, 30][Math.floor(r() * 4)];
    let row = Array.from({ length: n }, () => round(u(-scale, scale)));
    const kind = Math.floor(c / 8) % 6;
    if (kind === 1) row = row.map((v) => round(Math.round(v * 4) / 4)); // ties
    if (kind === 2) row = row.map((v, i) => (i % 3 === 1 ? -Infinity : v)); // −∞ entries
    if (kind === 3) row = row.map((v, i) => (i === 0 ? round(v + 3 * scale + 1) : v)); // dominant max
    if (kind === 4 && n > 2) {
      // one entry a hair above and one a hair below the threshold of the others
      const tau = exactSparsemax(row.slice(2)).length === 0 ? 0 : tauOf(row.slice(2));
      row[0] = round(tau * (1 + 2 ** -20));
      row[1] = round(tau * (1 - 2 ** -20));
    }
    if (kind === 5) row = row.map((v) => round(v + (f32 ? 1e5 : 1e9))); // offset: x − τ cancels
    rows.push(row);
  }
  return rows;
}

function tauOf(x: readonly number[]): number {
  const y = exactSparsemax(x);
  const i = y.findIndex((v) => !v.isZero());
  return toDecimal(x[i]).minus(y[i]).toNumber();
}
