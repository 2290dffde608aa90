// Checks for the scalar parameters of activations (slopes, alpha, beta, b, …). Each throws a
// TypeError for a non-number and a RangeError outside the domain, naming parameter and value
// (messages as in check.ts: `alpha must be finite and >= 0, got number -1`).
//
// The parameter checks return the value with −0 as +0 (`value + 0`: −0 + 0 is +0, every other
// number is unchanged), and every form assigns it back (`alpha = nonNegativeParam('alpha', alpha)`),
// so a −0 parameter gives the results of +0 in the scalars and the kernels alike: a formula that
// returns or multiplies by the parameter would otherwise show its sign (reluDerivative(0, −0),
// heaviside(0, −0), leakyRelu(−1, −0)), and the kernels' branch-free blends h + (1 − h)·p already
// turn −0 into +0. The input x is never normalised: −0 is a meaningful input.
import { describe } from './check.js';

function assertNumber(name: string, value: unknown): asserts value is number {
  if (typeof value !== 'number') throw new TypeError(`${name} must be a number, got ${describe(value)}`);
}

/** Throws a TypeError unless the input `x` (named `name` in the message) is a number; NaN and ±Infinity are valid. */
export function assertInput(x: unknown, name = 'x'): asserts x is number {
  if (typeof x !== 'number') throw new TypeError(`${name} must be a number, got ${describe(x)}`);
}

/** `value` checked to be a finite number; returned with −0 as +0. */
export function finiteParam(name: string, value: unknown): number {
  assertNumber(name, value);
  if (!Number.isFinite(value)) throw new RangeError(`${name} must be finite, got ${describe(value)}`);
  return value + 0;
}

/** `value` checked to be a finite number ≥ 0 (−0 included); returned with −0 as +0. */
export function nonNegativeParam(name: string, value: unknown): number {
  assertNumber(name, value);
  if (!(value >= 0 && value < Infinity)) throw new RangeError(`${name} must be finite and >= 0, got ${describe(value)}`);
  return value + 0;
}

/** `value` checked to be a finite number ≤ 0 (−0 included); returned with −0 as +0. */
export function nonPositiveParam(name: string, value: unknown): number {
  assertNumber(name, value);
  if (!(value <= 0 && value > -Infinity)) throw new RangeError(`${name} must be finite and <= 0, got ${describe(value)}`);
  return value + 0;
}

/** `value` checked to be a finite number > 0 (so never ±0). */
export function positiveParam(name: string, value: unknown): number {
  assertNumber(name, value);
  if (!(value > 0 && value < Infinity)) throw new RangeError(`${name} must be finite and > 0, got ${describe(value)}`);
  return value;
}

/** `value` checked to be a number other than NaN (±Infinity allowed); returned with −0 as +0. */
export function notNaNParam(name: string, value: unknown): number {
  assertNumber(name, value);
  if (value !== value) throw new RangeError(`${name} must be a number other than NaN, got ${describe(value)}`);
  return value + 0;
}

/** `value` checked to be a number in the closed interval [lo, hi]; returned with −0 as +0. */
export function paramInInterval(name: string, value: unknown, lo: number, hi: number): number {
  assertNumber(name, value);
  if (!(value >= lo && value <= hi)) throw new RangeError(`${name} must be in [${lo}, ${hi}], got ${describe(value)}`);
  return value + 0;
}

/** `value` checked to be a finite number other than ±0 (snake's alpha, snakeBeta's beta: they divide). */
export function nonZeroParam(name: string, value: unknown): number {
  assertNumber(name, value);
  if (!(value !== 0 && value - value === 0)) throw new RangeError(`${name} must be finite and nonzero, got ${describe(value)}`);
  return value;
}
