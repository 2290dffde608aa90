// The piecewise-linear core shared by leakyRelu and prelu: x for x > 0, slope·x for x ≤ 0.

/**
 * x > 0 ? x : slope·x, unchecked. At x = −Infinity the result is the limit of slope·x, which
 * is −0 (not NaN as IEEE's 0·∞ gives) when slope = 0. NaN → NaN; −0 → slope·(−0).
 */
export function leakyValue(x: number, slope: number): number {
  return x > 0 ? x : x !== -Infinity ? slope * x : slope === 0 ? -0 : -slope * Infinity;
}

/** 1 for x > 0, slope for x ≤ 0 (PyTorch's convention at the kink); NaN → NaN. */
export function leakyDerivative(x: number, slope: number): number {
  return x > 0 ? 1 : x <= 0 ? slope : x;
}
