// Property tests (fast-check) of the mathematical identities listed in docs/design.md, "Testing".
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
import { describe, it } from 'vitest';
import {
  crelu,
  creluF32,
  elu,
  eluDerivative,
  gelu,
  geluDerivative,
  geluF32,
  geluTanh,
  geluTanhDerivative,
  geluTanhF32,
  leakyRelu,
  leakyReluDerivative,
  leakyReluF32,
  mish,
  mishDerivative,
  prelu,
  preluDerivative,
  relu,
  reluDerivative,
  reluF32,
  sigmoid,
  sigmoidDerivative,
  sigmoidDerivativeF32,
  sigmoidF32,
  silu,
  siluDerivative,
  siluF32,
  softplus,
  softplusDerivative,
  softplusDerivativeF32,
  squareplus,
  squareplusDerivative,
  squareplusF32,
} from '../src/index.js';
import {
  EPS,
  anyDouble,
  anyFinite,
  finite,
  float32ArrayIn,
  float32In,
  logUniform,
  normalOrZero,
  pow2,
  powerOfTwo,
  smoothInput,
  split26,
  stepUlps,
  ulp,
  ulp32,
  ulp32Near,
  ulpNear,
} from './arbitraries.js';
import { ulpDistance32, ulpDistance64 } from './ulp.js';

const RUNS = 500;
const CD_RUNS = 1000;
const U = EPS / 2; // unit roundoff 2⁻⁵³

/** Throws (so fast-check shrinks and prints the counterexample) unless `ok`. */
function check(ok: boolean, message: () => string): void {
  if (!ok) throw new Error(message());
}

/** |actual − expected| ≤ tol, with equal infinities (and NaN with NaN) counting as equal. */
function near(actual: number, expected: number, tol: number, what: string): void {
  if (actual === expected || (Number.isNaN(actual) && Number.isNaN(expected))) return;
  const err = Math.abs(actual - expected);
  check(err <= tol, () => `${what}: got ${actual}, expected ${expected} ± ${tol} (|error| = ${err}, ${err / tol}× the tolerance)`);
}

/** Object.is, with a message. */
function same(actual: number, expected: number, what: string): void {
  check(Object.is(actual, expected), () => `${what}: got ${Object.is(actual, -0) ? '-0' : actual}, expected ${Object.is(expected, -0) ? '-0' : expected}`);
}

/** Elementwise Object.is of two arrays, with a message. */
function sameArray(actual: ArrayLike<number>, expected: ArrayLike<number>, what: string): void {
  check(actual.length === expected.length, () => `${what}: length ${actual.length}, expected ${expected.length}`);
  for (let i = 0; i < actual.length; i++) same(actual[i], expected[i], `${what}[${i}]`);
}

/** Pairs lo ≤ hi: independent draws (sorted), or hi a few representable steps above lo. */
function orderedPairs(x: fc.Arbitrary<number>): fc.Arbitrary<[number, number]> {
  return fc.oneof(
    fc.tuple(x, x).map(([a, b]): [number, number] => (a <= b ? [a, b] : [b, a])),
    fc.tuple(x, fc.integer({ min: 0, max: 64 })).map(([a, k]): [number, number] => [a, stepUlps(a, k)]),
  );
}

/** Slopes/weights for the leaky family: ±0-free magnitudes in [1e-3, 10], or exactly 0. */
const slope: fc.Arbitrary<number> = fc.oneof(fc.constant(0), finite(1e-3, 10), finite(-10, -1e-3));

/** The standard normal density, for bounds only (a few ulp of error are irrelevant there). */
function phi(x: number): number {
  return Math.exp((-x * x) / 2) / Math.sqrt(2 * Math.PI);
}

/** Zeros of the derivatives that cross 0 (40-digit mpmath findroot of f′, rounded to double). */
const GELU_MIN = -0.7517915246935645; // −0.75179152469356445746…
const GELU_TANH_MIN = -0.7524614220710163; // −0.75246142207101625849…
const SILU_MIN = -1.278464542761074; // −1.2784645427610737951…
const MISH_MIN = -1.1924312145154952; // −1.1924312145154952121…

// ───────────────────────────────────────────────────────────────────────────────────────────
describe('softplus′ = sigmoid', () => {
  // β = 1: β·x = x exactly, so both sides evaluate σ at the same argument. Each is a faithful
  // (≤ 1 ulp) evaluation of σ(x), hence the two are at most 2 ulp apart.
  it('softplus′(x) = sigmoid(x)', () => {
    fc.assert(
      fc.property(fc.oneof(smoothInput, anyDouble), (x) => {
        const d = ulpDistance64(softplusDerivative(x), sigmoid(x));
        check(d <= 2, () => `softplusDerivative(${x}) = ${softplusDerivative(x)} vs sigmoid = ${sigmoid(x)}: ${d} ulp`);
      }),
      { numRuns: RUNS },
    );
  });

  // β and x rounded to 26 significant bits, so β·x has ≤ 52 bits and is exact: again both sides
  // are σ at the same exact argument, ≤ 2 ulp apart.
  it('softplus′(x, β) = sigmoid(β·x) for β ∈ [0.1, 10] (β·x exact)', () => {
    fc.assert(
      fc.property(finite(0.1, 10), fc.oneof(smoothInput, finite(-1e4, 1e4)), (b0, x0) => {
        const beta = split26(b0);
        const x = split26(x0);
        const y = beta * x;
        const d = ulpDistance64(softplusDerivative(x, beta), sigmoid(y));
        check(d <= 2, () => `softplusDerivative(${x}, ${beta}) = ${softplusDerivative(x, beta)} vs sigmoid(${y}) = ${sigmoid(y)}: ${d} ulp`);
      }),
      { numRuns: RUNS },
    );
  });

  // Arbitrary β·x: the test's y = fl(β·x) is off the exact product by ≤ u·|y|, which moves σ by
  // σ′(y)·u·|y| (σ′ changes by a factor e^{u|y|} ≈ 1 + 1e-12 between y and β·x). softplus′
  // evaluates σ(β·x) at the exact product, sigmoid(y) at the rounded one; add the 2 ulp above.
  it('softplus′(x, β) = sigmoid(β·x) for β ∈ [0.1, 10] (any x, up to the rounding of β·x)', () => {
    fc.assert(
      fc.property(finite(0.1, 10), fc.oneof(smoothInput, finite(-1e4, 1e4)), (beta, x) => {
        const y = beta * x;
        const ref = sigmoid(y);
        const e = Math.exp(-Math.abs(y));
        const slopeAtY = e / ((1 + e) * (1 + e));
        const tol = 2 * ulpNear(ref) + U * Math.abs(y) * slopeAtY * (1 + 1e-9);
        near(softplusDerivative(x, beta), ref, tol, `softplusDerivative(${x}, ${beta}) vs sigmoid(${y})`);
      }),
      { numRuns: RUNS },
    );
  });
});

// ───────────────────────────────────────────────────────────────────────────────────────────
describe('scale invariance for a ≥ 0', () => {
  // For x > 0 both sides are the single rounding fl(a·x) (also when it overflows to Infinity);
  // for x ≤ 0 both are +0. So the identity is exact (Object.is) for every a ≥ 0, powers of two
  // and general a alike.
  it('relu(a·x) = a·relu(x)', () => {
    fc.assert(
      fc.property(fc.oneof(powerOfTwo(-1074, 1023), finite(0, 1e300)), fc.oneof(anyFinite, fc.constant(Number.NaN)), (a, x) => {
        same(relu(a * x), a * relu(x), `relu(${a}·${x}) vs ${a}·relu(${x})`);
      }),
      { numRuns: RUNS },
    );
  });

  for (const [name, f] of [
    ['leakyRelu', leakyRelu],
    ['prelu', prelu],
  ] as const) {
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
          else near(l, r, 2 * EPS * (1 + 4 * EPS) * Math.max(Math.abs(l), Math.abs(r)), `${name}(${a}·${x}, ${s}) vs ${a}·${name}(${x}, ${s})`);
        }),
        { numRuns: RUNS },
      );
    });
  }
});

/**
 * Regression examples, replayed on every run so that they do not depend on fast-check drawing a
 * tiny x. These properties found them in 155a32d (fixed in cfbae1d): for |x| < 1.5e-154, x²
 * underflowed (to a subnormal or 0) and √(x² + b) lost its digits when b was tiny or 0 —
 * squareplus(1e-160, 0) was 9.99997e-161 (relative error 2.8e-6), squareplus(1e-200, 0) was
 * 5e-201 (x/2), squareplus′(1e-200, 0) was 0 instead of 1 and squareplus′(−5e-324, 0) NaN.
 */
const SQUAREPLUS_UNDERFLOW: [number][] = [[1e-160], [1e-200]];

// ───────────────────────────────────────────────────────────────────────────────────────────
describe('f(x) − f(−x) = x', () => {
  // relu: one of relu(±x) is 0 and the other |x|, so the difference is exact (also ±Infinity).
  it('relu(x) − relu(−x) = x', () => {
    fc.assert(
      fc.property(fc.double({ noNaN: true }), (x) => {
        check(relu(x) - relu(-x) === x, () => `relu(${x}) − relu(${-x}) = ${relu(x) - relu(-x)}`);
      }),
      { numRuns: RUNS },
    );
  });

  // x·g(x) − (−x)·g(−x) = x·(g(x) + g(−x)) = x for the gates g = Φ, σ and σ(2u) (u odd in x).
  // Tolerance: each value within 4 ulp (contract) plus ½ ulp for the subtraction. For x > 0,
  // f(x) > 0 ≥ f(−x), so there is no cancellation and the bound is a few ulp of x.
  for (const [name, f] of [
    ['gelu', gelu],
    ['silu', silu],
    ['geluTanh', geluTanh],
  ] as const) {
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

  // (x + r)/2 − (−x + r)/2 = x with r = √(x² + b). Both values are positive, so the subtraction
  // may cancel (b ≫ x²): the tolerance is a few ulp of the larger value, not of x.
  it('squareplus(x, b) − squareplus(−x, b) = x (any b ≥ 0)', () => {
    fc.assert(
      fc.property(
        fc.oneof(smoothInput, anyFinite),
        fc.oneof(fc.constantFrom(0, 4), finite(0, 100), logUniform(-1000, 1000)),
        (x, b) => {
          const a = squareplus(x, b);
          const c = squareplus(-x, b);
          const d = a - c;
          near(d, x, 4 * ulpNear(a) + 4 * ulpNear(c) + ulp(d) / 2, `squareplus(${x}, ${b}) − squareplus(${-x}, ${b})`);
        },
      ),
      { numRuns: RUNS, examples: SQUAREPLUS_UNDERFLOW.map(([x]): [number, number] => [x, 0]) },
    );
  });
});

// ───────────────────────────────────────────────────────────────────────────────────────────
describe('leakyRelu(x, a) = max(x, a·x) for 0 ≤ a ≤ 1', () => {
  // For x > 0, fl(a·x) ≤ x (rounding is monotone), so max = x; for x ≤ 0, fl(a·x) ≥ x, so max is
  // fl(a·x) — exactly what leakyRelu returns: exact, signed zeros included (max(−0, −0) = −0).
  // x = ±Infinity with a = 0 is excluded: 0·∞ is NaN in IEEE, the limit of a·x is ∓0.
  for (const [name, f] of [
    ['leakyRelu', leakyRelu],
    ['prelu', prelu],
  ] as const) {
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
});

// ───────────────────────────────────────────────────────────────────────────────────────────
describe('squareplus', () => {
  const bAny = fc.oneof(fc.constantFrom(0, 4), finite(0, 100), logUniform(-1000, 1000));

  // b = 0: (x + |x|)/2 = relu(x) exactly, for every x (and the limits at ±Infinity, NaN).
  // The derivative too: squareplus′(x, 0) = relu′(x) (0 at the kink, as documented).
  it('squareplus(x, 0) = relu(x) and squareplus′(x, 0) = relu′(x)', () => {
    fc.assert(
      fc.property(fc.oneof(smoothInput, anyDouble), (x) => {
        same(squareplus(x, 0), relu(x), `squareplus(${x}, 0)`);
        same(squareplusDerivative(x, 0), reluDerivative(x), `squareplusDerivative(${x}, 0)`);
      }),
      { numRuns: RUNS, examples: SQUAREPLUS_UNDERFLOW },
    );
  });

  // squareplus(x, b) − relu(x) = (√(x²+b) − |x|)/2 = b/(2(√(x²+b) + |x|)) ∈ [0, √b/2], largest at
  // x = 0: squareplus → relu uniformly as b → 0. Tolerance: 4 ulp of squareplus (contract),
  // 1 ulp of √b/2 (sqrt rounds once, /2 is exact), ½ ulp of the computed gap.
  it('|squareplus(x, b) − relu(x)| ≤ √b/2 for all x', () => {
    fc.assert(
      fc.property(fc.oneof(smoothInput, anyFinite), bAny, (x, b) => {
        const s = squareplus(x, b);
        const gap = s - relu(x);
        const bound = Math.sqrt(b) / 2;
        const tol = 4 * ulpNear(s) + ulp(bound) + ulp(gap) / 2;
        check(gap >= -tol && gap <= bound + tol, () => `squareplus(${x}, ${b}) = ${s}: gap to relu ${gap} not in [0, √b/2 = ${bound}] ± ${tol}`);
      }),
      { numRuns: RUNS, examples: SQUAREPLUS_UNDERFLOW.map(([x]): [number, number] => [x, 0]) },
    );
  });

  // ∂/∂b squareplus = 1/(4√(x²+b)) > 0, so the gap to relu shrinks as b decreases. Tolerance: the
  // contract's 4 ulp on each side.
  it('squareplus(x, b) is non-decreasing in b (the gap to relu shrinks as b → 0)', () => {
    fc.assert(
      fc.property(fc.oneof(smoothInput, anyFinite), orderedPairs(fc.oneof(finite(0, 100), logUniform(-1000, 1000))), (x, [b1, b2]) => {
        const s1 = squareplus(x, b1);
        const s2 = squareplus(x, b2);
        check(s1 <= s2 + 4 * ulpNear(s1) + 4 * ulpNear(s2), () => `squareplus(${x}, ${b1}) = ${s1} > squareplus(${x}, ${b2}) = ${s2}`);
      }),
      { numRuns: RUNS },
    );
  });

  it('squareplus is non-decreasing in x and squareplus′ ≥ 0', () => {
    fc.assert(
      fc.property(orderedPairs(fc.oneof(smoothInput, fc.double({ noNaN: true }))), bAny, ([x, y], b) => {
        const fx = squareplus(x, b);
        const fy = squareplus(y, b);
        check(fx <= fy + 4 * ulpNear(fx) + 4 * ulpNear(fy), () => `squareplus(${x}, ${b}) = ${fx} > squareplus(${y}, ${b}) = ${fy}`);
        check(squareplusDerivative(x, b) >= 0, () => `squareplusDerivative(${x}, ${b}) = ${squareplusDerivative(x, b)} < 0`);
      }),
      { numRuns: RUNS },
    );
  });

  // The exact value is ≥ b/(4(|x| + √b)) > 0; with |x| ≤ 1e100 and b ≥ 1e-100 that is ≥ 1e-201,
  // far inside the normal range, so no rounding can make it 0.
  it('squareplus(x, b) > 0 for b > 0', () => {
    fc.assert(
      fc.property(fc.oneof(smoothInput, finite(-1e100, 1e100)), logUniform(-332, 332), (x, b) => {
        check(squareplus(x, b) > 0, () => `squareplus(${x}, ${b}) = ${squareplus(x, b)}`);
      }),
      { numRuns: RUNS },
    );
  });

  // x < 0: squareplus(x, b) = b/(2(√(x²+b) + |x|)) < b/(4|x|) → 0 as x → −∞. The computed bound
  // fl(b/(4|x|)) is ≥ (1 − u) times the exact one (4|x| is exact); add squareplus's 4 ulp.
  it('squareplus(x, b) ≤ b/(4|x|) for x < 0 (→ 0 as x → −∞)', () => {
    fc.assert(
      fc.property(fc.oneof(finite(-60, -1e-100), finite(-1e100, -1e-100)), logUniform(-30, 30), (x, b) => {
        const s = squareplus(x, b);
        const bound = b / (4 * -x);
        check(s <= bound * (1 + EPS) + 4 * ulpNear(s), () => `squareplus(${x}, ${b}) = ${s} > b/(4|x|) = ${bound}`);
      }),
      { numRuns: RUNS },
    );
  });

  // x > 0: squareplus(x, b) − x = b/(2(√(x²+b) + x)) ∈ (0, b/(4x)) → 0 as x → +∞. The computed
  // difference carries squareplus's 4 ulp (of ≈ x) plus ½ ulp for the subtraction.
  it('0 ≤ squareplus(x, b) − x ≤ b/(4x) for x > 0 (→ 0 as x → +∞)', () => {
    fc.assert(
      fc.property(fc.oneof(finite(1e-100, 60), logUniform(-300, 1000)), logUniform(-30, 30), (x, b) => {
        const s = squareplus(x, b);
        const gap = s - x;
        const bound = b / (4 * x);
        const tol = 4 * ulpNear(s) + ulp(gap) / 2;
        check(gap >= -tol && gap <= bound * (1 + EPS) + tol, () => `squareplus(${x}, ${b}) − x = ${gap} not in [0, b/(4x) = ${bound}] ± ${tol}`);
      }),
      { numRuns: RUNS },
    );
  });
});

// ───────────────────────────────────────────────────────────────────────────────────────────
describe('softplus_β → relu as β → ∞', () => {
  // softplus(x, β) − relu(x) = log(1 + e^{−β|x|})/β ∈ (0, ln2/β], largest at x = 0.
  // Upper side: 4 ulp of softplus (contract), ½ ulp of the gap, and 2 ulp of the bound
  // (Math.LN2 and the division each round by ≤ u relative).
  // Lower side: relu(x) is a double strictly below the exact value, so no faithful rounding of
  // softplus can go below it: gap ≥ 0 exactly. Strictly > 0 where the exact value is
  // representable: x ≤ 0 with β|x| ≤ 700 (softplus ≈ e^{−β|x|}/β ≥ 1e-316 > 0).
  it('0 < softplus(x, β) − relu(x) ≤ ln2/β for all x', () => {
    fc.assert(
      fc.property(fc.oneof(smoothInput, finite(-1e6, 1e6)), logUniform(-4, 40), (x, beta) => {
        const s = softplus(x, beta);
        const gap = s - relu(x);
        const bound = Math.LN2 / beta;
        check(gap >= 0, () => `softplus(${x}, ${beta}) = ${s} < relu(${x})`);
        if (x <= 0 && beta * -x <= 700) check(gap > 0, () => `softplus(${x}, ${beta}) = ${s} is not > relu(${x}) = 0`);
        const tol = 4 * ulpNear(s) + ulp(gap) / 2 + 2 * ulp(bound);
        check(gap <= bound + tol, () => `softplus(${x}, ${beta}) − relu(x) = ${gap} > ln2/β = ${bound} (+ ${tol})`);
      }),
      { numRuns: RUNS },
    );
  });
});

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

interface DiffCase {
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

const sigmoidSlopeBound = (t: number): number => Math.min(0.25, Math.exp(-t));
const dist0 = (lo: number, hi: number): number => (lo > 0 ? lo : hi < 0 ? -hi : 0);
const maxAbs = (lo: number, hi: number): number => Math.max(Math.abs(lo), Math.abs(hi));
const A_TANH = 2 * Math.sqrt(2 / Math.PI);
const K_TANH = 0.044715;
const rectifierInput = fc.oneof(finite(-10, 10), finite(-1e6, 1e6));

const diffCases: DiffCase[] = [
  {
    title: 'relu′(x) agrees with a central difference away from 0',
    param: fc.constant(0),
    f: (x) => relu(x),
    df: (x) => reluDerivative(x),
    scale: () => 1,
    m3: () => 0,
    kink: () => undefined,
    derivUlps: 0,
    x: rectifierInput,
  },
  {
    title: 'leakyRelu′(x, s) agrees with a central difference away from 0',
    param: finite(-2, 2),
    f: (x, s) => leakyRelu(x, s),
    df: (x, s) => leakyReluDerivative(x, s),
    scale: () => 1,
    m3: () => 0,
    kink: () => undefined,
    derivUlps: 0,
    x: rectifierInput,
  },
  {
    title: 'prelu′(x, w) agrees with a central difference away from 0',
    param: finite(-1, 1),
    f: (x, w) => prelu(x, w),
    df: (x, w) => preluDerivative(x, w),
    scale: () => 1,
    m3: () => 0,
    kink: () => undefined,
    derivUlps: 0,
    x: rectifierInput,
  },
  {
    title: 'elu′(x, α) agrees with a central difference (α ∈ {1} ∪ [0, 5]; away from 0 unless α = 1)',
    param: fc.oneof(fc.constant(1), finite(0, 5)),
    f: (x, a) => elu(x, a),
    df: (x, a) => eluDerivative(x, a),
    scale: () => 1,
    m3: (lo, hi, a) => (hi <= 0 ? a * Math.exp(hi) : 0),
    kink: (a, _lo, hi) => (a === 1 ? Math.exp(Math.min(hi, 0)) : undefined),
    derivUlps: 4,
    x: fc.oneof(smoothInput, finite(-1e-3, 1e-3)),
  },
  {
    title: 'sigmoid′(x) agrees with a central difference',
    param: fc.constant(0),
    f: (x) => sigmoid(x),
    df: (x) => sigmoidDerivative(x),
    scale: () => 1,
    m3: (lo, hi) => sigmoidSlopeBound(dist0(lo, hi)),
    derivUlps: 4,
    x: smoothInput,
  },
  {
    title: 'softplus′(x, β) agrees with a central difference (β ∈ [1/16, 64])',
    param: fc.oneof(fc.constantFrom(1, 0.5, 2, 10), logUniform(-4, 6)),
    f: (x, b) => softplus(x, b),
    df: (x, b) => softplusDerivative(x, b),
    scale: (b) => 1 / b,
    m3: (lo, hi, b) => b * b * sigmoidSlopeBound(b * dist0(lo, hi)),
    derivUlps: 4,
    x: smoothInput,
  },
  {
    title: 'squareplus′(x, b) agrees with a central difference (b ∈ [2⁻²⁰, 2²⁰])',
    param: fc.oneof(fc.constantFrom(4, 1, 0.25), logUniform(-20, 20)),
    f: (x, b) => squareplus(x, b),
    df: (x, b) => squareplusDerivative(x, b),
    scale: (b) => Math.sqrt(b),
    m3: (lo, hi, b) => {
      const d = dist0(lo, hi);
      return (3 * b * maxAbs(lo, hi)) / (2 * (d * d + b) ** 2.5);
    },
    derivUlps: 4,
    x: fc.oneof(smoothInput, finite(-1e-3, 1e-3), finite(-1e4, 1e4)),
  },
  {
    title: 'silu′(x) agrees with a central difference',
    param: fc.constant(0),
    f: (x) => silu(x),
    df: (x) => siluDerivative(x),
    scale: () => 1,
    m3: (lo, hi) => (3 + maxAbs(lo, hi)) * sigmoidSlopeBound(dist0(lo, hi)),
    derivUlps: 8,
    derivZero: SILU_MIN,
    x: smoothInput,
    examples: [[-728.7857175491828, 0]],
  },
  {
    title: 'gelu′(x) agrees with a central difference',
    param: fc.constant(0),
    f: (x) => gelu(x),
    df: (x) => geluDerivative(x),
    scale: () => 1,
    m3: (lo, hi) => {
      const big = maxAbs(lo, hi);
      return (big ** 3 + 4 * big) * phi(dist0(lo, hi));
    },
    derivUlps: 8,
    derivZero: GELU_MIN,
    x: smoothInput,
  },
  {
    title: 'geluTanh′(x) agrees with a central difference',
    param: fc.constant(0),
    f: (x) => geluTanh(x),
    df: (x) => geluTanhDerivative(x),
    scale: () => 1,
    m3: (lo, hi) => {
      const d = dist0(lo, hi);
      const big = maxAbs(lo, hi);
      const s = sigmoidSlopeBound(A_TANH * (d + K_TANH * d ** 3));
      const g1 = A_TANH * (1 + 3 * K_TANH * big * big);
      const g2 = 6 * A_TANH * K_TANH * big;
      const g3 = 6 * A_TANH * K_TANH;
      return s * (3 * (g1 * g1 + g2) + big * (g1 ** 3 + 3 * g1 * g2 + g3));
    },
    derivUlps: 8,
    derivZero: GELU_TANH_MIN,
    x: smoothInput,
  },
  {
    title: 'mish′(x) agrees with a central difference',
    param: fc.constant(0),
    f: (x) => mish(x),
    df: (x) => mishDerivative(x),
    scale: () => 1,
    m3: (lo, hi) => {
      const m = (1 + Math.exp(lo)) ** 2; // sech²(softplus(lo)) = 4m/(m + 1)² = 4/(m + 2 + 1/m)
      const q = 4 / (m + 2 + 1 / m);
      const sHi = 1 / (1 + Math.exp(-hi));
      const sp = sigmoidSlopeBound(dist0(lo, hi));
      return q * (3 * (2 * sHi * sHi + sp) + maxAbs(lo, hi) * (4 * sHi ** 3 + 6 * sHi * sp + sp));
    },
    derivUlps: 8,
    derivZero: MISH_MIN,
    x: smoothInput,
    examples: [[-725.5015453221405, 0]],
  },
];

describe('derivatives agree with a central difference', () => {
  for (const c of diffCases) {
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
});

// ───────────────────────────────────────────────────────────────────────────────────────────
// Monotonicity: x ≤ y ⇒ f(x) ≤ f(y), and f′ ≥ 0. The relu family is exact (its values are x,
// 0 or the single rounding fl(s·x), all monotone in x): tolerance 0. Elsewhere the contract
// allows f(x) to be 4 ulp high and f(y) 4 ulp low.
interface MonoCase {
  name: string;
  f: (x: number, p: number) => number;
  df: (x: number, p: number) => number;
  param: fc.Arbitrary<number>;
  exact: boolean;
}

const monoCases: MonoCase[] = [
  { name: 'relu', f: (x) => relu(x), df: (x) => reluDerivative(x), param: fc.constant(0), exact: true },
  { name: 'leakyRelu (slope ≥ 0)', f: (x, s) => leakyRelu(x, s), df: (x, s) => leakyReluDerivative(x, s), param: fc.oneof(fc.constant(0), finite(0, 10)), exact: true },
  { name: 'prelu (weight ≥ 0)', f: (x, w) => prelu(x, w), df: (x, w) => preluDerivative(x, w), param: fc.oneof(fc.constant(0), finite(0, 10)), exact: true },
  { name: 'elu', f: (x, a) => elu(x, a), df: (x, a) => eluDerivative(x, a), param: fc.oneof(fc.constant(1), finite(0, 5)), exact: false },
  { name: 'softplus', f: (x, b) => softplus(x, b), df: (x, b) => softplusDerivative(x, b), param: fc.oneof(fc.constant(1), logUniform(-10, 10)), exact: false },
  { name: 'sigmoid', f: (x) => sigmoid(x), df: (x) => sigmoidDerivative(x), param: fc.constant(0), exact: false },
];

function assertMonotone(name: string, f: (x: number) => number, x: number, y: number, exact: boolean, increasing: boolean): void {
  const fx = f(x);
  const fy = f(y);
  const tol = exact ? 0 : 4 * ulpNear(fx) + 4 * ulpNear(fy);
  if (increasing) check(fx <= fy + tol, () => `${name}(${x}) = ${fx} > ${name}(${y}) = ${fy} (tolerance ${tol})`);
  else check(fx >= fy - tol, () => `${name}(${x}) = ${fx} < ${name}(${y}) = ${fy} (tolerance ${tol})`);
}

describe('monotonicity', () => {
  for (const c of monoCases) {
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
  for (const [name, f, df, x0] of [
    ['gelu', gelu, geluDerivative, GELU_MIN],
    ['geluTanh', geluTanh, geluTanhDerivative, GELU_TANH_MIN],
    ['silu', silu, siluDerivative, SILU_MIN],
    ['mish', mish, mishDerivative, MISH_MIN],
  ] as const) {
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
});

// ───────────────────────────────────────────────────────────────────────────────────────────
describe('crelu halves', () => {
  it('crelu(x) = [relu(x), relu(−x)]', () => {
    fc.assert(
      fc.property(anyDouble, (x) => {
        sameArray(crelu(x), [relu(x), relu(-x)], `crelu(${x})`);
      }),
      { numRuns: RUNS },
    );
  });

  /** rowSize in 1..8 and a Float32Array of rows·rowSize elements (NaN and ±Infinity included). */
  const rowsArb = fc
    .tuple(fc.integer({ min: 1, max: 8 }), fc.integer({ min: 0, max: 6 }))
    .chain(([rowSize, rows]) =>
      fc.tuple(fc.constant(rowSize), fc.float32Array({ minLength: rowSize * rows, maxLength: rowSize * rows })),
    );

  it('creluF32 output rows are [reluF32(row), reluF32(−row)]', () => {
    fc.assert(
      fc.property(rowsArb, ([rowSize, x]) => {
        const out = creluF32(new Float32Array(2 * x.length), x, rowSize);
        for (let r = 0; r * rowSize < x.length; r++) {
          const row = x.subarray(r * rowSize, (r + 1) * rowSize);
          const pos = reluF32(new Float32Array(rowSize), row);
          const neg = reluF32(new Float32Array(rowSize), Float32Array.from(row, (v) => -v));
          sameArray(out.subarray(2 * r * rowSize, (2 * r + 1) * rowSize), pos, `creluF32 row ${r} positive half`);
          sameArray(out.subarray((2 * r + 1) * rowSize, (2 * r + 2) * rowSize), neg, `creluF32 row ${r} negative half`);
        }
      }),
      { numRuns: RUNS },
    );
  });

  // One of relu(v), relu(−v) is 0, so their difference is exactly v (float32, ±Infinity too).
  it('creluF32(x): first half − second half = x (exact), also with the default rowSize', () => {
    fc.assert(
      fc.property(rowsArb, fc.boolean(), ([rowSize0, x0], useDefault) => {
        const x = Float32Array.from(x0, (v) => (Number.isNaN(v) ? 0 : v));
        const rowSize = useDefault ? x.length : rowSize0;
        const out = useDefault ? creluF32(new Float32Array(2 * x.length), x) : creluF32(new Float32Array(2 * x.length), x, rowSize);
        for (let i = 0; i < x.length; i++) {
          const r = Math.floor(i / rowSize);
          const j = i % rowSize;
          const d = out[2 * r * rowSize + j] - out[(2 * r + 1) * rowSize + j];
          check(d === x[i], () => `creluF32: row ${r}, element ${j}: ${d} ≠ ${x[i]}`);
        }
      }),
      { numRuns: RUNS },
    );
  });
});

// ───────────────────────────────────────────────────────────────────────────────────────────
describe('sigmoid, silu, gelu/geluTanh and mish identities', () => {
  // σ(x) + σ(−x) = 1. Within 1 ulp of 1 (EPS): each side is ≤ 1 in magnitude, a faithful σ is off
  // by < 1 ulp (≤ 2⁻⁵³ for σ ∈ [½, 1], ≤ 2⁻⁵⁴ for σ ≤ ½) and the sum rounds by ≤ ½ ulp(1):
  // total < 2⁻⁵³ + 2⁻⁵⁴ + 2⁻⁵³ < 2⁻⁵².
  it('sigmoid(x) + sigmoid(−x) = 1', () => {
    fc.assert(
      fc.property(fc.oneof(smoothInput, fc.double({ noNaN: true })), (x) => {
        near(sigmoid(x) + sigmoid(-x), 1, EPS, `sigmoid(${x}) + sigmoid(${-x})`);
      }),
      { numRuns: RUNS },
    );
  });

  // σ′ = σ(x)·σ(−x), relatively: σ′ (4 ulp), σ(x) and σ(−x) (4 ulp each) and the product (½ ulp):
  // ≤ 12.5·EPS relative. |x| ≤ 700 keeps everything normal.
  it('sigmoid′(x) = sigmoid(x)·sigmoid(−x)', () => {
    fc.assert(
      fc.property(fc.oneof(smoothInput, finite(-700, 700)), (x0) => {
        const x = Math.max(-700, Math.min(700, x0));
        const ref = sigmoid(x) * sigmoid(-x);
        near(sigmoidDerivative(x), ref, 12.5 * EPS * ref, `sigmoidDerivative(${x}) vs sigmoid(x)·sigmoid(−x)`);
      }),
      { numRuns: RUNS },
    );
  });

  // silu = x·σ(x): silu (4 ulp), σ (4 ulp, times |x|) and the product (½ ulp): ≤ 8.5·EPS relative.
  // x ≥ −700 keeps x·σ(x) normal; tiny |x| (< 1e-300) are kept as ±0 for the same reason.
  it('silu(x) = x·sigmoid(x)', () => {
    fc.assert(
      fc.property(fc.oneof(smoothInput, finite(-700, 1e300)), (x0) => {
        const x = Math.abs(x0) < 1e-300 ? 0 : Math.max(-700, x0);
        const ref = x * sigmoid(x);
        near(silu(x), ref, 8.5 * EPS * Math.abs(ref), `silu(${x}) vs x·sigmoid(x)`);
      }),
      { numRuns: RUNS },
    );
  });

  // gelu − geluTanh is even; by mpmath (40 digits) its extrema are −4.7323552e-4 at |x| = 2.6989414
  // and +2.3367063e-4 at |x| = 1.3644977 (the "≈ 2e-4" often quoted is the smaller one), and it
  // → 0 in both tails. Bound 4.7324e-4 plus each value's 4 ulp and the subtraction's ½ ulp. The
  // bound holds on the whole line; [−10, 10] (and the peak region) get extra weight.
  it('|gelu(x) − geluTanh(x)| ≤ 4.7324e-4 (max 4.73236e-4 at |x| ≈ 2.699)', () => {
    fc.assert(
      fc.property(fc.oneof(finite(-10, 10), finite(-3, 3), finite(-1e300, 1e300)), (x) => {
        const a = gelu(x);
        const b = geluTanh(x);
        near(a, b, 4.7324e-4 + 4 * ulpNear(a) + 4 * ulpNear(b) + ulp(a - b) / 2, `gelu(${x}) vs geluTanh(${x})`);
      }),
      { numRuns: RUNS },
    );
  });

  // The bound above is attained: the maximum is not smaller than 4.7323e-4 (so a wrong constant in
  // either function cannot pass by making them agree better than the mathematics allows).
  it('gelu(x) − geluTanh(x) reaches −4.7323e-4 near x = ±2.6989', () => {
    for (const x of [2.6989413863772703, -2.6989413863772703]) {
      const d = gelu(x) - geluTanh(x);
      near(d, -4.732355206872850e-4, 1e-12, `gelu(${x}) − geluTanh(${x})`);
    }
  });

  // mish = x·tanh(softplus(x)) with the reference built from Math.tanh: softplus's 4 ulp relative
  // error reaches tanh with a condition number P·sech²P/tanh P = 2P/sinh 2P ≤ 1; Math.tanh adds ≤ 1
  // ulp (fdlibm), the product ½ ulp, mish its own 4 ulp: ≤ 9.5·EPS relative, for x < −30 (where
  // mish ≈ x·eˣ) as for x > 20 (where tanh(softplus x) = 1 and mish ≈ x). x ≥ −700 keeps it normal.
  it('mish(x) = x·tanh(softplus(x))', () => {
    fc.assert(
      fc.property(fc.oneof(smoothInput, finite(-700, 1e300)), (x0) => {
        const x = Math.abs(x0) < 1e-300 ? 0 : Math.max(-700, x0);
        const ref = x * Math.tanh(softplus(x));
        near(mish(x), ref, 9.5 * EPS * Math.abs(ref), `mish(${x}) vs x·tanh(softplus(x))`);
      }),
      { numRuns: RUNS },
    );
  });
});

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
function timesExp(m: number, y: number): number {
  return y >= -700 ? m * Math.exp(y) : m * Math.exp(y + 600) * Math.exp(-600);
}

/** e^y/β likewise (division, so that 1/β is not rounded separately). */
function expOver(y: number, beta: number): number {
  return y >= -700 ? Math.exp(y) / beta : (Math.exp(y + 600) / beta) * Math.exp(-600);
}

function tailTol(ref: number, ulps: number): number {
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
const SUBNORMAL_TAIL: [number][] = [[-723.1809030966433], [-725.0274455885883]];

describe('left tails: asymptotic identities', () => {
  it('silu(x) = x·eˣ and silu′(x) = (1 + x)·eˣ for x ≤ −60', () => {
    fc.assert(
      fc.property(finite(-760, -60), (x) => {
        const f = timesExp(x, x);
        const d = timesExp(1 + x, x); // 1 + x is exact (a multiple of ulp(x), smaller than |x|)
        near(silu(x), f, tailTol(f, 4), `silu(${x}) vs x·eˣ`);
        near(siluDerivative(x), d, tailTol(d, 8), `siluDerivative(${x}) vs (1 + x)·eˣ`);
      }),
      { numRuns: RUNS, examples: SUBNORMAL_TAIL },
    );
  });

  it('mish(x) = x·eˣ and mish′(x) = (1 + x)·eˣ for x ≤ −60', () => {
    fc.assert(
      fc.property(finite(-760, -60), (x) => {
        const f = timesExp(x, x);
        const d = timesExp(1 + x, x);
        near(mish(x), f, tailTol(f, 4), `mish(${x}) vs x·eˣ`);
        near(mishDerivative(x), d, tailTol(d, 8), `mishDerivative(${x}) vs (1 + x)·eˣ`);
      }),
      { numRuns: RUNS, examples: SUBNORMAL_TAIL },
    );
  });

  // β and x rounded to 26 significant bits so that y = β·x is exact (the reference must not
  // inherit the ½-ulp rounding of y, worth |y|·u ≈ 400 ulp of e^y here).
  it('softplus(x, β) = e^{βx}/β for βx ≤ −60 (β ∈ [2⁻⁴⁰, 16])', () => {
    fc.assert(
      fc.property(logUniform(-40, 4), finite(-800, -60), (b0, y0) => {
        const beta = split26(b0);
        const x = split26(y0 / beta);
        const y = beta * x;
        const ref = expOver(y, beta);
        near(softplus(x, beta), ref, tailTol(ref, 4), `softplus(${x}, ${beta}) vs e^{${y}}/β`);
      }),
      { numRuns: RUNS, examples: [[pow2(-34), -720]] },
    );
  });
});

// ───────────────────────────────────────────────────────────────────────────────────────────
describe('Float32Array kernels satisfy the identities too', () => {
  // Both are fround(σ(x)) of float64 values ≤ 2 float64 ulp apart (β = 1: β·x exact), so they
  // round to the same or adjacent float32s: ≤ 1 float32 ulp.
  it('softplusDerivativeF32(x) = sigmoidF32(x) (≤ 1 float32 ulp)', () => {
    fc.assert(
      fc.property(fc.float32Array({ noNaN: true, maxLength: 64 }), (x) => {
        const a = softplusDerivativeF32(new Float32Array(x.length), x);
        const b = sigmoidF32(new Float32Array(x.length), x);
        for (let i = 0; i < x.length; i++) {
          const d = ulpDistance32(a[i], b[i]);
          check(d <= 1, () => `x = ${x[i]}: softplusDerivativeF32 ${a[i]} vs sigmoidF32 ${b[i]}: ${d} float32 ulp`);
        }
      }),
      { numRuns: RUNS },
    );
  });

  // Each value within 1 float32 ulp (contract); the float64 sum of two float32s rounds by ≤ ½
  // float64 ulp of ≈ 1.
  it('sigmoidF32(x) + sigmoidF32(−x) = 1 (≤ 1 float32 ulp of each)', () => {
    fc.assert(
      fc.property(fc.float32Array({ noNaN: true, maxLength: 64 }), (x) => {
        const a = sigmoidF32(new Float32Array(x.length), x);
        const b = sigmoidF32(new Float32Array(x.length), Float32Array.from(x, (v) => -v));
        for (let i = 0; i < x.length; i++) near(a[i] + b[i], 1, ulp32Near(a[i]) + ulp32Near(b[i]) + EPS / 2, `sigmoidF32(±${x[i]})`);
      }),
      { numRuns: RUNS },
    );
  });

  // σ′ (1 float32 ulp ≤ 2⁻²³ relative) vs σ(x)·σ(−x) from two float32 values (1 ulp each) and a
  // float64 product (negligible u): ≤ 3·2⁻²³ relative. |x| ≤ 80 keeps σ′ ≥ 1.8e-35, a normal float32.
  it('sigmoidDerivativeF32(x) = sigmoidF32(x)·sigmoidF32(−x) (≤ 3 float32 ulp)', () => {
    fc.assert(
      fc.property(float32ArrayIn(-80, 80, 64), (x) => {
        const d = sigmoidDerivativeF32(new Float32Array(x.length), x);
        const a = sigmoidF32(new Float32Array(x.length), x);
        const b = sigmoidF32(new Float32Array(x.length), Float32Array.from(x, (v) => -v));
        for (let i = 0; i < x.length; i++) {
          const ref = a[i] * b[i];
          near(d[i], ref, 3 * 2 ** -23 * ref * (1 + EPS), `sigmoidDerivativeF32(${x[i]})`);
        }
      }),
      { numRuns: RUNS },
    );
  });

  // f(x) − f(−x) = x for float32 kernels: each value within 1 float32 ulp, the float64 subtraction
  // of two float32s rounds by ≤ ½ float64 ulp.
  for (const [name, kernel] of [
    ['reluF32', (out: Float32Array, x: Float32Array) => reluF32(out, x)],
    ['geluF32', (out: Float32Array, x: Float32Array) => geluF32(out, x)],
    ['siluF32', (out: Float32Array, x: Float32Array) => siluF32(out, x)],
    ['geluTanhF32', (out: Float32Array, x: Float32Array) => geluTanhF32(out, x)],
    ['squareplusF32 (b = 4)', (out: Float32Array, x: Float32Array) => squareplusF32(out, x, 4)],
    ['squareplusF32 (b = 0.01)', (out: Float32Array, x: Float32Array) => squareplusF32(out, x, 0.01)],
  ] as const) {
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

  // fround is monotone and fixes float32 x, so fround(max(x, a·x)) is exactly what the kernel
  // must store (the maths of the scalar identity, rounded once).
  it('leakyReluF32(x, a) = fround(max(x, a·x)) for 0 ≤ a ≤ 1', () => {
    fc.assert(
      fc.property(fc.float32Array({ noNaN: true, noDefaultInfinity: true, maxLength: 64 }), finite(0, 1), (x, a) => {
        const out = leakyReluF32(new Float32Array(x.length), x, a);
        for (let i = 0; i < x.length; i++) same(out[i], Math.fround(Math.max(x[i], a * x[i])), `leakyReluF32(${x[i]}, ${a})`);
      }),
      { numRuns: RUNS },
    );
  });

  // Scaling a float32 by 2^k (|k| ≤ 20, |x| ∈ [2⁻¹⁰⁰, 1e30]) stays exact in float32.
  it('reluF32(2^k·x) = 2^k·reluF32(x) (exact)', () => {
    fc.assert(
      fc.property(float32ArrayIn(-1e30, 1e30, 64), fc.integer({ min: -20, max: 20 }), (x0, k) => {
        const x = x0.map((v) => (Math.abs(v) < 2 ** -100 ? 0 : v));
        const a = pow2(k);
        const scaled = x.map((v) => a * v);
        const lhs = reluF32(new Float32Array(x.length), scaled);
        const rhs = reluF32(new Float32Array(x.length), x).map((v) => a * v);
        sameArray(lhs, rhs, `reluF32(2^${k}·x)`);
      }),
      { numRuns: RUNS },
    );
  });

  // A float32 scalar check of the same shape: fround(softplus′) vs fround(sigmoid) at float32 x.
  it('softplusDerivativeF32 = fround(sigmoid) at float32 inputs (≤ 1 float32 ulp)', () => {
    fc.assert(
      fc.property(float32In(-200, 200), (x) => {
        const k = softplusDerivativeF32(new Float32Array(1), Float32Array.of(x))[0];
        const d = ulpDistance32(k, Math.fround(sigmoid(x)));
        check(d <= 1, () => `softplusDerivativeF32(${x}) = ${k} vs fround(sigmoid) = ${Math.fround(sigmoid(x))}: ${d} ulp; ulp32 ${ulp32(k)}`);
      }),
      { numRuns: RUNS },
    );
  });
});
