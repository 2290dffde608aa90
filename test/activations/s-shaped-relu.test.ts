// sShapedRelu (SReLU, Jin et al. 2016): special values and kink conventions with
// Object.is, exact values where an outer piece cancels (against decimal.js at 1200 digits, i.e.
// exactly), the identities (identity, relu, leakyRelu, continuity), derivative and parameter
// partials against central differences (fast-check), the Float32Array contract with
// per-channel parameters and innerSize layouts, the accumulated parameter gradients against
// sums written here, and every error. The dense accuracy fixtures are test/accuracy.test.ts's job.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  leakyRelu,
  relu,
  type SShapedReluGradients,
  type SShapedReluParameters,
  sShapedRelu,
  sShapedReluBackwardF32,
  sShapedReluDerivative,
  sShapedReluDerivativeF32,
  sShapedReluF32,
  sShapedReluParameterDerivatives,
} from '../../src/index.js';
import { decimalClone, roundToFloat32, roundToFloat64, toDecimal } from '../fixtures/reference.mjs';
import { bits, expectThrow, inputs, LENGTH, view } from '../helpers/kernel-inputs.js';
import { uniform } from '../helpers/random.js';
import { ulpDistance32, ulpDistance64 } from '../ulp.js';

const fmt = (v: number): string => (Object.is(v, -0) ? '-0' : String(v));
const MAX = Number.MAX_VALUE;
const EXACT = decimalClone(1200); // every t + a·(x − t) below, of doubles within 2^±100, exactly
type P4 = [tl: number, al: number, tr: number, ar: number];
/** The exact value of sShapedRelu as a Decimal (the definition, evaluated exactly). */
function exact(x: number, [tl, al, tr, ar]: P4) {
  const [X, L, A, R, B] = [x, tl, al, tr, ar].map((v) => new EXACT(toDecimal(v)));
  return x >= tr ? R.plus(B.times(X.minus(R))) : x <= tl ? L.plus(A.times(X.minus(L))) : X;
}
const obj = ([tl, al, tr, ar]: P4): SShapedReluParameters => ({ tl, al, tr, ar });
const grads = (c: number): SShapedReluGradients => ({
  tl: new Float32Array(c),
  al: new Float32Array(c),
  tr: new Float32Array(c),
  ar: new Float32Array(c),
});

// ---- special values: [x, params, f(x), f′(x)], Object.is ------------------------------------
const P: P4 = [-1, 0.25, 2, 0.5];
const SPECIAL: [number, P4, number, number][] = [
  [NaN, P, NaN, NaN],
  [0, P, 0, 1],
  [-0, P, -0, 1],
  [1, P, 1, 1],
  [-0.5, P, -0.5, 1],
  [2, P, 2, 0.5],
  [-1, P, -1, 0.25],
  [4, P, 3, 0.5],
  [-5, P, -2, 0.25],
  [Infinity, P, Infinity, 0.5],
  [-Infinity, P, -Infinity, 0.25],
  [Infinity, [-1, -2, 2, -3], -Infinity, -3],
  [-Infinity, [-1, -2, 2, -3], Infinity, -2],
  [Infinity, [-1, 0, 2, 0], 2, 0],
  [-Infinity, [-1, 0, 2, 0], -1, 0],
  [-Infinity, [-0, 0, 2, 0], 0, 0],
  [1e300, P, 5e299 + 1, 0.5],
  [-1e300, [-1, 2, 2, 1], -2e300 - 1, 2],
  [1e308, [0, 1, 0, 10], Infinity, 10],
  [5e-324, P, 5e-324, 1],
  [-5e-324, P, -5e-324, 1],
  // tl = tr: the right piece at the joint
  [3, [3, 0.5, 3, 2], 3, 2],
  [2.5, [3, 0.5, 3, 2], 2.75, 0.5],
  [4, [3, 0.5, 3, 2], 5, 2],
  // exact zeros of an outer piece are +0, underflows keep the sign of the exact value
  [-7.5, [-1.5, -0.25, 1.25, -0.6], 0, -0.25],
  [-0, [0, 0.2, 2, 1], 0, 0.2],
  [0, [0, 0.2, 2, 1], 0, 0.2],
  [-0, [0, 0, 0, 1], 0, 1],
  [-3, [0, 0, 0, 1], 0, 0],
  [-1e-300, [0, 1e-300, 1, 1], -0, 1e-300],
  [-1e-300, [0, -1e-300, 1, 1], 0, -1e-300],
  [-3, [0, 2 ** -1074, 1, 1], -3 * 2 ** -1074, 2 ** -1074],
  [-1.5, [0, 2 ** -1074, 1, 1], -(2 ** -1073), 2 ** -1074],
  [-0.5, [0, 2 ** -1074, 1, 1], -0, 2 ** -1074], // ties to even: −1.5·2⁻¹⁰⁷⁴ → −2·2⁻¹⁰⁷⁴, −0.5·2⁻¹⁰⁷⁴ → −0
];
describe('special values and kinks (Object.is)', () => {
  for (const [x, p, y, d] of SPECIAL) {
    it(`sShapedRelu(${fmt(x)}, ${p.map(fmt).join(', ')}) is ${fmt(y)} and sShapedReluDerivative is ${fmt(d)}`, () => {
      expect(fmt(sShapedRelu(x, ...p))).toBe(fmt(y));
      expect(fmt(sShapedReluDerivative(x, ...p))).toBe(fmt(d));
    });
  }
  it('sShapedReluParameterDerivatives gives [1 − al, x − tl, 0, 0] left, zeros between, [0, 0, 1 − ar, x − tr] right', () => {
    expect(sShapedReluParameterDerivatives(-5, ...P)).toEqual([0.75, -4, 0, 0]);
    expect(sShapedReluParameterDerivatives(-1, ...P)).toEqual([0.75, 0, 0, 0]);
    expect(sShapedReluParameterDerivatives(0.5, ...P)).toEqual([0, 0, 0, 0]);
    expect(sShapedReluParameterDerivatives(2, ...P)).toEqual([0, 0, 0.5, 0]);
    expect(sShapedReluParameterDerivatives(Infinity, ...P)).toEqual([0, 0, 0.5, Infinity]);
    expect(sShapedReluParameterDerivatives(-Infinity, ...P)).toEqual([0.75, -Infinity, 0, 0]);
    expect(sShapedReluParameterDerivatives(NaN, ...P)).toEqual([NaN, NaN, NaN, NaN]);
    expect(sShapedReluParameterDerivatives(3, 3, 0.5, 3, 2)).toEqual([0, 0, -1, 0]);
    expect(sShapedReluParameterDerivatives(0.1, 0.7, 0.3, 2, 1)).toEqual([1 - 0.3, 0.1 - 0.7, 0, 0]);
  });
  it('sShapedRelu(-MAX, 1e300, 0.5, 2e300, 1): x − tl overflows, the finite exact value is returned', () => {
    expect(sShapedRelu(-MAX, 1e300, 0.5, 2e300, 1)).toBe(roundToFloat64(exact(-MAX, [1e300, 0.5, 2e300, 1])));
    expect(sShapedRelu(MAX, -1e300, 1, 1e300, 0.5)).toBe(roundToFloat64(exact(MAX, [-1e300, 1, 1e300, 0.5])));
  });
});

// ---- cancellation: the outer pieces near their roots, exactly rounded -------------------------
describe('where an outer piece cancels', () => {
  it('sShapedRelu(-2, 0.5, 0.2, 2, 1) is −2.5·(0.2 − 1/5), which 0.5 + 0.2·(−2.5) rounds to 0', () => {
    const want = roundToFloat64(exact(-2, [0.5, 0.2, 2, 1]));
    expect(want).toBe(-2.7755575615628914e-17);
    expect(0.5 + 0.2 * (-2 - 0.5)).toBe(0);
    expect(sShapedRelu(-2, 0.5, 0.2, 2, 1)).toBe(want);
    expect(sShapedReluF32(new Float32Array(1), Float32Array.of(-2), { tl: 0.5, al: 0.2, tr: 2, ar: 1 })[0]).toBe(Math.fround(want));
  });
  it('sShapedRelu is within 1 ulp of the exact value (correctly rounded or a neighbour) near the roots of random outer pieces', () => {
    const r = uniform(0xca7ce1);
    const bad: string[] = [];
    for (let k = 0; k < 3000; k++) {
      const t = (r() - 0.5) * 2 ** Math.floor(r() * 40 - 20),
        a = (r() < 0.5 ? -1 : 1) * 2 ** (r() * 8 - 4);
      const root = t - t / a; // the piece t + a·(x − t) vanishes here
      let x = root * (1 + (r() - 0.5) * 10 ** (-16 * r()));
      if (k % 2 === 1) x = Math.fround(x);
      const left = x <= t; // choose the piece x falls in: tl = t when left, else tr = t
      const p: P4 = left ? [t, a, t + Math.abs(t) + 1, 1] : [t - Math.abs(t) - 1, 1, t, a];
      const got = sShapedRelu(x, ...p);
      const want = roundToFloat64(exact(x, p));
      if (!(ulpDistance64(got, want) <= 1)) bad.push(`x=${x}, ${p}: got ${got}, want ${want}`);
      const got32 = sShapedReluF32(new Float32Array(1), Float32Array.of(x), obj(p))[0];
      const want32 = roundToFloat32(exact(Math.fround(x), p));
      if (!(ulpDistance32(got32, want32) <= 1)) bad.push(`F32 x=${Math.fround(x)}, ${p}: got ${got32}, want ${want32}`);
    }
    expect(bad.slice(0, 5), `${bad.length} failures`).toEqual([]);
  });
});

// ---- identities -------------------------------------------------------------------------------
const finite = fc.double({ noNaN: true, noDefaultInfinity: true });
const moderate = fc.double({ min: -1e6, max: 1e6, noNaN: true });
const slope = fc.double({ min: -8, max: 8, noNaN: true });
describe('identities', () => {
  it('sShapedRelu(x, tl, 1, tr, 1) === x (the identity), for any tl ≤ tr', () => {
    fc.assert(fc.property(finite, moderate, moderate, (x, u, v) => sShapedRelu(x, Math.min(u, v), 1, Math.max(u, v), 1) === x));
  });
  it('sShapedRelu(x, 0, 0, 0, 1) is relu(x), signed zeros, infinities and NaN included', () => {
    for (const x of [NaN, 0, -0, Infinity, -Infinity, 5e-324, -5e-324]) expect(fmt(sShapedRelu(x, 0, 0, 0, 1))).toBe(fmt(relu(x)));
    fc.assert(fc.property(fc.double(), (x) => Object.is(sShapedRelu(x, 0, 0, 0, 1), relu(x))));
  });
  it('sShapedRelu(x, 0, a, tr, 1) === leakyRelu(x, a) for any tr ≥ 0 (zeros: +0 here, a·(−0) there)', () => {
    fc.assert(
      fc.property(
        finite,
        slope,
        fc.double({ min: 0, max: 1e300, noNaN: true }),
        (x, a, tr) => sShapedRelu(x, 0, a, tr, 1) === leakyRelu(x, a),
      ),
    );
    expect(fmt(sShapedRelu(-0, 0, 0.2, 1, 1))).toBe('0');
    expect(fmt(leakyRelu(-0, 0.2))).toBe('-0');
  });
  it('sShapedRelu is continuous at tl and tr: f(t) = t, and |f(t ± h) − t| ≤ max(1, |al|, |ar|)·h up to rounding', () => {
    fc.assert(
      fc.property(moderate, moderate, slope, slope, fc.double({ min: 2 ** -30, max: 1, noNaN: true }), (u, v, al, ar, h) => {
        const tl = Math.min(u, v),
          tr = Math.max(u, v);
        const k = Math.max(1, Math.abs(al), Math.abs(ar)); // the steepest piece
        const ok = (t: number, x: number) =>
          Math.abs(sShapedRelu(x, tl, al, tr, ar) - t) <= k * Math.abs(x - t) * (1 + 2 ** -50) + 2 ** -51 * Math.abs(t);
        return (
          sShapedRelu(tl, tl, al, tr, ar) === tl &&
          sShapedRelu(tr, tl, al, tr, ar) === tr &&
          ok(tl, tl - h) &&
          ok(tl, tl + h) &&
          ok(tr, tr - h) &&
          ok(tr, tr + h)
        );
      }),
    );
  });
});

// ---- derivatives against central differences ---------------------------------------------------
/**
 * A central difference of g at v with step h, and a bound on its rounding error where g is
 * linear on [v − h, v + h]: g's two results (≤ 1 ulp each, or 2⁻¹⁰⁷⁴ where they underflow), the
 * subtraction and the step.
 */
function central(g: (v: number) => number, v: number, h: number): [number, number] {
  const hi = g(v + h),
    lo = g(v - h),
    step = v + h - (v - h);
  return [(hi - lo) / step, (2 ** -51 * (Math.abs(hi) + Math.abs(lo)) + 2 ** -1073 + 2 ** -50 * Math.abs(hi - lo)) / step];
}
describe('derivatives', () => {
  // thresholds tl < tr at least 0.01 apart and an x in one of the three pieces, ≥ 2h from both kinks
  const h = 1e-3;
  const setup = fc
    .tuple(
      fc.double({ min: -50, max: 50, noNaN: true }),
      fc.double({ min: 0.01, max: 50, noNaN: true }),
      slope,
      slope,
      fc.constantFrom(0, 1, 2),
      fc.double({ min: 0, max: 1, noNaN: true }),
    )
    .map(([tl, gap, al, ar, piece, w]) => {
      const tr = tl + gap;
      const x = piece === 0 ? tl - 2 * h - 50 * w : piece === 1 ? tl + 2 * h + w * (tr - tl - 4 * h) : tr + 2 * h + 50 * w;
      return { tl, al, tr, ar, x };
    });
  it('sShapedReluDerivative(x, …) agrees with a central difference of sShapedRelu away from the kinks', () => {
    fc.assert(
      fc.property(setup, ({ tl, al, tr, ar, x }) => {
        const [fd, err] = central((s) => sShapedRelu(s, tl, al, tr, ar), x, h);
        return Math.abs(fd - sShapedReluDerivative(x, tl, al, tr, ar)) <= err;
      }),
    );
  });
  it('sShapedReluParameterDerivatives(x, …) agrees with central differences in tl, al, tr and ar away from the kinks', () => {
    fc.assert(
      fc.property(setup, ({ tl, al, tr, ar, x }) => {
        const want = sShapedReluParameterDerivatives(x, tl, al, tr, ar);
        const fds = [
          central((s) => sShapedRelu(x, s, al, tr, ar), tl, h),
          central((s) => sShapedRelu(x, tl, s, tr, ar), al, h),
          central((s) => sShapedRelu(x, tl, al, s, ar), tr, h),
          central((s) => sShapedRelu(x, tl, al, tr, s), ar, h),
        ];
        return fds.every(([fd, err], k) => Math.abs(fd - want[k]) <= err);
      }),
    );
  });
});

// ---- the Float32Array forms -----------------------------------------------------------------
const X = inputs(0x5eed7);
const DY = inputs(0xd1ce7).map((v, i) => (i % 3 === 0 ? 1 : Math.fround(v / 1e3)));
const C = 3,
  INNER = 4; // LENGTH = 2016 is a multiple of 12
const ARRAYS = {
  tl: Float32Array.of(-1, 0.5, -2),
  al: Float32Array.of(0.25, 0.2, -0.5),
  tr: Float32Array.of(2, 0.5, 1.25),
  ar: Float32Array.of(0.5, 1.5, -0.6),
};
const LAYOUTS: [string, SShapedReluParameters, number, (i: number) => P4][] = [
  ['numbers', { tl: -1, al: 0.3, tr: 2, ar: 0.7 }, 1, () => [-1, 0.3, 2, 0.7]],
  ['numbers, tl > 0 (cancelling)', { tl: 0.5, al: 0.2, tr: 2, ar: 1 }, 1, () => [0.5, 0.2, 2, 1]],
  ['numbers, innerSize 7', { tl: -1, al: 0.3, tr: 2, ar: 0.7 }, 7, () => [-1, 0.3, 2, 0.7]],
  ['3 channels, innerSize 1', ARRAYS, 1, (i) => at(i % C)],
  ['3 channels, innerSize 4', ARRAYS, INNER, (i) => at(Math.floor(i / INNER) % C)],
  [
    'mixed numbers and channels, innerSize 4',
    { tl: -1, al: ARRAYS.al, tr: ARRAYS.tr, ar: 0.5 },
    INNER,
    (i) => {
      const c = Math.floor(i / INNER) % C;
      return [-1, ARRAYS.al[c], ARRAYS.tr[c], 0.5];
    },
  ],
];
function at(c: number): P4 {
  return [ARRAYS.tl[c], ARRAYS.al[c], ARRAYS.tr[c], ARRAYS.ar[c]];
}

describe('Float32Array kernels', () => {
  for (const [tag, params, inner, pAt] of LAYOUTS) {
    it(`sShapedReluF32(out, x, ${tag}) returns out, leaves x untouched and equals Math.fround(sShapedRelu(x[i], channel params)) bitwise`, () => {
      const out = new Float32Array(LENGTH);
      const before = bits(X);
      expect(sShapedReluF32(out, X, params, inner)).toBe(out);
      expect(bits(X)).toEqual(before);
      expect(bits(out)).toEqual(bits(X.map((v, i) => sShapedRelu(v, ...pAt(i)))));
    });
    it(`sShapedReluDerivativeF32(out, x, ${tag}) equals Math.fround(sShapedReluDerivative(x[i], channel params)) bitwise`, () => {
      expect(bits(sShapedReluDerivativeF32(new Float32Array(LENGTH), X, params, inner))).toEqual(
        bits(X.map((v, i) => sShapedReluDerivative(v, ...pAt(i)))),
      );
    });
    it(`sShapedReluBackwardF32(dx, dy, x, ${tag}) is dy·f′(x) rounded once, also aliased to dy or x`, () => {
      const want = bits(DY.map((g, i) => g * sShapedReluDerivative(X[i], ...pAt(i))));
      const dx = new Float32Array(LENGTH);
      expect(sShapedReluBackwardF32(dx, DY, X, params, inner)).toBe(dx);
      expect(bits(dx)).toEqual(want);
      expect(bits(sShapedReluBackwardF32(DY.slice(), DY.slice(), X, params, inner))).toEqual(want);
      const g = DY.slice();
      expect(bits(sShapedReluBackwardF32(g, g, X, params, inner))).toEqual(want);
      const x = X.slice();
      expect(bits(sShapedReluBackwardF32(x, DY, x, params, inner))).toEqual(want);
    });
    it(`sShapedReluF32(x, x, ${tag}) in place and on partially overlapping views equals the fresh result`, () => {
      const fresh = bits(sShapedReluF32(new Float32Array(LENGTH), X, params, inner));
      const y = X.slice();
      expect(sShapedReluF32(y, y, params, inner)).toBe(y);
      expect(bits(y)).toEqual(fresh);
      for (const [xAt, outAt] of [
        [0, 1],
        [1, 0],
      ]) {
        const [buf, x] = view(LENGTH + 1, xAt, X);
        const out = buf.subarray(outAt, outAt + LENGTH);
        expect(bits(sShapedReluF32(out, x, params, inner))).toEqual(fresh);
      }
    });
  }
  it('sShapedReluF32 reads a per-channel parameter that shares memory with out before overwriting it', () => {
    const buf = new Float32Array(12 + 3);
    buf.set([0.5, 0.25, 2], 12); // al per channel, at the end of out's buffer
    const x = Float32Array.from({ length: 15 }, (_, i) => -3 + (i % 5));
    const want = sShapedReluF32(new Float32Array(15), x, { tl: -1, al: Float32Array.of(0.5, 0.25, 2), tr: 1, ar: 1 });
    expect(bits(sShapedReluF32(buf, x, { tl: -1, al: buf.subarray(12), tr: 1, ar: 1 }))).toEqual(bits(want));
  });
  it('the kernels leave the parameter arrays untouched and accept empty arrays', () => {
    const before = Object.values(ARRAYS).map(bits);
    sShapedReluF32(new Float32Array(LENGTH), X, ARRAYS, INNER);
    sShapedReluBackwardF32(new Float32Array(LENGTH), DY, X, ARRAYS, INNER, grads(C));
    expect(Object.values(ARRAYS).map(bits)).toEqual(before);
    const e = new Float32Array(0);
    expect(sShapedReluF32(e, new Float32Array(0), ARRAYS, 5)).toBe(e);
    expect(sShapedReluDerivativeF32(e, new Float32Array(0), { tl: 0, al: 0, tr: 0, ar: 1 })).toBe(e);
    expect(sShapedReluBackwardF32(e, new Float32Array(0), new Float32Array(0), ARRAYS, 1, grads(C))).toBe(e);
  });
  it('sShapedReluF32 gives the limits at ±Infinity and NaN for NaN', () => {
    const x = Float32Array.of(Infinity, -Infinity, NaN, -0);
    expect(Array.from(sShapedReluF32(new Float32Array(4), x, { tl: -1, al: 0, tr: 2, ar: 0 }))).toEqual([2, -1, NaN, -0]);
    expect(Array.from(sShapedReluF32(new Float32Array(4), x, { tl: -1, al: -2, tr: 2, ar: -0.5 }))).toEqual([-Infinity, Infinity, NaN, -0]);
    expect(Array.from(sShapedReluDerivativeF32(new Float32Array(4), x, { tl: -1, al: -2, tr: 2, ar: -0.5 }))).toEqual([-0.5, -2, NaN, 1]);
  });
});

// ---- parameter gradients ----------------------------------------------------------------------
describe('sShapedReluBackwardF32 paramGrads', () => {
  // dyadic data: every product and partial sum is exact in float64, so the sums are exact
  const n = 48,
    x = Float32Array.from({ length: n }, (_, i) => -6 + ((i * 7) % 13) / 2 - 0.25 * (i % 3));
  const dy = Float32Array.from({ length: n }, (_, i) => ((i * 5) % 9) / 8 - 0.5);
  const p = {
    tl: Float32Array.of(-1, 0.5, -2),
    al: Float32Array.of(0.25, 0.5, -0.5),
    tr: Float32Array.of(2, 0.5, 1.5),
    ar: Float32Array.of(0.5, 1.5, -0.75),
  };
  /** Σ over each channel of dy·∂f/∂(tl, al, tr, ar), written from the definition. */
  function reference(inner: number): number[][] {
    const s = [0, 1, 2].map(() => [0, 0, 0, 0]);
    for (let i = 0; i < n; i++) {
      const c = Math.floor(i / inner) % 3,
        v = x[i],
        g = dy[i];
      const [tl, al, tr, ar] = [p.tl[c], p.al[c], p.tr[c], p.ar[c]];
      if (v >= tr) {
        s[c][2] += g * (1 - ar);
        s[c][3] += g * (v - tr);
      } else if (v <= tl) {
        s[c][0] += g * (1 - al);
        s[c][1] += g * (v - tl);
      }
    }
    return s;
  }
  const asRows = (g: SShapedReluGradients) => [0, 1, 2].map((c) => [g.tl[c], g.al[c], g.tr[c], g.ar[c]]);
  for (const inner of [1, 4, 8]) {
    it(`sShapedReluBackwardF32(dx, dy, x, channels, ${inner}, g) adds Σ dy·∂f/∂param per channel ⌊i / ${inner}⌋ mod 3`, () => {
      const g = grads(3);
      const want = reference(inner);
      expect(want.flat().some((v) => v !== 0)).toBe(true);
      expect(sShapedReluBackwardF32(new Float32Array(n), dy, x, p, inner, g)).toBeInstanceOf(Float32Array);
      expect(asRows(g)).toEqual(want.map((r) => r.map(Math.fround)));
      sShapedReluBackwardF32(new Float32Array(n), dy, x, p, inner, g); // accumulates
      expect(asRows(g)).toEqual(want.map((r) => r.map((v) => Math.fround(2 * v))));
    });
  }
  it('with number parameters the gradients go to element 0 of length-1 accumulators, added to what they hold', () => {
    const g = { tl: Float32Array.of(1), al: Float32Array.of(2), tr: Float32Array.of(3), ar: Float32Array.of(4) };
    let s = [0, 0, 0, 0];
    for (let i = 0; i < n; i++) {
      const v = x[i],
        d = dy[i];
      if (v >= 1.5) s = [s[0], s[1], s[2] + d * 0.25, s[3] + d * (v - 1.5)];
      else if (v <= -1) s = [s[0] + d * 0.5, s[1] + d * (v + 1), s[2], s[3]];
    }
    sShapedReluBackwardF32(new Float32Array(n), dy, x, { tl: -1, al: 0.5, tr: 1.5, ar: 0.75 }, 1, g);
    expect([g.tl[0], g.al[0], g.tr[0], g.ar[0]]).toEqual([1 + s[0], 2 + s[1], 3 + s[2], 4 + s[3]].map(Math.fround));
  });
  it('on random data each gradient is the exact sum (decimal.js) rounded to float32, within 1 ulp', () => {
    const r = uniform(77);
    const m = 3000,
      xs = Float32Array.from({ length: m }, () => -8 + 16 * r()),
      gs = Float32Array.from({ length: m }, () => r());
    const q = { tl: -1.3, al: 0.3, tr: 2.1, ar: -0.7 };
    const g = grads(1);
    sShapedReluBackwardF32(new Float32Array(m), gs, xs, q, 1, g);
    const D = (v: number) => new EXACT(toDecimal(v));
    let [sl, slx, sr, srx] = [D(0), D(0), D(0), D(0)];
    for (let i = 0; i < m; i++) {
      if (xs[i] >= q.tr) {
        sr = sr.plus(D(gs[i]));
        srx = srx.plus(D(gs[i]).times(D(xs[i]).minus(D(q.tr))));
      } else if (xs[i] <= q.tl) {
        sl = sl.plus(D(gs[i]));
        slx = slx.plus(D(gs[i]).times(D(xs[i]).minus(D(q.tl))));
      }
    }
    const want = [sl.times(D(1).minus(D(q.al))), slx, sr.times(D(1).minus(D(q.ar))), srx].map((v) => roundToFloat32(v));
    expect(want.every((v) => v !== 0)).toBe(true);
    [g.tl[0], g.al[0], g.tr[0], g.ar[0]].forEach((v, k) => {
      expect(ulpDistance32(v, want[k]), `gradient ${k}: ${v} vs ${want[k]}`).toBeLessThanOrEqual(1);
    });
  });
  it('NaN elements add nothing to the gradients; an infinite x with dy = 0 adds NaN (0·∞)', () => {
    const g = grads(1);
    sShapedReluBackwardF32(new Float32Array(2), Float32Array.of(1, 1), Float32Array.of(NaN, 3), { tl: -1, al: 0.5, tr: 2, ar: 0.5 }, 1, g);
    expect([g.tl[0], g.al[0], g.tr[0], g.ar[0]]).toEqual([0, 0, 0.5, 1]);
    sShapedReluBackwardF32(new Float32Array(1), Float32Array.of(0), Float32Array.of(Infinity), { tl: -1, al: 0.5, tr: 2, ar: 0.5 }, 1, g);
    expect(g.ar[0]).toBeNaN();
  });
});

// ---- errors --------------------------------------------------------------------------------------
describe('errors', () => {
  const f1 = new Float32Array(4),
    x4 = new Float32Array(4);
  const ok = { tl: -1, al: 0.5, tr: 1, ar: 0.5 };
  it('the scalars reject non-numbers (TypeError), non-finite parameters and tl > tr (RangeError), naming the values', () => {
    for (const f of [sShapedRelu, sShapedReluDerivative, sShapedReluParameterDerivatives] as ((...a: number[]) => unknown)[]) {
      expectThrow(() => f('1' as unknown as number, -1, 0.5, 1, 0.5), TypeError, /x must be a number/);
      expectThrow(() => f(1, -1, null as unknown as number, 1, 0.5), TypeError, /al must be a number/);
      expectThrow(() => f(1, -1, 0.5, 1), TypeError, /ar must be a number, got undefined \(missing\)/);
      expectThrow(() => f(1, NaN, 0.5, 1, 0.5), RangeError, /tl must be finite, got number NaN/);
      expectThrow(() => f(1, -1, 0.5, Infinity, 0.5), RangeError, /tr must be finite, got number Infinity/);
      expectThrow(() => f(1, -1, 0.5, 1, -Infinity), RangeError, /ar must be finite/);
      expectThrow(() => f(1, 2, 0.5, 1, 0.5), RangeError, /tl must be <= tr, got tl = 2 and tr = 1/);
    }
  });
  const kernels: [string, (p: unknown, inner?: number) => unknown][] = [
    ['sShapedReluF32', (p, inner) => sShapedReluF32(f1, x4, p as SShapedReluParameters, inner)],
    ['sShapedReluDerivativeF32', (p, inner) => sShapedReluDerivativeF32(f1, x4, p as SShapedReluParameters, inner)],
    ['sShapedReluBackwardF32', (p, inner) => sShapedReluBackwardF32(f1, new Float32Array(4), x4, p as SShapedReluParameters, inner)],
  ];
  for (const [name, run] of kernels) {
    it(`${name} rejects bad params and innerSize, naming them`, () => {
      expectThrow(() => run(null), TypeError, /params must be an object/, /null/);
      expectThrow(() => run(0.5), TypeError, /params must be an object/);
      expectThrow(
        () => run({ tl: -1, al: 0.5, tr: 1 }),
        TypeError,
        /params\.ar must be a number or a Float32Array, got undefined \(missing\)/,
      );
      expectThrow(
        () => run({ ...ok, al: new Float64Array(2) }),
        TypeError,
        /params\.al must be a number or a Float32Array, got Float64Array/,
      );
      expectThrow(() => run({ ...ok, tl: '0' }), TypeError, /params\.tl/);
      expectThrow(() => run({ ...ok, ar: NaN }), RangeError, /params\.ar must be finite, got number NaN/);
      expectThrow(() => run({ ...ok, al: Float32Array.of(0.5, NaN) }), RangeError, /params\.al\[1\] must be finite, got number NaN/);
      expectThrow(() => run({ ...ok, tr: new Float32Array(0) }), RangeError, /params\.tr must have at least one channel/);
      expectThrow(
        () => run({ ...ok, al: Float32Array.of(1, 2), ar: Float32Array.of(1, 2, 3) }),
        RangeError,
        /params\.ar\.length must equal/,
        /2, got 3/,
      );
      expectThrow(() => run({ ...ok, tl: 2 }), RangeError, /params\.tl must be <= params\.tr, got tl = 2 and tr = 1/);
      expectThrow(() => run({ ...ok, tl: Float32Array.of(-1, 3) }), RangeError, /tl = 3 and tr = 1 in channel 1/);
      expectThrow(() => run(ok, 0), RangeError, /innerSize must be a positive integer, got number 0/);
      expectThrow(() => run(ok, 1.5), RangeError, /innerSize must be a positive integer, got number 1\.5/);
      expectThrow(() => run(ok, 3), RangeError, /innerSize = 3 must divide the length 4/);
      expectThrow(() => run({ ...ok, al: Float32Array.of(1, 2, 3) }), RangeError, /innerSize \* 3 channels = 3 must divide the length 4/);
      expectThrow(() => run({ ...ok, al: Float32Array.of(1, 2) }, 4), RangeError, /= 8 must divide the length 4/);
    });
  }
  it('the kernels reject wrong array types and lengths', () => {
    expectThrow(() => sShapedReluF32([0] as unknown as Float32Array, x4, ok), TypeError, /out must be a Float32Array/);
    expectThrow(
      () => sShapedReluDerivativeF32(f1, new Float64Array(4) as unknown as Float32Array, ok),
      TypeError,
      /x must be a Float32Array/,
    );
    expectThrow(() => sShapedReluF32(new Float32Array(3), x4, ok), RangeError, /3/, /4/);
    expectThrow(() => sShapedReluBackwardF32(f1, new Float32Array(5), x4, ok), RangeError, /dy/, /5/);
    expectThrow(() => sShapedReluBackwardF32(f1, null as unknown as Float32Array, x4, ok), TypeError, /dy/);
  });
  it('sShapedReluBackwardF32 rejects bad paramGrads: not an object, a field not a Float32Array, wrong length, shared memory', () => {
    const dx = new Float32Array(4),
      dy = new Float32Array(4),
      x = new Float32Array(4);
    const run = (g: unknown, p: SShapedReluParameters = ok) => sShapedReluBackwardF32(dx, dy, x, p, 1, g as SShapedReluGradients);
    expectThrow(() => run(null), TypeError, /paramGrads must be an object/);
    expectThrow(() => run({ ...grads(1), al: [0] }), TypeError, /paramGrads\.al must be a Float32Array, got Array/);
    expectThrow(() => run({ tl: new Float32Array(1), al: new Float32Array(1), tr: new Float32Array(1) }), TypeError, /paramGrads\.ar/);
    expectThrow(() => run(grads(2)), RangeError, /paramGrads\.tl\.length must equal the number of channels 1, got 2/);
    expectThrow(() => run(grads(1), { ...ok, ar: Float32Array.of(1, 2) }), RangeError, /number of channels 2, got 1/);
    expectThrow(() => run({ ...grads(1), tr: dx.subarray(3) }), RangeError, /paramGrads\.tr must not share memory with dx/);
    expectThrow(() => run({ ...grads(1), ar: dy.subarray(0, 1) }), RangeError, /paramGrads\.ar must not share memory with dy/);
    expectThrow(() => run({ ...grads(1), tl: x.subarray(2, 3) }), RangeError, /paramGrads\.tl must not share memory with x/);
    const shared = new Float32Array(2);
    expectThrow(
      () => run({ ...grads(1), al: shared.subarray(0, 1), ar: shared.subarray(0, 1) }),
      RangeError,
      /paramGrads\.al must not share memory with paramGrads\.ar/,
    );
  });
});
