// The arrays and comparisons of the Float32Array contract tests (contract-suite*.test.ts and
// array-contract.test.ts): ~2000 seeded inputs with every special value, seeded gradients, and
// exact or within-1-ulp comparisons that print the first mismatches.
import { expect } from 'vitest';
import { uniform } from './helpers/random.js';
import { ordinal32 as ordinal } from './ulp.js';

export { expectThrow } from './helpers/kernel-inputs.js';
export { ordinal };

export const F32_MAX = 3.4028234663852886e38,
  F32_MIN_NORMAL = 1.1754943508222875e-38,
  F32_TINY = 1.401298464324817e-45;
export const SPECIAL = [
  0,
  -0,
  Infinity,
  -Infinity,
  NaN,
  F32_TINY,
  -F32_TINY,
  F32_MIN_NORMAL,
  -F32_MIN_NORMAL,
  F32_MAX,
  -F32_MAX,
  1,
  -1,
  0.5,
  -0.5,
  10,
  20,
  30,
  -30,
  -0.6,
  -1.7,
  -38.6,
  -40,
  88.72,
  -87.33,
  -103.97,
];
export const LENGTH = 2016; // 2^5·3^2·7: divisible by every rowSize / channel block used below

export function inputs(seed: number): Float32Array {
  const r = uniform(seed);
  const u = (lo: number, hi: number) => lo + (hi - lo) * r();
  const sign = () => (r() < 0.5 ? -1 : 1);
  const v: number[] = [...SPECIAL];
  const add = (count: number, g: () => number) => {
    for (let i = 0; i < count; i++) v.push(g());
  };
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
export function gradients(seed: number, n: number): Float32Array {
  const r = uniform(seed);
  return Float32Array.from({ length: n }, (_, i) => {
    const k = r();
    if (i % 97 === 0) return i % 2 ? -0 : 0;
    if (k < 0.7) return -4 + 8 * r();
    if (k < 0.85) return (r() < 0.5 ? -1 : 1) * 10 ** (-30 + 60 * r());
    return -1e3 + 2e3 * r();
  });
}
export const X = inputs(0x5eed1);
export const DY = gradients(0xd1ce5, LENGTH);
export const ONES = new Float32Array(LENGTH).fill(1);

export const fmt = (v: number): string => (Object.is(v, -0) ? '-0' : String(v));
export const isSpecial = (v: number): boolean => v === 0 || !Number.isFinite(v);

/** Within 1 float32 ulp; NaN, infinities exactly; zeros with their sign (always so at special x). */
export function agrees(actual: number, expected: number, strictZero: boolean): boolean {
  if (Number.isNaN(expected) || Number.isNaN(actual)) return Number.isNaN(expected) && Number.isNaN(actual);
  if (!Number.isFinite(expected) || !Number.isFinite(actual)) return actual === expected;
  if (expected === 0 && (actual === 0 || strictZero)) return Object.is(actual, expected);
  return Math.abs(ordinal(actual) - ordinal(expected)) <= 1;
}
export function expectAgree(got: Float32Array, want: (i: number) => number, xOf: (i: number) => number): void {
  const bad: string[] = [];
  for (let i = 0; i < got.length; i++) {
    const w = want(i);
    if (!agrees(got[i], w, isSpecial(xOf(i)))) bad.push(`[${i}] x=${fmt(xOf(i))}: got ${fmt(got[i])}, want ${fmt(w)}`);
  }
  expect(bad.slice(0, 8), `${bad.length} of ${got.length} elements differ`).toEqual([]);
}
export function expectSame(got: Float32Array, want: Float32Array): void {
  expect(got.length).toBe(want.length);
  const bad: string[] = [];
  for (let i = 0; i < got.length; i++) if (!Object.is(got[i], want[i])) bad.push(`[${i}] ${fmt(got[i])} vs ${fmt(want[i])}`);
  expect(bad.slice(0, 8), `${bad.length} elements differ`).toEqual([]);
}
export const bits = (a: Float32Array): Uint32Array => new Uint32Array(a.buffer, a.byteOffset, a.length).slice();
/** `s` (an identifier or a number) as a whole word of an error message. */
export const word = (s: string) => new RegExp(`(^|[^\\w.])${s}(?![\\w])`);
export const NOT_F32: [string, unknown][] = [
  ['a plain array', [1, 2, 3, 4]],
  ['a Float64Array', new Float64Array(4)],
  ['null', null],
];
export const as32 = (v: unknown) => v as Float32Array;
/** `n` elements at `offset` of a fresh buffer of `size` elements holding `values` there. */
export function view(size: number, offset: number, values: Float32Array): [Float32Array, Float32Array] {
  const buf = new Float32Array(size);
  const v = buf.subarray(offset, offset + values.length);
  v.set(values);
  return [buf, v];
}
