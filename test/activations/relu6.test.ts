// relu6: min(max(x, 0), 6). Special values and kink conventions (Object.is), parameter errors, the
// Float32Array contract and properties of the mathematics; the shared machinery is
// test/helpers/piecewise.ts.
import fc from 'fast-check';
import { describe, it } from 'vitest';
import * as api from '../../src/index.js';
import { centralDifference, F, finite, H, I, kernelTests, monotone, N, relu, run, specialValueTests, T } from '../helpers/piecewise.js';

specialValueTests([
  [
    'relu6',
    [],
    [
      [N, N],
      [0, 0],
      [-0, 0],
      [I, 6],
      [-I, 0],
      [T, T],
      [-T, 0],
      [H, 6],
      [-H, 0],
      [F, 6],
      [-F, 0],
      [6, 6],
      [5.5, 5.5],
      [-1, 0],
    ],
  ],
  [
    'relu6Derivative',
    [],
    [
      [N, N],
      [0, 0],
      [-0, 0],
      [6, 0],
      [T, 1],
      [-T, 0],
      [5.999, 1],
      [6.001, 0],
      [I, 0],
      [-I, 0],
      [H, 0],
      [-F, 0],
    ],
  ],
]);

kernelTests([['relu6', []]]);
describe('relu6 properties', () => {
  it('relu6(x) = min(relu(x), 6) (exact)', () => {
    run(fc.property(finite, (x) => api.relu6(x) === Math.min(relu(x), 6)));
  });
  it('relu6 is monotone', () => {
    monotone(api.relu6);
  });
  it('relu6Derivative matches a central difference of relu6 away from the kinks', () => {
    centralDifference(api.relu6, api.relu6Derivative, [], [0, 6]);
  });
});
