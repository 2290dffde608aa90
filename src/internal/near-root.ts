// Evaluation of the root series of src/internal/root-series.ts (generated): f′ near a zero of
// f′, with relative accuracy where the closed form cancels. The generated near…Root(x) tests
// say when to use it.

/** Σ cₖδᵏ with δ = (x − root_hi) − root_lo (x − root_hi is exact here, by Sterbenz). */
export function rootSeries(s: Readonly<Float64Array>, x: number): number {
  const d = x - s[0] - s[1];
  return s[2] + d * (s[3] + d * (s[4] + d * (s[5] + d * (s[6] + d * (s[7] + d * (s[8] + d * s[9]))))));
}
