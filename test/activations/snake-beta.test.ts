// snakeBeta: x + sin²(αx)/β (BigVGAN's SnakeBeta). Special values (Object.is), the array
// contract of its kernels (test/helpers/smooth.ts), properties of the mathematics (fast-check),
// the per-channel and logScale array forms, and both parameter gradients against decimal.js.
// Accuracy against the registry fixtures (test/fixtures/registry/group-e.mjs) is
// test/accuracy.test.ts's job.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import * as api from '../../src/index.js';
import { toDecimal } from '../fixtures/reference.mjs';
import { close, kernelTests, nanRows, specialValueTests } from '../helpers/smooth.js';
import { gradientSum, snakeReference } from '../helpers/snake.js';
import { ulpDistance32, ulpDistance64 } from '../ulp.js';

specialValueTests([
  ...nanRows('snakeBeta'),
  ['snakeBeta', 0, [], 0],
  ['snakeBeta', -0, [2, 0.5], -0],
  ['snakeBeta', -0, [2, -0.5], -0],
  ['snakeBeta', Infinity, [2, 0.5], Infinity],
  ['snakeBeta', -Infinity, [2, -0.5], -Infinity],
  ['snakeBeta', 3, [0, 0.5], 3],
  ['snakeBetaDerivative', 0, [2, 0.5], 1],
  ['snakeBetaDerivative', Infinity, [2, 0.5], NaN],
  ['snakeBetaDerivative', Infinity, [0, 0.5], 1],
  ['snakeBetaDerivative', NaN, [0, 0.5], NaN],
]);

describe('snakeBeta: parameters and errors', () => {
  it('beta = 0, NaN or ±Infinity and a non-finite alpha throw a RangeError naming them', () => {
    for (const b of [0, -0, NaN, Infinity]) {
      expect(() => api.snakeBeta(1, 1, b)).toThrow(new RangeError(`beta must be finite and nonzero, got number ${b}`));
    }
    expect(() => api.snakeBeta(1, NaN)).toThrow(new RangeError('alpha must be finite, got number NaN'));
  });
  it('array forms check per-channel lengths, logScale and paramGrads', () => {
    const x = new Float32Array(4);
    const out = new Float32Array(4);
    expect(() => api.snakeBetaF32(out, x, Float32Array.of(1, 2), Float32Array.of(1, 2, 3, 4), 1)).toThrow(
      new RangeError('alpha.length and beta.length must be equal, got alpha.length = 2 and beta.length = 4'),
    );
    expect(() => api.snakeBetaF32(out, x, 1, Float32Array.of(1, -0), 2)).toThrow(
      new RangeError('beta[1] must be finite and nonzero, got number 0'),
    );
    expect(() => api.snakeBetaF32(out, x, 1, -800, 1, true)).toThrow(
      new RangeError('exp(beta) must be positive and finite under logScale, got number -800'),
    );
    const g = new Float32Array(2);
    expect(() => api.snakeBetaBackwardF32(out, x, x, 1, 1, 1, { alpha: g.subarray(0, 1), beta: g.subarray(0, 1) })).toThrow(
      new RangeError('paramGrads.alpha must not share memory with paramGrads.beta'),
    );
    expect(() => api.snakeBetaBackwardF32(out, x, x, 1, 1, 1, { alpha: new Float32Array(1) } as never)).toThrow(
      new TypeError('paramGrads.beta must be a Float32Array, got undefined (missing)'),
    );
  });
});

kernelTests([
  ['snakeBeta', []],
  ['snakeBeta', [2, 0.5]],
  ['snakeBeta', [0.9, -2]],
  ['snakeBeta', [0, 3]],
  ['snakeBeta', [25, 0.01]],
]);

describe('snakeBeta: properties of the mathematics', () => {
  const x = fc.double({ min: -20, max: 20, noNaN: true });
  it('snakeBeta(x) ≥ x for β > 0 and ≤ x for β < 0', () => {
    fc.assert(
      fc.property(
        fc.double({ noNaN: true, noDefaultInfinity: true }),
        fc.double({ min: -50, max: 50, noNaN: true }),
        fc.double({ min: 1e-3, max: 1e3, noNaN: true }),
        (v, a, b) => api.snakeBeta(v, a, b) >= v && api.snakeBeta(v, a, -b) <= v,
      ),
    );
  });
  it('snakeBeta′ agrees with a central difference of snakeBeta (h = 2^−20)', () => {
    fc.assert(
      fc.property(fc.double({ min: -8, max: 8, noNaN: true }), fc.constantFrom([2, 0.5], [0.9, -2], [1.7, 1.7]), (v, [a, b]) => {
        const h = 2 ** -20;
        const cd = (api.snakeBeta(v + h, a, b) - api.snakeBeta(v - h, a, b)) / (2 * h);
        return close(api.snakeBetaDerivative(v, a, b), cd, 0, 1e-7);
      }),
    );
  });
  it('∂/∂α = x·sin(2αx)/β and ∂/∂β = −sin²(αx)/β² agree with central differences in α and β', () => {
    fc.assert(
      fc.property(x, fc.double({ min: 0.2, max: 4, noNaN: true }), fc.double({ min: 0.2, max: 4, noNaN: true }), (v, a, b) => {
        const p = { a: 2 ** -24 * a, b: 2 ** -24 * b };
        const da = (api.snakeBeta(v, a + p.a, b) - api.snakeBeta(v, a - p.a, b)) / (2 * p.a);
        const db = (api.snakeBeta(v, a, b + p.b) - api.snakeBeta(v, a, b - p.b)) / (2 * p.b);
        const s = Math.sin(a * v);
        return close(da, (v * Math.sin(2 * a * v)) / b, 1e-5, 1e-5 * (1 + Math.abs(v))) && close(db, (-s * s) / (b * b), 1e-5, 1e-6);
      }),
    );
  });
  // The doubles either side of a simple root of f = x + 2·sin²(2x) or f′ = 1 + 4·sin(4x) (α = 2,
  // β = 0.5), bisected with the scalar itself between the bracket's ends, whose signs differ.
  const neighbours = (g: (v: number) => number, lo: number, hi: number): number[] => {
    const up = g(hi) > 0;
    for (let i = 0; i < 70; i++) {
      const m = (lo + hi) / 2;
      if (m === lo || m === hi) break;
      if (g(m) > 0 === up) hi = m;
      else lo = m;
    }
    return [lo, hi];
  };
  const slopeRoots = (): number[] =>
    [
      [-0.07, -0.06],
      [0.84, 0.86],
    ].flatMap(([lo, hi]) => neighbours((v) => api.snakeBetaDerivative(v, 2, 0.5), lo, hi));
  const valueRoots = (): number[] =>
    [
      [-0.13, -0.125],
      [-1.15, -1.13],
    ].flatMap(([lo, hi]) => neighbours((v) => api.snakeBeta(v, 2, 0.5), lo, hi));
  it('next to a simple root of f′ (sin 2αx = −β/α) the error is within 2^−102 of the terms (β − α) and α·2sin²', () => {
    for (const v of slopeRoots()) {
      const want = snakeReference.slope(toDecimal(v), toDecimal(2), toDecimal(0.5));
      const got = api.snakeBetaDerivative(v, 2, 0.5);
      expect(Math.sign(got), `x = ${v}`).toBe(want.s);
      expect(Math.abs(want.minus(toDecimal(got)).toNumber()), `x = ${v}`).toBeLessThanOrEqual((2 ** -102 * (1.5 + 2 * 2)) / 0.5);
    }
  });
  // There the double-double sums cancel below their 2^−100, and the result is taken again in
  // integers (internal/sin-squared-wide.ts): the doubles next to each root keep the 4-ulp contract.
  it('the doubles next to simple roots of snakeBeta and snakeBeta′ (α ≠ β) are within 4 ulp, with the right sign', () => {
    const cases = [
      ...valueRoots().map((v) => [v, api.snakeBeta(v, 2, 0.5), snakeReference.value(toDecimal(v), toDecimal(2), toDecimal(0.5))] as const),
      ...slopeRoots().map(
        (v) => [v, api.snakeBetaDerivative(v, 2, 0.5), snakeReference.slope(toDecimal(v), toDecimal(2), toDecimal(0.5))] as const,
      ),
    ];
    expect(cases).toHaveLength(8);
    for (const [v, got, want] of cases) {
      expect(Math.sign(got), `x = ${v}`).toBe(want.s);
      expect(ulpDistance64(got, Number(want)), `x = ${v}`).toBeLessThanOrEqual(4);
    }
  });
  it('so are roots where |αx| > 2^24 (α = 2^30, sin² from Math.sin otherwise) and x = −β, α = 1, cancelling to β²/3 of x', () => {
    for (const v of neighbours((u) => api.snakeBeta(u, 2 ** 30, 1), -0.6, -0.4)) {
      const want = snakeReference.value(toDecimal(v), toDecimal(2 ** 30), toDecimal(1));
      const got = api.snakeBeta(v, 2 ** 30, 1);
      expect(Math.sign(got), `x = ${v}`).toBe(want.s);
      expect(ulpDistance64(got, Number(want)), `x = ${v}`).toBeLessThanOrEqual(4);
    }
    // −β + sin²(β)/β = −β³/3·(1 − 2β²/15 + …): the series' next term is 2^−200 of the first here
    expect(api.snakeBeta(-(2 ** -100), 1, 2 ** -100)).toBe(-(2 ** -300) / 3);
    expect(api.snakeBeta(-(2 ** -400), 1, 2 ** -400)).toBe(-0); // −2^−1200/3 underflows
  });
});

describe('snakeBeta: per-channel and logScale array forms', () => {
  const x = Float32Array.from({ length: 18 }, (_, i) => (i - 8.5) * 0.41);
  const alpha = Float32Array.of(0.5, 2, -1.25);
  const beta = Float32Array.of(1, 0.25, -3);
  it('element i uses channel ⌊i / innerSize⌋ mod C of each array (a number applies to all)', () => {
    const out = api.snakeBetaF32(new Float32Array(18), x, alpha, beta, 3);
    const half = api.snakeBetaDerivativeF32(new Float32Array(18), x, alpha, 0.5, 3);
    for (let i = 0; i < 18; i++) {
      const c = Math.floor(i / 3) % 3;
      expect(out[i]).toBe(Math.fround(api.snakeBeta(x[i], alpha[c], beta[c])));
      expect(half[i]).toBe(Math.fround(api.snakeBetaDerivative(x[i], alpha[c], 0.5)));
    }
  });
  for (const logScale of [false, true]) {
    it(`paramGrads accumulate Σ dy·∂f/∂α and Σ dy·∂f/∂β per channel (decimal.js)${logScale ? ', under logScale times α and β' : ''}`, () => {
      const pa = logScale ? Float32Array.of(-0.5, 0.7, 0.1) : alpha;
      const pb = logScale ? Float32Array.of(0, -1.2, 1.1) : beta;
      const a = Array.from(pa, (v) => (logScale ? Math.exp(v) : v));
      const b = Array.from(pb, (v) => (logScale ? Math.exp(v) : v));
      const dy = Float32Array.from(x, (_, i) => ((i % 5) - 2) * 0.75);
      const g = { alpha: Float32Array.of(0.5, 0, 0), beta: new Float32Array(3) };
      const dx = api.snakeBetaBackwardF32(new Float32Array(18), dy, x, pa, pb, 3, g, logScale);
      for (let i = 0; i < 18; i++) {
        const c = Math.floor(i / 3) % 3;
        expect(ulpDistance32(dx[i], Math.fround(dy[i] * api.snakeBetaDerivative(x[i], a[c], b[c])))).toBeLessThanOrEqual(1);
      }
      for (let c = 0; c < 3; c++) {
        for (const param of ['alpha', 'beta'] as const) {
          const { sum, abs } = gradientSum('snakeBeta', x, dy, 3, 3, c, a[c], b[c], param);
          const scale = logScale ? (param === 'alpha' ? a[c] : b[c]) : 1;
          const want = sum * scale + (param === 'alpha' && c === 0 ? 0.5 : 0);
          expect(Math.abs(g[param][c] - want), `${param}[${c}]`).toBeLessThanOrEqual(Math.abs(want) * 2 ** -23 + abs * scale * 1e-12);
        }
      }
    });
  }
});
