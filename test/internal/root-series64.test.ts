// The float64 root series of gelu′, geluTanh′ and mish′ (src/internal/root-series64.ts, generated
// by scripts/generate-root-series64.mjs; evaluated by rootSeries64 there) on their own, against the
// dense accuracy fixtures (decimal.js, test/fixtures/accuracy/*.json): every fixture point inside
// each window, the 64 doubles either side of the zero among them. The generator promises ≤ 0.75
// ulp of the exact value there (it checks its own float64 evaluation at 1,330 points per root);
// this holds the TypeScript evaluation to the same bound on independent points, with the sign of
// the tiny values next to the zero exact, and checks that each window test matches its radius.
import { describe, expect, it } from 'vitest';
import {
  GELU_SLOPE_ROOT64,
  GELU_TANH_SLOPE_ROOT64,
  MISH_SLOPE_ROOT64,
  nearGeluSlopeRoot64,
  nearGeluTanhSlopeRoot64,
  nearMishSlopeRoot64,
  rootSeries64,
} from '../../src/internal/root-series64.js';
import { loadFixtures } from '../accuracy-report.js';
import { ulpError64 } from '../ulp.js';

const RADIUS = 0.75;
const SERIES_ULP = 0.75;
const fixtures = loadFixtures();
const CASES = [
  { name: 'geluDerivative', s: GELU_SLOPE_ROOT64, near: nearGeluSlopeRoot64 },
  { name: 'geluTanhDerivative', s: GELU_TANH_SLOPE_ROOT64, near: nearGeluTanhSlopeRoot64 },
  { name: 'mishDerivative', s: MISH_SLOPE_ROOT64, near: nearMishSlopeRoot64 },
];
const next = (x: number, n: number): number => {
  const b = new Float64Array([x]);
  const u = new BigInt64Array(b.buffer);
  u[0] += BigInt(x >= 0 ? n : -n);
  return b[0];
};

describe('the float64 root series', () => {
  for (const { name, s, near } of CASES) {
    const c = fixtures.find((f) => f.name === name)!;
    const inside = c.f64.x.flatMap((x, i) => (near(x) ? [i] : []));
    const around = inside.filter((i) => Math.abs(c.f64.x[i] - s[0]) <= 64 * Number.EPSILON);
    it(`${name}: within ${SERIES_ULP} ulp at the ${inside.length} fixture points within ${RADIUS} of its zero (${around.length} of them next to it)`, () => {
      expect(inside.length).toBeGreaterThan(1000);
      expect(around.length).toBeGreaterThanOrEqual(129);
      const bad = inside.flatMap((i) => {
        const [x, y, r] = [c.f64.x[i], c.f64.y[i], c.f64.r[i]];
        const got = rootSeries64(s, x);
        const err = ulpError64(got, y, r);
        return err <= SERIES_ULP && Math.sign(got) === Math.sign(y)
          ? []
          : [`x = ${x}: got ${got}, correctly rounded ${y} (${err.toFixed(3)} ulp)`];
      });
      expect(bad.slice(0, 10)).toEqual([]);
    });
    it(`${name}: the window test is |x − root| ≤ ${RADIUS} with the array's root (its literals agree), false for NaN`, () => {
      const xs = [s[0], ...[-RADIUS, RADIUS].flatMap((h) => [-2, -1, 0, 1, 2].map((n) => next(s[0] + h, n)))];
      expect(xs.map(near)).toEqual(xs.map((x) => Math.abs(x - s[0]) <= RADIUS));
      expect(xs.map(near)).toContain(false);
      expect([NaN, -Infinity, Infinity].map(near)).toEqual([false, false, false]);
    });
  }
});
