// Evaluation of the root series of src/internal/root-series.ts (generated): f′ near a zero of
// f′, with relative accuracy where the closed form cancels.
import { ROOT_SERIES_HALF_WIDTH } from './root-series.js';

/** True if x is within the series' interval around the root in `series`. */
export function nearRoot(series: Readonly<Float64Array>, x: number): boolean {
  const d = x - series[0];
  return d > -ROOT_SERIES_HALF_WIDTH && d < ROOT_SERIES_HALF_WIDTH;
}

/** Σ cₖδᵏ with δ = (x − root_hi) − root_lo (x − root_hi is exact here, by Sterbenz). */
export function rootSeries(s: Readonly<Float64Array>, x: number): number {
  const d = x - s[0] - s[1];
  return s[2] + d * (s[3] + d * (s[4] + d * (s[5] + d * (s[6] + d * (s[7] + d * (s[8] + d * s[9]))))));
}
