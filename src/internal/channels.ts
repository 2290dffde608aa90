// Per-tensor or per-channel parameters of the array forms (prelu's weight, sShapedRelu's tl, al,
// tr, ar): a number for the whole tensor or a Float32Array of one value per channel, where
// element i of x is in channel ⌊i / innerSize⌋ mod C.
import { assertAllFinite, copyIfOverlap, describeNotFloat32Array, isFloat32Array } from './check.js';
import { finiteParam } from './params.js';

/**
 * Checks one parameter: a finite number (returned with −0 as +0) or a non-empty Float32Array of
 * finite values (returned as is, or as a copy when it shares memory with `out`, which the kernel
 * writes while it reads the parameter). `expected` completes the TypeError message for any other
 * value, `<name> must be <expected>, got …`.
 */
export function channelParam(name: string, value: unknown, out: Float32Array, expected: string): number | Float32Array {
  if (typeof value === 'number') return finiteParam(name, value);
  if (!isFloat32Array(value)) throw new TypeError(`${name} must be ${expected}, got ${describeNotFloat32Array(value)}`);
  if (value.length === 0) throw new RangeError(`${name} must have at least one channel, got length 0`);
  assertAllFinite(name, value);
  return copyIfOverlap(out, value);
}
