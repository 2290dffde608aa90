// snake: x + sin²(αx)/α. Special values and conventions (Object.is), the array contract of its
// kernels (test/helpers/smooth.ts), properties of the mathematics (fast-check), the per-channel
// and logScale array forms, and the α gradient of the backward pass against decimal.js.
// Accuracy against the registry fixtures (test/fixtures/registry/group-e.mjs) is
// test/accuracy.test.ts's job.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import * as api from '../../src/index.js';
import { toDecimal } from '../fixtures/reference.mjs';
import { close, EPS, kernelTests, moderate, nanRows, specialValueTests } from '../helpers/smooth.js';
import { gradientSum, snakeReference } from '../helpers/snake.js';
import { ulpDistance32, ulpDistance64 } from '../ulp.js';

specialValueTests([
  ...nanRows('snake'),
  ['snake', 0, [], 0],
  ['snake', -0, [], -0],
  ['snake', -0, [-2], -0],
  ['snake', Infinity, [], Infinity],
  ['snake', -Infinity, [], -Infinity],
  ['snake', -Infinity, [-0.5], -Infinity],
  ['snake', 1e300, [], 1e300],
  ['snake', Math.PI, [], Math.PI],
  ['snakeDerivative', 0, [], 1],
  ['snakeDerivative', -0, [3], 1],
  ['snakeDerivative', Infinity, [], NaN],
  ['snakeDerivative', -Infinity, [2], NaN],
]);

describe('snake: parameters and errors', () => {
  it('alpha = 0, NaN or ±Infinity throws a RangeError naming it', () => {
    for (const a of [0, -0, NaN, Infinity, -Infinity]) {
      expect(() => api.snake(1, a)).toThrow(new RangeError(`alpha must be finite and nonzero, got number ${a}`));
      expect(() => api.snakeDerivativeF32(new Float32Array(1), new Float32Array(1), a)).toThrow(RangeError);
    }
    expect(() => api.snake(1, '2' as unknown as number)).toThrow(new TypeError('alpha must be a number, got string "2"'));
  });
  it('array forms check per-channel alpha, innerSize, logScale and alphaGrad', () => {
    const x = new Float32Array(4);
    expect(() => api.snakeF32(new Float32Array(4), x, Float32Array.of(1, 0), 2)).toThrow(
      new RangeError('alpha[1] must be finite and nonzero, got number 0'),
    );
    expect(() => api.snakeF32(new Float32Array(4), x, Float32Array.of(1, 2, 3), 1)).toThrow(RangeError);
    expect(() => api.snakeF32(new Float32Array(4), x, 800, 1, true)).toThrow(
      new RangeError('exp(alpha) must be positive and finite under logScale, got number 800'),
    );
    expect(() => api.snakeF32(new Float32Array(4), x, 1, 1, 1 as unknown as boolean)).toThrow(
      new TypeError('logScale must be a boolean, got number 1'),
    );
    const dx = new Float32Array(4);
    expect(() => api.snakeBackwardF32(dx, x, x, Float32Array.of(1, 2), 2, new Float32Array(1))).toThrow(
      new RangeError('alphaGrad.length must equal the number of channels 2, got 1'),
    );
    expect(() => api.snakeBackwardF32(dx, x, x, 1, 1, dx.subarray(0, 1))).toThrow(
      new RangeError('alphaGrad must not share memory with dx'),
    );
  });
});

kernelTests([
  ['snake', []],
  ['snake', [1.7]],
  ['snake', [-0.8]],
  ['snake', [40]],
  ['snake', [1e-3]],
]);

describe('snake: properties of the mathematics', () => {
  const alpha = fc.double({ min: 1e-3, max: 1e3, noNaN: true });
  it('snake(x) ≥ x for α > 0, and snake′ ≥ 0 for every α', () => {
    fc.assert(fc.property(fc.double({ noNaN: true, noDefaultInfinity: true }), alpha, (x, a) => api.snake(x, a) >= x));
    fc.assert(fc.property(fc.double({ noNaN: true, noDefaultInfinity: true }), alpha, (x, a) => api.snakeDerivative(x, -a) >= 0));
  });
  it('snake(x, −α) = x − sin²(αx)/α: negating α mirrors the bump', () => {
    fc.assert(fc.property(moderate, fc.constantFrom(0.5, 1, 2, 4), (x, a) => Object.is(api.snake(x, -a), -api.snake(-x, a))));
  });
  it('snake′(x) = 1 + sin(2αx) (exact products αx; an absolute tolerance, since 1 + sin cancels)', () => {
    fc.assert(
      fc.property(moderate, fc.constantFrom(0.25, 1, 2, 8), (x, a) =>
        close(api.snakeDerivative(x, a), 1 + Math.sin(2 * a * x), 0, 8 * EPS),
      ),
    );
  });
  it('snakeBeta(x, α, α) is snake(x, α) bit for bit, f and f′', () => {
    fc.assert(
      fc.property(
        fc.double({ noNaN: false }),
        fc.double({ min: -50, max: 50, noNaN: true }).filter((a) => a !== 0),
        (x, a) =>
          Object.is(api.snakeBeta(x, a, a), api.snake(x, a)) && Object.is(api.snakeBetaDerivative(x, a, a), api.snakeDerivative(x, a)),
      ),
    );
  });
  it('snake′ agrees with a central difference of snake (|x| ≤ 8, h = 2^−20: the oscillation needs a small step)', () => {
    fc.assert(
      fc.property(fc.double({ min: -8, max: 8, noNaN: true }), fc.constantFrom(1, 1.7, -0.8), (x, a) => {
        const h = 2 ** -20;
        const cd = (api.snake(x + h, a) - api.snake(x - h, a)) / (2 * h);
        return close(api.snakeDerivative(x, a), cd, 0, 1e-8);
      }),
    );
  });
  it('∂snake/∂α = x·sin(2αx)/α − sin²(αx)/α² agrees with a central difference of snake in α', () => {
    fc.assert(
      fc.property(fc.double({ min: -8, max: 8, noNaN: true }), fc.double({ min: 0.2, max: 4, noNaN: true }), (x, a) => {
        const h = 1e-6 * a;
        const cd = (api.snake(x, a + h) - api.snake(x, a - h)) / (2 * h);
        const exact = Number(snakeReference.dAlpha(toDecimal(x), toDecimal(a), toDecimal(a)));
        return close(cd, exact, 1e-6, 1e-8);
      }),
    );
  });
  it('beyond |αx| = 2^24 the value is that of the exact product, not of its rounding', () => {
    // α = 1.7 makes αx inexact in double; 1 + sin(2·fl(αx)) is then off by up to sin's slope times ulp(αx)
    for (const x of [1e8 + 0.25, 3.3e12, -7.1e15, 1e20, 1e300]) {
      const want = Number(snakeReference.slope(toDecimal(x), toDecimal(1.7), toDecimal(1.7)));
      expect(ulpDistance64(api.snakeDerivative(x, 1.7), want), `x = ${x}`).toBeLessThanOrEqual(4);
    }
  });
});

describe('snake: per-channel and logScale array forms', () => {
  const x = Float32Array.from({ length: 24 }, (_, i) => (i - 11.5) * 0.37);
  const alpha = Float32Array.of(0.5, 1.25, -2);
  it('element i uses alpha[⌊i / innerSize⌋ mod C]', () => {
    const out = api.snakeF32(new Float32Array(24), x, alpha, 4);
    const slope = api.snakeDerivativeF32(new Float32Array(24), x, alpha, 4);
    for (let i = 0; i < 24; i++) {
      const a = alpha[Math.floor(i / 4) % 3];
      expect(out[i]).toBe(Math.fround(api.snake(x[i], a)));
      expect(slope[i]).toBe(Math.fround(api.snakeDerivative(x[i], a)));
    }
  });
  it('logScale takes α = exp(alpha), and its gradient is α·∂/∂α', () => {
    const logs = Float32Array.of(-0.5, 0, 0.75);
    const exps = Array.from(logs, Math.exp);
    const out = api.snakeF32(new Float32Array(24), x, logs, 4, true);
    for (let i = 0; i < 24; i++) expect(out[i]).toBe(Math.fround(api.snake(x[i], exps[Math.floor(i / 4) % 3])));
    const dy = Float32Array.from(x, (_, i) => ((i % 5) - 2) * 0.5);
    const g = new Float32Array(3);
    api.snakeBackwardF32(new Float32Array(24), dy, x, logs, 4, g, true);
    for (let c = 0; c < 3; c++) {
      const { sum, abs } = gradientSum('snake', x, dy, 4, 3, c, exps[c], exps[c], 'alpha');
      const want = sum * exps[c];
      expect(Math.abs(g[c] - want), `channel ${c}`).toBeLessThanOrEqual(Math.abs(want) * 2 ** -23 + abs * exps[c] * 1e-12);
    }
  });
  it('alphaGrad accumulates Σ dy·∂snake/∂α per channel (decimal.js), added to what it holds', () => {
    const dy = Float32Array.from(x, (_, i) => ((i % 7) - 3) * 0.25);
    const g = Float32Array.of(1, 0, -1);
    const dx = api.snakeBackwardF32(new Float32Array(24), dy, x, alpha, 4, g);
    for (let i = 0; i < 24; i++) {
      expect(ulpDistance32(dx[i], Math.fround(dy[i] * api.snakeDerivative(x[i], alpha[Math.floor(i / 4) % 3])))).toBeLessThanOrEqual(1);
    }
    for (let c = 0; c < 3; c++) {
      const { sum, abs } = gradientSum('snake', x, dy, 4, 3, c, alpha[c], alpha[c], 'alpha');
      const want = sum + [1, 0, -1][c];
      expect(Math.abs(g[c] - want), `channel ${c}`).toBeLessThanOrEqual(Math.abs(want) * 2 ** -23 + abs * 1e-12);
    }
  });
});
