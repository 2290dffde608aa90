// Error messages (issue "First contact you can trust"): one format, `<name> must be <what>, got
// <describe(value)>`, with the type and the value, quoted strings, and `undefined (missing)` for
// a forgotten argument. Each expected message is written out in full.
import { describe, expect, it } from 'vitest';
import {
  creluF32,
  elu,
  geluF32,
  glu,
  gluF32,
  heaviside,
  leakyRelu,
  logSumExpBackward,
  preluF32,
  relu,
  reluBackwardF32,
  reluF32,
  rreluF32,
  rreluSampleSlopes,
  softmax,
  swiglu,
  threshold,
} from '../src/index.js';

// ---- 7. error messages: `<name> must be <what>, got <type and value>`, `undefined (missing)` ------
describe('error messages show the type and the value, and say when an argument is missing', () => {
  const f4 = () => new Float32Array(4);
  const as = <T>(v: unknown) => v as T;
  const cases: [call: string, thunk: () => unknown, type: typeof TypeError | typeof RangeError, message: string][] = [
    [
      'geluF32(x) (out forgotten)',
      () => as<(o: Float32Array) => unknown>(geluF32)(f4()),
      TypeError,
      'x must be a Float32Array, got undefined (missing; out comes first: f(out, x))',
    ],
    [
      'reluBackwardF32(dx, dy) (x forgotten)',
      () => as<(a: Float32Array, b: Float32Array) => unknown>(reluBackwardF32)(f4(), f4()),
      TypeError,
      'x must be a Float32Array, got undefined (missing)',
    ],
    [
      'creluF32(out, x, "3")',
      () => creluF32(new Float32Array(12), new Float32Array(6), as<number>('3')),
      TypeError,
      'rowSize must be a positive integer, got string "3"',
    ],
    [
      'creluF32(out, x, 1.5)',
      () => creluF32(new Float32Array(12), new Float32Array(6), 1.5),
      RangeError,
      'rowSize must be a positive integer, got number 1.5',
    ],
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
    [
      'reluF32(out, function named() {})',
      () =>
        reluF32(
          f4(),
          as<Float32Array>(function named() {
            return 0;
          }),
        ),
      TypeError,
      'x must be a Float32Array, got function named',
    ],
    [
      'reluF32(out, () => 0)',
      () =>
        reluF32(
          f4(),
          as<Float32Array>(() => 0),
        ),
      TypeError,
      'x must be a Float32Array, got function ',
    ],
    [
      'reluF32(out, Float64Array)',
      () => reluF32(f4(), as<Float32Array>(new Float64Array(4))),
      TypeError,
      'x must be a Float32Array, got Float64Array',
    ],
    [
      'threshold(1, 0) (value forgotten)',
      () => as<(x: number, t: number) => unknown>(threshold)(1, 0),
      TypeError,
      'value must be a number, got undefined (missing)',
    ],
    ['glu("1", 0)', () => glu(as<number>('1'), 0), TypeError, 'a must be a number, got string "1"'],
    ['swiglu(1, "1")', () => swiglu(1, as<number>('1')), TypeError, 'b must be a number, got string "1"'],
    ['logSumExpBackward("1", [0])', () => logSumExpBackward(as<number>('1'), [0]), TypeError, 'dy must be a number, got string "1"'],
    [
      'rreluSampleSlopes(out, "1")',
      () => rreluSampleSlopes(f4(), as<number>('1')),
      TypeError,
      'seed must be an integer in [0, 4294967295], got string "1"',
    ],
    [
      'rreluSampleSlopes(out, -1)',
      () => rreluSampleSlopes(f4(), -1),
      RangeError,
      'seed must be an integer in [0, 4294967295], got number -1',
    ],
    // biome-ignore lint/suspicious/noSparseArray: the hole is the bad input under test
    ['softmax([1, , 3]) (a hole)', () => softmax(as<number[]>([1, , 3])), TypeError, 'x[1] must be a number, got undefined (missing)'],
    ['softmax(["1"])', () => softmax(as<number[]>(['1'])), TypeError, 'x[0] must be a number, got string "1"'],
    [
      'preluF32(out, x, Float32Array [0.1, NaN])',
      () => preluF32(f4(), f4(), Float32Array.of(0.1, NaN)),
      RangeError,
      'weight[1] must be finite, got number NaN',
    ],
    [
      'gluF32(out, x, 3)',
      () => gluF32(new Float32Array(3), new Float32Array(6), 3),
      RangeError,
      'rowSize must be even (a row splits into halves a | b), got number 3',
    ],
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
