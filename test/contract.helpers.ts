// Helpers of the contract tests (contract-*.test.ts), which pin the issue "First contact you can
// trust": exact comparisons of results and of thrown errors. Plain tools; nothing here knows about
// the library.

export const F32_MAX = 3.4028234663852886e38;
export const F32_TINY = 1.401298464324817e-45;

/** A number as written, −0 as "-0". */
export const fmt = (v: number): string => (Object.is(v, -0) ? '-0' : String(v));

/** The indices where got and want differ by Object.is (NaN equals NaN, −0 differs from +0), as messages. */
export function same(got: ArrayLike<number>, want: ArrayLike<number>): string[] {
  const bad: string[] = [];
  for (let i = 0; i < Math.max(got.length, want.length); i++) {
    if (!Object.is(got[i], want[i])) bad.push(`[${i}] got ${fmt(got[i])}, want ${fmt(want[i])}`);
  }
  return bad;
}

/** Asserts that `thunk` throws a `type` whose message matches every pattern (one copy, shared). */
export { expectThrow as expectError } from './helpers/kernel-inputs.js';
