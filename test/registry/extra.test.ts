// The registry-only functions (src/registry/extra.ts): identity, exponential and sparseSigmoid′.
// The Float32Array contract through test/helpers/kinked.ts (arrays, aliasing, overlap, errors,
// kernel = float64 scalar rounded within 1 ulp), and the scalars and eˣ's kernel against
// decimal.js: eˣ within 4 float64 ulp and its kernel within 1 float32 ulp of the exact value.
import { describe, expect, it } from 'vitest';
import { sparsePlusDerivative } from '../../src/index.js';
import * as extra from '../../src/registry/extra.js';
import { roundToFloat32, roundToFloat64, toDecimal } from '../fixtures/reference.mjs';
import { kernelTests, specialValueTests, X } from '../helpers/kinked.js';
import { ulpDistance32, ulpDistance64 } from '../ulp.js';

const fmt = (v: number): string => (Object.is(v, -0) ? '-0' : String(v));

describe('identity', () => {
  specialValueTests('identity', extra.identity, extra.identityDerivative, [
    [NaN, NaN, NaN],
    [0, 0, 1],
    [-0, -0, 1],
    [Infinity, Infinity, 1],
    [-Infinity, -Infinity, 1],
    [-2.5, -2.5, 1],
    [5e-324, 5e-324, 1],
  ]);
  kernelTests({
    name: 'identity',
    f: extra.identityF32,
    d: extra.identityDerivativeF32,
    b: extra.identityBackwardF32,
    s: extra.identity,
    ds: extra.identityDerivative,
    params: [[]],
    bad: [],
  });
  it('identityF32 copies bits, and identityBackwardF32 passes dy through (its zeros signed) except for a NaN x', () => {
    const x = Float32Array.of(-0, 0, NaN, -Infinity, 1.5);
    expect([...extra.identityF32(new Float32Array(5), x)].map(fmt)).toEqual(['-0', '0', 'NaN', '-Infinity', '1.5']);
    const dx = extra.identityBackwardF32(new Float32Array(5), Float32Array.of(-0, 2, 3, -0, 4), x);
    expect([...dx].map(fmt)).toEqual(['-0', '2', 'NaN', '-0', '4']);
  });
});

describe('exponential', () => {
  specialValueTests('exponential', extra.exponential, extra.exponentialDerivative, [
    [NaN, NaN, NaN],
    [0, 1, 1],
    [-0, 1, 1],
    [Infinity, Infinity, Infinity],
    [-Infinity, 0, 0],
    [710, Infinity, Infinity],
    [-746, 0, 0],
  ]);
  kernelTests({
    name: 'exponential',
    f: extra.exponentialF32,
    d: extra.exponentialDerivativeF32,
    b: extra.exponentialBackwardF32,
    s: extra.exponential,
    ds: extra.exponentialDerivative,
    params: [[]],
    bad: [],
  });

  // Every float32 input of the contract arrays with a finite, nonzero float32 eˣ (and a few
  // more: the float32 subnormal range, the overflow edge, the ±400 switch of the kernel).
  const xs = [...X, -103.9, -100, -87.5, -20, -1e-7, 1e-7, 0.5, 1, 10, 88.5, 88.72, 88.73, -399.5, 399.5].filter(
    (v) => Number.isFinite(v) && Math.abs(v) < 420,
  );
  const exact = (x: number) => toDecimal(x).exp();

  it(`exponential(x) is within 4 float64 ulp of e^x (decimal.js) at ${xs.length} inputs`, () => {
    const bad = xs.filter((x) => ulpDistance64(extra.exponential(x), roundToFloat64(exact(x))) > 4);
    expect(bad.map((x) => `${x}: ${extra.exponential(x)} vs ${roundToFloat64(exact(x))}`)).toEqual([]);
  });

  it('exponentialF32 and exponentialBackwardF32 (dy = 1) are within 1 float32 ulp of e^x (decimal.js)', () => {
    const x = Float32Array.from(xs);
    const got = extra.exponentialF32(new Float32Array(x.length), x);
    const back = extra.exponentialBackwardF32(new Float32Array(x.length), new Float32Array(x.length).fill(1), x);
    const bad: string[] = [];
    for (let i = 0; i < x.length; i++) {
      const want = roundToFloat32(exact(x[i]));
      if (ulpDistance32(got[i], want) > 1 || ulpDistance32(back[i], want) > 1) bad.push(`${x[i]}: ${got[i]}, ${back[i]} vs ${want}`);
    }
    expect(bad).toEqual([]);
  });

  it('the backward pass is the IEEE product dy·eˣ at the infinities: 0·e^∞ and ∞·e^{−∞} are NaN', () => {
    const dx = extra.exponentialBackwardF32(
      new Float32Array(4),
      Float32Array.of(0, Infinity, 1e-30, 2),
      Float32Array.of(Infinity, -Infinity, 100, -Infinity),
    );
    const want = roundToFloat32(toDecimal(Math.fround(1e-30)).times(exact(100)));
    expect([...dx].map(fmt).filter((_, i) => i !== 2)).toEqual(['NaN', 'NaN', '0']);
    expect(ulpDistance32(dx[2], want)).toBeLessThanOrEqual(1);
  });
});

describe('sparseSigmoid′', () => {
  specialValueTests('sparseSigmoid', sparsePlusDerivative, extra.sparseSigmoidDerivative, [
    [NaN, NaN, NaN],
    [0, 0.5, 0.5],
    [-0, 0.5, 0.5],
    [-1, 0, 0],
    [1, 1, 0],
    [-1 + 2 ** -52, 2 ** -53, 0.5],
    [1 - 2 ** -53, 1 - 2 ** -54, 0.5],
    [Infinity, 1, 0],
    [-Infinity, 0, 0],
    [-3, 0, 0],
    [3, 1, 0],
  ]);
  kernelTests({
    name: 'sparseSigmoid',
    // only the derivative forms are the registry's own; the forward kernel is sparsePlus′'s
    f: extra.sparseSigmoidDerivativeF32,
    d: extra.sparseSigmoidDerivativeF32,
    b: extra.sparseSigmoidBackwardF32,
    s: extra.sparseSigmoidDerivative,
    ds: extra.sparseSigmoidDerivative,
    params: [[]],
    bad: [],
  });
});
