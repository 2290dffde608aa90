/** The largest finite float32, used to clamp ±Infinity inputs before 0·∞ or ∞ − ∞ can form. */
export const FLOAT32_MAX = 3.4028234663852886e38;
