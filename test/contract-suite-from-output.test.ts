// The Float32Array contract of docs/design.md for the backward passes that read the forward output
// y (fBackwardFromOutputF32, fDerivativeFromOutput), table-driven over every activation whose
// scripts/manifest entry lists those forms: each kernel returns `dx`, leaves dy and y untouched
// (bitwise), equals Math.fround(dy·fDerivativeFromOutput(y)) within 1 float32 ulp on ~2000 seeded
// values of y and on the forward outputs of ~2000 seeded inputs (signed zeros, infinities and NaN
// exactly), works in place (dx = dy, dx = y) and on partially overlapping views, accepts empty
// arrays, and rejects bad arguments (TypeError naming dx, dy or y; RangeError naming the lengths
// or the parameter). The scalars: NaN in gives NaN out, a TypeError naming y or the parameter.
import { describe, expect, it } from 'vitest';
import { ACTIVATIONS, type Activation } from '../scripts/manifest/index.js';
import * as api from '../src/index.js';
import { as32, bits, DY, expectAgree, expectSame, expectThrow, fmt, LENGTH, NOT_F32, ONES, view, word, X } from './contract-arrays.js';

type Unary = (out: Float32Array, x: Float32Array, ...p: unknown[]) => Float32Array;
type Backward = (dx: Float32Array, dy: Float32Array, y: Float32Array, ...p: unknown[]) => Float32Array;
type Scalar = (y: number, ...p: number[]) => number;

const fn = <T>(name: string): T => {
  const f = (api as unknown as Record<string, T | undefined>)[name];
  if (f === undefined) throw new Error(`src/index.ts exports no ${name}`);
  return f;
};
const show = (p: readonly number[]) => p.map((v) => `, ${fmt(v)}`).join('');

const withForms = ACTIVATIONS.filter((a) => a.forms.includes('BackwardFromOutputF32'));

it('the table covers the activations whose derivative is a function of the output, and both forms come together', () => {
  expect(withForms.map((a) => a.name)).toEqual(
    expect.arrayContaining(['sigmoid', 'tanh', 'elu', 'selu', 'celu', 'softplus', 'relu', 'relu6', 'hardTanh', 'leakyRelu']),
  );
  for (const a of ACTIVATIONS) expect(a.forms.includes('derivativeFromOutput'), a.name).toBe(a.forms.includes('BackwardFromOutputF32'));
});

for (const a of withForms) {
  const c = a.contract ?? { params: [[]] };
  const paramSets = c.yParams ?? c.dParams ?? c.params;
  const bad = c.badY ?? c.badD ?? c.bad ?? [];
  const run = fn<Backward>(`${a.name}BackwardFromOutputF32`);
  const ds = fn<Scalar>(`${a.name}DerivativeFromOutput`);
  const forward = fn<Unary>(`${a.name}F32`);
  const label = `${a.name}BackwardFromOutputF32`;
  const p0 = paramSets[0];

  describe(label, () => {
    for (const p of paramSets) {
      const call = `${label}(dx, dy, y${show(p)})`;
      // y: the seeded values themselves (any float32, also outside f's range) and f's outputs on them
      const ys: [string, Float32Array][] = [
        ['seeded y', X],
        [`y = ${a.name}F32(x${show(p)})`, forward(new Float32Array(LENGTH), X, ...p)],
      ];
      const fresh = (y: Float32Array) => run(new Float32Array(LENGTH), DY, y, ...p);
      it(`${call} returns exactly dx and leaves dy and y bitwise untouched`, () => {
        const dx = new Float32Array(LENGTH);
        const before = [bits(DY), bits(X)];
        expect(run(dx, DY, X, ...p)).toBe(dx);
        expect([bits(DY), bits(X)]).toEqual(before);
      });
      for (const [what, y] of ys) {
        it(`${label}(dx, 1, y${show(p)}) equals Math.fround(${ds.name}(y[i]${show(p)})) within 1 ulp (${what})`, () => {
          expectAgree(
            run(new Float32Array(LENGTH), ONES, y, ...p),
            (i) => Math.fround(ds(y[i], ...p)),
            (i) => y[i],
          );
        });
        it(`${call} with random dy equals Math.fround(dy·${ds.name}(y)) within 1 ulp (${what})`, () => {
          expectAgree(
            fresh(y),
            (i) => Math.fround(DY[i] * ds(y[i], ...p)),
            (i) => y[i],
          );
        });
      }
      it(`${label} in place with dx === dy and with dx === y equals the fresh result`, () => {
        const g = DY.slice();
        expect(run(g, g, X, ...p)).toBe(g);
        expectSame(g, fresh(X));
        const y = X.slice();
        expect(run(y, DY, y, ...p)).toBe(y);
        expectSame(y, fresh(X));
      });
      it(`${call} with dx partially overlapping dy or y equals the non-overlapping result`, () => {
        for (const [inAt, dxAt] of [
          [0, 1],
          [1, 0],
        ]) {
          const [bufG, g] = view(LENGTH + 1, inAt, DY);
          const dx1 = bufG.subarray(dxAt, dxAt + LENGTH);
          expect(run(dx1, g, X, ...p)).toBe(dx1);
          expectSame(dx1, fresh(X));
          const [bufY, y] = view(LENGTH + 1, inAt, X);
          const dx2 = bufY.subarray(dxAt, dxAt + LENGTH);
          expect(run(dx2, DY, y, ...p)).toBe(dx2);
          expectSame(dx2, fresh(X));
        }
      });
    }
    it(`${label}(empty, empty, empty) returns dx`, () => {
      const dx = new Float32Array(0);
      expect(run(dx, new Float32Array(0), new Float32Array(0), ...p0)).toBe(dx);
    });
    it(`${label} throws a TypeError naming dx, dy or y when it is not a Float32Array`, () => {
      const f = () => new Float32Array(4);
      for (const [, v] of NOT_F32) {
        expectThrow(() => run(as32(v), f(), f(), ...p0), TypeError, word('dx'));
        expectThrow(() => run(f(), as32(v), f(), ...p0), TypeError, word('dy'));
        expectThrow(() => run(f(), f(), as32(v), ...p0), TypeError, word('y'));
      }
    });
    it(`${label} throws a RangeError naming both lengths when dx, dy or y has length 7 and the others 11`, () => {
      const f = (n: number) => new Float32Array(n);
      expectThrow(() => run(f(7), f(11), f(11), ...p0), RangeError, word('7'), word('11'), word('y'));
      expectThrow(() => run(f(11), f(7), f(11), ...p0), RangeError, word('7'), word('11'));
      expectThrow(() => run(f(11), f(11), f(7), ...p0), RangeError, word('7'), word('11'), word('y'));
    });
    for (const [p, name] of bad) {
      it(`${label}(dx, dy, y${show(p)}) throws a RangeError naming ${name}`, () => {
        expectThrow(() => run(new Float32Array(4), new Float32Array(4), new Float32Array(4), ...p), RangeError, word(name));
      });
    }
  });

  describe(`${a.name}DerivativeFromOutput (scalar)`, () => {
    const taken = (a as Activation).params.filter((q) => (q.forms ?? ['derivativeFromOutput']).includes('derivativeFromOutput'));
    const base = taken.map((q, j) => p0[j] ?? (typeof q.default === 'number' ? q.default : 0.5));
    taken.forEach((q, j) => {
      it(`${ds.name}(1, …) throws a TypeError naming ${q.name} when it is a string or null`, () => {
        for (const v of ['1', null]) {
          const args = base.map((b, k) => (k === j ? v : b)) as number[];
          expectThrow(() => ds(1, ...args), TypeError, word(q.name));
        }
      });
    });
    for (const [bp, name] of bad) {
      it(`${ds.name}(1${show(bp)}) throws a RangeError naming ${name}`, () => {
        expectThrow(() => ds(1, ...bp), RangeError, word(name));
      });
    }
    it(`${ds.name}(NaN${show(p0)}) is NaN`, () => {
      expect(ds(NaN, ...p0)).toBeNaN();
    });
    it(`${ds.name}(y${show(p0)}) throws a TypeError naming y for a string, null or undefined`, () => {
      for (const v of ['1', null, undefined]) expectThrow(() => ds(v as unknown as number, ...p0), TypeError, word('y'));
    });
  });
}
