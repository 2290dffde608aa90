// hardTanh: x clamped to [minVal, maxVal] (default [−1, 1]). Special values and kink conventions
// (Object.is), parameter errors, the Float32Array contract and properties of the mathematics; the
// shared machinery is test/helpers/piecewise.ts.
import fc from 'fast-check';
import { describe, it } from 'vitest';
import * as api from '../../src/index.js';
import {
  badParameterTests,
  centralDifference,
  F,
  finite,
  H,
  I,
  kernelTests,
  mid,
  monotone,
  N,
  run,
  specialValueTests,
  T,
} from '../helpers/piecewise.js';

specialValueTests([
  [
    'hardTanh',
    [],
    [
      [N, N],
      [0, 0],
      [-0, -0],
      [I, 1],
      [-I, -1],
      [T, T],
      [-T, -T],
      [H, 1],
      [-H, -1],
      [F, 1],
      [-F, -1],
      [1, 1],
      [-1, -1],
      [0.5, 0.5],
    ],
  ],
  [
    'hardTanh',
    [0, 6],
    [
      [-0, 0],
      [0, 0],
      [-5, 0],
      [7, 6],
      [-T, 0],
    ],
  ],
  [
    'hardTanh',
    [-2, -0],
    [
      [-0, 0],
      [0, 0],
      [5, 0],
      [-3, -2],
      [-1, -1],
    ],
  ],
  [
    'hardTanh',
    [2, 2],
    [
      [1, 2],
      [3, 2],
      [2, 2],
      [N, N],
    ],
  ],
  [
    'hardTanhDerivative',
    [],
    [
      [N, N],
      [0, 1],
      [-0, 1],
      [1, 0],
      [-1, 0],
      [0.999, 1],
      [-0.999, 1],
      [I, 0],
      [-I, 0],
      [T, 1],
      [H, 0],
      [-F, 0],
    ],
  ],
  [
    'hardTanhDerivative',
    [2, 2],
    [
      [2, 0],
      [1, 0],
      [3, 0],
      [N, N],
    ],
  ],
]);

badParameterTests([
  ['hardTanh', [2, 1], /minVal.*maxVal.*2.*1/],
  ['hardTanh', [NaN, 1], /minVal.*NaN/],
  ['hardTanh', [-1, I], /maxVal.*Infinity/],
]);

kernelTests([
  ['hardTanh', []],
  ['hardTanh', [-0.3, 2.5]],
  ['hardTanh', [0, 6]],
]);
describe('hardTanh properties', () => {
  it('hardTanh(x, lo, hi) = min(max(x, lo), hi) (exact)', () => {
    run(
      fc.property(finite, mid, mid, (x, a, b) => {
        const lo = Math.min(a, b),
          hi = Math.max(a, b);
        return api.hardTanh(x, lo, hi) === Math.min(Math.max(x, lo), hi);
      }),
    );
  });
  it('hardTanh is monotone', () => {
    monotone((x) => api.hardTanh(x));
  });
  it('hardTanhDerivative matches a central difference of hardTanh away from the kinks', () => {
    centralDifference(api.hardTanh, api.hardTanhDerivative, [], [-1, 1]);
  });
});
