// xielu (src/activations/xielu/) against the spot values of its manifest entry (scripts/manifest):
// x, f(x) and f′(x) from an independent high-precision computation (decimal.js), never from the
// code under test. Float64 forms within 4 ulp, Float32Array kernels within 1 float32 ulp of the
// exact value rounded to float32, signed zeros and NaN exactly. Then identities that follow from
// the definition, the zero of xielu′ at ln(1 − beta/alphaN) for random parameters, and the
// accumulated parameter gradients, all against decimal.js. The contract suite adds the array
// contract.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { softplus, xielu, xieluBackwardF32, xieluDerivative, xieluDerivativeF32, xieluF32 } from '../../src/index.js';
import { anyDouble, finite, float32In } from '../arbitraries.js';
import { decimalClone, roundToFloat32, roundToFloat64, toDecimal } from '../fixtures/reference.mjs';
import { spotValueTests } from '../helpers/spot-values.js';
import { ulpDistance32, ulpDistance64 } from '../ulp.js';

const D = decimalClone(80);
const d = (v: number) => new D(toDecimal(v));
/** xielu′ for x < eps, exactly: alphaN·(eˣ − 1) + beta. */
const slopeBelow = (x: number, an: number, beta: number) => d(an).times(d(x).exp().minus(1)).plus(d(beta));
/** ∂xielu/∂alphaN = e^min(x, eps) − 1 − x for x ≤ 0. */
const partialN = (x: number, eps: number) => (x < eps ? d(x) : d(eps)).exp().minus(1).minus(d(x));

describe('xielu', () => {
  spotValueTests('xielu');

  it('special values: the limits at ±∞, the jump alphaN·expm1(eps) at 0 (+0 for eps = 0), NaN', () => {
    expect(xielu(-Infinity)).toBe(Infinity);
    expect(xielu(-Infinity, 0.8, 0.4, 0.5)).toBe(-Infinity);
    expect(xielu(-Infinity, 0.8, 0.5, 0.5)).toBe(-0.5);
    expect(xieluDerivative(-Infinity)).toBe(0.5 - 0.8);
    expect(xielu(Infinity)).toBe(Infinity);
    expect(xielu(Infinity, 0, 0.8, -2)).toBe(-Infinity);
    expect(xieluDerivative(Infinity, 0, 0.8, 0.25)).toBe(0.25);
    expect(Object.is(xielu(-0, 0.8, -0.8, 0.5, 0), 0)).toBe(true);
    expect(Object.is(xieluF32(new Float32Array(1), Float32Array.of(-0), 0.8, -0.8, 0.5, 0)[0], 0)).toBe(true);
    expect(xielu(0)).toBe(xielu(-0));
    expect(Number.isNaN(xielu(NaN)) && Number.isNaN(xieluDerivative(NaN))).toBe(true);
  });

  it('takes the effective parameters: a Hugging Face checkpoint’s raw alpha_p, alpha_n convert through softplus', () => {
    // alphaP = softplus(alpha_p), alphaN = beta + softplus(alpha_n); at raw 0.3, −0.4 and x = −1, from decimal.js:
    const ap = softplus(0.3);
    const an = 0.5 + softplus(-0.4);
    const want = roundToFloat64(d(an).times(d(-1).exp().minus(1).plus(1)).minus(0.5));
    expect(ulpDistance64(xielu(-1, ap, an), want)).toBeLessThanOrEqual(4);
    expect(ulpDistance64(xielu(2, ap, an), roundToFloat64(d(ap).times(4).plus(1)))).toBeLessThanOrEqual(4);
  });
});

describe('xielu properties (fast-check)', () => {
  const param = finite(-4, 4);
  const eps = finite(-1e-3, 0);

  it('the positive branch depends on alphaP and beta only, the negative branch not on alphaP', () => {
    fc.assert(
      fc.property(finite(1e-300, 1e300), param, param, param, param, eps, eps, (x, ap, b, an1, an2, e1, e2) =>
        Object.is(xielu(x, ap, an1, b, e1), xielu(x, ap, an2, b, e2)),
      ),
    );
    fc.assert(
      fc.property(finite(-1e300, 0), param, param, param, param, eps, (x, ap1, ap2, an, b, e) =>
        Object.is(xielu(x, ap1, an, b, e), xielu(x, ap2, an, b, e)),
      ),
    );
  });

  it('alphaN = 0 leaves beta·x on the negative branch, correctly rounded, and alphaP = 0 on the positive one', () => {
    fc.assert(fc.property(finite(-1e300, -1e-300), param, eps, (x, b, e) => xielu(x, 1, 0, b, e) === b * x));
    fc.assert(fc.property(finite(1e-300, 1e300), param, (x, b) => xielu(x, 0, 1, b) === b * x));
  });

  it('between eps and 0 the slope is beta − alphaN, correctly rounded (the min does not move)', () => {
    fc.assert(
      fc.property(param, param, finite(-1, -1e-300), fc.double({ min: 0, max: 1, noNaN: true }), (an, b, e, t) => {
        const x = e * t;
        return (
          xieluDerivative(x, 0.8, an, b, e) === b - an &&
          xieluDerivativeF32(new Float32Array(1), Float32Array.of(0), 0.8, an, b, e)[0] === Math.fround(b - an)
        );
      }),
    );
  });

  it('next to the zero of xielu′ at ln(1 − beta/alphaN) the float64 slope keeps 4 ulp and the kernel 1 float32 ulp', () => {
    const ab = fc.tuple(finite(0.05, 4), finite(0.05, 0.95)).map(([an, r]) => [an, an * r] as const);
    fc.assert(
      fc.property(ab, fc.integer({ min: -64, max: 64 }), ([an, b], k) => {
        const root = Math.log1p(-b / an);
        const x64 = root + k * 2 ** -52 * Math.abs(root);
        const x32 = Math.fround(root + k * 2 ** -23 * Math.abs(root));
        const got64 = xieluDerivative(x64, 0.8, an, b, 0);
        const got32 = xieluDerivativeF32(new Float32Array(1), Float32Array.of(x32), 0.8, an, b, 0)[0];
        const want64 = roundToFloat64(slopeBelow(x64, an, b));
        const want32 = roundToFloat32(slopeBelow(x32, an, b));
        return !(x64 < 0 && x32 < 0) || (ulpDistance64(got64, want64) <= 4 && ulpDistance32(got32, want32) <= 1);
      }),
      { numRuns: 300 },
    );
  });

  it('the kernels are within 1 float32 ulp of the exact value on the negative branch (random parameters)', () => {
    fc.assert(
      fc.property(float32In(-12, 0), finite(0.05, 4), finite(0.05, 2), (x, an, b) => {
        const got = xieluF32(new Float32Array(1), Float32Array.of(x), 0.8, an, b, 0)[0];
        const want = roundToFloat32(
          d(an)
            .times(partialN(x, 0))
            .plus(d(b).times(d(x))),
        );
        return ulpDistance32(got, want) <= 1;
      }),
      { numRuns: 300 },
    );
  });

  it('NaN in gives NaN out for every form', () => {
    fc.assert(
      fc.property(anyDouble, (x) => Number.isNaN(x) === Number.isNaN(xielu(x)) && Number.isNaN(x) === Number.isNaN(xieluDerivative(x))),
    );
  });
});

describe('xieluBackwardF32 paramGrads', () => {
  const n = 1000;
  const e = -1e-6;
  const x = Float32Array.from({ length: n }, (_, i) => Math.fround(-8 + (12 * ((i * 7919) % n)) / n + 1e-3));
  x[0] = Math.fround(e / 2); // between eps and 0
  const dy = Float32Array.from({ length: n }, (_, i) => Math.fround(0.25 + Math.abs(Math.sin(i * 1.7))));
  // Σ dy·x² (x > 0), Σ dy·(e^min(x, eps) − 1 − x) (x ≤ 0), Σ dy·x, exactly (decimal.js at the float32 values)
  const sums = [new D(0), new D(0), new D(0)];
  for (let i = 0; i < n; i++) {
    const t = d(dy[i]);
    if (x[i] > 0) sums[0] = sums[0].plus(t.times(d(x[i]).pow(2)));
    else sums[1] = sums[1].plus(t.times(partialN(x[i], e)));
    sums[2] = sums[2].plus(t.times(d(x[i])));
  }
  const want = sums.map((s) => roundToFloat32(s));

  it('accumulates [∂/∂alphaP, ∂/∂alphaN, ∂/∂beta] within 1 float32 ulp of the exact sums, and dx is dy·xielu′', () => {
    const g = new Float32Array(3);
    const dx = new Float32Array(n);
    expect(xieluBackwardF32(dx, dy, x, 0.8, 0.8, 0.5, e, g)).toBe(dx);
    for (let k = 0; k < 3; k++) expect(ulpDistance32(g[k], want[k]), `${k}: ${g[k]} vs ${want[k]}`).toBeLessThanOrEqual(1);
    expect(dx).toEqual(xieluBackwardF32(new Float32Array(n), dy, x));
    for (let i = 0; i < n; i++) expect(ulpDistance32(dx[i], Math.fround(dy[i] * xieluDerivative(x[i])))).toBeLessThanOrEqual(1);
  });

  it('adds to what paramGrads holds', () => {
    const g = Float32Array.of(1, 2, 3);
    xieluBackwardF32(new Float32Array(n), dy, x, 0.8, 0.8, 0.5, e, g);
    for (let k = 0; k < 3; k++) expect(ulpDistance32(g[k], roundToFloat32(sums[k].plus(k + 1)))).toBeLessThanOrEqual(1);
  });

  it('rejects a paramGrads of the wrong type or length, or sharing memory with dx, dy or x', () => {
    const run = (g: unknown) => () => xieluBackwardF32(new Float32Array(n), dy, x, 0.8, 0.8, 0.5, e, g as Float32Array);
    expect(run([0, 0, 0])).toThrow(TypeError);
    expect(run(new Float32Array(2))).toThrow(/paramGrads.length must be the number of parameters = 3, got 2/);
    expect(() => xieluBackwardF32(new Float32Array(n), dy, x, 0.8, 0.8, 0.5, e, dy.subarray(0, 3) as Float32Array)).toThrow(
      /paramGrads must not share memory with dy/,
    );
  });

  it('rejects eps > 0 and non-finite parameters, naming them', () => {
    expect(() => xielu(1, 0.8, 0.8, 0.5, 1e-3)).toThrow(/eps must be finite and <= 0, got number 0.001/);
    expect(() => xieluF32(new Float32Array(1), new Float32Array(1), Infinity)).toThrow(/alphaP must be finite, got number Infinity/);
  });
});
