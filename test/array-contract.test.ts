// The Float32Array contract's extras that the table-driven suite (contract-suite.test.ts, over
// every kernel of scripts/manifest) does not cover: relu's backward as an IEEE product, the PReLU
// per-channel weight and weight gradient, and the CReLU layout, each against a reference loop.
import { describe, expect, it } from 'vitest';
import {
  crelu,
  creluBackwardF32,
  creluDerivative,
  creluDerivativeF32,
  creluF32,
  prelu,
  preluBackwardF32,
  preluDerivative,
  preluDerivativeF32,
  preluF32,
  reluBackwardF32,
} from '../src/index.js';
import {
  as32,
  bits,
  DY,
  expectAgree,
  expectSame,
  expectThrow,
  fmt,
  gradients,
  LENGTH,
  NOT_F32,
  ordinal,
  view,
  word,
  X,
} from './contract-arrays.js';
import { uniform } from './helpers/random.js';

const show = (p: number[]) => p.map((v) => `, ${fmt(v)}`).join('');

describe('reluBackwardF32 product semantics', () => {
  it('reluBackwardF32 is dy·relu′(x) in IEEE arithmetic: 0·NaN and 0·∞ are NaN, 0·(−2) is −0', () => {
    const dx = reluBackwardF32(new Float32Array(4), Float32Array.of(NaN, Infinity, -Infinity, -2), Float32Array.of(-1, -0, 2, -3));
    expectSame(dx, Float32Array.of(NaN, NaN, -Infinity, -0));
  });
});

// ---- PReLU extras --------------------------------------------------------------------------
describe('PReLU per-channel weight', () => {
  const channel = (i: number, inner: number, c: number) => Math.floor(i / inner) % c;
  const layouts: [Float32Array, number][] = [
    [Float32Array.of(0.1, -0.3, 0.25, 2), 7],
    [Float32Array.of(0.5, 0.05, 0), 1],
  ];
  for (const [w, inner] of layouts) {
    const wAt = (i: number) => w[channel(i, inner, w.length)];
    const tag = `weight [${Array.from(w).join(', ')}], innerSize ${inner}`;
    it(`preluF32 with ${tag} equals fround(prelu(x[i], w[⌊i/innerSize⌋ mod C]))`, () => {
      const out = new Float32Array(LENGTH);
      expect(preluF32(out, X, w, inner)).toBe(out);
      expectAgree(
        out,
        (i) => Math.fround(prelu(X[i], wAt(i))),
        (i) => X[i],
      );
      const y = X.slice();
      expectSame(preluF32(y, y, w, inner), out);
    });
    it(`preluDerivativeF32 with ${tag} equals fround(preluDerivative(x[i], w_c))`, () => {
      expectAgree(
        preluDerivativeF32(new Float32Array(LENGTH), X, w, inner),
        (i) => Math.fround(preluDerivative(X[i], wAt(i))),
        (i) => X[i],
      );
    });
    it(`preluBackwardF32 with ${tag} equals fround(dy·preluDerivative(x[i], w_c))`, () => {
      expectAgree(
        preluBackwardF32(new Float32Array(LENGTH), DY, X, w, inner),
        (i) => Math.fround(DY[i] * preluDerivative(X[i], wAt(i))),
        (i) => X[i],
      );
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
  const ulps = (a: number, b: number) => Math.abs(ordinal(a) - ordinal(Math.fround(b)));

  it('preluBackwardF32(dx, dy, x, w, innerSize, weightGrad) writes Σ dy·min(x, 0) per channel', () => {
    const g = new Float32Array(4);
    const dx = new Float32Array(LENGTH);
    expect(preluBackwardF32(dx, dy, x, w, inner, g)).toBe(dx);
    for (let c = 0; c < 4; c++) expect(ulps(g[c], sums[c]), `channel ${c}: ${g[c]} vs ${sums[c]}`).toBeLessThanOrEqual(1);
    expectAgree(
      dx,
      (i) => Math.fround(dy[i] * preluDerivative(x[i], w[Math.floor(i / inner) % 4])),
      (i) => x[i],
    );
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
      expectAgree(
        out,
        (k) => {
          const [i, neg] = source(k, rowSize);
          return Math.fround(crelu(X[i])[neg ? 1 : 0]);
        },
        xOf,
      );
      for (const [xAt, outAt] of [
        [0, 1],
        [1, 0],
      ]) {
        const [buf, x] = view(2 * n + 1, xAt, X);
        const o = buf.subarray(outAt, outAt + 2 * n);
        expect(creluF32(o, x, ...rs)).toBe(o);
        expectSame(o, out);
      }
    });
    it(`creluDerivativeF32(out, x${show(rs)}) writes per row H(x) then −H(−x)`, () => {
      const out = new Float32Array(2 * n);
      expect(creluDerivativeF32(out, X, ...rs)).toBe(out);
      expectAgree(
        out,
        (k) => {
          const [i, neg] = source(k, rowSize);
          return creluDerivative(X[i])[neg ? 1 : 0];
        },
        xOf,
      );
    });
    it(`creluBackwardF32(dx, dy, x${show(rs)}) folds dy back: dy_pos·H(x) − dy_neg·H(−x)`, () => {
      const pos = (i: number) => dy2[2 * rowSize * Math.floor(i / rowSize) + (i % rowSize)];
      const neg = (i: number) => dy2[2 * rowSize * Math.floor(i / rowSize) + rowSize + (i % rowSize)];
      const dx = new Float32Array(n);
      const before = [bits(dy2), bits(X)];
      expect(creluBackwardF32(dx, dy2, X, ...rs)).toBe(dx);
      expect([bits(dy2), bits(X)]).toEqual(before);
      // IEEE products (TSDoc): dy_pos·H(x) − dy_neg·H(−x), so zeros carry the signs of those products.
      const want = (i: number) => {
        const v = X[i];
        return v === v ? Math.fround(pos(i) * +(v > 0) - neg(i) * +(v < 0)) : NaN;
      };
      expectAgree(dx, want, (i) => X[i]);
      const d1 = (i: number) => {
        const [a, b] = creluDerivative(X[i]);
        return a + b;
      }; // dy = 1 gives H(x) − H(−x)
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
    for (const f of [creluF32, creluDerivativeF32]) {
      const out = e();
      expect(f(out, e())).toBe(out);
    }
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
    for (const f of [creluF32, creluDerivativeF32])
      expectThrow(() => f(new Float32Array(7), new Float32Array(5)), RangeError, word('7'), word('10'));
    expectThrow(() => creluBackwardF32(new Float32Array(5), new Float32Array(7), new Float32Array(5)), RangeError, word('7'), word('10'));
    expectThrow(() => creluBackwardF32(new Float32Array(7), new Float32Array(10), new Float32Array(5)), RangeError, word('7'), word('5'));
  });
  it('CReLU kernels throw a RangeError naming rowSize when it does not divide x.length or is not a positive integer', () => {
    for (const rowSize of [3, 0, -1, 1.5, NaN]) {
      expectThrow(() => creluF32(new Float32Array(16), new Float32Array(8), rowSize), RangeError, word('rowSize'));
      expectThrow(() => creluDerivativeF32(new Float32Array(16), new Float32Array(8), rowSize), RangeError, word('rowSize'));
      expectThrow(
        () => creluBackwardF32(new Float32Array(8), new Float32Array(16), new Float32Array(8), rowSize),
        RangeError,
        word('rowSize'),
      );
    }
  });
});
