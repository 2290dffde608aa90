// Branch-free pieces of the relu family's Float32Array kernels. A data-dependent `x > 0 ? … : …`
// mispredicts on inputs of random sign (several times these forms' cost), and Math.max with
// its NaN and −0 rules is slower still; +(x > 0) is a 0/1 number the compiler forms without a
// branch.
//
// The relu-family loops take four elements per iteration: V8 repeats the map and bounds checks
// of each typed array and the loop's interrupt check on every iteration (it does not hoist
// them out of the loop), and four elements share one set (docs/performance.md).
import { clampNegInfinity, clampPosInfinity } from './float32.js';

/**
 * max(x, 0) as (x + |x|)/2: exact (2x and the halving are exact in float64), +0 for x ≤ 0 and
 * −0, NaN for NaN; −Infinity is first clamped to −FLOAT32_MAX (a well-predicted test), since
 * −∞ + ∞ would be NaN.
 */
export function positivePart(x: number): number {
  const v = clampNegInfinity(x);
  return (v + Math.abs(v)) * 0.5;
}

/** max(−x, 0) as (|x| − x)/2, with +Infinity clamped as positivePart clamps −Infinity. */
export function negativePart(x: number): number {
  const v = clampPosInfinity(x);
  return (Math.abs(v) - v) * 0.5;
}

/** min(x, 0) as (x − |x|)/2 (−0 for −0, +0 for +0, −Infinity kept, +Infinity clamped). */
export function nonPositivePart(x: number): number {
  const v = clampPosInfinity(x);
  return (v - Math.abs(v)) * 0.5;
}

/**
 * The slope of a piecewise-linear unit: 1 for x > 0, `slope` for x ≤ 0, NaN for NaN, formed
 * as h + (1 − h)·slope with h = +(x > 0), which is exactly 1 or exactly slope.
 */
export function pieceSlope(x: number, slope: number): number {
  const h = +(x > 0);
  return x === x ? h + (1 - h) * slope : x;
}

/**
 * x·pieceSlope(x, slope), i.e. leaky relu, without pieceSlope's NaN test (x·slope is NaN for
 * NaN anyway). −Infinity with slope 0 is clamped first, so that the result is −0 (the limit
 * of 0·x) rather than NaN.
 */
export function leaky32(x: number, slope: number): number {
  const v = slope === 0 ? clampNegInfinity(x) : x;
  const h = +(v > 0);
  return v * (h + (1 - h) * slope);
}
