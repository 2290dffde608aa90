// rectified/testing's ulpReport: outputs moved a known number of float32 steps from the
// reference read as that many ulps, special values are caught, and each layout lines its outputs
// up with the right inputs (the library's own kernels measure within its 1-ulp contract).
import { describe, expect, it } from 'vitest';
import * as lib from '../../src/index.js';
import { ulp32, ulpReport } from '../../src/testing/index.js';
import { uniform } from './tf.js';

/** v moved k float32 steps up. */
function steps(v: number, k: number): number {
  const b = new Float32Array([v]);
  const u = new Int32Array(b.buffer);
  u[0] += v >= 0 ? k : -k;
  return b[0];
}

describe('ulpReport', () => {
  it('ulp32 is the float32 spacing: 2⁻²³ at 1, 2⁻¹⁴⁹ for subnormals, 2¹⁰⁴ at the largest float32', () => {
    expect([ulp32(1), ulp32(1.5), ulp32(-2), ulp32(1e-40), ulp32(3.4028234663852886e38)]).toEqual([
      2 ** -23,
      2 ** -23,
      2 ** -22,
      2 ** -149,
      2 ** 104,
    ]);
  });

  it("reads outputs k steps from the reference as k ulps (± the reference's own half ulp of rounding)", () => {
    const x = uniform(200, 5, -6, 6);
    const ref = Float32Array.from(x, (v) => lib.squareplus(v));
    const moved = Float32Array.from(ref, (v, i) => steps(v, i % 7));
    const rep = ulpReport('squareplus', x, moved, { worst: 3 });
    expect(rep.count).toBe(200);
    expect(rep.maxUlp).toBeGreaterThan(5.5);
    expect(rep.maxUlp).toBeLessThan(6.5);
    expect(rep.worst).toHaveLength(3);
    for (const w of rep.worst) expect(w.index % 7).toBe(6);
    expect(rep.special).toEqual([]);
  });

  it('lists NaN, infinity and signed-zero mismatches apart from the ulp statistics', () => {
    const x = Float32Array.of(-1, 0, 1, Infinity);
    const rep = ulpReport('relu', x, Float32Array.of(-0, 0, NaN, Infinity));
    expect(rep.special.map((c) => c.index)).toEqual([0, 2]);
    expect(rep.maxUlp).toBe(0);
  });

  it("the library's kernels measure within 1 ulp in every layout (gelu, softmax, logSumExp, swiglu, maxout, crelu)", () => {
    const x = uniform(64, 9, -10, 10);
    const run = (name: string, out: number, rowSize: number | undefined, params: number[] = []) => {
      const f = (lib as unknown as Record<string, (o: Float32Array, x: Float32Array, ...a: unknown[]) => Float32Array>)[`${name}F32`];
      const got =
        name === 'maxout'
          ? f(new Float32Array(out), x, ...params)
          : f(new Float32Array(out), x, ...(rowSize === undefined ? params : [rowSize, ...params]));
      return ulpReport(name, x, got, { rowSize, params }).maxUlp;
    };
    expect(run('gelu', 64, undefined)).toBeLessThanOrEqual(1);
    expect(run('softmax', 64, 16)).toBeLessThanOrEqual(1);
    expect(run('logSumExp', 4, 16)).toBeLessThanOrEqual(1);
    expect(run('swiglu', 32, 16, [1.5])).toBeLessThanOrEqual(1);
    expect(run('maxout', 16, undefined, [4])).toBe(0);
    expect(run('crelu', 128, 16)).toBe(0);
  });

  it('refuses what it cannot compare', () => {
    expect(() => ulpReport('nope', new Float32Array(1), new Float32Array(1))).toThrow(
      new RangeError('ulpReport: name must be a rectified activation, got string "nope"'),
    );
    expect(() => ulpReport('gelu', new Float32Array(2), new Float32Array(1))).toThrow(RangeError);
    expect(() => ulpReport('gelu', [1] as unknown as Float32Array, new Float32Array(1))).toThrow(TypeError);
  });
});
