// The backward pass from the output against the backward pass from the input, on random x with
// y = fF32(x): they differ only by what rounding y to float32 did to the derivative. With
// δy = y − f(x) (f(x) the float64 scalar), each kernel within 1 float32 ulp of its exact value,
// and g the derivative written in y (docs/numerics.md, "Backward from the output"):
//
//   |fromOutput − fromInput| ≤ |dy|·max|g′|·(|δy| + 2⁻⁴⁸|y|) + ulp(fromOutput) + ulp(fromInput)
//
// (max|g′| over [y, f(x)]: each g′ below is monotone there, so the larger end; 2⁻⁴⁸|y| covers
// the float64 scalar's own 4 ulp). The piecewise-linear ones must agree bit for bit.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import * as api from '../src/index.js';

type Fn = (...a: unknown[]) => unknown;
const fn = (name: string) => (api as unknown as Record<string, Fn>)[name];

/** The spacing of float32 numbers at |v| (the least subnormal step below 2⁻¹²⁶). */
function ulp32(v: number): number {
  const a = Math.abs(v);
  if (a < 2 ** -126) return 2 ** -149;
  return 2 ** (Math.floor(Math.log2(a)) - 23) * (2 ** Math.floor(Math.log2(a)) > a ? 0.5 : 1);
}

/** |g′(y)|: the derivative of g(y) = f′(f⁻¹(y)) in y, from the formulas of g. */
const SLOPES: [string, number[], (y: number, p: number[]) => number][] = [
  ['sigmoid', [], (y) => Math.abs(1 - 2 * y)],
  ['tanh', [], (y) => Math.abs(2 * y)],
  ['elu', [], (y) => (y > 0 ? 0 : 1)],
  ['elu', [0.3], (y) => (y > 0 ? 0 : 1)],
  ['selu', [], (y) => (y > 0 ? 0 : 1)],
  ['celu', [2], (y, p) => (y > 0 ? 0 : 1 / p[0])],
  ['celu', [0.3], (y, p) => (y > 0 ? 0 : 1 / p[0])],
  ['softplus', [], (y) => Math.exp(-y)],
  ['softplus', [2.5], (y, p) => p[0] * Math.exp(-p[0] * y)],
];

const xArb = fc.oneof(
  fc.double({ min: -40, max: 40, noNaN: true }),
  fc.double({ min: -1e-3, max: 1e-3, noNaN: true }),
  fc.double({ min: -1e30, max: 1e30, noNaN: true }),
);
const dyArb = fc.double({ min: -1e3, max: 1e3, noNaN: true });

describe('backward from the output = backward from the input, up to y’s rounding', () => {
  it.each(SLOPES)('%s (parameters %j)', (name, p, slope) => {
    fc.assert(
      fc.property(fc.array(fc.tuple(xArb, dyArb), { minLength: 1, maxLength: 64 }), (pairs) => {
        const x = Float32Array.from(pairs, ([v]) => v);
        const dy = Float32Array.from(pairs, ([, d]) => d);
        const n = x.length;
        const y = fn(`${name}F32`)(new Float32Array(n), x, ...p) as Float32Array;
        const fromX = fn(`${name}BackwardF32`)(new Float32Array(n), dy, x, ...p) as Float32Array;
        const fromY = fn(`${name}BackwardFromOutputF32`)(new Float32Array(n), dy, y, ...p) as Float32Array;
        for (let i = 0; i < n; i++) {
          const fx = fn(name)(x[i], ...p) as number;
          const lipschitz = Math.max(slope(y[i], p), slope(fx, p));
          const bound = Math.abs(dy[i]) * lipschitz * (Math.abs(y[i] - fx) + 2 ** -48 * Math.abs(y[i])) + ulp32(fromX[i]) + ulp32(fromY[i]);
          if (!(Math.abs(fromY[i] - fromX[i]) <= bound))
            throw new Error(`x = ${x[i]}, dy = ${dy[i]}: from y ${fromY[i]}, from x ${fromX[i]}, bound ${bound}`);
        }
      }),
      { seed: 0x5eed, numRuns: 300 },
    );
  });

  it.each([
    ['relu', []],
    ['relu6', []],
    ['hardTanh', []],
    ['hardTanh', [-0.5, 2]],
    ['leakyRelu', []],
    ['leakyRelu', [0]],
    ['leakyRelu', [3]],
  ] as [string, number[]][])('%s (parameters %j): bit for bit, special values included', (name, p) => {
    const special = fc.constantFrom(0, -0, Infinity, -Infinity, NaN, 6, -1, 1, 2, -0.5, 1e-45);
    fc.assert(
      fc.property(fc.array(fc.tuple(fc.oneof(xArb, special), dyArb), { minLength: 1, maxLength: 64 }), (pairs) => {
        const x = Float32Array.from(pairs, ([v]) => v);
        const dy = Float32Array.from(pairs, ([, d]) => d);
        const n = x.length;
        const y = fn(`${name}F32`)(new Float32Array(n), x, ...p) as Float32Array;
        const fromX = fn(`${name}BackwardF32`)(new Float32Array(n), dy, x, ...p) as Float32Array;
        const fromY = fn(`${name}BackwardFromOutputF32`)(new Float32Array(n), dy, y, ...p) as Float32Array;
        for (let i = 0; i < n; i++) expect(Object.is(fromY[i], fromX[i]), `x = ${x[i]}`).toBe(true);
        for (let i = 0; i < n; i++)
          expect(Object.is(fn(`${name}DerivativeFromOutput`)(y[i], ...p), fn(`${name}Derivative`)(x[i], ...p))).toBe(true);
      }),
      { seed: 0x5eed, numRuns: 200 },
    );
  });
});
