// Regression tests for the issue "First contact you can trust": each block pins a contract that
// a defect broke, with expectations from the definitions (elu′(x) = 1 for x > 0, …), never from
// running the code.
import { describe, expect, it } from 'vitest';
import {
  creluF32, elu, eluBackwardF32, eluDerivative, eluDerivativeF32, geluF32, glu, gluF32, heaviside, leakyRelu, logSumExpBackward,
  preluF32, relu, reluBackwardF32, reluF32, softmax, swiglu, threshold,
  rrelu, rreluBackwardF32, rreluDerivative, rreluDerivativeF32, rreluF32, rreluSampleSlopes,
} from '../src/index.js';

const F32_MAX = 3.4028234663852886e38;
const F32_TINY = 1.401298464324817e-45;
const fmt = (v: number): string => (Object.is(v, -0) ? '-0' : String(v));
const same = (got: ArrayLike<number>, want: ArrayLike<number>): string[] => {
  const bad: string[] = [];
  for (let i = 0; i < Math.max(got.length, want.length); i++) {
    if (!Object.is(got[i], want[i])) bad.push(`[${i}] got ${fmt(got[i])}, want ${fmt(want[i])}`);
  }
  return bad;
};

/** Asserts that `thunk` throws a `type` whose message matches every pattern. */
function expectError(thunk: () => unknown, type: typeof TypeError | typeof RangeError, ...patterns: RegExp[]): void {
  let error: unknown;
  try {
    thunk();
  } catch (e) {
    error = e;
  }
  expect(error).toBeInstanceOf(type);
  for (const p of patterns) expect((error as Error).message).toMatch(p);
}

// ---- 1. elu′ = 1 for x > 0 whatever alpha ----------------------------------------------------
describe('eluDerivativeF32 / eluBackwardF32 for x > 0 and every valid alpha', () => {
  // Small and large positive x, in pairs that take the kernels' fast loop (|a| + |b| < 400) and
  // pairs that leave it (one of them ≥ 400 or +Infinity); an odd length leaves a last element alone.
  const X = Float32Array.of(F32_TINY, 1e-30, 0.5, 1, 3, 7, 150, 199, 500, 1e30, F32_MAX, Infinity, 2);
  const DY = Float32Array.of(1, -2.5, Infinity, -Infinity, 3e38, -0, 0, 7, -Infinity, Infinity, 1e-40, -3, 0.1);
  const ALPHAS = [0, 0.1, 1, 3.5, 2 ** 52, 2 ** 53, 2 ** 53 + 2, 2 ** 54, 2 ** 60, 1e20, 1e80, 1e81, 1e300, Number.MAX_VALUE];
  for (const alpha of ALPHAS) {
    it(`eluDerivativeF32 is 1 for x > 0 with alpha = ${alpha}`, () => {
      const out = eluDerivativeF32(new Float32Array(X.length), X, alpha);
      expect(same(out, new Float32Array(X.length).fill(1))).toEqual([]);
    });
    it(`eluBackwardF32 passes dy through unchanged (±Infinity, ±0 too) for x > 0 with alpha = ${alpha}`, () => {
      const dx = eluBackwardF32(new Float32Array(X.length), DY, X, alpha);
      expect(same(dx, DY)).toEqual([]);
    });
    it(`eluDerivative is 1 for x > 0 with alpha = ${alpha}`, () => {
      expect(same(Array.from(X, (x) => eluDerivative(x, alpha)), Array.from(X, () => 1))).toEqual([]);
    });
  }
  it('eluDerivativeF32 is 1 at x = 1 for 2000 alphas log-spaced from 1e-30 to 2**53 and just above', () => {
    const x = new Float32Array(2).fill(1);
    const bad: string[] = [];
    for (let k = 0; k <= 2000; k++) {
      const alpha = 1e-30 * (2 ** 53 / 1e-30) ** (k / 2000) * (k % 2 ? 1 : 1 + 2 ** -40);
      const out = eluDerivativeF32(new Float32Array(2), x, alpha);
      if (out[0] !== 1 || out[1] !== 1) bad.push(`alpha = ${alpha}: ${out[0]}`);
    }
    expect(bad.slice(0, 5)).toEqual([]);
  });
});

// ---- 2. rrelu with slopes at the top of the float32 range ---------------------------------------
describe('rrelu with huge bounds and slopes', () => {
  const MAX = Number.MAX_VALUE;
  const POS = Float32Array.of(F32_TINY, 0.5, 3, 1e30, F32_MAX, Infinity);
  const DY = Float32Array.of(1, -2, Infinity, -Infinity, -0, 0.25);
  it('rreluSampleSlopes with upper = 1e39 (beyond float32) throws a RangeError naming upper and 1e39', () => {
    expectError(() => rreluSampleSlopes(new Float32Array(8), 1, 0, 1e39), RangeError, /\bupper\b/, /1e\+39/);
    expectError(() => rreluSampleSlopes(new Float32Array(8), 1, 3.5e38, 3.5e38), RangeError, /\bupper\b/, /3\.5e\+38/);
  });
  it('rreluSampleSlopes with upper = the largest float32 stores finite slopes in [0, 3.4028234663852886e38]', () => {
    const s = rreluSampleSlopes(new Float32Array(256), 3, 0, F32_MAX);
    expect(Array.from(s).filter((v) => !(v >= 0 && v <= F32_MAX))).toEqual([]);
    expect(Array.from(rreluSampleSlopes(new Float32Array(4), 9, F32_MAX, F32_MAX))).toEqual([F32_MAX, F32_MAX, F32_MAX, F32_MAX]);
  });
  it('rrelu kernels reject an Infinity slope with a RangeError naming slopes[1] and Infinity, also for upper = 1e39', () => {
    const slopes = Float32Array.of(1, Infinity);
    const x = Float32Array.of(1, 1);
    expectError(() => rreluF32(new Float32Array(2), x, 0, 1e39, slopes), RangeError, /slopes\[1\]/, /Infinity/);
    expectError(() => rreluDerivativeF32(new Float32Array(2), x, 0, MAX, slopes), RangeError, /slopes\[1\]/, /Infinity/);
    expectError(() => rreluBackwardF32(new Float32Array(2), x, x, 0, MAX, slopes), RangeError, /slopes\[1\]/, /Infinity/);
  });
  it('rreluF32 / rreluDerivativeF32 / rreluBackwardF32 pass x > 0 through (slope 1) with slopes of 3.4028234663852886e38', () => {
    const slopes = new Float32Array(POS.length).fill(F32_MAX);
    expect(same(rreluF32(new Float32Array(POS.length), POS, 0, 1e39, slopes), POS)).toEqual([]);
    expect(same(rreluDerivativeF32(new Float32Array(POS.length), POS, 0, 1e39, slopes), new Float32Array(POS.length).fill(1))).toEqual([]);
    expect(same(rreluBackwardF32(new Float32Array(POS.length), DY, POS, 0, 1e39, slopes), DY)).toEqual([]);
  });
  it('rrelu kernels with lower = upper = MAX_VALUE (lower + upper overflows) pass x > 0 through and give slope·x below', () => {
    expect(same(rreluF32(new Float32Array(POS.length), POS, MAX, MAX), POS)).toEqual([]);
    expect(same(rreluDerivativeF32(new Float32Array(POS.length), POS, MAX, MAX), new Float32Array(POS.length).fill(1))).toEqual([]);
    expect(same(rreluBackwardF32(new Float32Array(POS.length), DY, POS, MAX, MAX), DY)).toEqual([]);
    // x ≤ 0: the slope MAX_VALUE times x, rounded to float32: −Infinity for x = −1, −0 for −0.
    const neg = Float32Array.of(-1, -0, -Infinity);
    expect(same(rreluF32(new Float32Array(3), neg, MAX, MAX), Float32Array.of(-Infinity, -0, -Infinity))).toEqual([]);
    expect(same(rreluDerivativeF32(new Float32Array(3), neg, MAX, MAX), Float32Array.of(Infinity, Infinity, Infinity))).toEqual([]);
  });
  it('rrelu(-1, MAX_VALUE, MAX_VALUE) is -MAX_VALUE and rreluDerivative(-1, MAX_VALUE, MAX_VALUE) is MAX_VALUE (the mean, no overflow)', () => {
    expect(rrelu(-1, MAX, MAX)).toBe(-MAX);
    expect(rreluDerivative(-1, MAX, MAX)).toBe(MAX);
    expect(rreluDerivative(-1, MAX / 2, MAX)).toBe(0.75 * MAX);
    expect(rrelu(2, MAX, MAX)).toBe(2);
  });
});

// ---- 7. error messages: `<name> must be <what>, got <type and value>`, `undefined (missing)` ------
describe('error messages show the type and the value, and say when an argument is missing', () => {
  const f4 = () => new Float32Array(4);
  const as = <T>(v: unknown) => v as T;
  const cases: [call: string, thunk: () => unknown, type: typeof TypeError | typeof RangeError, message: string][] = [
    ['geluF32(x) (out forgotten)', () => as<(o: Float32Array) => unknown>(geluF32)(f4()), TypeError,
      'x must be a Float32Array, got undefined (missing)'],
    ['reluBackwardF32(dx, dy) (x forgotten)', () => as<(a: Float32Array, b: Float32Array) => unknown>(reluBackwardF32)(f4(), f4()), TypeError,
      'x must be a Float32Array, got undefined (missing)'],
    ['creluF32(out, x, "3")', () => creluF32(new Float32Array(12), new Float32Array(6), as<number>('3')), TypeError,
      'rowSize must be a positive integer, got string "3"'],
    ['creluF32(out, x, 1.5)', () => creluF32(new Float32Array(12), new Float32Array(6), 1.5), RangeError,
      'rowSize must be a positive integer, got number 1.5'],
    ['relu("3")', () => relu(as<number>('3')), TypeError, 'x must be a number, got string "3"'],
    ['relu(null)', () => relu(as<number>(null)), TypeError, 'x must be a number, got null'],
    ['relu(true)', () => relu(as<number>(true)), TypeError, 'x must be a number, got boolean true'],
    ['relu(3n)', () => relu(as<number>(3n)), TypeError, 'x must be a number, got bigint 3'],
    ['relu(Symbol("s"))', () => relu(as<number>(Symbol('s'))), TypeError, 'x must be a number, got symbol Symbol(s)'],
    ['elu(1, [1])', () => elu(1, as<number>([1])), TypeError, 'alpha must be a number, got Array'],
    ['elu(1, {})', () => elu(1, as<number>({})), TypeError, 'alpha must be a number, got Object'],
    ['elu(1, Object.create(null))', () => elu(1, as<number>(Object.create(null))), TypeError, 'alpha must be a number, got object'],
    ['elu(1, NaN)', () => elu(1, NaN), RangeError, 'alpha must be finite and >= 0, got number NaN'],
    ['elu(1, -1)', () => elu(1, -1), RangeError, 'alpha must be finite and >= 0, got number -1'],
    ['reluF32(out, function named() {})', () => reluF32(f4(), as<Float32Array>(function named() { return 0; })), TypeError,
      'x must be a Float32Array, got function named'],
    ['reluF32(out, () => 0)', () => reluF32(f4(), as<Float32Array>(() => 0)), TypeError, 'x must be a Float32Array, got function '],
    ['reluF32(out, Float64Array)', () => reluF32(f4(), as<Float32Array>(new Float64Array(4))), TypeError,
      'x must be a Float32Array, got Float64Array'],
    ['threshold(1, 0) (value forgotten)', () => as<(x: number, t: number) => unknown>(threshold)(1, 0), TypeError,
      'value must be a number, got undefined (missing)'],
    ['glu("1", 0)', () => glu(as<number>('1'), 0), TypeError, 'a must be a number, got string "1"'],
    ['swiglu(1, "1")', () => swiglu(1, as<number>('1')), TypeError, 'b must be a number, got string "1"'],
    ['logSumExpBackward("1", [0])', () => logSumExpBackward(as<number>('1'), [0]), TypeError, 'dy must be a number, got string "1"'],
    ['rreluSampleSlopes(out, "1")', () => rreluSampleSlopes(f4(), as<number>('1')), TypeError,
      'seed must be an integer in [0, 4294967295], got string "1"'],
    ['rreluSampleSlopes(out, -1)', () => rreluSampleSlopes(f4(), -1), RangeError, 'seed must be an integer in [0, 4294967295], got number -1'],
    ['softmax([1, , 3]) (a hole)', () => softmax(as<number[]>([1, , 3])), TypeError, 'x[1] must be a number, got undefined (missing)'],
    ['softmax(["1"])', () => softmax(as<number[]>(['1'])), TypeError, 'x[0] must be a number, got string "1"'],
    ['preluF32(out, x, Float32Array [0.1, NaN])', () => preluF32(f4(), f4(), Float32Array.of(0.1, NaN)), RangeError,
      'weight[1] must be finite, got number NaN'],
    ['gluF32(out, x, 3)', () => gluF32(new Float32Array(3), new Float32Array(6), 3), RangeError,
      'rowSize must be even (a row splits into halves a | b), got number 3'],
    ['rreluF32(out, x, 0.5, 0.25)', () => rreluF32(f4(), f4(), 0.5, 0.25), RangeError, 'upper must be >= lower = 0.5, got number 0.25'],
    ['leakyRelu(-1, -0 as a string)', () => leakyRelu(-1, as<number>('-0')), TypeError, 'negativeSlope must be a number, got string "-0"'],
    ['heaviside(0, Infinity)', () => heaviside(0, Infinity), RangeError, 'valueAtZero must be finite, got number Infinity'],
  ];
  for (const [call, thunk, type, message] of cases) {
    it(`${call} throws a ${type.name}: ${message}`, () => {
      let error: unknown;
      try {
        thunk();
      } catch (e) {
        error = e;
      }
      expect(error).toBeInstanceOf(type);
      expect((error as Error).message).toBe(message);
    });
  }
});
