// Checks for the scalar parameters of activations (slopes, alpha, beta, b, …). Each throws a
// TypeError for a non-number and a RangeError outside the domain, naming parameter and value
// (messages as in check.ts: `alpha must be finite and >= 0, got number -1`).
import { describe } from './check.js';

function assertNumber(name: string, value: unknown): asserts value is number {
  if (typeof value !== 'number') throw new TypeError(`${name} must be a number, got ${describe(value)}`);
}

/** Throws a TypeError unless the input `x` (named `name` in the message) is a number; NaN and ±Infinity are valid. */
export function assertInput(x: unknown, name = 'x'): asserts x is number {
  if (typeof x !== 'number') throw new TypeError(`${name} must be a number, got ${describe(x)}`);
}

/** Throws unless `value` is a finite number. */
export function assertFinite(name: string, value: unknown): asserts value is number {
  assertNumber(name, value);
  if (!Number.isFinite(value)) {
    throw new RangeError(`${name} must be finite, got ${describe(value)}`);
  }
}

/** Throws unless `value` is a finite number ≥ 0. */
export function assertNonNegative(name: string, value: unknown): asserts value is number {
  assertNumber(name, value);
  if (!(value >= 0 && value < Infinity)) {
    throw new RangeError(`${name} must be finite and >= 0, got ${describe(value)}`);
  }
}

/** Throws unless `value` is a finite number > 0. */
export function assertPositive(name: string, value: unknown): asserts value is number {
  assertNumber(name, value);
  if (!(value > 0 && value < Infinity)) {
    throw new RangeError(`${name} must be finite and > 0, got ${describe(value)}`);
  }
}

/** Throws unless `value` is a number that is not NaN (±Infinity allowed). */
export function assertNotNaN(name: string, value: unknown): asserts value is number {
  assertNumber(name, value);
  if (value !== value) {
    throw new RangeError(`${name} must be a number other than NaN, got ${describe(value)}`);
  }
}

/** Throws unless `value` is a number in the closed interval [lo, hi]. */
export function assertInInterval(name: string, value: unknown, lo: number, hi: number): asserts value is number {
  assertNumber(name, value);
  if (!(value >= lo && value <= hi)) {
    throw new RangeError(`${name} must be in [${lo}, ${hi}], got ${describe(value)}`);
  }
}
