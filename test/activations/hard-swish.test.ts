// hardSwish: x·relu6(x + 3)/6. Special values and kink conventions (Object.is), parameter errors,
// the Float32Array contract and properties of the mathematics; the shared machinery is
// test/helpers/piecewise.ts.
import fc from 'fast-check';
import { describe, it } from 'vitest';
import * as api from '../../src/index.js';
import { centralDifference, F, H, I, kernelTests, mid, monotone, N, run, specialValueTests } from '../helpers/piecewise.js';

specialValueTests([
  [
    'hardSwish',
    [],
    [
      [N, N],
      [0, 0],
      [-0, -0],
      [3, 3],
      [-3, -0],
      [-4, -0],
      [4, 4],
      [1, 2 / 3],
      [-1.5, -0.375],
      [I, I],
      [-I, -0],
      [H, H],
      [-H, -0],
      [F, F],
      [-F, -0],
    ],
  ],
  [
    'hardSwishDerivative',
    [],
    [
      [N, N],
      [0, 0.5],
      [-0, 0.5],
      [-3, 0],
      [3, 1],
      [-1.5, 0],
      [-4, 0],
      [4, 1],
      [I, 1],
      [-I, 0],
      [H, 1],
      [-F, 0],
    ],
  ],
]);

kernelTests([['hardSwish', []]]);
describe('hardSwish properties', () => {
  it('hardSwish(x) = x·hardSigmoid(x) within 2 roundings of each side (≤ 4 ulp + 2 ulp)', () => {
    run(
      fc.property(mid, (x) => {
        const a = api.hardSwish(x),
          b = x * api.hardSigmoid(x);
        return Object.is(a, b) || Math.abs(a - b) <= 8 * Number.EPSILON * Math.abs(b);
      }),
    );
  });
  it('hardSwish is monotone on [−1.5, ∞)', () => {
    monotone(api.hardSwish, -1.5);
  });
  it('hardSwishDerivative matches a central difference of hardSwish away from the kinks', () => {
    centralDifference(api.hardSwish, api.hardSwishDerivative, [], [-3, 3]);
  });
});
