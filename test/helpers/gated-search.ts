// A seeded random search (fast-check) for the worst float64 ∂/∂b = a·g′(b) of the smooth gated
// units against decimal.js: a·g′(b) is rounded once from g′ carried in double-double, and the
// contract (docs/design.md) holds it to 4 ulp of the exact product everywhere. The search aims at
// the worst case of a product: a spread over [1, 2) (where a·g′(b) crosses binades), and for each
// b also the a that puts a·g′(b) just below a power of 2 (from the exact g′(b)), where an error of
// g′ relative to its value costs twice as many ulps of the product; b over the ranges where g′ is
// normal, with a third of the draws within 0.2 of g′'s zero.
import fc from 'fast-check';
import { Decimal, toDecimal } from '../fixtures/reference.mjs';
import type { D, Gate } from './gated.js';

export interface SlopeUnit {
  name: string;
  /** ∂/∂b of the library at (a, b). */
  db: (a: number, b: number) => number;
  gate: Gate;
  /** b is drawn from [lo, hi], and from zero ± 0.2 where g′ crosses 0. */
  lo: number;
  hi: number;
  zero?: number;
}

/** σ′(b) = e/(1 + e)², e = e^{−|b|} (no 1 − σ cancellation), for glu. */
export const SIGMOID_SLOPE: Gate = {
  g: () => {
    throw new Error('σ itself is not searched here');
  },
  dg: (b) => {
    const e = toDecimal(Math.abs(b)).neg().exp();
    return e.div(e.plus(1).pow(2));
  },
};

const TWO = new Decimal(2);

/** |got − exact| in ulps of the exact value (the float64 ulp of its binade; 2⁻¹⁰⁷⁴ below the normal range). */
export function ulpError(got: number, exact: D): number {
  let e = Math.floor(Math.log2(Math.abs(exact.toNumber())));
  if (exact.abs().lt(TWO.pow(e))) e--;
  else if (exact.abs().gte(TWO.pow(e + 1))) e++;
  return toDecimal(got)
    .minus(exact)
    .abs()
    .div(TWO.pow(Math.max(e - 52, -1074)))
    .toNumber();
}

/** The double a in [1, 2) with a·|g′| just below the next power of 2. */
function topOfBinade(dg: D): number {
  const m = dg.abs().div(TWO.pow(Math.floor(Math.log2(Math.abs(dg.toNumber())))));
  return TWO.minus(TWO.pow(-30)).div(m).toNumber();
}

export interface SearchResult {
  n: number;
  max: number;
  at: string;
  over: string[];
}

/** `runs` seeded draws of (a, b), each b with a drawn a and with its top-of-binade a (2·runs points). */
export function searchSlope(unit: SlopeUnit, seed: number, runs: number): SearchResult {
  // uniform doubles (fc.double favours the ends of its range and the small magnitudes)
  const uniform = (lo: number, hi: number) =>
    fc.tuple(fc.nat(2 ** 30 - 1), fc.nat(2 ** 23 - 1)).map(([p, q]) => lo + (hi - lo) * ((p * 2 ** 23 + q) / 2 ** 53));
  const bArb =
    unit.zero === undefined
      ? uniform(unit.lo, unit.hi)
      : fc.oneof({ arbitrary: uniform(unit.lo, unit.hi), weight: 2 }, { arbitrary: uniform(unit.zero - 0.2, unit.zero + 0.2), weight: 1 });
  const aArb = fc.tuple(uniform(1, 2), fc.integer({ min: -4, max: 4 }), fc.boolean());
  const draws = fc.sample(fc.tuple(aArb, bArb), { seed, numRuns: runs });
  let max = 0;
  let at = '';
  const over: string[] = [];
  let n = 0;
  for (const [[m, k, negative], b] of draws) {
    const dg = unit.gate.dg(b);
    if (typeof dg === 'number' || dg.isZero()) continue;
    for (const a of [(negative ? -m : m) * 2 ** k, topOfBinade(dg)]) {
      const err = ulpError(unit.db(a, b), toDecimal(a).times(dg));
      n++;
      if (err > max) {
        max = err;
        at = `(${a}, ${b})`;
      }
      if (err > 4) over.push(`(${a}, ${b}): ${err.toFixed(3)} ulp`);
    }
  }
  return { n, max, at, over };
}
