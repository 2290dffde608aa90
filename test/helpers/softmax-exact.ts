// Exact references for test/activations/softmax.test.ts and its row-wise siblings: the exact
// softmax / logSoftmax / logSumExp of a row with decimal.js (from the exact inputs), fractional ulp
// errors against an exact Decimal, and seeded random rows (lengths 1–100, spreads up to 1e4,
// dominant maxima, ties, −∞ entries). Written from the mathematics; nothing here calls the library.
import { Decimal, log1pDecimal, roundToFloat32, roundToFloat64, toDecimal } from '../fixtures/reference.mjs';
import { FLOAT32, FLOAT64, ulpOfExact } from '../ulp.js';
import { uniform } from './random.js';

export type D = ReturnType<typeof toDecimal>;

const ZERO = new Decimal(0);

/** Exact values for one row with a finite max (−∞ entries allowed): null marks −∞. */
export interface ExactRow {
  m: number;
  softmax: D[];
  logSoftmax: (D | null)[];
  logSumExp: D;
}

/** softmax, logSoftmax and logSumExp of x, exactly (80 digits) from the exact inputs. */
export function exactRow(x: readonly number[]): ExactRow {
  let k = 0;
  for (let i = 1; i < x.length; i++) if (x[i] > x[k]) k = i;
  const m = x[k];
  const M = toDecimal(m);
  const d = x.map((v) => (v === -Infinity ? null : toDecimal(v).minus(M)));
  const e = d.map((v, i) => (i === k ? new Decimal(1) : v === null ? ZERO : v.exp()));
  const s = e.reduce((a, v, i) => (i === k ? a : a.plus(v)), ZERO);
  const L = log1pDecimal(s);
  const T = s.plus(1);
  return {
    m,
    softmax: e.map((v) => v.div(T)),
    logSoftmax: d.map((v) => (v === null ? null : v.minus(L))),
    logSumExp: M.plus(L),
  };
}

/** |actual − exact| in ulps of the exact value in the format (Infinity for a NaN/∞ result; 0 for equal zeros). */
export function ulpErr(actual: number, exact: D, fmt: 'f64' | 'f32'): number {
  if (!Number.isFinite(actual)) return Infinity;
  const y = fmt === 'f64' ? roundToFloat64(exact) : roundToFloat32(exact);
  if (exact.isZero()) return actual === 0 ? 0 : Infinity;
  const r = exact.minus(toDecimal(y)).toNumber();
  const u = ulpOfExact(y, r === 0 ? 0 : Math.sign(r) * 1e-9, fmt === 'f64' ? FLOAT64 : FLOAT32);
  return toDecimal(actual).minus(exact).abs().div(toDecimal(u)).toNumber();
}

/** ulpErr against the ulp of max(|exact|, |scale|): for logSumExp, whose m + log1p(s) may cancel. */
export function ulpErrScaled(actual: number, exact: D, scale: number, fmt: 'f64' | 'f32'): number {
  const e = ulpErr(actual, exact, fmt);
  if (!Number.isFinite(e) || exact.abs().gte(Math.abs(scale))) return e;
  const u = ulpOfExact(fmt === 'f64' ? scale : Math.fround(scale), 0, fmt === 'f64' ? FLOAT64 : FLOAT32);
  return Math.min(e, toDecimal(actual).minus(exact).abs().div(toDecimal(u)).toNumber());
}

/** `count` random rows of `length` from `seed` (see the file comment); `f32` rounds them to float32. */
export function randomRows(seed: number, count: number, length: number, f32 = false): number[][] {
  const r = uniform(seed);
  // two draws: a single one has 32 significant bits, which would make every x − m exact
  const u = (lo: number, hi: number) => lo + (hi - lo) * (r() + r() * 2 ** -32);
  const rows: number[][] = [];
  const cap = f32 ? 80 : 740; // spreads past which every e^{x − m} underflows the format anyway
  for (let c = 0; c < count; c++) {
    const kind = c % 6;
    const scale = [1, 10, 100, 1e4][Math.floor(r() * 4)];
    const shift = [0, u(-50, 50), 1e6 * u(-1, 1), f32 ? 3e37 : 1e300][Math.floor(r() * 4)];
    const row = Array.from({ length }, () => u(-scale, scale));
    if (kind === 1) for (let i = 0; i < row.length; i++) row[i] = i === 0 ? u(-3, 3) : u(-cap, -20); // dominant max: log1p(s) ≈ s
    if (kind === 2) for (let i = 0; i < row.length; i++) row[i] = 2 * 2 ** -20 * Math.round(u(-4, 4)); // ties and near-ties
    if (kind === 3) for (let i = 0; i < row.length; i++) row[i] = r() < 0.3 && i > 0 ? -Infinity : row[i]; // −∞ entries
    if (kind === 4) for (let i = 0; i < row.length; i++) row[i] = u(-cap, 5); // long tails
    const shifted = row.map((v) => (kind === 5 ? v + shift : v));
    rows.push(f32 ? shifted.map(Math.fround) : shifted);
  }
  return rows;
}

/** Exact Σ_i a_i·b_i of doubles (as Decimal). */
export function exactDot(a: ArrayLike<number>, b: ArrayLike<number>): D {
  let s = ZERO;
  for (let i = 0; i < a.length; i++) s = s.plus(toDecimal(a[i]).times(toDecimal(b[i])));
  return s;
}

/** Exact Σ_i a_i of doubles (as Decimal). */
export function exactSum(a: ArrayLike<number>): D {
  let s = ZERO;
  for (let i = 0; i < a.length; i++) s = s.plus(toDecimal(a[i]));
  return s;
}

export { Decimal, toDecimal };
