// shrink (src/activations/shrink/shrink.ts) against the spot values of its manifest entry
// (scripts/manifest): x, f(x) and f′(x) from an independent high-precision computation (decimal.js),
// never from the code under test. Float64 forms within 4 ulp, Float32Array kernels within 1
// float32 ulp of the exact value rounded to float32, signed zeros and NaN exactly. The contract
// suite (test/contract-suite.test.ts) adds the array contract once the maths is written.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  hardshrink,
  hardshrinkBackwardF32,
  hardshrinkDerivative,
  hardshrinkDerivativeF32,
  hardshrinkF32,
  shrink,
  shrinkBackwardF32,
  shrinkDerivative,
  shrinkDerivativeF32,
  shrinkF32,
  softshrink,
  softshrinkBackwardF32,
  softshrinkDerivative,
  softshrinkDerivativeF32,
  softshrinkF32,
} from '../../src/index.js';
import { anyX, lam } from '../helpers/kinked.js';
import { spotValueTests } from '../helpers/spot-values.js';

describe('shrink', () => {
  spotValueTests('shrink');
});

// ONNX Shrink's two special cases, bit for bit (Object.is: signed zeros too) in every form.
const x32 = fc.float32Array({ minLength: 0, maxLength: 64 });
const sameBits = (a: Float32Array, b: Float32Array): boolean => a.length === b.length && a.every((v, i) => Object.is(v, b[i]));
const biasOf = fc.double({ min: -1e6, max: 1e6, noNaN: true });

describe('shrink: softshrink and hardshrink are its special cases', () => {
  it('shrink(x, λ, λ) = softshrink(x, λ) and shrink(x, λ, 0) = hardshrink(x, λ), with their derivatives', () => {
    fc.assert(
      fc.property(anyX, lam, (x, l) => {
        return (
          Object.is(shrink(x, l, l), softshrink(x, l)) &&
          Object.is(shrink(x, l, 0), hardshrink(x, l)) &&
          Object.is(shrinkDerivative(x, l, l), softshrinkDerivative(x, l)) &&
          Object.is(shrinkDerivative(x, l, 0), hardshrinkDerivative(x, l))
        );
      }),
    );
  });

  it('the three kernels equal softshrink’s (bias = λ) and hardshrink’s (bias = 0) at float32 λ', () => {
    fc.assert(
      fc.property(x32, fc.float({ min: 0, max: 4, noNaN: true }), (x, l) => {
        const n = x.length;
        const dy = x.map((v) => v * 0.5 + 1);
        const run = (f: (o: Float32Array, x: Float32Array) => Float32Array): Float32Array => f(new Float32Array(n), x);
        const back = (f: (dx: Float32Array, dy: Float32Array, x: Float32Array) => Float32Array): Float32Array =>
          f(new Float32Array(n), dy, x);
        return (
          sameBits(
            run((o, v) => shrinkF32(o, v, l, l)),
            run((o, v) => softshrinkF32(o, v, l)),
          ) &&
          sameBits(
            run((o, v) => shrinkF32(o, v, l, 0)),
            run((o, v) => hardshrinkF32(o, v, l)),
          ) &&
          sameBits(
            run((o, v) => shrinkDerivativeF32(o, v, l, l)),
            run((o, v) => softshrinkDerivativeF32(o, v, l)),
          ) &&
          sameBits(
            run((o, v) => shrinkDerivativeF32(o, v, l, 0)),
            run((o, v) => hardshrinkDerivativeF32(o, v, l)),
          ) &&
          sameBits(
            back((d, g, v) => shrinkBackwardF32(d, g, v, l, l)),
            back((d, g, v) => softshrinkBackwardF32(d, g, v, l)),
          ) &&
          sameBits(
            back((d, g, v) => shrinkBackwardF32(d, g, v, l, 0)),
            back((d, g, v) => hardshrinkBackwardF32(d, g, v, l)),
          )
        );
      }),
    );
  });

  it('shrink(x, λ, b) = x − b above λ, x + b below −λ, +0 between (scalar and kernel, any finite bias)', () => {
    fc.assert(
      fc.property(anyX, lam, biasOf, (x, l, b) => {
        const want = x > l ? x - b : x < -l ? x + b : x === x ? 0 : NaN;
        return Object.is(shrink(x, l, b), want);
      }),
    );
    fc.assert(
      fc.property(x32, biasOf, (x, b) => {
        const got = shrinkF32(new Float32Array(x.length), x, 0.5, b);
        return x.every((v, i) => Object.is(got[i], Math.fround(v > 0.5 ? v - b : v < -0.5 ? v + b : v === v ? 0 : NaN)));
      }),
    );
  });

  it('a negative bias leaves +0 (not −0) inside [−λ, λ]', () => {
    const got = shrinkF32(new Float32Array(3), Float32Array.of(-0.25, -0, 0.25), 0.5, -2);
    expect([...got].map((v) => Object.is(v, 0))).toEqual([true, true, true]);
    expect(Object.is(shrink(-0.25, 0.5, -2), 0)).toBe(true);
  });
});
