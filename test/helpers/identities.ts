// Shared machinery of the property tests (fast-check) of the mathematical identities listed in
// docs/design.md, "Testing"; the tests themselves are in test/activations/<activation>.test.ts.
//
// They check the mathematics, not the implementation: each property states an identity or
// inequality that holds for the exact functions, and a tolerance derived from the rounding that
// floating point adds to it. Two sources of rounding are used throughout:
//
//  - the accuracy contract of docs/design.md, "Accuracy contract": a float64 scalar is within 4 ulp of the
//    exact value (next to the zeros of silu′, gelu′, geluTanh′ and mish′ too, as in
//    test/spot.test.ts); a Float32Array kernel is within
//    1 float32 ulp. "k ulp" is measured with ulpNear(), which also covers the exact value being
//    one binade above the computed one;
//  - the test's own arithmetic: each IEEE operation rounds to nearest, so it adds at most half
//    an ulp of its result (relative u = 2⁻⁵³ = EPS/2 in the normal range).
//
// Where an identity pairs two calls that evaluate the same quantity at the same argument
// (softplus′ vs sigmoid, σ(x) + σ(−x)), the tolerance is "a couple of ulp": each side is taken to
// be a faithful (< 1 ulp) evaluation, as docs/design.md's "exact to the last bit or two" promises.
//
// A property that fails because of src/ keeps its counterexample in `examples`, so that it fails
// on every run instead of whenever fast-check happens to draw it.
//
// Ranges are chosen so that the identity is meaningful in floating point (no product under- or
// overflows unless the property is about exactly that). A property that fails is a finding
// about src/, not a reason to change the tolerance.
import fc from 'fast-check';
import { it } from 'vitest';
import {
  anyDouble,
  EPS,
  finite,
  float32ArrayIn,
  normalOrZero,
  powerOfTwo,
  smoothInput,
  stepUlps,
  ulp,
  ulp32Near,
  ulpNear,
} from '../arbitraries.js';

export const RUNS = 500;
export const CD_RUNS = 1000;
export const U = EPS / 2; // unit roundoff 2⁻⁵³

/** Throws (so fast-check shrinks and prints the counterexample) unless `ok`. */
export function check(ok: boolean, message: () => string): void {
  if (!ok) throw new Error(message());
}

/** |actual − expected| ≤ tol, with equal infinities (and NaN with NaN) counting as equal. */
export function near(actual: number, expected: number, tol: number, what: string): void {
  if (actual === expected || (Number.isNaN(actual) && Number.isNaN(expected))) return;
  const err = Math.abs(actual - expected);
  check(err <= tol, () => `${what}: got ${actual}, expected ${expected} ± ${tol} (|error| = ${err}, ${err / tol}× the tolerance)`);
}

/** Object.is, with a message. */
export function same(actual: number, expected: number, what: string): void {
  check(
    Object.is(actual, expected),
    () => `${what}: got ${Object.is(actual, -0) ? '-0' : actual}, expected ${Object.is(expected, -0) ? '-0' : expected}`,
  );
}

/** Elementwise Object.is of two arrays, with a message. */
export function sameArray(actual: ArrayLike<number>, expected: ArrayLike<number>, what: string): void {
  check(actual.length === expected.length, () => `${what}: length ${actual.length}, expected ${expected.length}`);
  for (let i = 0; i < actual.length; i++) same(actual[i], expected[i], `${what}[${i}]`);
}

/** Pairs lo ≤ hi: independent draws (sorted), or hi a few representable steps above lo. */
export function orderedPairs(x: fc.Arbitrary<number>): fc.Arbitrary<[number, number]> {
  return fc.oneof(
    fc.tuple(x, x).map(([a, b]): [number, number] => (a <= b ? [a, b] : [b, a])),
    fc.tuple(x, fc.integer({ min: 0, max: 64 })).map(([a, k]): [number, number] => [a, stepUlps(a, k)]),
  );
}

/** Slopes/weights for the leaky family: ±0-free magnitudes in [1e-3, 10], or exactly 0. */
export const slope: fc.Arbitrary<number> = fc.oneof(fc.constant(0), finite(1e-3, 10), finite(-10, -1e-3));

/** The standard normal density, for bounds only (a few ulp of error are irrelevant there). */
export function phi(x: number): number {
  return Math.exp((-x * x) / 2) / Math.sqrt(2 * Math.PI);
}

/** Zeros of the derivatives that cross 0 (40-digit mpmath findroot of f′, rounded to double). */
export const GELU_MIN = -0.7517915246935645; // −0.75179152469356445746…
export const GELU_TANH_MIN = -0.7524614220710163; // −0.75246142207101625849…
export const SILU_MIN = -1.278464542761074; // −1.2784645427610737951…
export const MISH_MIN = -1.1924312145154952; // −1.1924312145154952121…

// ───────────────────────────────────────────────────────────────────────────────────────────
// x·g(x) − (−x)·g(−x) = x·(g(x) + g(−x)) = x for the gates g = Φ, σ and σ(2u) (u odd in x).
// Tolerance: each value within 4 ulp (contract) plus ½ ulp for the subtraction. For x > 0,
// f(x) > 0 ≥ f(−x), so there is no cancellation and the bound is a few ulp of x.
export function oddPartTest(name: string, f: (x: number) => number): void {
  it(`${name}(x) − ${name}(−x) = x`, () => {
    fc.assert(
      fc.property(fc.oneof(smoothInput, fc.double({ noNaN: true })), (x) => {
        const a = f(x);
        const b = f(-x);
        const d = a - b;
        if (!Number.isFinite(x)) return check(d === x, () => `${name}(${x}) − ${name}(${-x}) = ${d}`);
        near(d, x, 4 * ulpNear(a) + 4 * ulpNear(b) + ulp(d) / 2, `${name}(${x}) − ${name}(${-x})`);
      }),
      { numRuns: RUNS },
    );
  });
}

// ───────────────────────────────────────────────────────────────────────────────────────────
/** Scale invariance for a ≥ 0 of the leaky family f(x, s) (leakyRelu, prelu). */
export function leakyScaleTests(name: string, f: (x: number, s: number) => number): void {
  // a = 2^k: scaling by a power of two commutes with rounding in the normal range, so
  // fl(s·(a·x)) = a·fl(s·x) exactly. |x| ∈ [1e-100, 1e100], |s| ∈ [1e-3, 10], |k| ≤ 100 keep every
  // product normal.
  it(`${name}(a·x, s) = a·${name}(x, s) for a = 2^k (exact)`, () => {
    fc.assert(
      fc.property(powerOfTwo(-100, 100), normalOrZero(1e-100, 1e100), slope, (a, x, s) => {
        same(f(a * x, s), a * f(x, s), `${name}(${a}·${x}, ${s}) vs ${a}·${name}(${x}, ${s})`);
      }),
      { numRuns: RUNS },
    );
  });

  // General a: for a·x > 0 both sides are fl(a·x). For x ≤ 0 they are fl(s·fl(a·x)) and
  // fl(a·fl(s·x)), each within (1+u)² − 1 ≈ 2u of a·s·x, so they differ by ≤ 4u·|a·s·x|
  // ≤ 2·EPS·(1 + 4·EPS)·max(|L|, |R|). (1 ulp is not a bound: the two orders can land 2 ulp
  // apart, e.g. a = 3050.801659228936, x = −1246569.270140819, s = 4.492756484060198.)
  // a ∈ {0} ∪ [1e-6, 1e6] keeps every product normal.
  it(`${name}(a·x, s) = a·${name}(x, s) for a ≥ 0 (within the two roundings)`, () => {
    fc.assert(
      fc.property(fc.oneof(fc.constant(0), finite(1e-6, 1e6)), normalOrZero(1e-100, 1e100), slope, (a, x, s) => {
        const l = f(a * x, s);
        const r = a * f(x, s);
        // (For a = 0 both sides are zeros whose signs need not agree: f(+0, s < 0) is −0.)
        if (a * x > 0) same(l, r, `${name}(${a}·${x}, ${s}) vs ${a}·${name}(${x}, ${s})`);
        else
          near(l, r, 2 * EPS * (1 + 4 * EPS) * Math.max(Math.abs(l), Math.abs(r)), `${name}(${a}·${x}, ${s}) vs ${a}·${name}(${x}, ${s})`);
      }),
      { numRuns: RUNS },
    );
  });
}

/** leaky f(x, a) = max(x, a·x) for 0 ≤ a ≤ 1. */
export function leakyMaxTest(name: string, f: (x: number, a: number) => number): void {
  // For x > 0, fl(a·x) ≤ x (rounding is monotone), so max = x; for x ≤ 0, fl(a·x) ≥ x, so max is
  // fl(a·x) — exactly what leakyRelu returns: exact, signed zeros included (max(−0, −0) = −0).
  // x = ±Infinity with a = 0 is excluded: 0·∞ is NaN in IEEE, the limit of a·x is ∓0.
  it(`${name}(x, a) = max(x, a·x) for 0 ≤ a ≤ 1`, () => {
    fc.assert(
      fc.property(anyDouble, fc.oneof(fc.constantFrom(0, 1, 0.01, 0.25), finite(0, 1)), (x, a) => {
        fc.pre(!(a === 0 && (x === Infinity || x === -Infinity)));
        same(f(x, a), Math.max(x, a * x), `${name}(${x}, ${a})`);
      }),
      { numRuns: RUNS },
    );
  });
}

// ───────────────────────────────────────────────────────────────────────────────────────────
// Left tails: the asymptotics silu(x) ~ x·eˣ, silu′(x) ~ (1 + x)·eˣ, mish(x) ~ x·eˣ,
// mish′(x) ~ (1 + x)·eˣ and softplus(x, β) ~ e^{βx}/β. For x ≤ −60 (βx ≤ −60) the neglected
// relative terms are O(|x|·eˣ) < 1e-23, far below an ulp: there these are identities to the
// last bit. The reference m·eʸ is formed in the normal range — e^{y+600}·e^{−600} for y < −700,
// where y + 600 is exact (it is a multiple of ulp(y) smaller in magnitude than y) — so that only
// the last multiplication rounds into the subnormals: two exps (≤ 1 ulp each, fdlibm) and two
// roundings of ½ ulp give ≤ 3·EPS relative plus ½ ulp of the (possibly subnormal) result; the
// function adds its contract (4 ulp; 8 for silu′, mish′).

/** m·eʸ for y ≤ 0 (m a moderate multiplier), without ever forming a subnormal eʸ. */
export function timesExp(m: number, y: number): number {
  return y >= -700 ? m * Math.exp(y) : m * Math.exp(y + 600) * Math.exp(-600);
}

/** e^y/β likewise (division, so that 1/β is not rounded separately). */
export function expOver(y: number, beta: number): number {
  return y >= -700 ? Math.exp(y) / beta : (Math.exp(y + 600) / beta) * Math.exp(-600);
}

export function tailTol(ref: number, ulps: number): number {
  return 3 * EPS * Math.abs(ref) + ulp(ref) / 2 + ulps * ulpNear(ref);
}

/**
 * Known counterexamples: where eˣ is subnormal (x < −708.4) silu, silu′, mish and mish′ multiply
 * the subnormal eˣ (absolute error ½·2⁻¹⁰⁷⁴) by |x| ≈ 700, an error of up to ~|x|/2 ulp of the
 * (subnormal) result: silu(−725.0274455885883) is 362 ulp off (mpmath). softplus(x, β) divides
 * the subnormal e^{βx} by β < 1, which turns it into a normal number with the subnormal's few
 * significant bits: softplus(−720·2³⁴, 2⁻³⁴) ≈ 3.5e-303 is ~1e-11 relative (tens of thousands
 * of ulp) off.
 */
export const SUBNORMAL_TAIL: [number][] = [[-723.1809030966433], [-725.0274455885883]];

// ───────────────────────────────────────────────────────────────────────────────────────────
// f(x) − f(−x) = x for float32 kernels: each value within 1 float32 ulp, the float64 subtraction
// of two float32s rounds by ≤ ½ float64 ulp.
export function kernelOddPartTest(name: string, kernel: (out: Float32Array, x: Float32Array) => Float32Array): void {
  it(`${name}(x) − ${name}(−x) = x (≤ 1 float32 ulp of each)`, () => {
    fc.assert(
      fc.property(fc.oneof(float32ArrayIn(-10, 10), float32ArrayIn(-3e38, 3e38)), (x) => {
        const a = kernel(new Float32Array(x.length), x);
        const b = kernel(
          new Float32Array(x.length),
          Float32Array.from(x, (v) => -v),
        );
        for (let i = 0; i < x.length; i++) {
          const d = a[i] - b[i];
          const tol = name === 'reluF32' ? 0 : ulp32Near(a[i]) + ulp32Near(b[i]) + ulp(d) / 2;
          near(d, x[i], tol, `${name}(${x[i]}) − ${name}(${-x[i]})`);
        }
      }),
      { numRuns: RUNS },
    );
  });
}
