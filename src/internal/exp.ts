// m·eˣ without losing digits where eˣ alone is subnormal but m·eˣ is not (or is less so).

/** Below this, eˣ is subnormal in float64 (e^{−708.4} ≈ 2.2e−308). */
export const EXP_SUBNORMAL = -708;

/**
 * m·eˣ, unchecked. For x < −708 the rounded eˣ would carry only the few bits of a subnormal,
 * and a factor m (silu's x, softplus's 1/β, elu′'s alpha) would magnify that error into
 * hundreds of ulp of a normal result; there it is formed as (m·e^{x/2})·e^{x/2} (x/2 is
 * exact), so only the final product rounds into the subnormal range.
 */
export function expTimes(m: number, x: number): number {
  if (x >= EXP_SUBNORMAL) return m * Math.exp(x);
  const half = Math.exp(x / 2);
  return m * half * half;
}
