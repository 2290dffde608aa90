// eˣ and eˣ − 1 built for float32 results: relative error below 2⁻³¹ before the final rounding,
// where a float32 result needs only 2⁻²⁸ to round within 0.51 ulp. The kernels whose closed
// forms cancel (silu′, mish′, geluTanh′ at 1/32 or more from their zeros, where the root series
// does not take over) amplify it by at most ~8, still far below a float32 ulp.
//
// Method as in fast-exp.ts (Tang), but with a 256-entry table of 2^{j/256}: |r| ≤ ln2/512, so
// eʳ needs only 1 + r + r²/2 (error r³/6 < 4.2e−10 = 2⁻³¹·²) where the float64-grade fastExp
// needs a 64-entry table and degree 5 (docs/performance.md has the measurements).
// Literals: 256/ln2 = 369.3299304675746, ln2/256 = 0.0027076061740622863, 1.5·2⁵², the clamp
// ±400 and the offset 856 of 2ᵏ in the table (see fast-exp.ts on bundlers and `const`).
//
// The kernels that call it take two elements per loop iteration, which shares V8's per-iteration
// map, bounds and interrupt checks (see internal/rectify.ts); not gelu′'s, whose two inlined
// copies of geluSlope32 exceed V8's inlining budget.
//
// Two cores (the in-range forms), with the lower-clamp variants as thin wrappers that clamp
// first and call them, which cost nothing measurable. The fully clamped fastExp32 and
// fastExpMinusOne32 stay written out: as wrappers they slowed the tanh′ and selu′ kernels, which
// call them in their main loops (docs/performance.md).

// One table holds both factors, 2^{j/256} at [j] and 2ᵏ at [856 + k] for k in [−600, 600]
// (⊃ ±400/ln2): a bundled module-level table is a `var`, which V8 loads and checks on every
// access, so one table instead of two saves that once per element.

/** [2^{j/256}, j = 0 … 255, then 2ᵏ, k = −600 … 600]; pure, so an unused table is dropped. */
function powersOfTwo(): Float64Array {
  const table = new Float64Array(256 + 1201);
  for (let j = 0; j < 256; j++) table[j] = 2 ** (j / 256);
  for (let k = -600; k <= 600; k++) table[856 + k] = 2 ** k;
  return table;
}
const twoToJ256AndK = /* @__PURE__ */ powersOfTwo();

/** eˣ to 2⁻³¹ relative, for |x| ≤ 400 only (the caller has tested or clamped it); NaN propagates. */
export function fastExpInRange32(x: number): number {
  const n = x * 369.3299304675746 + 6755399441055744 - 6755399441055744;
  const r = x - n * 0.0027076061740622863;
  const i = n | 0;
  const t = twoToJ256AndK;
  return t[(i >> 8) + 856] * t[i & 255] * (1 + r * (1 + r * 0.5));
}

/**
 * eˣ − 1 to 2⁻³¹ relative, also near 0, for |x| ≤ 400 only: s·q − (1 − s) with
 * s = 2ᵏ·2^{j/256} and q = eʳ − 1 = r(1 + r/2 + r²/6) (one more term than the exponential,
 * since q itself must be relative to r); 1 − s is exact for n = 0 and keeps expm1(−0) = −0.
 */
export function fastExpMinusOneInRange32(x: number): number {
  const n = x * 369.3299304675746 + 6755399441055744 - 6755399441055744;
  const r = x - n * 0.0027076061740622863;
  const i = n | 0;
  const t = twoToJ256AndK;
  const s = t[(i >> 8) + 856] * t[i & 255];
  return s * (r * (1 + r * (0.5 + r * (1 / 6)))) - (1 - s);
}

/** e^{clamp(x, ±400)} to 2⁻³¹ relative; NaN propagates (written out, see the header). */
export function fastExp32(x: number): number {
  const c = x < -400 ? -400 : x > 400 ? 400 : x;
  const n = c * 369.3299304675746 + 6755399441055744 - 6755399441055744;
  const r = c - n * 0.0027076061740622863;
  const i = n | 0;
  const t = twoToJ256AndK;
  return t[(i >> 8) + 856] * t[i & 255] * (1 + r * (1 + r * 0.5));
}

/**
 * e^{clamp(x, ±400)} − 1 to 2⁻³¹ relative, also near 0; NaN propagates (written out, see the
 * header).
 */
export function fastExpMinusOne32(x: number): number {
  const c = x < -400 ? -400 : x > 400 ? 400 : x;
  const n = c * 369.3299304675746 + 6755399441055744 - 6755399441055744;
  const r = c - n * 0.0027076061740622863;
  const i = n | 0;
  const t = twoToJ256AndK;
  const s = t[(i >> 8) + 856] * t[i & 255];
  return s * (r * (1 + r * (0.5 + r * (1 / 6)))) - (1 - s);
}

/**
 * fastExp32 for x ≤ 400 (or NaN), clamped below only: one compare fewer, for kernels that have
 * already bounded x above (elu sends ±Infinity to a special path, mish clamps at 300).
 */
export function fastExpLowClamp32(x: number): number {
  return fastExpInRange32(x < -400 ? -400 : x);
}

/** fastExpMinusOne32 for x ≤ 400 (or NaN), clamped below only (see fastExpLowClamp32). */
export function fastExpMinusOneLowClamp32(x: number): number {
  return fastExpMinusOneInRange32(x < -400 ? -400 : x);
}
