// The piecewise-linear core of the float64 scalars leakyRelu, prelu and rrelu: x for x > 0,
// slope·x for x ≤ 0. The Float32Array kernels use the branch-free twin in rectify.ts
// (leaky32, pieceSlope), which gives the same results; the scalars keep this short branchy
// form because the twin, with its clamp, makes each scalar bundle ~110 B larger (leakyRelu's
// then exceeded its budget), and a scalar call is not a hot loop.

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
