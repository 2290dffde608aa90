// Float32Array inputs and checks shared by the kernel tests: seeded inputs with tails and special
// values, float32 ulp comparison, views of one buffer, and error assertions. Plain IEEE-754 tools;
// nothing here knows about the library.
import { expect } from 'vitest';
import { ordinal32 } from '../ulp.js';
import { uniform } from './random.js';

export const SUB64 = 5e-324;
const F32_MAX = 3.4028234663852886e38;
const F32_TINY = 1.401298464324817e-45;
const F32_MIN_NORMAL = 1.1754943508222875e-38;
/** Special values and every kink of group C (±0.1, ±0.5, ±1, ±2, 0) and their float32 neighbours. */
const SPECIAL = [
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
  3.4e38,
  -3.4e38,
  1e-40,
  -1e-40,
  0.5,
  -0.5,
  1,
  -1,
  2,
  -2,
  0.1,
  -0.1,
  0.30000001192092896,
  -0.99999994,
  -1.0000001,
  0.99999994,
  1.0000001,
  0.50000006,
  0.49999997,
  -0.50000006,
  -0.49999997,
];
export const LENGTH = 2016;

/** LENGTH float32 inputs from `seed`: the specials, then uniform, log-spaced, tiny and near-kink values. */
export function inputs(seed: number): Float32Array {
  const r = uniform(seed);
  const u = (lo: number, hi: number) => lo + (hi - lo) * r();
  const sign = () => (r() < 0.5 ? -1 : 1);
  const v: number[] = [...SPECIAL];
  const add = (count: number, g: () => number) => {
    for (let i = 0; i < count; i++) v.push(g());
  };
  add(700, () => u(-4, 4));
  add(400, () => sign() * 10 ** u(-45, 38.5)); // wide magnitudes up to ±3.2e38 (tails)
  add(200, () => sign() * 10 ** u(-46, -30)); // float32 subnormals and ±0 after rounding
  add(300, () => sign() * [0.1, 0.5, 1, 2][Math.floor(r() * 4)] * (1 + u(-1e-6, 1e-6))); // near the kinks
  add(LENGTH - v.length, () => u(-120, 120));
  return Float32Array.from(v);
}

/** Within 1 float32 ulp; NaN and infinities exactly; zeros with their sign. */
export function agrees32(actual: number, expected: number): boolean {
  if (Number.isNaN(expected) || Number.isNaN(actual)) return Number.isNaN(expected) && Number.isNaN(actual);
  if (!Number.isFinite(expected) || !Number.isFinite(actual) || expected === 0) return Object.is(actual, expected);
  return Math.abs(ordinal32(actual) - ordinal32(expected)) <= 1;
}

/** The bit patterns of a Float32Array (compares NaN, −0 and every value exactly). */
export const bits = (a: Float32Array): Uint32Array => new Uint32Array(a.buffer, a.byteOffset, a.length).slice();

/** `values` copied at `offset` of a fresh buffer of `size` elements: [buffer, the view]. */
export function view(size: number, offset: number, values: Float32Array): [Float32Array, Float32Array] {
  const buf = new Float32Array(size);
  const v = buf.subarray(offset, offset + values.length);
  v.set(values);
  return [buf, v];
}

/** Asserts that `thunk` throws a `type` whose message matches every pattern. */
export function expectThrow(thunk: () => unknown, type: typeof TypeError | typeof RangeError, ...patterns: RegExp[]): void {
  let error: unknown;
  try {
    thunk();
  } catch (e) {
    error = e;
  }
  expect(error).toBeInstanceOf(type);
  for (const p of patterns) expect((error as Error).message).toMatch(p);
}
