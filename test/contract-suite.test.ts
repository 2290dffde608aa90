// The Float32Array contract of docs/design.md, table-driven over every elementwise activation of
// scripts/manifest (the pair, group and row layouts are in contract-suite-layouts.test.ts): each
// kernel returns `out`, leaves x/dy untouched (bitwise), equals Math.fround(scalar) within 1
// float32 ulp on ~2000 seeded inputs (signed zeros, infinities and NaN exactly), works in place
// (out = x, dx = dy, dx = x) and on partially overlapping views, accepts empty arrays, rejects
// bad arguments (TypeError naming the argument, RangeError naming the lengths or the parameter),
// and the backward pass is the IEEE product dy·f′(x). The scalars: NaN in gives NaN out, finite
// results for finite x where the scalar is finite at the neighbouring float32, and a TypeError
// naming x for a non-number.
import { describe, expect, it } from 'vitest';
import { ACTIVATIONS, type Activation } from '../scripts/manifest/index.js';
import * as api from '../src/index.js';
import { kernelArgs } from './contract.js';
import { as32, bits, DY, expectAgree, expectSame, expectThrow, fmt, LENGTH, NOT_F32, ONES, view, word, X } from './contract-arrays.js';

type Unary = (out: Float32Array, x: Float32Array, ...p: unknown[]) => Float32Array;
type Backward = (dx: Float32Array, dy: Float32Array, x: Float32Array, ...p: unknown[]) => Float32Array;
type Scalar = (x: number, ...p: number[]) => number;
type Bad = readonly [params: readonly number[], name: string];

const fn = <T>(name: string): T => {
  const f = (api as unknown as Record<string, T | undefined>)[name];
  if (f === undefined) throw new Error(`src/index.ts exports no ${name}`);
  return f;
};
const show = (p: readonly number[]) => p.map((v) => `, ${fmt(v)}`).join('');

/** One row of the table: the five forms of an elementwise activation and its contract parameters. */
function row(a: Activation) {
  const c = a.contract ?? { params: [[]] };
  return {
    name: a.name,
    f: fn<Unary>(`${a.name}F32`),
    d: fn<Unary>(`${a.name}DerivativeF32`),
    b: fn<Backward>(`${a.name}BackwardF32`),
    s: fn<Scalar>(a.name),
    ds: fn<Scalar>(`${a.name}Derivative`),
    fParams: c.params,
    dParams: c.dParams ?? c.params,
    badF: c.bad ?? [],
    badD: c.badD ?? c.bad ?? [],
    /** the kernels' trailing arguments for a parameter list (sShapedRelu's object) */
    k: (p: readonly number[]): unknown[] => kernelArgs(a.name, p),
  };
}
const families = ACTIVATIONS.filter((a) => a.shape === 'elementwise').map(row);

it('the table covers the 30 elementwise activations (and any added to the manifest since)', () => {
  expect(families.length).toBeGreaterThanOrEqual(30);
  expect(families.map((f) => f.name)).toEqual(expect.arrayContaining(['relu', 'threshold', 'rrelu', 'sparsePlus', 'sShapedRelu', 'swish']));
});

for (const fm of families) {
  const unaries: [string, Unary, Scalar, readonly (readonly number[])[], readonly Bad[]][] = [
    [`${fm.name}F32`, fm.f, fm.s, fm.fParams, fm.badF],
    [`${fm.name}DerivativeF32`, fm.d, fm.ds, fm.dParams, fm.badD],
  ];
  for (const [label, run, ref, paramSets, bad] of unaries) {
    const p0 = fm.k(paramSets[0]);
    describe(label, () => {
      for (const p of paramSets) {
        const call = `${label}(out, x${show(p)})`;
        const kp = fm.k(p);
        const fresh = () => run(new Float32Array(LENGTH), X, ...kp);
        it(`${call} returns exactly out and leaves x bitwise untouched`, () => {
          const out = new Float32Array(LENGTH);
          const before = bits(X);
          expect(run(out, X, ...kp)).toBe(out);
          expect(bits(X)).toEqual(before);
        });
        it(`${call} equals Math.fround(${ref.name}(x[i]${show(p)})) within 1 ulp on ${LENGTH} inputs`, () => {
          expectAgree(
            fresh(),
            (i) => Math.fround(ref(X[i], ...p)),
            (i) => X[i],
          );
        });
        it(`${label}(x, x${show(p)}) in place equals the result into a fresh out`, () => {
          const y = X.slice();
          expect(run(y, y, ...kp)).toBe(y);
          expectSame(y, fresh());
        });
        it(`${call} on partially overlapping views of one buffer equals the non-overlapping result`, () => {
          for (const [xAt, outAt] of [
            [0, 1],
            [1, 0],
          ]) {
            const [buf, x] = view(LENGTH + 1, xAt, X);
            const out = buf.subarray(outAt, outAt + LENGTH);
            expect(run(out, x, ...kp)).toBe(out);
            expectSame(out, fresh());
          }
        });
      }
      it(`${label}(empty, empty) returns out`, () => {
        const out = new Float32Array(0);
        expect(run(out, new Float32Array(0), ...fm.k(paramSets[paramSets.length - 1]))).toBe(out);
      });
      it(`${label} throws a TypeError naming out or x when it is not a Float32Array`, () => {
        for (const [, v] of NOT_F32) {
          expectThrow(() => run(as32(v), new Float32Array(4), ...p0), TypeError, word('out'));
          expectThrow(() => run(new Float32Array(4), as32(v), ...p0), TypeError, word('x'));
        }
      });
      it(`${label}(out of length 7, x of length 11) throws a RangeError naming both lengths`, () => {
        expectThrow(() => run(new Float32Array(7), new Float32Array(11), ...p0), RangeError, word('7'), word('11'));
      });
      for (const [p, name] of bad) {
        it(`${label}(out, x${show(p)}) throws a RangeError naming ${name}`, () => {
          expectThrow(() => run(new Float32Array(4), new Float32Array(4), ...fm.k(p)), RangeError, word(name));
        });
      }
    });
  }

  const label = `${fm.name}BackwardF32`;
  const run = fm.b;
  // Every backward kernel is the IEEE product dy·f′(x) (TSDoc; relu's too, as in JAX).
  const want = (x: number, dy: number, p: readonly number[]): number => Math.fround(dy * fm.ds(x, ...p));
  const p0 = fm.k(fm.dParams[0]);
  describe(label, () => {
    for (const p of fm.dParams) {
      const call = `${label}(dx, dy, x${show(p)})`;
      const kp = fm.k(p);
      const fresh = () => run(new Float32Array(LENGTH), DY, X, ...kp);
      it(`${call} returns exactly dx and leaves dy and x bitwise untouched`, () => {
        const dx = new Float32Array(LENGTH);
        const before = [bits(DY), bits(X)];
        expect(run(dx, DY, X, ...kp)).toBe(dx);
        expect([bits(DY), bits(X)]).toEqual(before);
      });
      it(`${label}(dx, 1, x${show(p)}) equals Math.fround(${fm.ds.name}(x[i]${show(p)})) within 1 ulp`, () => {
        expectAgree(
          run(new Float32Array(LENGTH), ONES, X, ...kp),
          (i) => Math.fround(fm.ds(X[i], ...p)),
          (i) => X[i],
        );
      });
      it(`${call} with random dy equals Math.fround(dy·${fm.ds.name}(x)) within 1 ulp`, () => {
        expectAgree(
          fresh(),
          (i) => want(X[i], DY[i], p),
          (i) => X[i],
        );
      });
      it(`${label} in place with dx === dy and with dx === x equals the fresh result`, () => {
        const g = DY.slice();
        expect(run(g, g, X, ...kp)).toBe(g);
        expectSame(g, fresh());
        const x = X.slice();
        expect(run(x, DY, x, ...kp)).toBe(x);
        expectSame(x, fresh());
      });
      it(`${call} with dx partially overlapping dy or x equals the non-overlapping result`, () => {
        for (const [inAt, dxAt] of [
          [0, 1],
          [1, 0],
        ]) {
          const [bufG, g] = view(LENGTH + 1, inAt, DY);
          const dx1 = bufG.subarray(dxAt, dxAt + LENGTH);
          expect(run(dx1, g, X, ...kp)).toBe(dx1);
          expectSame(dx1, fresh());
          const [bufX, x] = view(LENGTH + 1, inAt, X);
          const dx2 = bufX.subarray(dxAt, dxAt + LENGTH);
          expect(run(dx2, DY, x, ...kp)).toBe(dx2);
          expectSame(dx2, fresh());
        }
      });
    }
    it(`${label}(empty, empty, empty) returns dx`, () => {
      const dx = new Float32Array(0);
      expect(run(dx, new Float32Array(0), new Float32Array(0), ...p0)).toBe(dx);
    });
    it(`${label} throws a TypeError naming dx, dy or x when it is not a Float32Array`, () => {
      const a = () => new Float32Array(4);
      for (const [, v] of NOT_F32) {
        expectThrow(() => run(as32(v), a(), a(), ...p0), TypeError, word('dx'));
        expectThrow(() => run(a(), as32(v), a(), ...p0), TypeError, word('dy'));
        expectThrow(() => run(a(), a(), as32(v), ...p0), TypeError, word('x'));
      }
    });
    it(`${label} throws a RangeError naming both lengths when dx, dy or x has length 7 and the others 11`, () => {
      const a = (n: number) => new Float32Array(n);
      expectThrow(() => run(a(7), a(11), a(11), ...p0), RangeError, word('7'), word('11'));
      expectThrow(() => run(a(11), a(7), a(11), ...p0), RangeError, word('7'), word('11'));
      expectThrow(() => run(a(11), a(11), a(7), ...p0), RangeError, word('7'), word('11'));
    });
    for (const [p, name] of fm.badD) {
      it(`${label}(dx, dy, x${show(p)}) throws a RangeError naming ${name}`, () => {
        expectThrow(() => run(new Float32Array(4), new Float32Array(4), new Float32Array(4), ...fm.k(p)), RangeError, word(name));
      });
    }
  });

  describe(`${fm.name} and ${fm.name}Derivative (scalars)`, () => {
    const a = ACTIVATIONS.find((e) => e.name === fm.name) as Activation;
    for (const [label, ref, form, p, bad] of [
      [fm.name, fm.s, 'scalar', fm.fParams[0], fm.badF],
      [`${fm.name}Derivative`, fm.ds, 'derivative', fm.dParams[0], fm.badD],
    ] as const) {
      // the parameters this form takes, in order, each at the first contract list's value or its default
      const taken = a.params.filter((q) => (q.forms ?? [form]).includes(form));
      const base = taken.map((q, j) => p[j] ?? (typeof q.default === 'number' ? q.default : 0.5));
      taken.forEach((q, j) => {
        it(`${label}(1, …) throws a TypeError naming ${q.name} when it is a string or null`, () => {
          for (const v of ['1', null]) {
            const args = base.map((b, k) => (k === j ? v : b)) as number[];
            expectThrow(() => ref(1, ...args), TypeError, word(q.name));
          }
        });
      });
      for (const [bp, name] of bad) {
        it(`${label}(1${show(bp)}) throws a RangeError naming ${name}`, () => {
          expectThrow(() => ref(1, ...bp), RangeError, word(name));
        });
      }
      it(`${label}(NaN${show(p)}) is NaN`, () => {
        expect(ref(NaN, ...p)).toBeNaN();
      });
      it(`${label}(x${show(p)}) throws a TypeError naming x for a string, null or undefined`, () => {
        for (const v of ['1', null, undefined]) expectThrow(() => ref(v as unknown as number, ...p), TypeError, word('x'));
      });
    }
  });
}
