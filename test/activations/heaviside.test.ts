// heaviside: the unit step, valueAtZero at 0 (default 1/2). Special values and kink conventions
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
  monotone,
  N,
  run,
  specialValueTests,
  T,
} from '../helpers/piecewise.js';

specialValueTests([
  [
    'heaviside',
    [],
    [
      [N, N],
      [0, 0.5],
      [-0, 0.5],
      [T, 1],
      [-T, 0],
      [I, 1],
      [-I, 0],
      [H, 1],
      [-F, 0],
    ],
  ],
  [
    'heaviside',
    [0],
    [
      [0, 0],
      [-0, 0],
      [1, 1],
    ],
  ],
  [
    'heaviside',
    [1],
    [
      [0, 1],
      [-1, 0],
    ],
  ],
  [
    'heavisideDerivative',
    [],
    [
      [N, N],
      [0, 0],
      [-0, 0],
      [T, 0],
      [-1, 0],
      [I, 0],
      [-I, 0],
    ],
  ],
]);

badParameterTests([['heaviside', [I], /valueAtZero.*Infinity/]]);

kernelTests([
  ['heaviside', []],
  ['heaviside', [0]],
]);
describe('heaviside properties', () => {
  it('heaviside(x) = relu′(x) away from 0', () => {
    run(
      fc.property(
        finite.filter((x) => x !== 0),
        (x) => api.heaviside(x) === api.reluDerivative(x),
      ),
    );
  });
  it('heaviside is monotone', () => {
    monotone((x) => api.heaviside(x));
  });
  it('heavisideDerivative matches a central difference of heaviside away from 0', () => {
    centralDifference(api.heaviside, api.heavisideDerivative, [], [0]);
  });
});
