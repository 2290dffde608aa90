// swigluOss(a, b, α, limit) = swish(min(b, limit), α)·(clamp(a, −limit, limit) + 1), GPT-OSS's
// SwiGLU: float64 scalars, partials and the Float32Array kernels against decimal.js at seeded pairs
// on both sides of both clamps (the dense fixtures, test/fixtures/accuracy-vector/swigluOss.json,
// are held to the contract by test/accuracy.test.ts), the clamps' slopes at and beyond their bounds
// (PyTorch's clamp backward), special values, the identity with swiglu where no clamp binds,
// partials against central differences, overlap and argument checks.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  swiglu,
  swigluDerivative,
  swigluDerivativeF32,
  swigluF32,
  swigluOss,
  swigluOssBackwardF32,
  swigluOssDerivative,
  swigluOssDerivativeF32,
  swigluOssF32,
} from '../../src/index.js';
import { toDecimal } from '../fixtures/reference.mjs';
import { type D, type Exact, product, product64, swishGate, within1 } from '../helpers/gated.js';
import { fmt, overlapAndErrorTests, type Unit } from '../helpers/gated-units.js';
import { agrees32, bits, expectThrow } from '../helpers/kernel-inputs.js';
import { uniform } from '../helpers/random.js';
import { signedZeroMismatch, ulpDistance64 } from '../ulp.js';

const GATE = swishGate(1.702);
const L = 7;
/** The exact factor clamp(a, ±7) + 1 (a number where it is 0 or a = ±0: IEEE l + 1 = +0 or 1). */
const factor = (a: number): Exact => {
  const l = a > L ? L : a < -L ? -L : a;
  return l === -1 ? 0 : l === 0 ? 1 : l !== l ? NaN : toDecimal(l).plus(1);
};
const maskA = (a: number) => (a >= -L && a <= L ? 1 : a === a ? 0 : NaN);
const maskB = (b: number) => (b <= L ? 1 : b === b ? 0 : NaN);
const gate = (b: number) => (b > L ? L : b);
/** The exact f, ∂/∂a and ∂/∂b of swigluOss at (a, b) as factor lists for product(). */
const exactOf = (a: number, b: number): Exact[][] => [
  [factor(a), GATE.g(gate(b))],
  [GATE.g(gate(b)), maskA(a)],
  [factor(a), GATE.dg(gate(b)), maskB(b)],
];

/** Seeded pairs: a and b on both sides of ±7 and at the bounds, a near −1, b in the tails. */
function pairs(seed: number, round: (v: number) => number): [number, number][] {
  const r = uniform(seed);
  const pick = (vs: number[]) => vs[Math.floor(r() * vs.length)]!;
  const out: [number, number][] = [];
  for (let i = 0; i < 600; i++) {
    const a = r() < 0.2 ? pick([7, -7, 7.5, -7.5, 1e30, -1, -0.9999999, -1.0000001, 1e-20, 0]) : 24 * r() - 12;
    const b = r() < 0.2 ? pick([7, 7.5, 6.999999, 1e30, -60, -0.75, 0, -0]) : 30 * r() - 20;
    out.push([round(a), round(b)]);
  }
  return out;
}

describe('swigluOss against decimal.js', () => {
  it('float64: the value and both partials are within 4 ulp at 600 pairs, signed zeros exact', () => {
    const bad: string[] = [];
    for (const [a, b] of pairs(0x055, (v) => v)) {
      const got = [swigluOss(a, b), ...swigluOssDerivative(a, b)];
      exactOf(a, b).forEach((factors, k) => {
        const want = product64(factors);
        if (signedZeroMismatch(got[k]!, want) || ulpDistance64(got[k]!, want) > 4)
          bad.push(`(${a}, ${b}) #${k}: ${fmt(got[k]!)} vs ${fmt(want)}`);
      });
    }
    expect(bad.slice(0, 8), `${bad.length} off`).toEqual([]);
  });
  it('Float32Array kernels: forward, derivative and backward (dy = 1) within 1 float32 ulp at 600 pairs, in both layouts', () => {
    const ps = pairs(0x056, Math.fround);
    const n = ps.length;
    const halves = Float32Array.from([...ps.map((p) => p[0]), ...ps.map((p) => p[1])]);
    const inter = Float32Array.from(ps.flatMap(([a, b]) => [b, a]));
    const bad: string[] = [];
    for (const [x, options, ia, ib] of [
      [halves, undefined, (i: number) => i, (i: number) => n + i],
      [inter, { layout: 'interleaved' as const }, (i: number) => 2 * i + 1, (i: number) => 2 * i],
    ] as const) {
      const y = swigluOssF32(new Float32Array(n), x, undefined, undefined, undefined, options);
      const d = swigluOssDerivativeF32(new Float32Array(2 * n), x, undefined, undefined, undefined, options);
      const dx = swigluOssBackwardF32(new Float32Array(2 * n), new Float32Array(n).fill(1), x, undefined, undefined, undefined, options);
      ps.forEach(([a, b], i) => {
        const [f, da, db] = exactOf(a, b).map((fs) => product(fs));
        const got: [number, { want: number; nanOk: boolean }][] = [
          [y[i]!, f!],
          [d[ia(i)]!, da!],
          [d[ib(i)]!, db!],
          [dx[ia(i)]!, da!],
          [dx[ib(i)]!, db!],
        ];
        got.forEach(([v, w], k) => {
          if (!within1(v, w)) bad.push(`(${a}, ${b}) #${k}: ${fmt(v)} vs ${fmt(w.want)}`);
        });
      });
    }
    expect(bad.slice(0, 8), `${bad.length} off`).toEqual([]);
  });
});

it('float64 ∂/∂b is within 4 ulp where (l + 1)·|swish′(b)| is just below a power of 2 and where l + 1 rounds (dense b)', () => {
  const TWO = toDecimal(2);
  const bad: string[] = [];
  let n = 0;
  for (let i = 0; i < 240; i++) {
    const b = -30 + (36.9 * i) / 239 + 1e-9; // b ≤ 6.9: the gate is b
    const dg = GATE.dg(b) as D;
    if (dg.isZero()) continue;
    // the factor m·2ᵏ with m·|g′| = 2 − 2⁻³⁰ relative to g′'s binade, for each k with |m·2ᵏ − 1| ≤ 7
    const lg = Math.floor(Math.log2(Math.abs(dg.toNumber())));
    const top = TWO.minus(TWO.pow(-30))
      .div(dg.abs().div(TWO.pow(lg)))
      .toNumber();
    const tops = [-3, -2, -1, 0, 1, 2].flatMap((k) => [top * 2 ** k - 1, -top * 2 ** k - 1]).filter((a) => Math.abs(a) <= 7);
    for (const a of [...tops, 1e-20, 3.7e-3, -0.7 + b / 1e3, 1 / 3]) {
      const want = product64([toDecimal(a).plus(1), dg]);
      const got = swigluOssDerivative(a, b)[1];
      n++;
      if (ulpDistance64(got, want) > 4) bad.push(`(${a}, ${b}): ${fmt(got)} vs ${fmt(want)}`);
    }
  }
  expect(n).toBeGreaterThan(1500);
  expect(bad.slice(0, 8), `${bad.length} off`).toEqual([]);
});

describe('the clamps', () => {
  it('the gate clamps above at limit: swigluOss(a, b) = swigluOss(a, limit) for b ≥ limit, ∂/∂b = 0 beyond and unclamped at limit', () => {
    const s7 = swiglu(1, 7, 1.702);
    const d7 = swigluDerivative(1, 7, 1.702)[1];
    for (const a of [2, -3, 0.5]) {
      for (const b of [7.000001, 8, 1e300, Infinity]) {
        expect(swigluOss(a, b)).toBe(swigluOss(a, 7));
        // ∂/∂b = (l + 1)·swish′(7)·0: a zero with the sign of l + 1
        expect(swigluOssDerivative(a, b)).toEqual([s7, (a + 1) * d7 * 0]);
      }
      const [, atBound] = swigluOssDerivative(a, 7);
      expect(atBound).toBe(swigluDerivative(a + 1, 7, 1.702)[1]);
      expect(atBound).not.toBe(0);
      expect(swigluOss(a, 3, 1.702, 2)).toBe(swigluOss(a, 2, 1.702, 2));
    }
  });
  it('the linear part clamps to ±limit: the value there, ∂/∂a = 0 beyond and swish(g) at the bounds (PyTorch: mask a >= −limit & a <= limit)', () => {
    for (const b of [1, -2, 5]) {
      expect(swigluOss(9, b)).toBe(swigluOss(7, b));
      expect(swigluOss(-Infinity, b)).toBe(swigluOss(-7, b));
      // swish(g)·0: a zero with the sign of swish(g)
      expect(swigluOssDerivative(9, b)[0]).toBe(swiglu(1, b, 1.702) * 0);
      expect(swigluOssDerivative(-7.5, b)[0]).toBe(swiglu(1, b, 1.702) * 0);
      expect(swigluOssDerivative(7, b)[0]).toBe(swiglu(1, b, 1.702));
      expect(swigluOssDerivative(-7, b)[0]).toBe(swiglu(1, b, 1.702));
      expect(swigluOssDerivative(9, b)[1]).toBe(swigluOssDerivative(7, b)[1]);
    }
    const [da, db] = swigluOssDerivative(2, 1, 1.702, 0.5);
    expect([da, db]).toEqual([0, swigluDerivative(1.5, 0.5, 1.702)[1] * 0]);
  });
  it('the kernels take the same slopes at and beyond the bounds', () => {
    // a = 7, 9, −7, −9 with b = 7, 9, 7, 9: partials where their inputs were
    const x = Float32Array.of(7, 9, -7, -9, 7, 9, 7, 9);
    const d = swigluOssDerivativeF32(new Float32Array(8), x);
    const want = [7, 9, -7, -9].flatMap((a, j) => swigluOssDerivative(a, x[4 + j]!));
    [0, 2, 4, 6, 1, 3, 5, 7].forEach((k, i) => {
      expect(agrees32(d[i]!, Math.fround(want[k]!)), `element ${i}: ${d[i]} vs ${want[k]}`).toBe(true);
    });
    expect([d[1], d[3], d[5], d[7]].map(fmt)).toEqual(['0', '0', '0', '-0']); // the last: (−7 + 1)·swish′(7)·0
    expect([d[0], d[2], d[4], d[6]].every((v) => v !== 0)).toBe(true);
  });
});

describe('special values', () => {
  // [a, b, f, ∂/∂a, ∂/∂b], from the definitions (s7 = swish(7, 1.702), d7 = swish′(7, 1.702))
  const s7 = swiglu(1, 7, 1.702);
  const d7 = swigluDerivative(1, 7, 1.702)[1];
  const rows: [number, number, number, number, number][] = [
    [NaN, 1, NaN, NaN, NaN],
    [1, NaN, NaN, NaN, NaN],
    [2, Infinity, 3 * s7, s7, 0],
    [Infinity, Infinity, 8 * s7, 0, 0],
    // swiglu(l + 1, b, α) where l + 1 is exact: both round the same exact product once
    [-Infinity, 3, swiglu(-6, 3, 1.702), 0, swigluDerivative(-6, 3, 1.702)[1]],
    [2, -Infinity, -0, -0, -0],
    [-3, -Infinity, 0, -0, 0],
    [-1, 3, 0, swiglu(1, 3, 1.702), 0],
    [-1, -3, -0, swiglu(1, -3, 1.702), -0],
    [2, 0, 0, 0, 1.5],
    [2, -0, -0, -0, 1.5],
    [7, 7, 8 * s7, s7, 8 * d7],
  ];
  for (const [a, b, f, da, db] of rows) {
    it(`swigluOss(${fmt(a)}, ${fmt(b)}) = ${fmt(f)}, partials [${fmt(da)}, ${fmt(db)}], and so do the kernels`, () => {
      expect(fmt(swigluOss(a, b))).toBe(fmt(f));
      expect(swigluOssDerivative(a, b).map(fmt)).toEqual([da, db].map(fmt));
      const x = Float32Array.of(a, b);
      const got = [
        swigluOssF32(new Float32Array(1), x)[0]!,
        ...swigluOssDerivativeF32(new Float32Array(2), x),
        ...swigluOssBackwardF32(new Float32Array(2), Float32Array.of(1), x),
      ];
      const want = [f, da, db, da, db].map(Math.fround);
      expect(
        got.every((v, i) => agrees32(v, want[i]!)),
        `kernels gave ${got.map(fmt)}`,
      ).toBe(true);
    });
  }
});

describe('swiglu where no clamp binds', () => {
  const inRange = fc.double({ noNaN: true, min: -7, max: 7 });
  it('swigluOss(a, b, α) = swiglu(a + 1, b, α) and the partials agree, where a + 1 is exact (float64, property)', () => {
    fc.assert(
      fc.property(inRange, fc.double({ noNaN: true, min: -150, max: 7 }), fc.double({ noNaN: true, min: 0.1, max: 4 }), (a, b, alpha) => {
        if (a + 1 - 1 !== a) return true;
        const [pa, pb] = swigluOssDerivative(a, b, alpha);
        const [qa, qb] = swigluDerivative(a + 1, b, alpha);
        return Object.is(swigluOss(a, b, alpha), swiglu(a + 1, b, alpha)) && Object.is(pa, qa) && Object.is(pb, qb);
      }),
    );
  });
  it('the kernels equal swigluF32 with β = 1.702 on the values a + 1, bit for bit, where no clamp binds (property)', () => {
    const grid = fc.integer({ min: -7 * 64, max: 7 * 64 }).map((k) => k / 64); // a + 1 exact in float32
    fc.assert(
      fc.property(fc.array(fc.tuple(grid, fc.float({ noNaN: true, min: -100, max: 7 })), { minLength: 1, maxLength: 40 }), (ps) => {
        const n = ps.length;
        const x = Float32Array.from([...ps.map((p) => p[0]), ...ps.map((p) => p[1])]);
        const shifted = Float32Array.from([...ps.map((p) => p[0] + 1), ...ps.map((p) => p[1])]);
        const same = (u: Float32Array, v: Float32Array) => bits(u).every((w, i) => w === bits(v)[i]);
        const dOss = swigluOssDerivativeF32(new Float32Array(2 * n), x);
        const dRef = swigluDerivativeF32(new Float32Array(2 * n), shifted, undefined, 1.702);
        return same(swigluOssF32(new Float32Array(n), x), swigluF32(new Float32Array(n), shifted, undefined, 1.702)) && same(dOss, dRef);
      }),
    );
  });
});

it('the partials match central differences (h = 1e-6) away from the clamps, for a in [−6.9, 6.9] and b in [−20, 6.9]', () => {
  fc.assert(
    fc.property(fc.double({ noNaN: true, min: -6.9, max: 6.9 }), fc.double({ noNaN: true, min: -20, max: 6.9 }), (a, b) => {
      const h = 1e-6;
      const [ga, gb] = swigluOssDerivative(a, b);
      const fa = (swigluOss(a + h, b) - swigluOss(a - h, b)) / (2 * h);
      const fb = (swigluOss(a, b + h) - swigluOss(a, b - h)) / (2 * h);
      return Math.abs(fa - ga) <= 1e-7 && Math.abs(fb - gb) <= 1e-7;
    }),
  );
});

const OSS: Unit = {
  name: 'swigluOss',
  gate: GATE,
  slopeName: 'swishDerivative',
  f: swigluOss,
  df: swigluOssDerivative,
  fF32: swigluOssF32,
  dfF32: swigluOssDerivativeF32,
  bwF32: swigluOssBackwardF32,
};
overlapAndErrorTests(OSS);

it('rejects an alpha that is not finite and a limit that is not finite and > 0, in every form', () => {
  const x = new Float32Array(4);
  for (const [alpha, limit, name] of [
    [NaN, 7, 'alpha'],
    [Infinity, 7, 'alpha'],
    [1.702, 0, 'limit'],
    [1.702, -7, 'limit'],
    [1.702, Infinity, 'limit'],
    [1.702, NaN, 'limit'],
  ] as const) {
    const value = new RegExp(String(name === 'alpha' ? alpha : limit));
    expectThrow(() => swigluOss(1, 1, alpha, limit), RangeError, new RegExp(name), value);
    expectThrow(() => swigluOssDerivative(1, 1, alpha, limit), RangeError, new RegExp(name));
    expectThrow(() => swigluOssF32(new Float32Array(2), x, 4, alpha, limit), RangeError, new RegExp(name), value);
    expectThrow(() => swigluOssDerivativeF32(new Float32Array(4), x, undefined, alpha, limit), RangeError, new RegExp(name));
    expectThrow(() => swigluOssBackwardF32(new Float32Array(4), new Float32Array(2), x, 2, alpha, limit), RangeError, new RegExp(name));
  }
  expectThrow(() => swigluOss(1, 1, '2' as unknown as number), TypeError, /alpha/);
  expectThrow(() => swigluOssF32(new Float32Array(2), x, undefined, 1.702, '7' as unknown as number), TypeError, /limit/);
});
