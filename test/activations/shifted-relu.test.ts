// shiftedRelu: max(x, −a) (default a = 1). Special values and kink conventions (Object.is),
// parameter errors, the Float32Array contract and properties of the mathematics; the shared
// machinery is test/helpers/piecewise.ts.
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
  monotone,
  N,
  run,
  specialValueTests,
  T,
} from '../helpers/piecewise.js';

specialValueTests([
  [
    'shiftedRelu',
    [],
    [
      [N, N],
      [0, 0],
      [-0, -0],
      [-1, -1],
      [-3, -1],
      [I, I],
      [-I, -1],
      [-T, -T],
      [H, H],
      [-H, -1],
      [-F, -1],
    ],
  ],
  [
    'shiftedRelu',
    [0],
    [
      [-0, 0],
      [0, 0],
      [-3, 0],
      [-I, 0],
      [-T, 0],
      [T, T],
    ],
  ],
  [
    'shiftedRelu',
    [2.5],
    [
      [-3, -2.5],
      [-2, -2],
      [-2.5, -2.5],
    ],
  ],
  [
    'shiftedReluDerivative',
    [],
    [
      [N, N],
      [-1, 0],
      [-0.999, 1],
      [-1.001, 0],
      [0, 1],
      [I, 1],
      [-I, 0],
    ],
  ],
  [
    'shiftedReluDerivative',
    [0],
    [
      [0, 0],
      [-0, 0],
      [T, 1],
    ],
  ],
]);

badParameterTests([
  ['shiftedRelu', [-1], /\ba\b.*-1/],
  ['shiftedRelu', [I], /\ba\b.*Infinity/],
]);

kernelTests([
  ['shiftedRelu', []],
  ['shiftedRelu', [0]],
]);
describe('shiftedRelu properties', () => {
  it('shiftedRelu(x, 0) = relu(x); shiftedRelu(x, a) = relu(x + a) − a where x + a and the difference are exact', () => {
    run(fc.property(finite, (x) => Object.is(api.shiftedRelu(x, 0), api.relu(x))));
    run(
      fc.property(fc.integer({ min: -(2 ** 30), max: 2 ** 30 }), fc.integer({ min: 0, max: 2 ** 20 }), (i, j) => {
        const x = i / 1024,
          a = j / 1024;
        return api.shiftedRelu(x, a) === api.relu(x + a) - a;
      }),
    );
  });
  it('shiftedRelu is monotone', () => {
    monotone((x) => api.shiftedRelu(x));
  });
  it('shiftedReluDerivative matches a central difference of shiftedRelu away from the kink', () => {
    centralDifference(api.shiftedRelu, api.shiftedReluDerivative, [], [-1]);
  });
});
