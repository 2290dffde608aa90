// Shared machinery of the property tests (fast-check) of the mathematical identities listed in
// docs/design.md, "Testing"; the tests themselves are in test/activations/<activation>.test.ts.
//
// They check the mathematics, not the implementation: each property states an identity or
// inequality that holds for the exact functions, and a tolerance derived from the rounding that
// floating point adds to it. Two sources of rounding are used throughout:
//
//  - the accuracy contract of docs/design.md, "Accuracy contract": a float64 scalar is within 4 ulp of the
//    exact value (silu′, gelu′, geluTanh′, mish′: 8 ulp farther than 0.2 from the derivative's
//    zero, absolute 4·2⁻⁵² closer in, as in test/spot.test.ts); a Float32Array kernel is within
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
import { EPS, finite, float32ArrayIn, pow2, smoothInput, stepUlps, ulp, ulp32Near, ulpNear } from '../arbitraries.js';

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
  check(Object.is(actual, expected), () => `${what}: got ${Object.is(actual, -0) ? '-0' : actual}, expected ${Object.is(expected, -0) ? '-0' : expected}`);
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
// Derivatives vs a central difference (f(x+h) − f(x−h))/(2h).
//
// Step: h = 2^k ≈ 1e-5·max(scale, |x|) (scale = the function's own length: 1/β, √b, 1), and x is
// snapped to a multiple of h·2⁻³⁰, so x ± h are exact and 2h is a power of two: the only roundings
// are in f(x±h) and their difference. With Taylor's theorem the error budget is then
//   truncation  h²/6 · max|f‴| over [x − h, x + h]       (rigorous analytic bounds below)
//   rounding    (4 ulp f(x+h) + 4 ulp f(x−h) + ½ ulp of the difference) / (2h)   (contract)
//   derivative  the contract of f′ (4 ulp; 8 ulp / 4·2⁻⁵² absolute for the four smooth gates).
// Near a kink (relu family at 0, elu at 0 for α ≠ 1) the step straddles a point where f is not
// C¹: skip |x| ≤ 2h. For elu with α = 1, f is C¹ with Lipschitz f′ (|f″| ≤ 1), where the
// difference is within L·h/2 of f′ (|f′(x+t) − f′(x)| ≤ L|t| averaged over |t| ≤ h).
//
// |f‴| bounds used (d = distance of the interval from 0, D = max |t| on it), all from
// |σ″| ≤ σ′, |σ‴| ≤ σ′ (σ‴ = σ′(1 − 6σ′), 6σ′ ≤ 3/2) and σ′(t) ≤ min(¼, e^{−|t|}):
//   sigmoid: σ′(d);   softplus_β: β²σ′(βd);   silu (f‴ = 3σ″ + xσ‴): (3 + D)σ′(d);
//   gelu (f‴ = (x³ − 4x)φ): (D³ + 4D)φ(d);   squareplus (f‴ = −3bx/(2r⁵)): 3bD/(2(d²+b)^{5/2});
//   elu: α·e^{hi} for x < 0, 0 for x > 0;   relu family: 0;
//   geluTanh = x·σ(g), g = a(x + kx³): 3|S″| + D|S‴| with |S″| ≤ σ′(g)(g′² + |g″|),
//     |S‴| ≤ σ′(g)(|g′|³ + 3|g′g″| + |g‴|), σ′(g) ≤ min(¼, e^{−a(d + kd³)});
//   mish = x·tanh(P), P = softplus: with Q = sech²P (decreasing in x), |tanh″| ≤ 2Q, |tanh‴| ≤ 4Q:
//     |f‴| ≤ Q(lo)·[3(2σ(hi)² + σ′(d)) + D(4σ(hi)³ + 6σ(hi)σ′(d) + σ′(d))].

export interface DiffCase {
  title: string;
  param: fc.Arbitrary<number>;
  f: (x: number, p: number) => number;
  df: (x: number, p: number) => number;
  scale: (p: number) => number;
  m3: (lo: number, hi: number, p: number) => number;
  /** The function has a kink at 0; returns sup|f″| there if f is C¹ (Lipschitz f′), else undefined: skip. */
  kink?: (p: number, lo: number, hi: number) => number | undefined;
  derivUlps: number;
  derivZero?: number;
  x: fc.Arbitrary<number>;
  /** Known counterexamples [x, param], replayed on every run (see SUBNORMAL_TAIL). */
  examples?: [number, number][];
}

export const sigmoidSlopeBound = (t: number): number => Math.min(0.25, Math.exp(-t));
export const dist0 = (lo: number, hi: number): number => (lo > 0 ? lo : hi < 0 ? -hi : 0);
export const maxAbs = (lo: number, hi: number): number => Math.max(Math.abs(lo), Math.abs(hi));
export const A_TANH = 2 * Math.sqrt(2 / Math.PI);
export const K_TANH = 0.044715;
export const rectifierInput = fc.oneof(finite(-10, 10), finite(-1e6, 1e6));

/** f′ against a central difference, with the error budget above. */
export function centralDifferenceTest(c: DiffCase): void {
  it(c.title, () => {
    fc.assert(
      fc.property(c.x, c.param, (x0, p) => {
        const k = Math.floor(Math.log2(1e-5 * Math.max(c.scale(p), Math.abs(x0))));
        const h = pow2(k);
        const grid = pow2(k - 30);
        const x = Math.round(x0 / grid) * grid;
        const lo = x - h; // exact: x, h are multiples of grid and |x ± h|/grid < 2^53
        const hi = x + h;
        let trunc = ((h * h) / 6) * c.m3(lo, hi, p);
        if (c.kink !== undefined && Math.abs(x) <= 2 * h) {
          const lipschitz = c.kink(p, lo, hi);
          if (lipschitz === undefined) return; // f is not differentiable inside the step
          trunc = (lipschitz * h) / 2;
        }
        const fp = c.f(hi, p);
        const fm = c.f(lo, p);
        const diff = fp - fm;
        const cd = diff / (2 * h); // exact division by a power of two
        const df = c.df(x, p);
        const round = (4 * ulpNear(fp) + 4 * ulpNear(fm) + ulp(diff) / 2) / (2 * h);
        const nearZero = c.derivZero !== undefined && Math.abs(x - c.derivZero) <= 0.2;
        const deriv = c.derivUlps * ulpNear(df) + (nearZero ? 4 * EPS : 0);
        near(df, cd, trunc + round + deriv, `f′(${x}; ${p}) vs (f(${hi}) − f(${lo}))/(2·${h}) [trunc ${trunc}, round ${round}]`);
      }),
      { numRuns: CD_RUNS, examples: c.examples ?? [] },
    );
  });
}

// ───────────────────────────────────────────────────────────────────────────────────────────
// Monotonicity: x ≤ y ⇒ f(x) ≤ f(y), and f′ ≥ 0. The relu family is exact (its values are x,
// 0 or the single rounding fl(s·x), all monotone in x): tolerance 0. Elsewhere the contract
// allows f(x) to be 4 ulp high and f(y) 4 ulp low.
export interface MonoCase {
  name: string;
  f: (x: number, p: number) => number;
  df: (x: number, p: number) => number;
  param: fc.Arbitrary<number>;
  exact: boolean;
}

export function assertMonotone(name: string, f: (x: number) => number, x: number, y: number, exact: boolean, increasing: boolean): void {
  const fx = f(x);
  const fy = f(y);
  const tol = exact ? 0 : 4 * ulpNear(fx) + 4 * ulpNear(fy);
  if (increasing) check(fx <= fy + tol, () => `${name}(${x}) = ${fx} > ${name}(${y}) = ${fy} (tolerance ${tol})`);
  else check(fx >= fy - tol, () => `${name}(${x}) = ${fx} < ${name}(${y}) = ${fy} (tolerance ${tol})`);
}

/** f non-decreasing (exactly, or within the contract's 4 ulp on each side) and f′ ≥ 0. */
export function monotoneTest(c: MonoCase): void {
  it(`${c.name} is non-decreasing and its derivative is ≥ 0`, () => {
    fc.assert(
      fc.property(orderedPairs(fc.oneof(smoothInput, fc.double({ noNaN: true }))), c.param, ([x, y], p) => {
        assertMonotone(c.name, (t) => c.f(t, p), x, y, c.exact, true);
        check(c.df(x, p) >= 0, () => `${c.name}′(${x}; ${p}) = ${c.df(x, p)} < 0`);
      }),
      { numRuns: RUNS },
    );
  });
}

// gelu, geluTanh, silu and mish decrease down to their minimum x₀ and increase after it.
// (x₀ from mpmath; the 4-digit −0.7518, −1.2785, −1.1924 lie *below* the true minima, so
// they would include a sliver where the functions still decrease.) The sign of f′ is checked
// outside x₀ ± δ, δ = 2⁻⁴⁰ ≈ 9e-13: there |f′| ≥ f″(x₀)·δ ≳ 0.2δ ≈ 2e-13, far above f′'s absolute
// error of 4·2⁻⁵² ≈ 9e-16 near its zero (and the ½ulp rounding of x₀).
const DELTA = 2 ** -40;
export function monotoneAroundMinimumTests(name: string, f: (x: number) => number, df: (x: number) => number, x0: number): void {
  it(`${name} is non-decreasing for x ≥ ${x0} with ${name}′ ≥ 0 there`, () => {
    fc.assert(
      fc.property(orderedPairs(fc.oneof(finite(x0, x0 + 2), finite(x0, 60), finite(x0, 1e300))), ([x, y]) => {
        assertMonotone(name, f, x, y, false, true);
        if (x >= x0 + DELTA) check(df(x) >= 0, () => `${name}′(${x}) = ${df(x)} < 0`);
      }),
      { numRuns: RUNS },
    );
  });

  it(`${name} is non-increasing for x ≤ ${x0} with ${name}′ ≤ 0 there`, () => {
    fc.assert(
      fc.property(orderedPairs(fc.oneof(finite(x0 - 2, x0), finite(-60, x0), finite(-1e300, x0))), ([x, y]) => {
        assertMonotone(name, f, x, y, false, false);
        if (y <= x0 - DELTA) check(df(y) <= 0, () => `${name}′(${y}) = ${df(y)} > 0`);
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
        const b = kernel(new Float32Array(x.length), Float32Array.from(x, (v) => -v));
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
