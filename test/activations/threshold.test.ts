// threshold: x where x > threshold, else value. Special values and kink conventions (Object.is),
// parameter errors, the Float32Array contract and properties of the mathematics; the shared
// machinery is test/helpers/piecewise.ts.
import fc from 'fast-check';
import { describe, it } from 'vitest';
import * as api from '../../src/index.js';
import {
  badParameterTests,
  centralDifference,
  finite,
  H,
  I,
  kernelTests,
  monotone,
  N,
  run,
  specialValueTests,
  T,
} from '../helpers/piecewise.js';

specialValueTests([
  [
    'threshold',
    [1, -1],
    [
      [N, N],
      [1, -1],
      [2, 2],
      [0, -1],
      [-0, -1],
      [I, I],
      [-I, -1],
      [H, H],
      [-H, -1],
    ],
  ],
  [
    'threshold',
    [-1, 7],
    [
      [-0, -0],
      [0, 0],
      [-1, 7],
      [-T, -T],
    ],
  ],
  [
    'threshold',
    [0, -I],
    [
      [0, -I],
      [-0, -I],
      [T, T],
      [N, N],
    ],
  ],
  [
    'threshold',
    [0, 0],
    [
      [-0, 0],
      [-5, 0],
      [5, 5],
      [-I, 0],
    ],
  ],
  [
    'thresholdDerivative',
    [1, -1],
    [
      [N, N],
      [1, 0],
      [2, 1],
      [0, 0],
      [I, 1],
      [-I, 0],
    ],
  ],
]);

badParameterTests([
  ['threshold', [NaN, 0], /threshold.*NaN/],
  ['threshold', [0, NaN], /value.*NaN/],
]);

kernelTests([
  ['threshold', [1, -1]],
  ['threshold', [0, -I]],
]);
describe('threshold properties', () => {
  it('threshold(x, 0, 0) = relu(x)', () => {
    run(fc.property(finite, (x) => Object.is(api.threshold(x, 0, 0), api.relu(x))));
  });
  it('threshold(·, t, v ≤ t) is monotone', () => {
    monotone((x) => api.threshold(x, 1, -1));
  });
  it('thresholdDerivative matches a central difference of threshold away from the kink', () => {
    centralDifference(api.threshold, api.thresholdDerivative, [1, -1], [1]);
  });
});
