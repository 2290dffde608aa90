// Element-wise group B (issue #8): selu, celu, logSigmoid, softsign, tanh, tanhshrink, swish.
// Special values and conventions (Object.is), the array contract of every kernel, and property
// tests of the mathematics. Accuracy against the decimal reference is test/accuracy.test.ts's job
// (fixtures from test/fixtures/registry/group-b.mjs).
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import * as api from '../src/index.js';
import { uniform } from './helpers/random.js';
import { ulpDistance32 } from './ulp.js';

type Fn = (x: number, ...p: number[]) => number;
type Kernel = (out: Float32Array, x: Float32Array, ...p: number[]) => Float32Array;
type Backward = (dx: Float32Array, dy: Float32Array, x: Float32Array, ...p: number[]) => Float32Array;
const lib = api as unknown as Record<string, unknown>;
const fn = (name: string): Fn => lib[name] as Fn;
const kernel = (name: string): Kernel => lib[name] as Kernel;
const backward = (name: string): Backward => lib[name] as Backward;

const LAMBDA = 1.0507009873554805;
const LAMBDA_ALPHA = 1.7580993408473768;
const MAX32 = 3.4028234663852886e38;
const show = (v: number): string => (Object.is(v, -0) ? '-0' : String(v));

// [call, x, params, expected]: exact expectations from the mathematics (limits, signed zeros).
const SPECIAL: [string, number, number[], number][] = [
  ...['selu', 'celu', 'logSigmoid', 'softsign', 'tanh', 'tanhshrink', 'swish'].flatMap((f): [string, number, number[], number][] => [
    [f, NaN, [], NaN],
    [`${f}Derivative`, NaN, [], NaN],
  ]),
  ['selu', 0, [], 0], ['selu', -0, [], -0], ['selu', Infinity, [], Infinity], ['selu', -Infinity, [], -LAMBDA_ALPHA],
  ['selu', 1e300, [], LAMBDA * 1e300], ['selu', -1e300, [], -LAMBDA_ALPHA], ['selu', 5e-324, [], 5e-324], ['selu', -1e-310, [], LAMBDA_ALPHA * -1e-310],
  ['seluDerivative', 0, [], LAMBDA_ALPHA], ['seluDerivative', -0, [], LAMBDA_ALPHA], ['seluDerivative', 5e-324, [], LAMBDA],
  ['seluDerivative', Infinity, [], LAMBDA], ['seluDerivative', -Infinity, [], 0], ['seluDerivative', -1e300, [], 0],
  ['celu', 0, [], 0], ['celu', -0, [], -0], ['celu', -0, [2], -0], ['celu', Infinity, [], Infinity], ['celu', -Infinity, [3], -3],
  ['celu', -1e300, [0.5], -0.5], ['celu', -1e-20, [], -1e-20], ['celu', -5e-324, [1e300], -5e-324], ['celu', 3.4e38, [2], 3.4e38],
  ['celuDerivative', 0, [], 1], ['celuDerivative', -0, [2], 1], ['celuDerivative', Infinity, [], 1], ['celuDerivative', -Infinity, [2], 0],
  ['celuDerivative', -1e300, [], 0], ['celuDerivative', -5e-324, [], 1],
  ['logSigmoid', 0, [], -Math.LN2], ['logSigmoid', -0, [], -Math.LN2], ['logSigmoid', -Infinity, [], -Infinity], ['logSigmoid', Infinity, [], -0],
  ['logSigmoid', -1000, [], -1000], ['logSigmoid', 1e300, [], -0], ['logSigmoid', -1e300, [], -1e300], ['logSigmoid', 800, [], -0],
  ['logSigmoid', 5e-324, [], -Math.LN2], ['logSigmoid', 3.4e38, [], -0], ['logSigmoid', -3.4e38, [], -3.4e38],
  ['logSigmoidDerivative', 0, [], 0.5], ['logSigmoidDerivative', -0, [], 0.5], ['logSigmoidDerivative', Infinity, [], 0],
  ['logSigmoidDerivative', -Infinity, [], 1], ['logSigmoidDerivative', 1e300, [], 0], ['logSigmoidDerivative', -1e300, [], 1],
  ['softsign', 0, [], 0], ['softsign', -0, [], -0], ['softsign', Infinity, [], 1], ['softsign', -Infinity, [], -1],
  ['softsign', 1e300, [], 1], ['softsign', -1e300, [], -1], ['softsign', 5e-324, [], 5e-324], ['softsign', -5e-324, [], -5e-324], ['softsign', 1, [], 0.5],
  ['softsignDerivative', 0, [], 1], ['softsignDerivative', -0, [], 1], ['softsignDerivative', Infinity, [], 0], ['softsignDerivative', -Infinity, [], 0],
  ['softsignDerivative', 1e300, [], 0], ['softsignDerivative', 1e155, [], 1e-310], ['softsignDerivative', -3, [], 1 / 16],
  ['tanh', 0, [], 0], ['tanh', -0, [], -0], ['tanh', Infinity, [], 1], ['tanh', -Infinity, [], -1], ['tanh', -1e300, [], -1], ['tanh', 5e-324, [], 5e-324],
  ['tanhDerivative', 0, [], 1], ['tanhDerivative', -0, [], 1], ['tanhDerivative', Infinity, [], 0], ['tanhDerivative', -Infinity, [], 0],
  ['tanhDerivative', 1e300, [], 0], ['tanhDerivative', -3.4e38, [], 0],
  ['tanhshrink', 0, [], 0], ['tanhshrink', -0, [], -0], ['tanhshrink', Infinity, [], Infinity], ['tanhshrink', -Infinity, [], -Infinity],
  ['tanhshrink', 1e300, [], 1e300], ['tanhshrink', -1e300, [], -1e300], ['tanhshrink', 5e-324, [], 0], ['tanhshrink', -5e-324, [], -0], ['tanhshrink', -1e-200, [], -0],
  ['tanhshrinkDerivative', 0, [], 0], ['tanhshrinkDerivative', -0, [], 0], ['tanhshrinkDerivative', Infinity, [], 1], ['tanhshrinkDerivative', -Infinity, [], 1],
  ['tanhshrinkDerivative', -5e-324, [], 0],
  ['swish', 0, [], 0], ['swish', -0, [], -0], ['swish', Infinity, [], Infinity], ['swish', -Infinity, [], -0], ['swish', -1e300, [], -0], ['swish', 1e300, [], 1e300],
  ['swish', -Infinity, [-2], -Infinity], ['swish', Infinity, [-2], 0], ['swish', Infinity, [0], Infinity], ['swish', -Infinity, [0], -Infinity], ['swish', 3, [0], 1.5],
  ['swishDerivative', 0, [], 0.5], ['swishDerivative', -0, [3], 0.5], ['swishDerivative', Infinity, [], 1], ['swishDerivative', -Infinity, [], -0],
  ['swishDerivative', Infinity, [-1], -0], ['swishDerivative', -1e300, [], -0], ['swishDerivative', Infinity, [0], 0.5], ['swishDerivative', NaN, [0], NaN],
];

describe('group B: special values (Object.is)', () => {
  for (const [name, x, p, want] of SPECIAL) {
    it(`${name}(${[show(x), ...p].join(', ')}) is ${show(want)}`, () => {
      expect(Object.is(fn(name)(x, ...p), want), `got ${show(fn(name)(x, ...p))}`).toBe(true);
    });
  }
});

describe('group B: conventions and tails', () => {
  it('selu′(0) is the correctly rounded λα = 1.7580993408473768 (PyTorch’s λ·α product gives 1.7580993408473766)', () => {
    expect(api.seluDerivative(0)).toBe(1.7580993408473768);
    expect(1.6732632423543772 * 1.0507009873554805).toBe(1.7580993408473766);
  });
  it('celu′(0) is 1 for every alpha (both one-sided slopes)', () => {
    for (const a of [0.1, 1, 7]) expect(api.celuDerivative(0, a)).toBe(1);
  });
  it('logSigmoid(40) keeps its digits: −e^{−40}(1 − e^{−40}/2)', () => {
    expect(api.logSigmoid(40)).toBe(-4.248354255291589e-18);
    expect(api.logSigmoidDerivative(40)).toBe(4.248354255291589e-18);
  });
  it('tanh′(20) is 4e^{−40}/(1 + e^{−40})², not 0', () => {
    expect(api.tanhDerivative(20)).toBe(1.6993417021166355e-17);
  });
  it('tanhshrink(1e−3) ≈ x³/3 − 2x⁵/15 + 17x⁷/315 to 1e−15 relative (no cancellation)', () => {
    const x = 1e-3;
    expect(Math.abs(api.tanhshrink(x) / (x ** 3 / 3 - (2 * x ** 5) / 15 + (17 * x ** 7) / 315) - 1)).toBeLessThan(1e-15);
  });
  it('softsign′(±Infinity) is 0 and softsign(±Infinity) is ±1 (PyTorch: NaN)', () => {
    expect([api.softsign(Infinity), api.softsign(-Infinity), api.softsignDerivative(-Infinity)]).toEqual([1, -1, 0]);
  });
  it('parameters out of the domain throw a RangeError naming them', () => {
    for (const a of [0, -1, Infinity, NaN]) expect(() => api.celu(1, a)).toThrow(new RangeError(`alpha must be finite and > 0, got number ${a}`));
    for (const b of [Infinity, -Infinity, NaN]) expect(() => api.swish(1, b)).toThrow(new RangeError(`beta must be finite, got number ${b}`));
    expect(() => api.celuF32(new Float32Array(1), new Float32Array(1), 0)).toThrow(RangeError);
    expect(() => api.swishBackwardF32(new Float32Array(1), new Float32Array(1), new Float32Array(1), NaN)).toThrow(RangeError);
    expect(() => api.tanh('1' as unknown as number)).toThrow(TypeError);
  });
});

// The array contract: [family, params] for every kernel triple.
const FAMILIES: [string, number[]][] = [
  ['selu', []], ['celu', []], ['celu', [0.3]], ['celu', [1e30]], ['logSigmoid', []], ['softsign', []], ['tanh', []], ['tanhshrink', []],
  ['swish', []], ['swish', [2]], ['swish', [0.3]], ['swish', [-1.5]], ['swish', [0]],
];

/** ~2000 seeded float32 inputs: a grid, random values of every magnitude, tails and specials. */
function inputs(): Float32Array {
  const xs: number[] = [NaN, 0, -0, Infinity, -Infinity, MAX32, -MAX32, 1e-45, -1e-45, 1e-40, -1e-40, -1.2784645, -0.6392323, -4.2615485];
  for (let k = -400; k <= 400; k++) xs.push(k / 40);
  const rand = uniform(12345);
  for (let i = 0; i < 1200; i++) xs.push((rand() < 0.5 ? -1 : 1) * 10 ** (rand() * 80 - 42));
  return Float32Array.from(xs);
}

describe('group B: the array contract', () => {
  const x = inputs();
  for (const [f, p] of FAMILIES) {
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
          expect(ulpDistance32(out[i], want) <= 1 && (want !== 0 || Object.is(out[i], want)), `${k}(${show(x[i])}) = ${show(out[i])}, want ${show(want)}`).toBe(true);
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
      expect(() => kernel(`${f}F32`)([0, 0] as unknown as Float32Array, a, ...p)).toThrow(new TypeError('out must be a Float32Array, got Array'));
      expect(() => kernel(`${f}DerivativeF32`)(a, new Float64Array(2) as unknown as Float32Array, ...p)).toThrow(new TypeError('x must be a Float32Array, got Float64Array'));
      expect(() => kernel(`${f}F32`)(new Float32Array(3), a, ...p)).toThrow(
        new RangeError('out and x must have the same length, got out.length = 3 and x.length = 2'),
      );
      expect(() => backward(`${f}BackwardF32`)(a, new Float32Array(1), a, ...p)).toThrow(RangeError);
    });
  }
});

const finite = fc.double({ min: -700, max: 700, noNaN: true });
const moderate = fc.double({ min: -30, max: 30, noNaN: true });
const close = (a: number, b: number, rel: number, abs = 0): boolean => Math.abs(a - b) <= rel * Math.max(Math.abs(a), Math.abs(b)) + abs;
const EPS = Number.EPSILON;

describe('group B: properties of the mathematics', () => {
  it('selu(x) = λ·elu(x, α) (α = 1.6732632423543772)', () => {
    fc.assert(fc.property(finite, (x) => close(api.selu(x), LAMBDA * api.elu(x, 1.6732632423543772), 4 * EPS, 4 * Number.MIN_VALUE)));
  });
  it('celu(x, 1) = elu(x, 1) and celu(x, α) = α·elu(x/α, 1)', () => {
    fc.assert(fc.property(finite, fc.double({ min: 0.05, max: 20, noNaN: true }), (x, a) =>
      Object.is(api.celu(x, 1), api.elu(x, 1)) && close(api.celu(x, a), a * api.elu(x / a, 1), 6 * EPS, 64 * Number.MIN_VALUE)));
  });
  it('logSigmoid(x) = −softplus(−x) and logSigmoid′(x) = sigmoid(−x)', () => {
    fc.assert(fc.property(finite, (x) => close(api.logSigmoid(x), -api.softplus(-x), 4 * EPS) && api.logSigmoidDerivative(x) === api.sigmoid(-x)));
  });
  it('tanh(x) = 2σ(2x) − 1 and tanh is odd', () => {
    fc.assert(fc.property(moderate, (x) => close(api.tanh(x), 2 * api.sigmoid(2 * x) - 1, 0, 4 * EPS) && Object.is(api.tanh(-x), -api.tanh(x))));
  });
  it('tanh′ = 1 − tanh² where that does not cancel (|x| < 1)', () => {
    fc.assert(fc.property(fc.double({ min: -1, max: 1, noNaN: true }), (x) => close(api.tanhDerivative(x), 1 - Math.tanh(x) ** 2, 8 * EPS)));
  });
  it('tanhshrink(x) = x − tanh(x) for |x| ≥ 2 (no cancellation there) and is odd', () => {
    fc.assert(fc.property(fc.double({ min: 2, max: 1e6, noNaN: true }), (x) => close(api.tanhshrink(x), x - Math.tanh(x), 4 * EPS) && Object.is(api.tanhshrink(-x), -api.tanhshrink(x))));
  });
  it('softsign is odd, in (−1, 1) for finite x, and increasing', () => {
    fc.assert(fc.property(fc.double({ noNaN: true, noDefaultInfinity: true }), fc.double({ noNaN: true, noDefaultInfinity: true }), (x, y) => {
      const s = api.softsign(x);
      return Object.is(api.softsign(-x), -s) && Math.abs(s) <= 1 && (Math.abs(x) < 1e15 ? Math.abs(s) < 1 : true) && (x <= y ? s <= api.softsign(y) : s >= api.softsign(y));
    }));
  });
  it('swish(x, 1) is silu(x) bit for bit', () => {
    fc.assert(fc.property(fc.double({ noNaN: false }), (x) => Object.is(api.swish(x), api.silu(x))));
  });
  it('swish(x, β) → relu(x) as β → ∞', () => {
    fc.assert(fc.property(fc.double({ min: -50, max: 50, noNaN: true }).filter((x) => Math.abs(x) > 1e-3), (x) =>
      Math.abs(api.swish(x, 1e6) - api.relu(x)) <= 1e-300 + Math.abs(x) * Math.exp(-1e3)));
  });
  it('swish(x, β)/x = σ(βx) and swish′(x, β) = silu′(βx) for exact products βx', () => {
    fc.assert(fc.property(moderate, fc.constantFrom(0.5, 2, 4), (x, b) =>
      close(api.swish(x, b), x * api.sigmoid(b * x), 3 * EPS) && close(api.swishDerivative(x, b), api.siluDerivative(b * x), 0, 16 * EPS)));
  });
  const diffs: [string, number[], fc.Arbitrary<number>][] = [
    ['selu', [], fc.double({ min: -20, max: 20, noNaN: true })], ['celu', [0.7], fc.double({ min: -20, max: 20, noNaN: true })],
    ['logSigmoid', [], moderate], ['softsign', [], moderate], ['tanh', [], fc.double({ min: -8, max: 8, noNaN: true })],
    ['tanhshrink', [], fc.double({ min: -8, max: 8, noNaN: true })], ['swish', [1.7], moderate], ['swish', [-0.4], moderate],
  ];
  for (const [f, p, arb] of diffs) {
    it(`${f}Derivative(x${p.map((v) => `, ${v}`).join('')}) agrees with a central difference of ${f}`, () => {
      fc.assert(fc.property(arb.filter((x) => Math.abs(x) > 1e-3), (x) => {
        const h = 1e-5 * Math.max(1, Math.abs(x));
        const cd = (fn(f)(x + h, ...p) - fn(f)(x - h, ...p)) / (2 * h);
        return close(fn(`${f}Derivative`)(x, ...p), cd, 1e-6, 1e-9);
      }));
    });
  }
  const monotone: [string, number[]][] = [['selu', []], ['celu', [2]], ['logSigmoid', []], ['tanh', []], ['tanhshrink', []]];
  for (const [f, p] of monotone) {
    it(`${f} is non-decreasing and its derivative non-negative`, () => {
      fc.assert(fc.property(fc.double({ noNaN: true }), fc.double({ noNaN: true }), (a, b) => {
        const [lo, hi] = a <= b ? [a, b] : [b, a];
        return fn(f)(lo, ...p) <= fn(f)(hi, ...p) && fn(`${f}Derivative`)(a, ...p) >= 0;
      }));
    });
  }
});
