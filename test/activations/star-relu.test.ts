// starRelu (src/activations/star-relu/star-relu.ts) against the spot values of its manifest entry
// (scripts/manifest): x, f(x) and f′(x) from an independent high-precision computation (decimal.js),
// never from the code under test. Float64 forms within 4 ulp, Float32Array kernels within 1
// float32 ulp of the exact value rounded to float32, signed zeros and NaN exactly. Then the
// identities with squaredRelu, the cancellation next to the zero √(−bias/scale) for random
// parameters, and the accumulated parameter gradients, all against decimal.js. The contract suite
// (test/contract-suite.test.ts) adds the array contract.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  squaredRelu,
  squaredReluDerivative,
  squaredReluF32,
  starRelu,
  starReluBackwardF32,
  starReluDerivative,
  starReluF32,
} from '../../src/index.js';
import { anyDouble, finite, float32In, normalOrZero, powerOfTwo } from '../arbitraries.js';
import { decimalClone, roundToFloat32, roundToFloat64, toDecimal } from '../fixtures/reference.mjs';
import { spotValueTests } from '../helpers/spot-values.js';
import { ulpDistance32, ulpDistance64 } from '../ulp.js';

const D = decimalClone(120);
const exact = (x: number, s: number, b: number) =>
  x > 0 ? D.mul(toDecimal(x).pow(2), toDecimal(s)).plus(toDecimal(b)) : new D(toDecimal(b));

describe('starRelu', () => {
  spotValueTests('starRelu');

  it('special values: bias for every x ≤ 0 (+0 for bias ±0), ±∞ at +∞ by the sign of scale, bias there for scale 0', () => {
    for (const x of [-0, 0, -1, -Infinity]) expect(starRelu(x, 2, -0.25)).toBe(-0.25);
    expect(Object.is(starRelu(-1, -3, -0), 0)).toBe(true);
    expect(starRelu(Infinity, -2, 1)).toBe(-Infinity);
    expect(starRelu(Infinity, 0, 1)).toBe(1);
    expect(Object.is(starReluDerivative(-1, -3, 1), 0)).toBe(true);
    expect(starReluDerivative(Infinity, 0, 1)).toBe(0);
    expect(Number.isNaN(starRelu(NaN)) && Number.isNaN(starReluDerivative(NaN))).toBe(true);
  });
});

describe('starRelu properties (fast-check)', () => {
  it('starRelu(x, 1, 0) is squaredRelu(x) and starReluDerivative(x, 1, 0) squaredReluDerivative(x), bit for bit', () => {
    fc.assert(
      fc.property(
        anyDouble,
        (x) => Object.is(starRelu(x, 1, 0), squaredRelu(x)) && Object.is(starReluDerivative(x, 1, 0), squaredReluDerivative(x)),
      ),
    );
  });

  it('a power-of-two scale scales squaredRelu exactly where x² is a normal double: starRelu(x, 2^k, 0) = 2^k·squaredRelu(x)', () => {
    fc.assert(fc.property(normalOrZero(1e-140, 1e100), powerOfTwo(-60, 60), (x, s) => starRelu(x, s, 0) === s * squaredRelu(x)));
  });

  it('starReluF32(out, x, 1, 0) is squaredReluF32 bit for bit', () => {
    fc.assert(
      fc.property(fc.float32Array({ maxLength: 40 }), (x) => {
        const a = starReluF32(new Float32Array(x.length), x, 1, 0);
        const b = squaredReluF32(new Float32Array(x.length), x);
        return a.every((v, i) => Object.is(v, b[i]));
      }),
    );
  });

  it('next to the zero √(−bias/scale) the scalar keeps 1 ulp and the kernel 1 float32 ulp (random scale, bias)', () => {
    const params = fc.tuple(finite(0.01, 100), finite(0.01, 100));
    fc.assert(
      fc.property(params, fc.integer({ min: -40, max: 40 }), ([s, c], k) => {
        const b = -c;
        const root = Math.sqrt(c / s);
        const x64 = root * (1 + k * 2 ** -52);
        const x32 = Math.fround(root * (1 + k * 2 ** -23));
        const got64 = starRelu(x64, s, b);
        const got32 = starReluF32(new Float32Array(1), Float32Array.of(x32), s, b)[0];
        return ulpDistance64(got64, roundToFloat64(exact(x64, s, b))) <= 1 && ulpDistance32(got32, roundToFloat32(exact(x32, s, b))) <= 1;
      }),
      { numRuns: 300 },
    );
  });
});

describe('starReluBackwardF32 paramGrads', () => {
  const n = 1000;
  const x = Float32Array.from({ length: n }, (_, i) => Math.fround(-6 + (12 * ((i * 7919) % n)) / n + 1e-3));
  const dy = Float32Array.from({ length: n }, (_, i) => Math.fround(Math.sin(i * 1.7)));
  // Σ dy·max(x, 0)² and Σ dy, exactly (decimal.js at the float32 values)
  let sumScale = new D(0);
  let sumBias = new D(0);
  for (let i = 0; i < n; i++) {
    if (x[i] > 0) sumScale = sumScale.plus(toDecimal(dy[i]).times(toDecimal(x[i]).pow(2)));
    sumBias = sumBias.plus(toDecimal(dy[i]));
  }
  const want = [roundToFloat32(sumScale), roundToFloat32(sumBias)];

  it('accumulates [Σ dy·max(x, 0)², Σ dy] within 1 float32 ulp of the exact sums, and dx is dy·starRelu′', () => {
    const g = new Float32Array(2);
    const dx = new Float32Array(n);
    expect(starReluBackwardF32(dx, dy, x, 0.8944, -0.4472, g)).toBe(dx);
    expect(ulpDistance32(g[0], want[0]), `${g[0]} vs ${want[0]}`).toBeLessThanOrEqual(1);
    expect(ulpDistance32(g[1], want[1]), `${g[1]} vs ${want[1]}`).toBeLessThanOrEqual(1);
    const plain = starReluBackwardF32(new Float32Array(n), dy, x);
    expect(dx).toEqual(plain);
    for (let i = 0; i < n; i++) expect(ulpDistance32(dx[i], Math.fround(dy[i] * starReluDerivative(x[i])))).toBeLessThanOrEqual(1);
  });

  it('adds to what paramGrads holds (a second call doubles it)', () => {
    const g = Float32Array.of(0.5, -2);
    starReluBackwardF32(new Float32Array(n), dy, x, 1, 0, g);
    expect(ulpDistance32(g[0], roundToFloat32(sumScale.plus(0.5)))).toBeLessThanOrEqual(1);
    expect(ulpDistance32(g[1], roundToFloat32(sumBias.minus(2)))).toBeLessThanOrEqual(1);
  });

  it('rejects a paramGrads of the wrong type or length, or sharing memory with dx, dy or x', () => {
    const run = (g: unknown) => () => starReluBackwardF32(new Float32Array(n), dy, x, 1, 0, g as Float32Array);
    expect(run(new Float64Array(2))).toThrow(TypeError);
    expect(run(new Float32Array(3))).toThrow(/paramGrads.length must be the number of parameters = 2, got 3/);
    const buf = new Float32Array(n + 2);
    expect(() => starReluBackwardF32(buf.subarray(0, n), dy, x, 1, 0, buf.subarray(n - 1, n + 1))).toThrow(
      /paramGrads must not share memory with dx/,
    );
  });

  it('float32 kernels agree with the scalar next to the zero for float32 inputs', () => {
    fc.assert(
      fc.property(float32In(0.69, 0.72), (v) => {
        const got = starReluF32(new Float32Array(1), Float32Array.of(v))[0];
        return ulpDistance32(got, roundToFloat32(exact(v, 0.8944, -0.4472))) <= 1;
      }),
    );
  });
});
