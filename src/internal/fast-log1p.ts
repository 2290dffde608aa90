// log(1 + t) for t ∈ [0, 1] in the Float32Array kernels (softplus's log1p(e^{−|y|})): accurate
// to about 2⁻⁴⁰ relative, with no branch and no division.
//
// Method: c = 1 + j/64 is the table point nearest to 1 + t, and
// log(1 + t) = log(c) + log1p(u), u = (t − j/64)/c, |u| ≤ 1/128, with log1p(u) from a degree-5
// series (error u⁶/6 < 4e−14). For j = 0 this is log1p(t) from the series itself, so a tiny t
// keeps its relative accuracy: 1 + t is never formed. NaN propagates.

const STEPS = 64;
/** [f(j), j = 0 … STEPS]; pure, so a bundle that never calls fastLog1pUnit drops it. */
function tabulate(f: (j: number) => number): Float64Array {
  const table = new Float64Array(STEPS + 1);
  for (let j = 0; j <= STEPS; j++) table[j] = f(j);
  return table;
}
const logOfPoint = /* @__PURE__ */ tabulate((j) => Math.log1p(j / STEPS));
const inverseOfPoint = /* @__PURE__ */ tabulate((j) => STEPS / (STEPS + j));

/** log(1 + t) for 0 ≤ t ≤ 1 (unchecked: t outside [0, 1] reads outside the table). */
export function fastLog1pUnit(t: number): number {
  const j = (t * 64 + 0.5) | 0; // 64 = STEPS, a literal (see fast-exp.ts on bundlers and `const`)
  const u = (t - j / 64) * inverseOfPoint[j];
  return logOfPoint[j] + u * (1 - u * (0.5 - u * (1 / 3 - u * (0.25 - u * 0.2))));
}
