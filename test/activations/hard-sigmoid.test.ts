// hardSigmoid: clamp(alpha·x + beta, 0, 1) (default alpha = 1/6, beta = 1/2). Special values and
// kink conventions (Object.is), parameter errors, the Float32Array contract and properties of the
// mathematics; the shared machinery is test/helpers/piecewise.ts.
import fc from 'fast-check';
import { describe, it } from 'vitest';
import * as api from '../../src/index.js';
import {
  badParameterTests,
  centralDifference,
  F,
  H,
  I,
  kernelTests,
  monotone,
  N,
  run,
  specialValueTests,
  T,
} from '../helpers/piecewise.js';

const S6 = 1 / 6;
specialValueTests([
  [
    'hardSigmoid',
    [],
    [
      [N, N],
      [0, 0.5],
      [-0, 0.5],
      [-3, 0],
      [3, 1],
      [-4, 0],
      [4, 1],
      [1.5, 0.75],
      [I, 1],
      [-I, 0],
      [H, 1],
      [-H, 0],
      [F, 1],
      [-F, 0],
      [T, 0.5],
    ],
  ],
  [
    'hardSigmoid',
    [0.2, 0.5],
    [
      [N, N],
      [1, 0.7],
      [-2.5, 0],
      [2.5, 1],
      [-I, 0],
      [I, 1],
      [0, 0.5],
    ],
  ],
  [
    'hardSigmoid',
    [1, 0],
    [
      [-0, 0],
      [0, 0],
      [-T, 0],
      [T, T],
      [0.25, 0.25],
    ],
  ],
  [
    'hardSigmoidDerivative',
    [],
    [
      [N, N],
      [0, S6],
      [-3, 0],
      [3, 0],
      [-2.999, S6],
      [2.999, S6],
      [-3.001, 0],
      [I, 0],
      [-I, 0],
      [H, 0],
      [-F, 0],
    ],
  ],
  // the double 0.2 exceeds 0.2 by 1.1e-17, so 0.2·x + 0.5 is −2.8e−17 at −2.5 and 1 + 2.8e−17 at 2.5: both outside
  [
    'hardSigmoidDerivative',
    [0.2, 0.5],
    [
      [0, 0.2],
      [-2.5, 0],
      [2.5, 0],
      [-2.4999999999999996, 0.2],
      [-2.6, 0],
      [N, N],
    ],
  ],
]);

badParameterTests([
  ['hardSigmoid', [0, 0.5], /alpha.*0/],
  ['hardSigmoid', [-1, 0.5], /alpha.*-1/],
  ['hardSigmoid', [I, 0.5], /alpha/],
  ['hardSigmoid', [0.2, NaN], /beta.*NaN/],
]);

kernelTests([
  ['hardSigmoid', []],
  ['hardSigmoid', [0.2, 0.5]],
  ['hardSigmoid', [3, -1]],
]);
describe('hardSigmoid properties', () => {
  it('hardSigmoid(x) = relu6(x + 3)/6 for the default (x + 3 exact for |x| ≤ 2^40 on a 2^-12 grid)', () => {
    run(
      fc.property(fc.integer({ min: -(2 ** 20), max: 2 ** 20 }), (k) => {
        const x = k / 4096;
        return api.hardSigmoid(x) === api.relu6(x + 3) / 6;
      }),
    );
  });
  it('hardSigmoid is monotone (default and alpha = 0.2)', () => {
    monotone((x) => api.hardSigmoid(x));
    monotone((x) => api.hardSigmoid(x, 0.2));
  });
  it('hardSigmoidDerivative matches a central difference of hardSigmoid away from the kinks', () => {
    centralDifference(api.hardSigmoid, api.hardSigmoidDerivative, [], [-3, 3]);
    centralDifference(api.hardSigmoid, api.hardSigmoidDerivative, [0.2, 0.5], [-2.5, 2.5]);
  });
});
