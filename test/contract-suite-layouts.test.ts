// The Float32Array contract of docs/design.md for the activations of scripts/manifest whose
// kernels change the layout (the elementwise ones are in contract-suite.test.ts): crelu (2n out),
// the gated units (rows a | b), maxout (groups of pieces) and the row-wise softmax family. Each
// kernel returns `out`, leaves its inputs untouched (bitwise), equals Math.fround of the float64
// scalars within 1 float32 ulp on ~2000 seeded inputs with every special value (NaN included),
// the derivative × dy being the backward pass; works in place and on partially overlapping views
// wherever the lengths allow (docs/design.md: any overlap), and rejects a non-Float32Array with a
// TypeError naming the argument and a wrong length with a RangeError naming it.
import { describe, expect, it } from 'vitest';
import { ACTIVATIONS, type Activation } from '../scripts/manifest/index.js';
import * as api from '../src/index.js';
import { as32, bits, DY, expectAgree, expectSame, expectThrow, gradients, LENGTH, NOT_F32, view, word, X } from './contract-arrays.js';

type Kernel = (out: Float32Array, ...rest: unknown[]) => Float32Array;
type AnyFn = (...args: unknown[]) => unknown;
const get = <T = AnyFn>(name: string): T => (api as unknown as Record<string, T>)[name];
const n = LENGTH;
const ROW = 8; // the row-wise kernels' rowSize: short rows, so a NaN or ±∞ spoils only its own row

/**
 * How one activation's kernels lay out their arrays and what each element must equal: `args`
 * follow the arrays; `f`, `d` and `b` give the wanted value of element k (b for the given dy);
 * `reads` is the backward's third array (x, or the forward output y for softmax and logSoftmax).
 */
interface Layout {
  args: unknown[];
  out: number;
  dOut: number | null;
  dy: number;
  f: (k: number) => number;
  d: ((k: number) => number) | null;
  b: (dy: Float32Array, k: number, y: Float32Array) => number;
  reads: 'x' | 'y';
  /** the input shown in a mismatch message for element k (the first of its pair, group or row) */
  xOf: (k: number) => number;
}

const fr = Math.fround;
const sum = (v: readonly number[]): number => v.reduce((t, e) => t + e, 0);

/**
 * The sign of logSoftmax's backward dy_i − e^{y_i}·Σdy where dy_i = ±0 and e^{y_i} underflows:
 * the exact value is −e^{y_i}·Σdy, a zero with the sign of −Σdy. The scalar logSoftmaxBackward
 * returns the right sign too (tested below).
 */
function underflowSign(v: number, dy: number, y: number, dyRow: readonly number[]): number {
  if (v !== 0 || dy !== 0 || Math.exp(y) !== 0) return v;
  const s = sum(dyRow);
  return s > 0 ? -0 : s < 0 ? 0 : v;
}

it('logSoftmaxBackward(dy, y) gives an underflowed dy_i − e^{y_i}·Σdy the sign of −Σdy, and keeps a product that only underflows in e^{y_i}', () => {
  expect(Object.is((get('logSoftmaxBackward')([0, 1], [-1e20, 0]) as number[])[0], -0)).toBe(true);
  expect(Object.is((get('logSoftmaxBackward')([0, -1], [-1e20, 0]) as number[])[0], 0)).toBe(true);
  // Reference (decimal.js, 50 digits): 1e−47 − e^{−800}·(1e−47 + 1e300) = 6.3321254158223127865…e−48 (the
  // doubles 1e−47 and 1e300, exactly). The product carries up to 2⁻⁴³ relative (its documented bound).
  const got = (get('logSoftmaxBackward')([1e-47, 1e300], [-800, 0]) as number[])[0];
  const want = 6.3321254158223127865e-48;
  expect(Math.abs(got - want)).toBeLessThanOrEqual(2 ** -43 * 3.67e-48 + 2 ** -52 * want);
});
const rowOf = (r: number): number[] => Array.from(X.subarray(r * ROW, (r + 1) * ROW));

function layout(a: Activation): Layout {
  const s = get(a.name);
  const ds = get(`${a.name}Derivative`);
  switch (a.shape) {
    case 'wide': {
      const pair = (f: AnyFn, k: number) => (f(X[k % n]) as [number, number])[k < n ? 0 : 1];
      return {
        args: [],
        out: 2 * n,
        dOut: 2 * n,
        dy: 2 * n,
        f: (k) => fr(pair(s, k)),
        d: (k) => fr(pair(ds, k)),
        // dy_pos·H(x) − dy_neg·H(−x) with H(x) = f′'s first half and H(−x) = −(its second): IEEE products (TSDoc)
        b: (g, i) => {
          const [p, q] = ds(X[i]) as [number, number];
          return fr(g[i] * p - g[n + i] * Math.abs(q));
        },
        reads: 'x',
        xOf: (k) => X[k % n],
      };
    }
    case 'gated': {
      const h = n / 2;
      const pd = (i: number) => ds(X[i % h], X[h + (i % h)]) as [number, number];
      return {
        args: [],
        out: h,
        dOut: n,
        dy: h,
        f: (i) => fr(s(X[i], X[h + i]) as number),
        d: (k) => fr(pd(k)[k < h ? 0 : 1]),
        b: (g, k) => fr(g[k % h] * pd(k)[k < h ? 0 : 1]),
        reads: 'x',
        xOf: (k) => X[k % h],
      };
    }
    case 'grouped': {
      const pieces = Number(a.bench?.args[0] ?? 4);
      const group = (k: number) => Array.from(X.subarray(k - (k % pieces), k - (k % pieces) + pieces));
      const slope = (k: number) => (ds(group(k)) as number[])[k % pieces];
      return {
        args: [pieces],
        out: n / pieces,
        dOut: n,
        dy: n / pieces,
        f: (g) => fr(s(group(g * pieces)) as number),
        d: (k) => fr(slope(k)),
        // dy goes to the routed (first maximum) element, exactly; every other element is +0 (TSDoc), not dy·0
        b: (g, k) => (slope(k) === 1 ? g[Math.floor(k / pieces)] : 0),
        reads: 'x',
        xOf: (k) => X[k],
      };
    }
    case 'rowwise': {
      const back = get(`${a.name}Backward`);
      const r = (k: number) => Math.floor(k / ROW);
      return {
        args: [ROW],
        out: n,
        dOut: null,
        dy: n,
        f: (k) => fr((s(rowOf(r(k))) as number[])[k % ROW]),
        d: null,
        b: (g, k, y) => {
          const dyRow = Array.from(g.subarray(r(k) * ROW, r(k) * ROW + ROW));
          const v = fr((back(dyRow, Array.from(y.subarray(r(k) * ROW, r(k) * ROW + ROW))) as number[])[k % ROW]);
          return a.name === 'logSoftmax' ? underflowSign(v, g[k], y[k], dyRow) : v;
        },
        reads: 'y',
        xOf: (k) => X[k],
      };
    }
    case 'rowReduction': {
      const back = get(`${a.name}Backward`);
      const r = (k: number) => Math.floor(k / ROW);
      return {
        args: [ROW],
        out: n / ROW,
        dOut: null,
        dy: n / ROW,
        f: (k) => fr(s(rowOf(k)) as number),
        d: null,
        b: (g, k) => fr((back(g[r(k)], rowOf(r(k))) as number[])[k % ROW]),
        reads: 'x',
        xOf: (k) => X[k],
      };
    }
    default:
      throw new Error(`${a.name}: elementwise, see contract-suite.test.ts`);
  }
}

// A loss returns a number and writes its gradient in the same call: no out array and no
// separate backward pass; test/activations/softmax-cross-entropy-contract.test.ts holds its contract.
const structured = ACTIVATIONS.filter((a) => a.shape !== 'elementwise' && a.shape !== 'loss');

/**
 * The gated units' trailing options (after rowSize and the numeric parameters, here at their
 * defaults): the interleaved layout along the middle axis of [LENGTH/4, 2, 2] equals the float64
 * scalar at each (gate, value) pair rounded to float32 within 1 ulp, and bad options throw
 * (test/gated-layouts.test.ts compares every layout with the default one bit for bit).
 */
function gatedOptionsTests(a: Activation): void {
  const params = a.params.filter((p) => p.name !== 'rowSize').map(() => undefined);
  const s = get(a.name);
  const ds = get(`${a.name}Derivative`);
  const options = { layout: 'interleaved', innerSize: 2 };
  // [outer, 2, 2]: block o holds gates X[4o], X[4o + 1] and then values X[4o + 2], X[4o + 3]
  const gate = (k: number) => 4 * Math.floor(k / 2) + (k % 2);
  const pd = (k: number) => ds(X[gate(k) + 2], X[gate(k)]) as [number, number];
  it(`${a.name}: the kernels take { layout: 'interleaved', innerSize } after their parameters`, () => {
    const y = get<Kernel>(`${a.name}F32`)(new Float32Array(n / 2), X, 2, ...params, options);
    expectAgree(
      y,
      (k) => fr(s(X[gate(k) + 2], X[gate(k)]) as number),
      (k) => X[gate(k) + 2],
    );
    const d = get<Kernel>(`${a.name}DerivativeF32`)(new Float32Array(n), X, 2, ...params, options);
    const dx = get<Kernel>(`${a.name}BackwardF32`)(new Float32Array(n), DY.subarray(0, n / 2), X, 2, ...params, options);
    // element i of x: a gate (∂/∂b) when i mod 4 < 2, else a value (∂/∂a); its pair's output index k
    const pair = (i: number) => 2 * Math.floor(i / 4) + (i % 2);
    const partial = (i: number) => pd(pair(i))[i % 4 < 2 ? 1 : 0];
    // zeros compared with their sign where the pair's value a is special, as in the halves layout below
    const aOf = (i: number) => X[gate(pair(i)) + 2];
    expectAgree(d, (i) => fr(partial(i)), aOf);
    expectAgree(dx, (i) => fr(DY[pair(i)] * partial(i)), aOf);
  });
  it(`${a.name}: the kernels reject options that are not an object, a layout other than 'halves' or 'interleaved', a bad innerSize`, () => {
    const kernels: [string, (o: unknown) => unknown][] = [
      [`${a.name}F32`, (o) => get<Kernel>(`${a.name}F32`)(new Float32Array(n / 2), X, undefined, ...params, o)],
      [`${a.name}DerivativeF32`, (o) => get<Kernel>(`${a.name}DerivativeF32`)(new Float32Array(n), X, undefined, ...params, o)],
      [
        `${a.name}BackwardF32`,
        (o) => get<Kernel>(`${a.name}BackwardF32`)(new Float32Array(n), DY.subarray(0, n / 2), X, undefined, ...params, o),
      ],
    ];
    for (const [, run] of kernels) {
      expectThrow(() => run(null), TypeError, word('options'));
      expectThrow(() => run(2), TypeError, word('options'));
      expectThrow(() => run({ layout: 'pairs' }), RangeError, word('layout'), /pairs/);
      expectThrow(() => run({ layout: 2 }), TypeError, word('layout'));
      expectThrow(() => run({ innerSize: -2 }), RangeError, word('innerSize'), /-2/);
      expectThrow(() => run({ innerSize: n + 1 }), RangeError, word('innerSize'), new RegExp(String(n + 1)));
      expectThrow(() => run({ innerSize: '2' }), TypeError, word('innerSize'));
    }
  });
}

it('the table covers the 10 activations with their own layout (and any added to the manifest since)', () => {
  expect(structured.length).toBeGreaterThanOrEqual(10);
});

for (const a of structured) {
  const L = layout(a);
  if (a.shape === 'gated') describe(`${a.name} options`, () => gatedOptionsTests(a));
  const f = get<Kernel>(`${a.name}F32`);
  const forward = () => f(new Float32Array(L.out), X, ...L.args);
  const unaries: [string, Kernel, number, (k: number) => number][] = [[`${a.name}F32`, f, L.out, L.f]];
  if (L.d && L.dOut !== null) unaries.push([`${a.name}DerivativeF32`, get<Kernel>(`${a.name}DerivativeF32`), L.dOut, L.d]);
  for (const [label, run, len, want] of unaries) {
    describe(label, () => {
      const fresh = () => run(new Float32Array(len), X, ...L.args);
      it(`${label} returns out, leaves x bitwise untouched, and equals the float64 scalar rounded to float32 within 1 ulp`, () => {
        const out = new Float32Array(len);
        const before = bits(X);
        expect(run(out, X, ...L.args)).toBe(out);
        expect(bits(X)).toEqual(before);
        expectAgree(out, want, L.xOf);
      });
      it(`${label} in place (where out and x have one length) and on overlapping views equals the fresh result`, () => {
        if (len === n) {
          const y = X.slice();
          expect(run(y, y, ...L.args)).toBe(y);
          expectSame(y, fresh());
        }
        for (const [xAt, outAt] of [
          [0, 1],
          [1, 0],
        ]) {
          const [buf, x] = view(Math.max(n, len) + 1, xAt, X);
          const out = buf.subarray(outAt, outAt + len);
          expect(run(out, x, ...L.args)).toBe(out);
          expectSame(out, fresh());
        }
      });
      it(`${label} throws a TypeError naming out or x, and a RangeError naming a wrong out length`, () => {
        for (const [, v] of NOT_F32) {
          expectThrow(() => run(as32(v), X, ...L.args), TypeError, word('out'));
          expectThrow(() => run(new Float32Array(len), as32(v), ...L.args), TypeError, word('x'));
        }
        expectThrow(() => run(new Float32Array(len + 2), X, ...L.args), RangeError, word(String(len + 2)));
      });
    });
  }

  const label = `${a.name}BackwardF32`;
  const run = get<Kernel>(label);
  describe(label, () => {
    const third = L.reads === 'y' ? forward() : X;
    const dy = L.dy === n ? DY : gradients(0xbac4, L.dy);
    const fresh = () => run(new Float32Array(n), dy, third, ...L.args);
    it(`${label}(dx, dy, ${L.reads}) returns dx, leaves dy and ${L.reads} untouched, and equals the scalar backward (dy·f′) within 1 ulp`, () => {
      const dx = new Float32Array(n);
      const before = [bits(dy), bits(third)];
      expect(run(dx, dy, third, ...L.args)).toBe(dx);
      expect([bits(dy), bits(third)]).toEqual(before);
      expectAgree(dx, (k) => L.b(dy, k, third), L.xOf);
    });
    it(`${label} with dx === ${L.reads}${L.dy === n ? ' and dx === dy' : ''}, and on overlapping views, equals the fresh result`, () => {
      const t = third.slice();
      expect(run(t, dy, t, ...L.args)).toBe(t);
      expectSame(t, fresh());
      if (L.dy === n) {
        const g = dy.slice();
        expect(run(g, g, third, ...L.args)).toBe(g);
        expectSame(g, fresh());
      }
      for (const [inAt, dxAt] of [
        [0, 1],
        [1, 0],
      ]) {
        const [buf, t2] = view(n + 1, inAt, third);
        const dx = buf.subarray(dxAt, dxAt + n);
        expect(run(dx, dy, t2, ...L.args)).toBe(dx);
        expectSame(dx, fresh());
      }
    });
    it(`${label} throws a TypeError naming dx, dy or ${L.reads === 'y' ? 'y' : 'x'}, and a RangeError naming a wrong dx length`, () => {
      for (const [, v] of NOT_F32) {
        expectThrow(() => run(as32(v), dy, third, ...L.args), TypeError, word('dx'));
        expectThrow(() => run(new Float32Array(n), as32(v), third, ...L.args), TypeError, word('dy'));
        expectThrow(() => run(new Float32Array(n), dy, as32(v), ...L.args), TypeError, word(L.reads));
      }
      expectThrow(() => run(new Float32Array(n + 2), dy, third, ...L.args), RangeError, word(String(n + 2)));
    });
  });
}

// The row-wise kernels along the middle axis: X as [n / (ROW·INNER), ROW, INNER], row (o, j) being
// X[(o·ROW + r)·INNER + j], r < ROW (test/activations/softmax-axis.test.ts holds them to the
// transpose route bit for bit).
const INNER = 4;
const colOf = (o: number, j: number): number[] => Array.from({ length: ROW }, (_, r) => X[(o * ROW + r) * INNER + j]!);
for (const a of structured.filter((s) => s.shape === 'rowwise' || s.shape === 'rowReduction')) {
  const f = get<Kernel>(`${a.name}F32`);
  const back = get<Kernel>(`${a.name}BackwardF32`);
  const reduce = a.shape === 'rowReduction';
  const len = reduce ? n / ROW : n;
  const fresh = () => f(new Float32Array(len), X, ROW, INNER);
  describe(`${a.name} along the middle axis (innerSize = ${INNER})`, () => {
    it(`${a.name}F32 equals the float64 scalar of each strided row within 1 ulp`, () => {
      const s = get(a.name);
      const at = (k: number) =>
        reduce ? [Math.floor(k / INNER), 0, k % INNER] : [Math.floor(k / (ROW * INNER)), Math.floor(k / INNER) % ROW, k % INNER];
      expectAgree(
        fresh(),
        (k) => {
          const [o, r, j] = at(k) as [number, number, number];
          const v = s(colOf(o, j));
          return fr(reduce ? (v as number) : (v as number[])[r]!);
        },
        (k) => X[k]!,
      );
    });
    it(`${a.name}F32 and ${a.name}BackwardF32 with innerSize in place and on overlapping views equal the fresh result`, () => {
      if (!reduce) {
        const y = X.slice();
        expectSame(f(y, y, ROW, INNER), fresh());
      }
      const third = reduce ? X : fresh();
      const dy = reduce ? gradients(0xbac4, len) : DY;
      const want = back(new Float32Array(n), dy, third, ROW, INNER);
      const t = third.slice();
      expectSame(back(t, dy, t, ROW, INNER), want);
      for (const [inAt, outAt] of [
        [0, 1],
        [1, 0],
      ]) {
        const [buf, x] = view(n + 1, inAt, X);
        expectSame(f(buf.subarray(outAt, outAt + len), x, ROW, INNER), fresh());
        const [buf2, t2] = view(n + 1, inAt, third);
        expectSame(back(buf2.subarray(outAt, outAt + n), dy, t2, ROW, INNER), want);
      }
    });
    it(`${a.name}F32 and ${a.name}BackwardF32 reject a bad innerSize with a TypeError or RangeError naming it`, () => {
      const dy = new Float32Array(reduce ? len : n);
      for (const run of [() => f(new Float32Array(len), X, ROW, 0), () => back(new Float32Array(n), dy, X, ROW, 2.5)]) {
        expectThrow(run, RangeError, /^innerSize must be a positive integer, got number/);
      }
      expectThrow(() => f(new Float32Array(len), X, ROW, '4'), TypeError, /^innerSize must be a positive integer, got string "4"/);
      expectThrow(() => f(new Float32Array(len), X, ROW, 5), RangeError, /^innerSize = 5 must divide the length 2016/);
      expectThrow(() => back(new Float32Array(n), dy, X, ROW, 72), RangeError, /^rowSize \* innerSize = 576 must divide the length 2016/);
    });
  });
}
