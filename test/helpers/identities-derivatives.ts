// Derivatives against a central difference and monotonicity, for the identity tests of
// test/activations (the tolerance conventions are those of test/helpers/identities.ts).
import fc from 'fast-check';
import { it } from 'vitest';
import { finite, pow2, smoothInput, ulp, ulpNear } from '../arbitraries.js';
import { CD_RUNS, check, near, orderedPairs, RUNS } from './identities.js';

// ───────────────────────────────────────────────────────────────────────────────────────────
// Derivatives vs a central difference (f(x+h) − f(x−h))/(2h).
//
// Step: h = 2^k ≈ 1e-5·max(scale, |x|) (scale = the function's own length: 1/β, √b, 1), and x is
// snapped to a multiple of h·2⁻³⁰, so x ± h are exact and 2h is a power of two: the only roundings
// are in f(x±h) and their difference. With Taylor's theorem the error budget is then
//   truncation  h²/6 · max|f‴| over [x − h, x + h]       (rigorous analytic bounds below)
//   rounding    (4 ulp f(x+h) + 4 ulp f(x−h) + ½ ulp of the difference) / (2h)   (contract)
//   derivative  the contract of f′ (4 ulp).
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
        const deriv = c.derivUlps * ulpNear(df);
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
// outside x₀ ± δ, δ = 2⁻⁵⁰ ≈ 9e-16 (4 to 8 ulp of x₀, beyond x₀'s own rounding): f′ keeps 4 ulp of
// relative accuracy next to its zero, so its sign is exact wherever the true sign is known.
const DELTA = 2 ** -50;
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
