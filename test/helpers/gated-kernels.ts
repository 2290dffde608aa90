// Shared kernel tests of the gated linear units reglu, geglu, gegluTanh and swiglu against
// decimal.js: for rows of x.length, 2, 16 and 126 elements, every forward, derivative and backward
// result within 1 float32 ulp of the exact value rounded once (signed zeros, NaN and infinities
// exactly), inputs with specials and tails (test/helpers/kernel-inputs.ts). Also: the kernels agree
// with their float64 scalars rounded to float32.
import { describe, expect, it } from 'vitest';
import { signedZeroMismatch, ulpDistance32 } from '../ulp.js';
import { type Gate, mismatches, RELU, reference } from './gated.js';
import { swigluWith, type Unit } from './gated-units.js';
import { bits, inputs, LENGTH } from './kernel-inputs.js';

/** A gated unit seen from its kernels: the Float32Array forms, with the scalars to compare against. */
export interface KernelUnit {
  name: string;
  gate: Gate;
  f: Unit['fF32'];
  df: Unit['dfF32'];
  bw: Unit['bwF32'];
  scalar: Unit['f'];
  partials: Unit['df'];
}
export const kernelUnit = (u: Unit): KernelUnit => ({
  name: u.name,
  gate: u.gate,
  f: u.fF32,
  df: u.dfF32,
  bw: u.bwF32,
  scalar: u.f,
  partials: u.df,
});
const X = inputs(0x93);
const DY = inputs(0x94)
  .subarray(0, LENGTH / 2)
  .map((v) => Math.fround(v / 1e3));

/** Forward, derivative and backward kernels of `u` against decimal.js at rows of x.length, 2, 16 and 126. */
export function kernelAccuracyTests(u: KernelUnit): void {
  describe(`${u.name} kernels against decimal.js`, () => {
    for (const size of [LENGTH, 2, 16, 126]) {
      const ref = reference(u.gate, X, DY, size);
      const at = (i: number) => `(a, b) = (${X[ref.ps[i].ia]}, ${X[ref.ps[i].ib]})`;
      const rs = size === LENGTH ? undefined : size;
      it(`${u.f.name}(out, x${rs ? `, ${rs}` : ''}) returns out, leaves x untouched and is within 1 ulp of a·g(b)`, () => {
        const out = new Float32Array(LENGTH / 2);
        const before = bits(X);
        expect(u.f(out, X, rs)).toBe(out);
        expect(bits(X)).toEqual(before);
        expect(mismatches((i) => out[i], ref.y, at)).toEqual([]);
      });
      it(`${u.df.name}(out, x, ${size}) writes g(b) where a was and a·g′(b) where b was, also in place`, () => {
        const out = new Float32Array(LENGTH);
        expect(u.df(out, X, size)).toBe(out);
        expect(mismatches((i) => out[ref.ps[i].ia], ref.da, at)).toEqual([]);
        expect(mismatches((i) => out[ref.ps[i].ib], ref.db, at)).toEqual([]);
        const y = X.slice();
        expect(bits(u.df(y, y, size))).toEqual(bits(out));
      });
      it(`${u.bw.name}(dx, dy, x, ${size}) = dy times each partial (rounded once), also with dx = x`, () => {
        const dx = new Float32Array(LENGTH);
        const dy = DY.slice();
        expect(u.bw(dx, dy, X, size)).toBe(dx);
        expect(bits(dy)).toEqual(bits(DY));
        expect(mismatches((i) => dx[ref.ps[i].ia], ref.dxa, at)).toEqual([]);
        expect(mismatches((i) => dx[ref.ps[i].ib], ref.dxb, at)).toEqual([]);
        const x = X.slice();
        expect(bits(u.bw(x, DY, x, size))).toEqual(bits(dx));
      });
    }
  });
}

/** swiglu's three kernels with `beta` at rows of 16 against decimal.js. */
export function swigluBetaKernelTest(beta: number): void {
  describe('swiglu kernels with other beta against decimal.js', () => {
    const u = kernelUnit(swigluWith(beta));
    const ref = reference(u.gate, X, DY, 16);
    const at = (i: number) => `(a, b) = (${X[ref.ps[i].ia]}, ${X[ref.ps[i].ib]})`;
    it(`swigluF32 / swigluDerivativeF32 / swigluBackwardF32 (x, 16, ${beta}) are within 1 ulp of a·b·σ(βb) and its partials`, () => {
      const out = u.f(new Float32Array(LENGTH / 2), X, 16);
      expect(mismatches((i) => out[i], ref.y, at)).toEqual([]);
      const d = u.df(new Float32Array(LENGTH), X, 16);
      expect(mismatches((i) => d[ref.ps[i].ia], ref.da, at)).toEqual([]);
      expect(mismatches((i) => d[ref.ps[i].ib], ref.db, at)).toEqual([]);
      const dx = u.bw(new Float32Array(LENGTH), DY, X, 16);
      expect(mismatches((i) => dx[ref.ps[i].ia], ref.dxa, at)).toEqual([]);
      expect(mismatches((i) => dx[ref.ps[i].ib], ref.dxb, at)).toEqual([]);
    });
  });
}

// Within 1 ulp on the float32 line (a scalar at a rounding tie, such as gelu(2⁻¹⁴⁹) = 2⁻¹⁵⁰ in
// float64, may round to the other neighbour). Pairs with a or dy = ±Infinity are left out: the
// scalar gives NaN where g(b) underflows in float64 (b ≲ −38.6 for gelu), the kernel ±Infinity.
export function scalarAgreementTest(u: KernelUnit): void {
  describe('the kernels equal their float64 scalars rounded to float32 (within 1 ulp)', () => {
    it(`${u.name}: forward, both partials and the backward pass at rows of 16`, () => {
      const ps = reference(RELU, X, DY, 16).ps.filter(({ ia, o }) => Number.isFinite(X[ia]) && Number.isFinite(DY[o]));
      const y = u.f(new Float32Array(LENGTH / 2), X, 16);
      const d = u.df(new Float32Array(LENGTH), X, 16);
      const dx = u.bw(new Float32Array(LENGTH), DY, X, 16);
      const bad: string[] = [];
      for (const { o, ia, ib } of ps) {
        const [a, b] = [X[ia], X[ib]];
        const [pa, pb] = u.partials(a, b);
        const pairs: [number, number][] = [
          [y[o], u.scalar(a, b)],
          [d[ia], pa],
          [d[ib], pb],
          [dx[ia], DY[o] * pa],
          [dx[ib], DY[o] * pb],
        ];
        pairs.forEach(([k, s], j) => {
          const f = Math.fround(s);
          if (ulpDistance32(k, f) > 1 || signedZeroMismatch(k, f)) bad.push(`(${a}, ${b}) #${j}: kernel ${k}, scalar ${s}`);
        });
      }
      expect(bad.slice(0, 8), `${bad.length} differ`).toEqual([]);
    });
  });
}
