// Regression tests for the issue "First contact you can trust": each block pins a contract that
// a defect broke, with expectations from the definitions (elu′(x) = 1 for x > 0, …), never from
// running the code.
import { runInNewContext } from 'node:vm';
import { describe, expect, it } from 'vitest';
import * as api from '../src/index.js';
import {
  creluF32, elu, eluBackwardF32, eluDerivative, eluDerivativeF32, geluF32, glu, gluF32, heaviside, leakyRelu, logSoftmax, logSoftmaxBackward, logSumExp, logSumExpBackward, maxout, maxoutDerivative,
  preluBackwardF32, preluF32, relu, reluBackwardF32, reluF32, softmax, softmaxBackward, swiglu, threshold,
  rrelu, rreluBackwardF32, rreluDerivative, rreluDerivativeF32, rreluF32, rreluSampleSlopes, sShapedReluBackwardF32, sShapedReluF32,
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

// ---- 4. Float32Array arguments are checked by their brand, not their prototype ----------------
describe('Float32Array checks: look-alikes are rejected, Float32Arrays of another realm accepted', () => {
  type Kernel = (...args: unknown[]) => unknown;
  const kernels = Object.entries(api).filter(([name, f]) => typeof f === 'function' && /F32$/.test(name)) as [string, Kernel][];
  const fake = (n: number): Float32Array => Object.create(Float32Array.prototype, { length: { value: n } }) as Float32Array;
  const OtherF32 = runInNewContext('Float32Array') as Float32ArrayConstructor;
  /** Required trailing arguments of the families that have them (the others use their defaults). */
  const extra = (name: string): unknown[] =>
    name.startsWith('maxout') ? [2] : name.startsWith('threshold') ? [0.5, -1] : name.startsWith('sShapedRelu') ? [{ tl: -1, al: 0.5, tr: 1, ar: 2 }] : [];
  const N = 8;
  const X = Float32Array.of(-3, -1, -0, 0, 0.25, 1, 2.5, 40);
  const G = Float32Array.of(1, -2, 0.5, 3, -1, 4, 2, -0.5, 1, 2, 3, 4, 5, 6, 7, 8);
  /** Same-realm arguments that the kernel accepts: x (and dy) of the lengths its layout needs. */
  function validArgs(name: string, f: Kernel): Float32Array[] {
    const backward = name.endsWith('BackwardF32');
    for (const m of [N, 2 * N, N / 2, 1]) {
      const arrays = backward ? [new Float32Array(N), G.slice(0, m), X.slice()] : [new Float32Array(m), X.slice()];
      try {
        f(...arrays, ...extra(name));
        return arrays;
      } catch {
        // another layout
      }
    }
    throw new Error(`no valid layout found for ${name}`);
  }
  it('the table covers the 117 kernels of src/index.ts', () => {
    expect(kernels.length).toBe(117);
  });
  for (const [name, f] of kernels) {
    const argNames = name.endsWith('BackwardF32') ? ['dx', 'dy', /softmax/i.test(name) ? 'y' : 'x'] : ['out', 'x'];
    it(`${name} throws a TypeError naming ${argNames.join(', ')} when it is an Object.create(Float32Array.prototype) look-alike`, () => {
      argNames.forEach((argName, k) => {
        const args: unknown[] = argNames.map(() => new Float32Array(N));
        args[k] = fake(N);
        expectError(() => f(...args, ...extra(name)), TypeError, new RegExp(`^${argName} must be a Float32Array`), /not a typed array/);
      });
    });
    it(`${name} gives the same bits for Float32Arrays of another realm (node:vm) as for its own`, () => {
      const own = validArgs(name, f);
      const want = own.map((a) => a.slice());
      f(...want, ...extra(name));
      const other = own.map((a) => new OtherF32(a));
      expect(other[0] instanceof Float32Array).toBe(false); // the case instanceof got wrong
      expect(f(...other, ...extra(name))).toBe(other[0]);
      other.forEach((a, k) => expect(same(Float32Array.from(a), want[k])).toEqual([]));
    });
  }
  it('rreluSampleSlopes rejects a look-alike out (TypeError) and writes nothing into it', () => {
    const out = fake(2);
    expectError(() => rreluSampleSlopes(out, 1), TypeError, /^out must be a Float32Array/);
    expect(Object.getOwnPropertyNames(out)).toEqual(['length']);
  });
  it('rreluSampleSlopes fills a Float32Array of another realm with the same slopes', () => {
    const other = new OtherF32(5);
    expect(rreluSampleSlopes(other, 42)).toBe(other);
    expect(same(Float32Array.from(other), rreluSampleSlopes(new Float32Array(5), 42))).toEqual([]);
  });
  it('preluF32 / preluBackwardF32 reject a look-alike weight or weightGrad with a TypeError naming it, and accept another realm', () => {
    const x = new Float32Array(4);
    expectError(() => preluF32(new Float32Array(4), x, fake(2)), TypeError, /^weight must be a Float32Array/, /not a typed array/);
    expectError(() => preluBackwardF32(new Float32Array(4), x, x, 0.25, 1, fake(1)), TypeError, /^weightGrad must be a Float32Array/);
    const w = new OtherF32([0.5, 0.25]);
    expect(same(preluF32(new Float32Array(4), Float32Array.of(-1, -1, -2, 2), w), Float32Array.of(-0.5, -0.25, -1, 2))).toEqual([]);
    const g = new OtherF32(2);
    preluBackwardF32(new Float32Array(4), Float32Array.of(1, 1, 1, 1), Float32Array.of(-1, -1, -2, 2), w, 1, g);
    expect(same(Float32Array.from(g), Float32Array.of(-3, -1))).toEqual([]); // Σ dy·min(x, 0) per channel
  });
  it('rrelu kernels reject look-alike slopes with a TypeError naming slopes (was a RangeError), and accept another realm', () => {
    const x = Float32Array.of(-2, -2);
    expectError(() => rreluF32(new Float32Array(2), x, 0, 1, fake(2)), TypeError, /^slopes must be a Float32Array/);
    expectError(() => rreluDerivativeF32(new Float32Array(2), x, 0, 1, fake(2)), TypeError, /^slopes must be a Float32Array/);
    expectError(() => rreluBackwardF32(new Float32Array(2), x, x, 0, 1, fake(2)), TypeError, /^slopes must be a Float32Array/);
    expect(same(rreluF32(new Float32Array(2), x, 0, 1, new OtherF32([0.25, 0.5])), Float32Array.of(-0.5, -1))).toEqual([]);
  });
  it('sShapedRelu kernels reject a look-alike parameter or gradient array with a TypeError naming it, and accept another realm', () => {
    const x = Float32Array.of(-3, 0, 3, 5);
    const p = { tl: -1, al: 0.5, tr: 1, ar: 2 };
    expectError(() => sShapedReluF32(new Float32Array(4), x, { ...p, al: fake(1) }), TypeError, /^params\.al must be a number or a Float32Array/, /not a typed array/);
    const grads = { tl: new Float32Array(1), al: new Float32Array(1), tr: new Float32Array(1), ar: fake(1) };
    expectError(() => sShapedReluBackwardF32(new Float32Array(4), x, x, p, 1, grads), TypeError, /^paramGrads\.ar must be a Float32Array/);
    // al = 0.5 per channel (one channel) from another realm: the left piece −1 + 0.5·(−3 + 1) = −2.
    expect(same(sShapedReluF32(new Float32Array(4), x, { ...p, al: new OtherF32([0.5]) }), Float32Array.of(-2, 0, 5, 9))).toEqual([]);
  });
});

// ---- 3. array-likes with an invalid length ------------------------------------------------------
describe('scalar forms taking an array-like reject an invalid length with a TypeError', () => {
  const as = <T>(v: unknown) => v as T;
  const calls: [name: string, arg: string, call: (v: ArrayLike<number>) => unknown][] = [
    ['maxout', 'values', (v) => maxout(v)],
    ['maxoutDerivative', 'values', (v) => maxoutDerivative(v)],
    ['softmax', 'x', (v) => softmax(v)],
    ['softmaxBackward', 'dy', (v) => softmaxBackward(v, [0.5, 0.5])],
    ['softmaxBackward', 'y', (v) => softmaxBackward([1, 0], v)],
    ['logSoftmax', 'x', (v) => logSoftmax(v)],
    ['logSoftmaxBackward', 'dy', (v) => logSoftmaxBackward(v, [-1, -1])],
    ['logSoftmaxBackward', 'y', (v) => logSoftmaxBackward([1, 0], v)],
    ['logSumExp', 'x', (v) => logSumExp(v)],
    ['logSumExpBackward', 'x', (v) => logSumExpBackward(1, v)],
  ];
  const BAD: [string, unknown][] = [
    ['-1', -1], ['NaN', NaN], ['1.5', 1.5], ['"2"', '2'], ['2**32', 2 ** 32], ['Infinity', Infinity], ['-Infinity', -Infinity],
    ['null', null], ['missing', undefined],
  ];
  for (const [name, arg, call] of calls) {
    for (const [label, length] of BAD) {
      it(`${name} with ${arg} = { 0: 1, length: ${label} } throws a TypeError naming ${arg} and the length`, () => {
        const value = length === undefined ? { 0: 1 } : { 0: 1, 1: 2, length };
        expectError(() => call(as<ArrayLike<number>>(value)), TypeError, new RegExp(`^${arg} must be an array-like of numbers`), /with length/);
      });
    }
    it(`${name} with ${arg} = { length: 2**32 - 1 } accepts the length and then rejects ${arg}[0] (TypeError)`, () => {
      expectError(() => call(as<ArrayLike<number>>({ length: 2 ** 32 - 1 })), TypeError, new RegExp(`^${arg}\\[0\\] must be a number, got undefined`));
    });
  }
  it('maxout({ length: -1 }) and maxout({ length: NaN }) throw instead of returning undefined', () => {
    expectError(() => maxout(as<ArrayLike<number>>({ length: -1 })), TypeError, /got Object with length number -1$/);
    expectError(() => maxout(as<ArrayLike<number>>({ length: NaN })), TypeError, /got Object with length number NaN$/);
  });
  it('maxout / softmax / logSumExp accept an array-like object and a typed array', () => {
    expect(maxout(as<ArrayLike<number>>({ 0: 1, 1: 3, 2: 2, length: 3 }))).toBe(3);
    expect(maxout(Int8Array.of(-1, 4, 2))).toBe(4);
    expect(softmax({ 0: 0, 1: 0, length: 2 })).toEqual([0.5, 0.5]);
    expect(logSumExp(Float64Array.of(0, 0))).toBe(Math.LN2);
  });
});

// ---- 5. rrelu's signed zeros: the IEEE product slope·x for x ≤ 0, as leakyRelu and PyTorch ----
describe('rrelu signed zeros: slope·x for x ≤ 0, so −0 stays −0 for every slope, 0 included', () => {
  const MEAN = (1 / 8 + 1 / 3) / 2;
  // [x, lower, upper, rrelu(x)]: −0·a = −0 and +0·a = +0 for a ≥ 0; x·0 = −0 for x < 0; the limit −0 at −∞ for a = 0.
  const ROWS: [number, number, number, number][] = [
    [-0, 0, 0, -0], [0, 0, 0, 0], [-0, 1 / 8, 1 / 3, -0], [0, 1 / 8, 1 / 3, 0], [-1, 0, 0, -0], [-Infinity, 0, 0, -0],
    [-0, 0.5, 0.5, -0], [-Infinity, 0.5, 0.5, -Infinity], [-2, 1 / 8, 1 / 3, -2 * MEAN],
  ];
  for (const [x, lower, upper, want] of ROWS) {
    it(`rrelu(${fmt(x)}, ${lower}, ${upper}) is ${fmt(want)} (Object.is), and rreluF32 gives Math.fround of it`, () => {
      expect(Object.is(rrelu(x, lower, upper), want)).toBe(true);
      const out = rreluF32(new Float32Array(1), Float32Array.of(x), lower, upper);
      expect(same(out, [Math.fround(want)])).toEqual([]);
    });
  }
  it('rreluF32 with per-element slopes of 0 gives −0 for −0, +0 for +0, −0 for x < 0 and at −Infinity', () => {
    const x = Float32Array.of(-0, 0, -3, -Infinity, 2);
    expect(same(rreluF32(new Float32Array(5), x, 0, 0.5, new Float32Array(5)), [-0, 0, -0, -0, 2])).toEqual([]);
  });
  it('rreluDerivative / rreluDerivativeF32 at ±0 are the slope (+0 for slope 0), rreluBackwardF32 the IEEE product dy·slope', () => {
    expect(Object.is(rreluDerivative(-0, 0, 0), 0)).toBe(true);
    expect(Object.is(rreluDerivative(0, 0, 0), 0)).toBe(true);
    expect(same(rreluDerivativeF32(new Float32Array(2), Float32Array.of(-0, 0), 0, 0), [0, 0])).toEqual([]);
    expect(same(rreluBackwardF32(new Float32Array(3), Float32Array.of(-1, 1, -2), Float32Array.of(-0, 0, -0), 0, 0), [-0, 0, -0])).toEqual([]);
  });
});
