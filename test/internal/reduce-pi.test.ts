// The exact reduction of src/internal/reduce-pi.ts (Cody–Waite with π/4 in five pieces below
// |a·x| = 2^24, Payne–Hanek in integers with 4/π to 2304 bits beyond) and the double-double sin²
// of src/internal/sin-squared.ts, against decimal.js at 200 digits from the exact product a·x.
import { describe, expect, it } from 'vitest';
import { REDUCED, reduceProduct } from '../../src/internal/reduce-pi.js';
import { SIN2, sinSquaredDD } from '../../src/internal/sin-squared.js';
import { decimalClone, toDecimal } from '../fixtures/reference.mjs';

const C = decimalClone(200);
const EXACT = decimalClone(1600);
const PI = decimalClone(1000).acos(-1);

/** a·x + q·π/4 reduced exactly: r (|r| ≤ π/4 + a rounding) and k mod 2, with a·x + q·π/4 = r + k·π/2. */
function exactReduction(a: number, x: number, q: number): { r: InstanceType<typeof C>; parity: number } {
  const W = decimalClone(1000);
  const v = new W(new EXACT(toDecimal(a)).times(toDecimal(x))).plus(PI.div(4).times(q));
  const k = v.div(PI.div(2)).round();
  return { r: new C(v.minus(k.times(PI.div(2)))).toSignificantDigits(200), parity: Number(k.abs().mod(2).toString()) };
}

// small, moderate (non-exact products), at 2^24 (both sides of the switch), huge, and extreme factors
const CASES: [number, number][] = [
  [1, 0.3],
  [1.7, -5.123],
  [-0.8, 123.456],
  [1, 16777215.5],
  [1, 16777216.5],
  [1.7, 1e7 + 0.1],
  [1, 1e22],
  [1.7, -3.3e15],
  [1, 1e300],
  [-1.3, 1.7976931348623157e308],
  [1e300, 3e-290],
  [2 ** -600, 2 ** 601 * 1.1],
  [6381956970095103 * 2 ** 797, 1],
];

describe('reduceProduct and sinSquaredDD', () => {
  for (const [a, x] of CASES) {
    for (const q of [0, 1]) {
      it(`a = ${a}, x = ${x}, q = ${q}: r within 2^−100 of the exact reduction, sin² within 2^−98 relative`, () => {
        const want = exactReduction(a, x, q);
        reduceProduct(a, x, q);
        const r = new C(toDecimal(REDUCED[0])).plus(toDecimal(REDUCED[1]));
        // parities agree, or the two reductions picked neighbouring k at |r| = π/4
        if (REDUCED[2] === want.parity) {
          expect(r.minus(want.r).abs().toNumber()).toBeLessThanOrEqual(2 ** -100);
        } else {
          expect(Math.abs(Math.abs(want.r.toNumber()) - Math.PI / 4)).toBeLessThan(1e-12);
        }
        sinSquaredDD(a, x, q);
        const s = want.r.sin();
        const exact = want.parity === 0 ? s.times(s) : new C(1).minus(s.times(s));
        const got = new C(toDecimal(SIN2[0])).plus(toDecimal(SIN2[1]));
        expect(got.minus(exact).div(exact).abs().toNumber()).toBeLessThanOrEqual(2 ** -98);
      });
    }
  }
});
