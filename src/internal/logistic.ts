// The logistic function σ(x) = 1/(1 + e^{−x}), split on the sign so that e^{±x} never
// overflows and neither tail loses digits: σ(x) = 1/(1 + e^{−x}) for x ≥ 0 and e^{x}/(1 + e^{x})
// for x < 0 (where 1 − σ(−x) would cancel). Shared by sigmoid, silu, softplus′ and mish′.

/** σ(x), unchecked. σ(−0) = σ(0) = 0.5, σ(±Infinity) = 1 / 0, NaN → NaN. */
export function logistic(x: number): number {
  if (x < 0) {
    const e = Math.exp(x);
    return e / (1 + e);
  }
  return 1 / (1 + Math.exp(-x));
}

/** σ′(x) = σ(x)·σ(−x) = e^{−|x|}/(1 + e^{−|x|})², without the 1 − σ cancellation. */
export function logisticDerivative(x: number): number {
  const e = Math.exp(-Math.abs(x));
  const d = 1 + e;
  return e / (d * d);
}
