// Shared tests of the gated linear units reglu, geglu, gegluTanh and swiglu, one Unit at a time:
// float64 scalars and partials against decimal.js (test/helpers/gated.ts), special values (scalars
// and kernels), partials against central differences (fast-check), overlapping buffers and argument
// checks (the messages are glu's). Each activation's file calls them with its own units and rows.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  geglu,
  gegluBackwardF32,
  gegluDerivative,
  gegluDerivativeF32,
  gegluF32,
  gegluTanh,
  gegluTanhBackwardF32,
  gegluTanhDerivative,
  gegluTanhDerivativeF32,
  gegluTanhF32,
  reglu,
  regluBackwardF32,
  regluDerivative,
  regluDerivativeF32,
  regluF32,
  swiglu,
  swigluBackwardF32,
  swigluDerivative,
  swigluDerivativeF32,
  swigluF32,
} from '../../src/index.js';
import { ulpNear } from '../arbitraries.js';
import { DERIVATIVE_ZEROS, F64_ULP, NEAR_ZERO } from '../contract.js';
import { toDecimal } from '../fixtures/reference.mjs';
import { ulpDistance64 } from '../ulp.js';
import { type D, type Exact, type Gate, GELU, GELU_TANH, product64, RELU, swishGate } from './gated.js';
import { ulpError } from './gated-search.js';
import { agrees32, bits, expectThrow, inputs, LENGTH, view } from './kernel-inputs.js';
import { uniform } from './random.js';

type Forward = (out: Float32Array, x: Float32Array, rowSize?: number) => Float32Array;
type Backward = (dx: Float32Array, dy: Float32Array, x: Float32Array, rowSize?: number) => Float32Array;
export interface Unit {
  name: string;
  gate: Gate;
  /** The library's name of g′ in test/contract.ts (its float64 bound). */
  slopeName: string;
  f: (a: number, b: number) => number;
  df: (a: number, b: number) => [number, number];
  fF32: Forward;
  dfF32: Forward;
  bwF32: Backward;
}
export const swigluWith = (beta: number): Unit => ({
  name: `swiglu(a, b, ${beta})`,
  gate: swishGate(beta),
  slopeName: 'swishDerivative',
  f: (a, b) => swiglu(a, b, beta),
  df: (a, b) => swigluDerivative(a, b, beta),
  fF32: (out, x, rs) => swigluF32(out, x, rs, beta),
  dfF32: (out, x, rs) => swigluDerivativeF32(out, x, rs, beta),
  bwF32: (dx, dy, x, rs) => swigluBackwardF32(dx, dy, x, rs, beta),
});
export const REGLU: Unit = {
  name: 'reglu',
  gate: RELU,
  slopeName: 'reluDerivative',
  f: reglu,
  df: regluDerivative,
  fF32: regluF32,
  dfF32: regluDerivativeF32,
  bwF32: regluBackwardF32,
};
export const GEGLU: Unit = {
  name: 'geglu',
  gate: GELU,
  slopeName: 'geluDerivative',
  f: geglu,
  df: gegluDerivative,
  fF32: gegluF32,
  dfF32: gegluDerivativeF32,
  bwF32: gegluBackwardF32,
};
export const GEGLU_TANH: Unit = {
  name: 'gegluTanh',
  gate: GELU_TANH,
  slopeName: 'geluTanhDerivative',
  f: gegluTanh,
  df: gegluTanhDerivative,
  fF32: gegluTanhF32,
  dfF32: gegluTanhDerivativeF32,
  bwF32: gegluTanhBackwardF32,
};
export const SWIGLU: Unit = {
  ...swigluWith(1),
  name: 'swiglu',
  f: swiglu,
  df: swigluDerivative,
  fF32: swigluF32,
  dfF32: swigluDerivativeF32,
  bwF32: swigluBackwardF32,
};
export const fmt = (v: number): string => (Object.is(v, -0) ? '-0' : String(v));

// ---------------------------------------------------------------------------------------------
// Float64 scalars against decimal.js. a·g(b) is one product of the library's g(b) (≤ 4 ulp of
// g, test/contract.ts) and a: |error| ≤ |a|·4·ulp(g) + ½ulp(result). ∂/∂b = a·g′(b) is rounded
// once from g′ in double-double and held to 4 ulp of the exact product itself, next to g′'s zero
// too (those points are counted apart in the test's title).
// b stays where g(b) is a normal double (a subnormal g(b) has only absolute accuracy).
// ---------------------------------------------------------------------------------------------
function samples(seed: number, bRanges: [number, number][]): [number, number][] {
  const r = uniform(seed);
  const u = (lo: number, hi: number) => lo + (hi - lo) * r();
  const sign = () => (r() < 0.5 ? -1 : 1);
  const out: [number, number][] = [];
  for (const [lo, hi] of bRanges) for (let i = 0; i < 80; i++) out.push([sign() * 10 ** (r() < 0.9 ? u(-4, 4) : u(-300, 300)), u(lo, hi)]);
  for (let i = 0; i < 40; i++) out.push([sign() * 10 ** u(-4, 4), sign() * 10 ** u(-300, 0)]); // tiny b: g(b) ≈ b/2
  for (let i = 0; i < 40; i++) out.push([sign() * 10 ** u(-4, 4), 10 ** u(0, 300)]); // g(b) = b
  return out;
}
/**
 * |got − exact| ≤ |a|·slack + ½ulp(got), slack the bound of the g value taken (in absolute terms);
 * also the error in ulps (to the correctly rounded value).
 */
function checkProduct(got: number, a: number, g: Exact, slack: number): { ok: boolean; ulp: number } {
  const exact = typeof g === 'number' ? toDecimal(a).times(toDecimal(g)) : toDecimal(a).times(g as D);
  const want = product64([a, g]);
  if (!Number.isFinite(got)) return { ok: Object.is(got, want), ulp: ulpDistance64(got, want) };
  const err = toDecimal(got).minus(exact).abs();
  const bound = toDecimal(Math.abs(a))
    .times(toDecimal(slack))
    .plus(toDecimal(ulpNear(got)).div(2));
  return { ok: err.lte(bound), ulp: ulpDistance64(got, want) };
}
/** Within F64_ULP ulp of the exact a·g′ (NaN, infinities and zeros exactly, with sign). */
function checkUlps(got: number, a: number, g: Exact): { ok: boolean; ulp: number } {
  const want = product64([a, g]);
  if (typeof g === 'number' || !Number.isFinite(got) || got === 0 || a === 0 || !Number.isFinite(a))
    return { ok: Object.is(got, want), ulp: ulpDistance64(got, want) };
  const err = ulpError(got, toDecimal(a).times(g as D));
  return { ok: err <= F64_ULP, ulp: ulpDistance64(got, want) };
}
/**
 * ∂/∂b (a·g′(b) rounded once from g′'s double-double) against a·g′(b) from the rounded g′(b), for
 * the identity tests: the same where either is NaN, infinite or zero (sign included), else within
 * 8·2⁻⁵² relative (each is within 4 ulp of its exact value: g′ rounded, then the product, makes at
 * most ~4.1·2⁻⁵²) or 2⁻¹⁰⁷² absolute; not compared where g′(b) is subnormal (it has only absolute
 * accuracy there, and ∂/∂b keeps more).
 */
export function agreesWithProduct(got: number, a: number, slope: number): boolean {
  const want = a * slope;
  if (got !== got || want !== want) return got !== got && want !== want;
  if (!Number.isFinite(got) || !Number.isFinite(want) || (got === 0 && want === 0)) return Object.is(got, want);
  if (Math.abs(slope) < 2 ** -1022) return true;
  return Math.abs(got - want) <= 8 * Number.EPSILON * Math.abs(want) + 2 ** -1072;
}
/** The value and both partials of `unit` at seeded points with b drawn from `ranges`. */
export function scalarAccuracyTests(unit: Unit, ranges: [number, number][]): void {
  describe('scalars and partials against decimal.js (float64)', () => {
    const pts = samples(0x95, ranges);
    const results = pts.map(([a, b]) => {
      const g = unit.gate.g(b);
      const gHat = unit.f(1, b);
      const [pa, pb] = unit.df(a, b);
      const zero = DERIVATIVE_ZEROS[unit.slopeName];
      return {
        at: `(${a}, ${b})`,
        nearZero: zero !== undefined && Math.abs(b - zero) <= NEAR_ZERO,
        f: checkProduct(unit.f(a, b), a, g, F64_ULP * ulpNear(gHat)),
        da: checkProduct(pa, 1, g, F64_ULP * ulpNear(gHat)),
        db: checkUlps(pb, a, unit.gate.dg(b)),
      };
    });
    for (const k of ['f', 'da', 'db'] as const) {
      const what = { f: 'value a·g(b)', da: '∂/∂a = g(b)', db: '∂/∂b = a·g′(b)' }[k];
      const near = results.filter((r) => k === 'db' && r.nearZero);
      const measured =
        `max ${Math.max(...results.map((r) => r[k].ulp))} ulp` +
        (near.length > 0 ? `; ${near.length} within ${NEAR_ZERO} of g′'s zero: max ${Math.max(...near.map((r) => r[k].ulp))} ulp` : '');
      it(`${unit.name}: ${what} at ${pts.length} points is within ${k === 'db' ? `${F64_ULP} ulp` : 'the composed bound'} (${measured})`, () => {
        expect(
          results
            .filter((r) => !r[k].ok)
            .map((r) => r.at)
            .slice(0, 8),
        ).toEqual([]);
      });
    }
  });
}

// ---------------------------------------------------------------------------------------------
// Special values: scalars exactly, and the three kernels on the row [a, b] (dy = 1).
// ---------------------------------------------------------------------------------------------
export type Row = [number, number, number, number, number]; // a, b, f, ∂/∂a, ∂/∂b
export const smoothRows = (g: (b: number) => number): Row[] => [
  [2, 0, 0, 0, 1],
  [2, -0, -0, -0, 1],
  [-2, 0, -0, 0, -1],
  [-0, 0, -0, 0, -0],
  [-0, 1, -0, g(1), -0],
  [3, Infinity, Infinity, Infinity, 3],
  [-3, Infinity, -Infinity, Infinity, -3],
  [0, Infinity, NaN, Infinity, 0],
  [3, -Infinity, -0, -0, -0],
  [-3, -Infinity, 0, -0, 0],
  [Infinity, -Infinity, NaN, -0, NaN],
  [Infinity, 0, NaN, 0, Infinity],
  [Infinity, Infinity, Infinity, Infinity, Infinity],
  [-Infinity, 2, -Infinity, g(2), -Infinity],
  [Infinity, -2, -Infinity, g(-2), -Infinity],
  [NaN, 1, NaN, g(1), NaN],
  [1, NaN, NaN, NaN, NaN],
];
export function specialValueTests(unit: Unit, rows: Row[]): void {
  describe('special values', () => {
    for (const [a, b, y, da, db] of rows) {
      it(`${unit.name}(${fmt(a)}, ${fmt(b)}) is ${fmt(y)} with partials [${fmt(da)}, ${fmt(db)}], and so are its kernels`, () => {
        expect(fmt(unit.f(a, b))).toBe(fmt(y));
        expect(unit.df(a, b).map(fmt)).toEqual([da, db].map(fmt));
        const x = Float32Array.of(a, b);
        const got = [
          unit.fF32(new Float32Array(1), x, 2)[0],
          ...unit.dfF32(new Float32Array(2), x, 2),
          ...unit.bwF32(new Float32Array(2), Float32Array.of(1), x, 2),
        ];
        const want = [y, da, db, da, db].map(Math.fround);
        expect(
          got.every((v, i) => agrees32(v, want[i])),
          `kernels gave ${got.map(fmt)}`,
        ).toBe(true);
      });
    }
  });
}

/** Both partials of `unit` against central differences for a, b in [−20, 20]. */
export function partialsTest(unit: Unit): void {
  it(`${unit.name}: the partials match central differences (h = 1e-6) for a, b in [−20, 20]`, () => {
    // Difference-quotient error: rounding of f (≲ 5 ulp of |a·g| ≤ 20·21) over 2h, far below the tolerance.
    fc.assert(
      fc.property(fc.double({ noNaN: true, min: -20, max: 20 }), fc.double({ noNaN: true, min: -20, max: 20 }), (a, b) => {
        if (unit === REGLU && Math.abs(b) < 1e-5) return true; // the kink
        const h = 1e-6;
        const [ga, gb] = unit.df(a, b);
        const fa = (unit.f(a + h, b) - unit.f(a - h, b)) / (2 * h);
        const fb = (unit.f(a, b + h) - unit.f(a, b - h)) / (2 * h);
        const tol = 1e-8 * (1 + Math.abs(a)) * (1 + Math.abs(b));
        return Math.abs(fa - ga) <= tol && Math.abs(fb - gb) <= tol;
      }),
    );
  });
}

// ---------------------------------------------------------------------------------------------
// Overlapping buffers and argument checks (the messages are glu's).
// ---------------------------------------------------------------------------------------------
const X = inputs(0x96);
const DY = inputs(0x97)
  .subarray(0, LENGTH / 2)
  .map((v) => Math.fround(v / 1e3));
export function overlapAndErrorTests(unit: Unit): void {
  describe('kernels: overlap, empty arrays and errors', () => {
    it(`${unit.name}: forward and backward handle out/dy sharing memory with x or dx`, () => {
      const want = unit.fF32(new Float32Array(LENGTH / 2), X, 16);
      for (const at of [0, 1, LENGTH / 2]) {
        const [buf, x] = view(LENGTH + 1, 1, X);
        expect(bits(unit.fF32(buf.subarray(at, at + LENGTH / 2), x, 16))).toEqual(bits(want));
      }
      const wantDx = unit.bwF32(new Float32Array(LENGTH), DY, X, 16);
      for (const at of [0, LENGTH / 4, LENGTH / 2]) {
        const [buf, dx] = view(LENGTH, 0, new Float32Array(LENGTH));
        const dy = buf.subarray(at, at + LENGTH / 2);
        dy.set(DY);
        expect(bits(unit.bwF32(dx, dy, X, 16))).toEqual(bits(wantDx));
      }
    });
    it(`${unit.name}: kernels accept empty arrays and reject bad sizes and types with clear messages`, () => {
      const e = new Float32Array(0);
      expect(unit.fF32(e, new Float32Array(0))).toBe(e);
      expect(unit.dfF32(e, new Float32Array(0))).toBe(e);
      expect(unit.bwF32(e, new Float32Array(0), new Float32Array(0))).toBe(e);
      const x6 = new Float32Array(6);
      expectThrow(() => unit.fF32(new Float32Array(3), x6, 3), RangeError, /rowSize/, /even/, /3/);
      expectThrow(() => unit.fF32(new Float32Array(1), new Float32Array(3)), RangeError, /rowSize/, /even/);
      expectThrow(() => unit.fF32(new Float32Array(3), x6, 4), RangeError, /rowSize/, /4/, /6/);
      expectThrow(() => unit.dfF32(new Float32Array(6), x6, 0), RangeError, /rowSize/, /positive integer/, /0/);
      expectThrow(() => unit.fF32(new Float32Array(6), x6), RangeError, /out\.length/, /3/, /6/);
      expectThrow(() => unit.dfF32(new Float32Array(3), x6), RangeError, /out\.length/, /6/);
      expectThrow(() => unit.bwF32(new Float32Array(6), new Float32Array(6), x6), RangeError, /dy\.length/, /3/);
      expectThrow(() => unit.bwF32(new Float32Array(3), new Float32Array(3), x6), RangeError, /dx\.length/);
      expectThrow(() => unit.fF32([0] as unknown as Float32Array, x6), TypeError, /out/);
      expectThrow(() => unit.dfF32(new Float32Array(6), new Float64Array(6) as unknown as Float32Array), TypeError, /x/, /Float64Array/);
      expectThrow(() => unit.bwF32(x6, null as unknown as Float32Array, x6), TypeError, /dy/);
      expectThrow(() => unit.bwF32({} as unknown as Float32Array, new Float32Array(3), x6), TypeError, /dx/);
      expectThrow(() => unit.f('1' as unknown as number, 0), TypeError, /must be a number/);
      expectThrow(() => unit.df(1, null as unknown as number), TypeError, /must be a number/);
    });
  });
}
