// Shared tests of the smooth element-wise activations (selu, celu, logSigmoid, softsign, tanh,
// tanhshrink, swish): special values with Object.is, the array contract of every kernel on ~2000
// seeded float32 inputs (a grid, random values of every magnitude, tails and specials), and the
// derivative against a central difference. Each activation's file supplies its own rows.
// Accuracy against the decimal reference is test/accuracy.test.ts's job.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import * as api from '../../src/index.js';
import { ulpDistance32 } from '../ulp.js';
import { uniform } from './random.js';

export type Fn = (x: number, ...p: number[]) => number;
type Kernel = (out: Float32Array, x: Float32Array, ...p: number[]) => Float32Array;
type Backward = (dx: Float32Array, dy: Float32Array, x: Float32Array, ...p: number[]) => Float32Array;
const lib = api as unknown as Record<string, unknown>;
export const fn = (name: string): Fn => lib[name] as Fn;
const kernel = (name: string): Kernel => lib[name] as Kernel;
const backward = (name: string): Backward => lib[name] as Backward;

export const LAMBDA = 1.0507009873554805;
export const LAMBDA_ALPHA = 1.7580993408473768;
const MAX32 = 3.4028234663852886e38;
export const show = (v: number): string => (Object.is(v, -0) ? '-0' : String(v));

/** [call, x, params, expected]: exact expectations from the mathematics (limits, signed zeros). */
export type Special = [string, number, number[], number][];
/** f(NaN) and f′(NaN) are NaN. */
export const nanRows = (f: string): Special => [
  [f, NaN, [], NaN],
  [`${f}Derivative`, NaN, [], NaN],
];

export function specialValueTests(rows: Special): void {
  describe('special values (Object.is)', () => {
    for (const [name, x, p, want] of rows) {
      it(`${name}(${[show(x), ...p].join(', ')}) is ${show(want)}`, () => {
        expect(Object.is(fn(name)(x, ...p), want), `got ${show(fn(name)(x, ...p))}`).toBe(true);
      });
    }
  });
}

/** ~2000 seeded float32 inputs: a grid, random values of every magnitude, tails and specials. */
function inputs(): Float32Array {
  const xs: number[] = [NaN, 0, -0, Infinity, -Infinity, MAX32, -MAX32, 1e-45, -1e-45, 1e-40, -1e-40, -1.2784645, -0.6392323, -4.2615485];
  for (let k = -400; k <= 400; k++) xs.push(k / 40);
  const rand = uniform(12345);
  for (let i = 0; i < 1200; i++) xs.push((rand() < 0.5 ? -1 : 1) * 10 ** (rand() * 80 - 42));
  return Float32Array.from(xs);
}

/** The array contract of the kernels of each [family, params]. */
export function kernelTests(families: [string, number[]][]): void {
  describe('the array contract', () => {
    const x = inputs();
    for (const [f, p] of families) {
      const label = `${f}(${['x', ...p].join(', ')})`;
      const kernels: [string, Fn][] = [
        [`${f}F32`, fn(f)],
        [`${f}DerivativeF32`, fn(`${f}Derivative`)],
      ];
      for (const [k, scalar] of kernels) {
        it(`${k} for ${label} returns out, leaves x untouched and is within 1 float32 ulp of fround(scalar) at ${x.length} inputs`, () => {
          const copy = x.slice();
          const out = new Float32Array(x.length);
          expect(kernel(k)(out, x, ...p)).toBe(out);
          expect(x).toEqual(copy);
          for (let i = 0; i < x.length; i++) {
            const want = Math.fround(scalar(x[i], ...p));
            expect(
              ulpDistance32(out[i], want) <= 1 && (want !== 0 || Object.is(out[i], want)),
              `${k}(${show(x[i])}) = ${show(out[i])}, want ${show(want)}`,
            ).toBe(true);
          }
        });
        it(`${k} for ${label} works in place, on partially overlapping views and on empty arrays`, () => {
          const ref = kernel(k)(new Float32Array(x.length), x, ...p);
          const inPlace = x.slice();
          expect(kernel(k)(inPlace, inPlace, ...p)).toEqual(ref);
          const buf = new Float32Array(x.length + 1);
          buf.set(x);
          const shifted = kernel(k)(buf.subarray(1), buf.subarray(0, x.length), ...p);
          expect(shifted).toEqual(ref);
          const empty = new Float32Array(0);
          expect(kernel(k)(empty, new Float32Array(0), ...p)).toBe(empty);
        });
      }
      it(`${f}BackwardF32 for ${label} is dy·f′(x) within 1 float32 ulp, also aliased and overlapping`, () => {
        const dy = Float32Array.from(x, (_, i) => ((i % 7) - 3) * 0.75);
        const dx = new Float32Array(x.length);
        expect(backward(`${f}BackwardF32`)(dx, dy, x, ...p)).toBe(dx);
        for (let i = 0; i < x.length; i++) {
          const exact = Math.fround(dy[i] * fn(`${f}Derivative`)(x[i], ...p));
          expect(ulpDistance32(dx[i], exact) <= 1, `dy = ${dy[i]}, x = ${show(x[i])}: ${show(dx[i])} vs ${show(exact)}`).toBe(true);
        }
        const want = dx.slice();
        const g = dy.slice();
        expect(backward(`${f}BackwardF32`)(g, g, x, ...p)).toEqual(want);
        const xx = x.slice();
        expect(backward(`${f}BackwardF32`)(xx, dy, xx, ...p)).toEqual(want);
        const buf = new Float32Array(x.length + 1);
        buf.set(x);
        expect(backward(`${f}BackwardF32`)(buf.subarray(1), dy, buf.subarray(0, x.length), ...p)).toEqual(want);
      });
      it(`${f} kernels reject bad arguments with TypeError / RangeError messages`, () => {
        const a = new Float32Array(2);
        expect(() => kernel(`${f}F32`)([0, 0] as unknown as Float32Array, a, ...p)).toThrow(
          new TypeError('out must be a Float32Array, got Array'),
        );
        expect(() => kernel(`${f}DerivativeF32`)(a, new Float64Array(2) as unknown as Float32Array, ...p)).toThrow(
          new TypeError('x must be a Float32Array, got Float64Array'),
        );
        expect(() => kernel(`${f}F32`)(new Float32Array(3), a, ...p)).toThrow(
          new RangeError('out and x must have the same length, got out.length = 3 and x.length = 2'),
        );
        expect(() => backward(`${f}BackwardF32`)(a, new Float32Array(1), a, ...p)).toThrow(RangeError);
      });
    }
  });
}

export const finite = fc.double({ min: -700, max: 700, noNaN: true });
export const moderate = fc.double({ min: -30, max: 30, noNaN: true });
export const close = (a: number, b: number, rel: number, abs = 0): boolean =>
  Math.abs(a - b) <= rel * Math.max(Math.abs(a), Math.abs(b)) + abs;
export const EPS = Number.EPSILON;

/** `${f}Derivative(x, …p)` against a central difference of f at x drawn from arb (|x| > 1e-3). */
export function centralDifferenceTest(f: string, p: number[], arb: fc.Arbitrary<number>): void {
  it(`${f}Derivative(x${p.map((v) => `, ${v}`).join('')}) agrees with a central difference of ${f}`, () => {
    fc.assert(
      fc.property(
        arb.filter((x) => Math.abs(x) > 1e-3),
        (x) => {
          const h = 1e-5 * Math.max(1, Math.abs(x));
          const cd = (fn(f)(x + h, ...p) - fn(f)(x - h, ...p)) / (2 * h);
          return close(fn(`${f}Derivative`)(x, ...p), cd, 1e-6, 1e-9);
        },
      ),
    );
  });
}

/** f(·, …p) is non-decreasing and f′ ≥ 0 over all doubles. */
export function monotoneTest(f: string, p: number[]): void {
  it(`${f} is non-decreasing and its derivative non-negative`, () => {
    fc.assert(
      fc.property(fc.double({ noNaN: true }), fc.double({ noNaN: true }), (a, b) => {
        const [lo, hi] = a <= b ? [a, b] : [b, a];
        return fn(f)(lo, ...p) <= fn(f)(hi, ...p) && fn(`${f}Derivative`)(a, ...p) >= 0;
      }),
    );
  });
}
