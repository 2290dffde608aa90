// eˣ and eˣ − 1 for the Float32Array kernels: accurate to a few float64 ulp (float32 alone would
// need 2⁻²⁸ before its final rounding), branch-free and several times faster than Math.exp.
//
// Method (Tang 1989): x = (64k + j)·ln2/64 + r with |r| ≤ ln2/128, so eˣ = 2ᵏ·2^{j/64}·eʳ with
// 2^{j/64} and 2ᵏ from tables and eʳ from a short Taylor polynomial. n = 64k + j is x·64/ln2
// rounded to nearest by the 1.5·2⁵² shift, which needs no branch and no Math.round.
//
// Arguments are clamped to [−400, 400]: e^{−400} ≈ 1.9e−174 is small enough that even times
// two float32 maxima (an input and an incoming gradient) it rounds to 0 in float32, and
// e^{400} ≈ 5e173 is finite, so a product with a float32 value cannot overflow (its square
// can: callers that square it clamp harder or rely on x/∞ = 0). NaN propagates.

// The hot functions spell their constants out as literals: bundlers (esbuild, hence tsup) turn
// top-level `const` into `var`, which V8 reloads on every use instead of folding (that doubled
// sigmoidF32's time, docs/performance.md). The literals are 64/ln2 = 92.33248261689366,
// ln2/64 = 0.010830424696249145, 1.5·2⁵² = 6755399441055744 (adding and subtracting it rounds
// to an integer), the clamp 400 and the table bias 600.

/** [2^{(start + i)/steps}, i = 0 … length − 1]; pure, so a bundle that never calls fastExp drops it. */
function powersOfTwo(length: number, start: number, steps: number): Float64Array {
  const table = new Float64Array(length);
  for (let i = 0; i < length; i++) table[i] = 2 ** ((start + i) / steps);
  return table;
}
const twoToJ64 = /* @__PURE__ */ powersOfTwo(64, 0, 64);
const twoToK = /* @__PURE__ */ powersOfTwo(1201, -600, 1); // 2ᵏ for k in [−600, 600] ⊃ ±400/ln2

/**
 * e^{clamp(x, ±400)} to a few ulp of float64 (degree-5 Taylor: r⁶/720 < 4e−17), so that the
 * kernels can also form differences that cancel, such as silu′ and mish′ near their zeros.
 */
export function fastExp(x: number): number {
  const c = x < -400 ? -400 : x > 400 ? 400 : x;
  const n = c * 92.33248261689366 + 6755399441055744 - 6755399441055744;
  const r = c - n * 0.010830424696249145;
  const i = n | 0;
  return twoToK[(i >> 6) + 600] * twoToJ64[i & 63] * (1 + r * (1 + r * (0.5 + r * (1 / 6 + r * (1 / 24 + r * (1 / 120))))));
}

/**
 * e^{clamp(x, ±400)} − 1 to a few float64 ulp, also near 0: with s = 2ᵏ·2^{j/64} and q = eʳ − 1,
 * eˣ − 1 = s·q − (1 − s), where 1 − s is exact for n = 0 (s = 1) and q keeps r's digits.
 */
export function fastExpm1(x: number): number {
  const c = x < -400 ? -400 : x > 400 ? 400 : x;
  const n = c * 92.33248261689366 + 6755399441055744 - 6755399441055744;
  const r = c - n * 0.010830424696249145;
  const i = n | 0;
  const s = twoToK[(i >> 6) + 600] * twoToJ64[i & 63];
  // s·q − (1 − s) rather than (s − 1) + s·q: equal, but it keeps expm1(−0) = −0.
  return s * (r * (1 + r * (0.5 + r * (1 / 6 + r * (1 / 24 + r * (1 / 120)))))) - (1 - s);
}

/**
 * e^x for x in [−400, 0] to about 1.4 ulp of float64 (softmaxCrossEntropy's e^{z − m}, whose
 * loss is held to 4 ulp): Tang's reduction with ln2/64 split in two, the high part with 36
 * significant bits so that n·hi is exact (|n| < 2¹⁶ here) and r keeps every digit, a degree-6
 * polynomial, and the table above (each entry within 0.85 ulp of 2^{j/64}). fastExp reduces with
 * one constant, whose rounding costs |x|·2⁻⁵⁴ relative: 10 ulp at x = −50.
 */
export function exp64(x: number): number {
  const n = x * 92.33248261689366 + 6755399441055744 - 6755399441055744;
  const r = x - n * 0.010830424696223417 - n * 2.572804622327669e-14;
  const i = n | 0;
  const p = r * (1 + r * (0.5 + r * (1 / 6 + r * (1 / 24 + r * (1 / 120 + r * (1 / 720))))));
  const t = twoToK[(i >> 6) + 600] * twoToJ64[i & 63];
  return t + t * p;
}
