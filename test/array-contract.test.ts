// The Float32Array contract of docs/design.md, table-driven over every kernel: returns `out`, leaves
// x/dy untouched (bitwise), equals Math.fround(scalar) within 1 float32 ulp on ~2000 seeded
// inputs (signed zeros, infinities and NaN exactly), works in place and on partially
// overlapping views, accepts empty arrays, and rejects bad arguments. Then the PReLU
// per-channel/weight-gradient and CReLU layout extras, each against a reference loop.
import { describe, it, expect } from 'vitest';
import {
  relu, reluDerivative, reluF32, reluDerivativeF32, reluBackwardF32,
  leakyRelu, leakyReluDerivative, leakyReluF32, leakyReluDerivativeF32, leakyReluBackwardF32,
  prelu, preluDerivative, preluF32, preluDerivativeF32, preluBackwardF32,
  crelu, creluDerivative, creluF32, creluDerivativeF32, creluBackwardF32,
  elu, eluDerivative, eluF32, eluDerivativeF32, eluBackwardF32,
  gelu, geluDerivative, geluF32, geluDerivativeF32, geluBackwardF32,
  geluTanh, geluTanhDerivative, geluTanhF32, geluTanhDerivativeF32, geluTanhBackwardF32,
  silu, siluDerivative, siluF32, siluDerivativeF32, siluBackwardF32,
  softplus, softplusDerivative, softplusF32, softplusDerivativeF32, softplusBackwardF32,
  mish, mishDerivative, mishF32, mishDerivativeF32, mishBackwardF32,
  squareplus, squareplusDerivative, squareplusF32, squareplusDerivativeF32, squareplusBackwardF32,
  sigmoid, sigmoidDerivative, sigmoidF32, sigmoidDerivativeF32, sigmoidBackwardF32,
} from '../src/index.js';
import { uniform } from './helpers/random.js';
import { ordinal32 } from './ulp.js';

type Unary = (out: Float32Array, x: Float32Array, ...p: number[]) => Float32Array;
type Backward = (dx: Float32Array, dy: Float32Array, x: Float32Array, ...p: number[]) => Float32Array;
type Scalar = (x: number, ...p: number[]) => number;
type Bad = [params: number[], name: string];

// ---- helpers -------------------------------------------------------------------------------
const F32_MAX = 3.4028234663852886e38, F32_MIN_NORMAL = 1.1754943508222875e-38, F32_TINY = 1.401298464324817e-45;
const SPECIAL = [0, -0, Infinity, -Infinity, NaN, F32_TINY, -F32_TINY, F32_MIN_NORMAL, -F32_MIN_NORMAL, F32_MAX,
  -F32_MAX, 1, -1, 0.5, -0.5, 10, 20, 30, -30, -0.6, -1.7, -38.6, -40, 88.72, -87.33, -103.97];
const LENGTH = 2016; // 2^5·3^2·7: divisible by every rowSize / channel block used below

function inputs(seed: number): Float32Array {
  const r = uniform(seed);
  const u = (lo: number, hi: number) => lo + (hi - lo) * r();
  const sign = () => (r() < 0.5 ? -1 : 1);
  const v: number[] = [...SPECIAL];
  const add = (count: number, g: () => number) => { for (let i = 0; i < count; i++) v.push(g()); };
  add(600, () => u(-10, 10));
  add(400, () => sign() * 10 ** u(-45, 38.5)); // wide log-spaced magnitudes up to ±3.2e38
  add(150, () => u(-40, -5));
  add(150, () => u(5, 40));
  add(100, () => u(15, 90));
  add(100, () => u(-90, -15));
  add(200, () => sign() * 10 ** u(-46, -30)); // tiny, float32 subnormals, and exact ±0 after rounding
  add(100, () => u(-1e-3, 1e-3));
  add(LENGTH - v.length, () => u(-120, 120));
  return Float32Array.from(v);
}
function gradients(seed: number, n: number): Float32Array {
  const r = uniform(seed);
  return Float32Array.from({ length: n }, (_, i) => {
    const k = r();
    if (i % 97 === 0) return i % 2 ? -0 : 0;
    if (k < 0.7) return -4 + 8 * r();
    if (k < 0.85) return (r() < 0.5 ? -1 : 1) * 10 ** (-30 + 60 * r());
    return -1e3 + 2e3 * r();
  });
}
const X = inputs(0x5eed1);
const DY = gradients(0xd1ce5, LENGTH);
const ONES = new Float32Array(LENGTH).fill(1);

const fmt = (v: number): string => (Object.is(v, -0) ? '-0' : String(v));
const isSpecial = (v: number): boolean => v === 0 || !Number.isFinite(v);

/** Within 1 float32 ulp; NaN, infinities exactly; zeros with their sign (always so at special x). */
function agrees(actual: number, expected: number, strictZero: boolean): boolean {
  if (Number.isNaN(expected) || Number.isNaN(actual)) return Number.isNaN(expected) && Number.isNaN(actual);
  if (!Number.isFinite(expected) || !Number.isFinite(actual)) return actual === expected;
  if (expected === 0 && (actual === 0 || strictZero)) return Object.is(actual, expected);
  return Math.abs(ordinal32(actual) - ordinal32(expected)) <= 1;
}
function expectAgree(got: Float32Array, want: (i: number) => number, xOf: (i: number) => number): void {
  const bad: string[] = [];
  for (let i = 0; i < got.length; i++) {
    const w = want(i);
    if (!agrees(got[i], w, isSpecial(xOf(i)))) bad.push(`[${i}] x=${fmt(xOf(i))}: got ${fmt(got[i])}, want ${fmt(w)}`);
  }
  expect(bad.slice(0, 8), `${bad.length} of ${got.length} elements differ`).toEqual([]);
}
function expectSame(got: Float32Array, want: Float32Array): void {
  expect(got.length).toBe(want.length);
  const bad: string[] = [];
  for (let i = 0; i < got.length; i++) if (!Object.is(got[i], want[i])) bad.push(`[${i}] ${fmt(got[i])} vs ${fmt(want[i])}`);
  expect(bad.slice(0, 8), `${bad.length} elements differ`).toEqual([]);
}
const bits = (a: Float32Array): Uint32Array => new Uint32Array(a.buffer, a.byteOffset, a.length).slice();
function expectThrow(thunk: () => unknown, type: typeof TypeError | typeof RangeError, ...patterns: RegExp[]): void {
  let error: unknown;
  try { thunk(); } catch (e) { error = e; }
  expect(error).toBeInstanceOf(type);
  for (const p of patterns) expect((error as Error).message).toMatch(p);
}
/** `s` (an identifier or a number) as a whole word of an error message. */
const word = (s: string) => new RegExp(`(^|[^\\w.])${s}(?![\\w])`);
const NOT_F32: [string, unknown][] = [['a plain array', [1, 2, 3, 4]], ['a Float64Array', new Float64Array(4)], ['null', null]];
const as32 = (v: unknown) => v as Float32Array;
/** `n` elements at `offset` of a fresh buffer of `size` elements holding `values` there. */
function view(size: number, offset: number, values: Float32Array): [Float32Array, Float32Array] {
  const buf = new Float32Array(size);
  const v = buf.subarray(offset, offset + values.length);
  v.set(values);
  return [buf, v];
}

// ---- the table -----------------------------------------------------------------------------
interface Family {
  name: string; f: Unary; d: Unary; b: Backward; s: Scalar; ds: Scalar;
  fParams: number[][]; dParams: number[][]; badF: Bad[]; badD: Bad[];
}
const fam = (name: string, f: Unary, d: Unary, b: Backward, s: Scalar, ds: Scalar, params: number[][], bad: Bad[]): Family =>
  ({ name, f, d, b, s, ds, fParams: params, dParams: params, badF: bad, badD: bad });
const families: Family[] = [
  { name: 'relu', f: reluF32, d: reluDerivativeF32, b: reluBackwardF32, s: relu, ds: reluDerivative,
    fParams: [[]], dParams: [[], [1], [0.5]], badF: [], badD: [[[2], 'atZero'], [[-0.5], 'atZero'], [[NaN], 'atZero']] },
  fam('leakyRelu', leakyReluF32, leakyReluDerivativeF32, leakyReluBackwardF32, leakyRelu, leakyReluDerivative,
    [[], [0.2]], [[[NaN], 'negativeSlope'], [[Infinity], 'negativeSlope']]),
  fam('prelu', preluF32, preluDerivativeF32, // (its sixth parameter, weightGrad, is tested below)
    (dx, dy, x, ...p) => (p.length === 0 ? preluBackwardF32(dx, dy, x) : preluBackwardF32(dx, dy, x, p[0])), prelu, preluDerivative, [[], [0.1]],
    [[[NaN], 'weight'], [[-Infinity], 'weight']]),
  fam('elu', eluF32, eluDerivativeF32, eluBackwardF32, elu, eluDerivative, [[], [0.5]],
    [[[-1], 'alpha'], [[NaN], 'alpha'], [[Infinity], 'alpha']]),
  fam('gelu', geluF32, geluDerivativeF32, geluBackwardF32, gelu, geluDerivative, [[]], []),
  fam('geluTanh', geluTanhF32, geluTanhDerivativeF32, geluTanhBackwardF32, geluTanh, geluTanhDerivative, [[]], []),
  fam('silu', siluF32, siluDerivativeF32, siluBackwardF32, silu, siluDerivative, [[]], []),
  fam('softplus', softplusF32, softplusDerivativeF32, softplusBackwardF32, softplus, softplusDerivative,
    [[], [2, 20], [0.5]], [[[0], 'beta'], [[-2], 'beta'], [[Infinity], 'beta'], [[NaN], 'beta'], [[1, NaN], 'threshold']]),
  fam('mish', mishF32, mishDerivativeF32, mishBackwardF32, mish, mishDerivative, [[]], []),
  fam('squareplus', squareplusF32, squareplusDerivativeF32, squareplusBackwardF32, squareplus, squareplusDerivative,
    [[], [0.25], [0]], [[[-1], 'b'], [[Infinity], 'b'], [[NaN], 'b']]),
  fam('sigmoid', sigmoidF32, sigmoidDerivativeF32, sigmoidBackwardF32, sigmoid, sigmoidDerivative, [[]], []),
];
const show = (p: number[]) => p.map((v) => `, ${fmt(v)}`).join('');

for (const fm of families) {
  const unaries: [string, Unary, Scalar, number[][], Bad[]][] = [
    [`${fm.name}F32`, fm.f, fm.s, fm.fParams, fm.badF],
    [`${fm.name}DerivativeF32`, fm.d, fm.ds, fm.dParams, fm.badD],
  ];
  for (const [label, run, ref, paramSets, bad] of unaries) {
    describe(label, () => {
      for (const p of paramSets) {
        const call = `${label}(out, x${show(p)})`;
        const fresh = () => run(new Float32Array(LENGTH), X, ...p);
        it(`${call} returns exactly out and leaves x bitwise untouched`, () => {
          const out = new Float32Array(LENGTH);
          const before = bits(X);
          expect(run(out, X, ...p)).toBe(out);
          expect(bits(X)).toEqual(before);
        });
        it(`${call} equals Math.fround(${ref.name}(x[i]${show(p)})) within 1 ulp on ${LENGTH} inputs`, () => {
          expectAgree(fresh(), (i) => Math.fround(ref(X[i], ...p)), (i) => X[i]);
        });
        it(`${label}(x, x${show(p)}) in place equals the result into a fresh out`, () => {
          const y = X.slice();
          expect(run(y, y, ...p)).toBe(y);
          expectSame(y, fresh());
        });
        it(`${call} on partially overlapping views of one buffer equals the non-overlapping result`, () => {
          for (const [xAt, outAt] of [[0, 1], [1, 0]]) {
            const [buf, x] = view(LENGTH + 1, xAt, X);
            const out = buf.subarray(outAt, outAt + LENGTH);
            expect(run(out, x, ...p)).toBe(out);
            expectSame(out, fresh());
          }
        });
      }
      it(`${label}(empty, empty) returns out`, () => {
        const out = new Float32Array(0);
        expect(run(out, new Float32Array(0), ...paramSets[paramSets.length - 1])).toBe(out);
      });
      it(`${label} throws a TypeError naming out or x when it is not a Float32Array`, () => {
        for (const [, v] of NOT_F32) {
          expectThrow(() => run(as32(v), new Float32Array(4)), TypeError, word('out'));
          expectThrow(() => run(new Float32Array(4), as32(v)), TypeError, word('x'));
        }
      });
      it(`${label}(out of length 7, x of length 11) throws a RangeError naming both lengths`, () => {
        expectThrow(() => run(new Float32Array(7), new Float32Array(11)), RangeError, word('7'), word('11'));
      });
      for (const [p, name] of bad) {
        it(`${label}(out, x${show(p)}) throws a RangeError naming ${name}`, () => {
          expectThrow(() => run(new Float32Array(4), new Float32Array(4), ...p), RangeError, word(name));
        });
      }
    });
  }

  const label = `${fm.name}BackwardF32`;
  const run = fm.b;
  // Every backward kernel is the IEEE product dy·f′(x) (TSDoc; relu's too, as in JAX).
  const want = (x: number, dy: number, p: number[]): number => Math.fround(dy * fm.ds(x, ...p));
  describe(label, () => {
    for (const p of fm.dParams) {
      const call = `${label}(dx, dy, x${show(p)})`;
      const fresh = () => run(new Float32Array(LENGTH), DY, X, ...p);
      it(`${call} returns exactly dx and leaves dy and x bitwise untouched`, () => {
        const dx = new Float32Array(LENGTH);
        const before = [bits(DY), bits(X)];
        expect(run(dx, DY, X, ...p)).toBe(dx);
        expect([bits(DY), bits(X)]).toEqual(before);
      });
      it(`${label}(dx, 1, x${show(p)}) equals Math.fround(${fm.ds.name}(x[i]${show(p)})) within 1 ulp`, () => {
        expectAgree(run(new Float32Array(LENGTH), ONES, X, ...p), (i) => Math.fround(fm.ds(X[i], ...p)), (i) => X[i]);
      });
      it(`${call} with random dy equals Math.fround(dy·${fm.ds.name}(x)) within 1 ulp`, () => {
        expectAgree(fresh(), (i) => want(X[i], DY[i], p), (i) => X[i]);
      });
      it(`${label} in place with dx === dy and with dx === x equals the fresh result`, () => {
        const g = DY.slice();
        expect(run(g, g, X, ...p)).toBe(g);
        expectSame(g, fresh());
        const x = X.slice();
        expect(run(x, DY, x, ...p)).toBe(x);
        expectSame(x, fresh());
      });
      it(`${call} with dx partially overlapping dy or x equals the non-overlapping result`, () => {
        for (const [inAt, dxAt] of [[0, 1], [1, 0]]) {
          const [bufG, g] = view(LENGTH + 1, inAt, DY);
          const dx1 = bufG.subarray(dxAt, dxAt + LENGTH);
          expect(run(dx1, g, X, ...p)).toBe(dx1);
          expectSame(dx1, fresh());
          const [bufX, x] = view(LENGTH + 1, inAt, X);
          const dx2 = bufX.subarray(dxAt, dxAt + LENGTH);
          expect(run(dx2, DY, x, ...p)).toBe(dx2);
          expectSame(dx2, fresh());
        }
      });
    }
    it(`${label}(empty, empty, empty) returns dx`, () => {
      const dx = new Float32Array(0);
      expect(run(dx, new Float32Array(0), new Float32Array(0))).toBe(dx);
    });
    it(`${label} throws a TypeError naming dx, dy or x when it is not a Float32Array`, () => {
      const a = () => new Float32Array(4);
      for (const [, v] of NOT_F32) {
        expectThrow(() => run(as32(v), a(), a()), TypeError, word('dx'));
        expectThrow(() => run(a(), as32(v), a()), TypeError, word('dy'));
        expectThrow(() => run(a(), a(), as32(v)), TypeError, word('x'));
      }
    });
    it(`${label} throws a RangeError naming both lengths when dx, dy or x has length 7 and the others 11`, () => {
      const a = (n: number) => new Float32Array(n);
      expectThrow(() => run(a(7), a(11), a(11)), RangeError, word('7'), word('11'));
      expectThrow(() => run(a(11), a(7), a(11)), RangeError, word('7'), word('11'));
      expectThrow(() => run(a(11), a(11), a(7)), RangeError, word('7'), word('11'));
    });
    for (const [p, name] of fm.badD) {
      it(`${label}(dx, dy, x${show(p)}) throws a RangeError naming ${name}`, () => {
        expectThrow(() => run(new Float32Array(4), new Float32Array(4), new Float32Array(4), ...p), RangeError, word(name));
      });
    }
  });
}

describe('reluBackwardF32 product semantics', () => {
  it('reluBackwardF32 is dy·relu′(x) in IEEE arithmetic: 0·NaN and 0·∞ are NaN, 0·(−2) is −0', () => {
    const dx = reluBackwardF32(new Float32Array(4), Float32Array.of(NaN, Infinity, -Infinity, -2), Float32Array.of(-1, -0, 2, -3));
    expectSame(dx, Float32Array.of(NaN, NaN, -Infinity, -0));
  });
});

// ---- PReLU extras --------------------------------------------------------------------------
describe('PReLU per-channel weight', () => {
  const channel = (i: number, inner: number, c: number) => Math.floor(i / inner) % c;
  const layouts: [Float32Array, number][] = [[Float32Array.of(0.1, -0.3, 0.25, 2), 7], [Float32Array.of(0.5, 0.05, 0), 1]];
  for (const [w, inner] of layouts) {
    const wAt = (i: number) => w[channel(i, inner, w.length)];
    const tag = `weight [${Array.from(w).join(', ')}], innerSize ${inner}`;
    it(`preluF32 with ${tag} equals fround(prelu(x[i], w[⌊i/innerSize⌋ mod C]))`, () => {
      const out = new Float32Array(LENGTH);
      expect(preluF32(out, X, w, inner)).toBe(out);
      expectAgree(out, (i) => Math.fround(prelu(X[i], wAt(i))), (i) => X[i]);
      const y = X.slice();
      expectSame(preluF32(y, y, w, inner), out);
    });
    it(`preluDerivativeF32 with ${tag} equals fround(preluDerivative(x[i], w_c))`, () => {
      expectAgree(preluDerivativeF32(new Float32Array(LENGTH), X, w, inner), (i) => Math.fround(preluDerivative(X[i], wAt(i))), (i) => X[i]);
    });
    it(`preluBackwardF32 with ${tag} equals fround(dy·preluDerivative(x[i], w_c))`, () => {
      expectAgree(preluBackwardF32(new Float32Array(LENGTH), DY, X, w, inner), (i) => Math.fround(DY[i] * preluDerivative(X[i], wAt(i))), (i) => X[i]);
    });
  }
  const kernels: [string, (w: number | Float32Array, inner: number) => unknown][] = [
    ['preluF32', (w, inner) => preluF32(new Float32Array(LENGTH), X, w, inner)],
    ['preluDerivativeF32', (w, inner) => preluDerivativeF32(new Float32Array(LENGTH), X, w, inner)],
    ['preluBackwardF32', (w, inner) => preluBackwardF32(new Float32Array(LENGTH), DY, X, w, inner)],
  ];
  const four = Float32Array.of(0.1, 0.2, 0.3, 0.4);
  for (const [name, call] of kernels) {
    it(`${name} throws a RangeError when innerSize·C does not divide x.length`, () => {
      expectThrow(() => call(Float32Array.of(0.1, 0.2, 0.3, 0.4, 0.5), 1), RangeError); // 5 ∤ 2016
      expectThrow(() => call(four, 5), RangeError); // 20 ∤ 2016
    });
    it(`${name} throws a RangeError naming innerSize when it is not a positive integer`, () => {
      for (const inner of [0, -1, 1.5, NaN, Infinity]) expectThrow(() => call(four, inner), RangeError, word('innerSize'));
    });
    it(`${name} throws a RangeError when a channel weight is NaN or infinite`, () => {
      expectThrow(() => call(Float32Array.of(0.1, NaN, 0.3, 0.4), 1), RangeError, /weight/);
      expectThrow(() => call(Float32Array.of(0.1, 0.2, Infinity, 0.4), 1), RangeError, /weight/);
    });
    it(`${name} throws a TypeError naming weight for a Float64Array weight`, () => {
      expectThrow(() => call(new Float64Array(4) as unknown as Float32Array, 1), TypeError, /weight/);
    });
  }
});

describe('preluBackwardF32 weightGrad', () => {
  const r = uniform(77);
  const x = Float32Array.from({ length: LENGTH }, () => -10 + 20 * r());
  const dy = Float32Array.from({ length: LENGTH }, () => -4 + 8 * r());
  const w = Float32Array.of(0.1, -0.3, 0.25, 2);
  const inner = 7;
  const sums = [0, 0, 0, 0]; // Σ dy·min(x, 0) per channel, in float64
  for (let i = 0; i < LENGTH; i++) sums[Math.floor(i / inner) % 4] += dy[i] * Math.min(x[i], 0);
  const total = sums.reduce((a, b) => a + b, 0);
  const ulps = (a: number, b: number) => Math.abs(ordinal32(a) - ordinal32(Math.fround(b)));

  it('preluBackwardF32(dx, dy, x, w, innerSize, weightGrad) writes Σ dy·min(x, 0) per channel', () => {
    const g = new Float32Array(4);
    const dx = new Float32Array(LENGTH);
    expect(preluBackwardF32(dx, dy, x, w, inner, g)).toBe(dx);
    for (let c = 0; c < 4; c++) expect(ulps(g[c], sums[c]), `channel ${c}: ${g[c]} vs ${sums[c]}`).toBeLessThanOrEqual(1);
    expectAgree(dx, (i) => Math.fround(dy[i] * preluDerivative(x[i], w[Math.floor(i / inner) % 4])), (i) => x[i]);
  });
  it('preluBackwardF32 accumulates: two calls give twice the sum, pre-filled values are added to', () => {
    const g = new Float32Array(4);
    preluBackwardF32(new Float32Array(LENGTH), dy, x, w, inner, g);
    preluBackwardF32(new Float32Array(LENGTH), dy, x, w, inner, g);
    for (let c = 0; c < 4; c++) expect(ulps(g[c], 2 * sums[c]), `channel ${c}`).toBeLessThanOrEqual(1);
    const pre = [1.5, -2, 0, 100];
    const h = Float32Array.from(pre);
    preluBackwardF32(new Float32Array(LENGTH), dy, x, w, inner, h);
    for (let c = 0; c < 4; c++) expect(ulps(h[c], pre[c] + sums[c]), `channel ${c}`).toBeLessThanOrEqual(1);
  });
  it('preluBackwardF32 with a scalar weight writes the whole sum to a weightGrad of length 1', () => {
    const g = Float32Array.of(0);
    preluBackwardF32(new Float32Array(LENGTH), dy, x, 0.1, 1, g);
    expect(ulps(g[0], total)).toBeLessThanOrEqual(1);
    expectThrow(() => preluBackwardF32(new Float32Array(LENGTH), dy, x, 0.1, 1, new Float32Array(2)), RangeError, /weightGrad/);
  });
  it('preluBackwardF32 throws a RangeError for a weightGrad of the wrong length or overlapping dx', () => {
    for (const n of [3, 5]) {
      expectThrow(() => preluBackwardF32(new Float32Array(LENGTH), dy, x, w, inner, new Float32Array(n)), RangeError, /weightGrad/);
    }
    const buf = new Float32Array(LENGTH + 4);
    const dx = buf.subarray(0, LENGTH);
    expectThrow(() => preluBackwardF32(dx, dy, x, w, inner, buf.subarray(LENGTH - 1, LENGTH + 3)), RangeError, /weightGrad/);
  });
});

// ---- CReLU extras --------------------------------------------------------------------------
describe('CReLU kernels', () => {
  const n = LENGTH;
  /** Element k of the 2n-long output: which x it comes from, and whether it is the negated half. */
  const source = (k: number, rowSize: number): [number, boolean] => {
    const row = Math.floor(k / (2 * rowSize));
    const j = k - 2 * rowSize * row;
    return j < rowSize ? [row * rowSize + j, false] : [row * rowSize + j - rowSize, true];
  };
  const dy2 = gradients(0xc0de, 2 * n);
  for (const rowSize of [n, 8, 1]) {
    const rs = rowSize === n ? [] : [rowSize];
    const xOf = (k: number) => X[source(k, rowSize)[0]];
    it(`creluF32(out, x${show(rs)}) writes per row relu(row) then relu(−row), returns out, leaves x untouched`, () => {
      const out = new Float32Array(2 * n);
      const before = bits(X);
      expect(creluF32(out, X, ...rs)).toBe(out);
      expect(bits(X)).toEqual(before);
      expectAgree(out, (k) => { const [i, neg] = source(k, rowSize); return Math.fround(crelu(X[i])[neg ? 1 : 0]); }, xOf);
      for (const [xAt, outAt] of [[0, 1], [1, 0]]) {
        const [buf, x] = view(2 * n + 1, xAt, X);
        const o = buf.subarray(outAt, outAt + 2 * n);
        expect(creluF32(o, x, ...rs)).toBe(o);
        expectSame(o, out);
      }
    });
    it(`creluDerivativeF32(out, x${show(rs)}) writes per row H(x) then −H(−x)`, () => {
      const out = new Float32Array(2 * n);
      expect(creluDerivativeF32(out, X, ...rs)).toBe(out);
      expectAgree(out, (k) => { const [i, neg] = source(k, rowSize); return creluDerivative(X[i])[neg ? 1 : 0]; }, xOf);
    });
    it(`creluBackwardF32(dx, dy, x${show(rs)}) folds dy back: dy_pos·H(x) − dy_neg·H(−x)`, () => {
      const pos = (i: number) => dy2[2 * rowSize * Math.floor(i / rowSize) + (i % rowSize)];
      const neg = (i: number) => dy2[2 * rowSize * Math.floor(i / rowSize) + rowSize + (i % rowSize)];
      const dx = new Float32Array(n);
      const before = [bits(dy2), bits(X)];
      expect(creluBackwardF32(dx, dy2, X, ...rs)).toBe(dx);
      expect([bits(dy2), bits(X)]).toEqual(before);
      // IEEE products (TSDoc): dy_pos·H(x) − dy_neg·H(−x), so zeros carry the signs of those products.
      const want = (i: number) => { const v = X[i]; return v === v ? Math.fround(pos(i) * +(v > 0) - neg(i) * +(v < 0)) : NaN; };
      expectAgree(dx, want, (i) => X[i]);
      const d1 = (i: number) => { const [a, b] = creluDerivative(X[i]); return a + b; }; // dy = 1 gives H(x) − H(−x)
      expectAgree(creluBackwardF32(new Float32Array(n), new Float32Array(2 * n).fill(1), X, ...rs), d1, (i) => X[i]);
      const x = X.slice();
      expectSame(creluBackwardF32(x, dy2, x, ...rs), dx);
      for (const at of [0, n]) {
        const g = dy2.slice();
        const d = g.subarray(at, at + n);
        expectSame(creluBackwardF32(d, g, X, ...rs), dx);
      }
    });
  }
  it('creluF32 / creluDerivativeF32 / creluBackwardF32 on [-1, 2, 3, -4] with rowSize 2 give the worked layout', () => {
    const x = Float32Array.of(-1, 2, 3, -4);
    expectSame(creluF32(new Float32Array(8), x, 2), Float32Array.of(0, 2, 1, 0, 3, 0, 0, 4));
    expectSame(creluDerivativeF32(new Float32Array(8), x, 2), Float32Array.of(0, 1, -1, 0, 1, 0, 0, -1));
    expectSame(creluBackwardF32(new Float32Array(4), Float32Array.of(1, 2, 3, 4, 5, 6, 7, 8), x, 2), Float32Array.of(-3, 2, 5, -8));
  });
  it('creluBackwardF32 is the IEEE sum of products: NaN/Infinity dy on an inactive half gives NaN', () => {
    const dx = creluBackwardF32(new Float32Array(3), Float32Array.of(5, 1, 7, 2, 4, 3), Float32Array.of(2, -3, 0));
    expectSame(dx, Float32Array.of(5, -4, 0));
    const dxNaN = creluBackwardF32(new Float32Array(3), Float32Array.of(5, NaN, 7, NaN, 4, Infinity), Float32Array.of(2, -3, 0));
    expectSame(dxNaN, Float32Array.of(NaN, NaN, NaN));
  });
  it('creluF32 / creluDerivativeF32 / creluBackwardF32 accept empty arrays and return out', () => {
    const e = () => new Float32Array(0);
    for (const f of [creluF32, creluDerivativeF32]) { const out = e(); expect(f(out, e())).toBe(out); }
    const dx = e();
    expect(creluBackwardF32(dx, e(), e())).toBe(dx);
  });
  for (const [what, v] of NOT_F32) {
    it(`CReLU kernels throw a TypeError naming out, dx, dy or x when it is ${what}`, () => {
      for (const f of [creluF32, creluDerivativeF32]) {
        expectThrow(() => f(as32(v), new Float32Array(4)), TypeError, word('out'));
        expectThrow(() => f(new Float32Array(8), as32(v)), TypeError, word('x'));
      }
      expectThrow(() => creluBackwardF32(as32(v), new Float32Array(8), new Float32Array(4)), TypeError, word('dx'));
      expectThrow(() => creluBackwardF32(new Float32Array(4), as32(v), new Float32Array(4)), TypeError, word('dy'));
      expectThrow(() => creluBackwardF32(new Float32Array(4), new Float32Array(8), as32(v)), TypeError, word('x'));
    });
  }
  it('CReLU kernels throw a RangeError naming the lengths when out/dy is not 2·x.length or dx not x.length', () => {
    for (const f of [creluF32, creluDerivativeF32]) expectThrow(() => f(new Float32Array(7), new Float32Array(5)), RangeError, word('7'), word('10'));
    expectThrow(() => creluBackwardF32(new Float32Array(5), new Float32Array(7), new Float32Array(5)), RangeError, word('7'), word('10'));
    expectThrow(() => creluBackwardF32(new Float32Array(7), new Float32Array(10), new Float32Array(5)), RangeError, word('7'), word('5'));
  });
  it('CReLU kernels throw a RangeError naming rowSize when it does not divide x.length or is not a positive integer', () => {
    for (const rowSize of [3, 0, -1, 1.5, NaN]) {
      expectThrow(() => creluF32(new Float32Array(16), new Float32Array(8), rowSize), RangeError, word('rowSize'));
      expectThrow(() => creluDerivativeF32(new Float32Array(16), new Float32Array(8), rowSize), RangeError, word('rowSize'));
      expectThrow(() => creluBackwardF32(new Float32Array(8), new Float32Array(16), new Float32Array(8), rowSize), RangeError, word('rowSize'));
    }
  });
});
