// The derivative shared by the shrinkage functions (softshrink, hardshrink): 1 outside
// [−λ, λ], 0 on it. Formed as +(x > λ) + +(x < −λ), two 0/1 numbers the compiler builds
// without a branch (a `Math.abs(x) > λ ? 1 : 0` mispredicts on inputs of random sign).

/** 1 for |x| > lambd, 0 for −lambd ≤ x ≤ lambd (+0, also at the kinks ±lambd), NaN for NaN; unchecked. */
export function shrinkSlope(x: number, lambd: number): number {
  const m = +(x > lambd) + +(x < -lambd);
  return x === x ? m : x;
}
