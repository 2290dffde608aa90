// glu: a two-argument function, so it has no entry in the decimal.js fixture
// registry; its kernels are checked against a float64 reference loop written here from the
// definition a·σ(b) (σ(b) = 1/(1 + e^{−b}), a ⊗ σ(b) row by row), and its partials against
// central differences.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { glu, gluBackwardF32, gluDerivative, gluDerivativeF32, gluF32 } from '../../src/index.js';
import { agrees32, bits, expectThrow, inputs, LENGTH, view } from '../helpers/kernel-inputs.js';

const fmt = (v: number): string => (Object.is(v, -0) ? '-0' : String(v));
/** Reference σ in float64 (naive form is fine here: both branches are evaluated where they do not cancel). */
const sig = (b: number): number => (b >= 0 ? 1 / (1 + Math.exp(-b)) : Math.exp(b) / (1 + Math.exp(b)));
const X = inputs(0x91);
const DY = inputs(0x92)
  .subarray(0, LENGTH / 2)
  .map((v) => Math.fround(v / 1e3));

/** Reference: rows of `size`, halves a | b. */
function reference(x: Float32Array, size: number) {
  const h = size / 2;
  const y: number[] = [],
    da: number[] = [],
    db: number[] = [],
    ia: number[] = [],
    ib: number[] = [];
  for (let s = 0; s < x.length; s += size) {
    for (let j = 0; j < h; j++) {
      const a = x[s + j],
        b = x[s + h + j];
      y.push(a * sig(b));
      da.push(sig(b));
      db.push(a * (sig(b) * sig(-b)));
      ia.push(s + j);
      ib.push(s + h + j);
    }
  }
  return { y, da, db, ia, ib };
}
function expectClose(got: ArrayLike<number>, want: number[]): void {
  const bad: string[] = [];
  for (let i = 0; i < want.length; i++)
    if (!agrees32(got[i], Math.fround(want[i]))) bad.push(`[${i}] got ${fmt(got[i])}, want ${fmt(want[i])}`);
  expect(bad.slice(0, 8), `${bad.length} differ`).toEqual([]);
}

describe('glu scalars', () => {
  const rows: [number, number, number, number, number][] = [
    // a, b, glu, ∂/∂a, ∂/∂b
    [2, 0, 1, 0.5, 0.5],
    [-0, 1, -0, sig(1), -0],
    [0, -3, 0, sig(-3), 0],
    [3, Infinity, 3, 1, 0],
    [-3, -Infinity, -0, 0, -0],
    [NaN, 1, NaN, sig(1), NaN],
    [1, NaN, NaN, NaN, NaN],
    [Infinity, 0, Infinity, 0.5, Infinity],
    [Infinity, -Infinity, NaN, 0, NaN],
    [1, -800, 0, 0, 0],
    [1e300, -700, 1e300 * sig(-700), sig(-700), 1e300 * (sig(-700) * sig(700))],
  ];
  for (const [a, b, y, da, db] of rows) {
    it(`glu(${fmt(a)}, ${fmt(b)}) is ${fmt(y)} with partials [${fmt(da)}, ${fmt(db)}]`, () => {
      expect(Object.is(glu(a, b), y), `glu = ${fmt(glu(a, b))}`).toBe(true);
      const [ga, gb] = gluDerivative(a, b);
      expect(Object.is(ga, da) && Object.is(gb, db), `[${fmt(ga)}, ${fmt(gb)}]`).toBe(true);
    });
  }
  it('glu(a, −b) = a − glu(a, b) (σ(−b) = 1 − σ(b)) and the partials match central differences', () => {
    fc.assert(
      fc.property(fc.double({ noNaN: true, min: -20, max: 20 }), fc.double({ noNaN: true, min: -20, max: 20 }), (a, b) => {
        const h = 1e-6;
        const [ga, gb] = gluDerivative(a, b);
        const fa = (glu(a + h, b) - glu(a - h, b)) / (2 * h);
        const fb = (glu(a, b + h) - glu(a, b - h)) / (2 * h);
        const sym = Math.abs(glu(a, -b) - (a - glu(a, b))) <= 4e-16 * Math.max(1, Math.abs(a));
        return sym && Math.abs(fa - ga) <= 1e-8 && Math.abs(fb - gb) <= 1e-8 * Math.max(1, Math.abs(a));
      }),
    );
  });
  it('glu throws a TypeError for non-numbers', () => {
    expectThrow(() => glu('1' as unknown as number, 0), TypeError, /must be a number/);
    expectThrow(() => gluDerivative(1, null as unknown as number), TypeError, /must be a number/);
  });
});

describe('glu kernels', () => {
  for (const size of [LENGTH, 2, 16, 126]) {
    const ref = reference(X, size);
    it(`gluF32(out, x, ${size}) returns out, leaves x untouched and equals the float64 reference a·σ(b) within 1 ulp`, () => {
      const out = new Float32Array(LENGTH / 2);
      const before = bits(X);
      expect(size === LENGTH ? gluF32(out, X) : gluF32(out, X, size)).toBe(out);
      expect(bits(X)).toEqual(before);
      expectClose(out, ref.y);
    });
    it(`gluDerivativeF32(out, x, ${size}) writes σ(b) where a was and a·σ′(b) where b was`, () => {
      const out = gluDerivativeF32(new Float32Array(LENGTH), X, size);
      expectClose(
        ref.ia.map((i) => out[i]),
        ref.da,
      );
      expectClose(
        ref.ib.map((i) => out[i]),
        ref.db,
      );
      const y = X.slice();
      expect(bits(gluDerivativeF32(y, y, size))).toEqual(bits(out)); // in place
    });
    it(`gluBackwardF32(dx, dy, x, ${size}) = dy times each partial, also with dx = x`, () => {
      const dx = gluBackwardF32(new Float32Array(LENGTH), DY, X, size);
      expectClose(
        ref.ia.map((i) => dx[i]),
        ref.da.map((d, j) => DY[j] * d),
      );
      expectClose(
        ref.ib.map((i) => dx[i]),
        ref.db.map((d, j) => DY[j] * d),
      );
      const x = X.slice();
      expect(bits(gluBackwardF32(x, DY, x, size))).toEqual(bits(dx));
    });
  }
  it('gluF32 and gluBackwardF32 handle out/dy sharing memory with x or dx', () => {
    const want = gluF32(new Float32Array(LENGTH / 2), X, 16);
    for (const at of [0, 1, LENGTH / 2]) {
      const [buf, x] = view(LENGTH + 1, 1, X);
      const out = buf.subarray(at, at + LENGTH / 2);
      expect(bits(gluF32(out, x, 16))).toEqual(bits(want));
    }
    const wantDx = gluBackwardF32(new Float32Array(LENGTH), DY, X, 16);
    const [buf, dx] = view(LENGTH, 0, new Float32Array(LENGTH));
    const dy = buf.subarray(LENGTH / 4, LENGTH / 4 + LENGTH / 2);
    dy.set(DY);
    expect(bits(gluBackwardF32(dx, dy, X, 16))).toEqual(bits(wantDx));
  });
  it('glu kernels accept empty arrays and reject bad sizes and types with clear messages', () => {
    const e = new Float32Array(0);
    expect(gluF32(e, new Float32Array(0))).toBe(e);
    expect(gluDerivativeF32(e, new Float32Array(0))).toBe(e);
    expect(gluBackwardF32(e, new Float32Array(0), new Float32Array(0))).toBe(e);
    const x6 = new Float32Array(6);
    expectThrow(() => gluF32(new Float32Array(3), x6, 3), RangeError, /rowSize/, /even/, /3/);
    expectThrow(() => gluF32(new Float32Array(1), new Float32Array(3)), RangeError, /rowSize/, /even/);
    expectThrow(() => gluF32(new Float32Array(3), x6, 4), RangeError, /rowSize/, /4/, /6/);
    expectThrow(() => gluF32(new Float32Array(6), x6), RangeError, /out\.length/, /3/, /6/);
    expectThrow(() => gluDerivativeF32(new Float32Array(3), x6), RangeError, /out\.length/, /6/);
    expectThrow(() => gluBackwardF32(new Float32Array(6), new Float32Array(6), x6), RangeError, /dy\.length/, /3/);
    expectThrow(() => gluBackwardF32(new Float32Array(3), new Float32Array(3), x6), RangeError, /dx\.length/);
    expectThrow(() => gluF32([0] as unknown as Float32Array, x6), TypeError, /out/);
    expectThrow(() => gluF32(new Float32Array(3), new Float64Array(6) as unknown as Float32Array), TypeError, /x/);
    expectThrow(() => gluBackwardF32(x6, null as unknown as Float32Array, x6), TypeError, /dy/);
  });
});
