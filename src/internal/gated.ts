// Shared by the gated linear units (glu, reglu, geglu, gegluTanh, swiglu): the argument checks of their array forms and
// the limits of the smooth gates at non-finite inputs.
import { assertDivides, assertFloat32Array, assertLength, describe } from './check.js';

/** Validates x and rowSize (even, dividing x.length; default x.length); returns the half-row size. */
function halfRow(x: unknown, rowSize: number | undefined): number {
  assertFloat32Array('x', x);
  const size = rowSize === undefined ? x.length : rowSize;
  if (x.length === 0 && rowSize === undefined) return 0;
  assertDivides('rowSize', size, x.length);
  if (size % 2 !== 0) throw new RangeError(`rowSize must be even (a row splits into halves a | b), got ${describe(size)}`);
  return size / 2;
}

/** Checks a forward call (out of x.length/2 values); returns the half-row size. */
export function gatedForward(out: unknown, x: Readonly<Float32Array>, rowSize: number | undefined): number {
  assertFloat32Array('out', out);
  const half = halfRow(x, rowSize);
  assertLength('out', out, x.length / 2, 'x.length / 2');
  return half;
}

/** Checks a derivative call (out laid out like x); returns the half-row size. */
export function gatedDerivative(out: unknown, x: Readonly<Float32Array>, rowSize: number | undefined): number {
  assertFloat32Array('out', out);
  const half = halfRow(x, rowSize);
  assertLength('out', out, x.length, 'x.length');
  return half;
}

/** Checks a backward call (dx like x, dy of x.length/2 values); returns the half-row size. */
export function gatedBackward(dx: unknown, dy: unknown, x: Readonly<Float32Array>, rowSize: number | undefined): number {
  assertFloat32Array('dx', dx);
  assertFloat32Array('dy', dy);
  const half = halfRow(x, rowSize);
  assertLength('dx', dx, x.length, 'x.length');
  assertLength('dy', dy, x.length / 2, 'x.length / 2');
  return half;
}

/**
 * g(b) of a gate that behaves like b·step(b) at the ends (gelu, geluTanh, silu), for b = ±Infinity
 * or NaN: +Infinity at +Infinity, −0 at −Infinity (the limits), NaN for NaN. The float32 element
 * kernels clamp their arguments and may return a tiny nonzero value at −Infinity instead, which
 * would turn a·g(b) with a = ±Infinity into ±Infinity rather than NaN (∞·0).
 */
export function gateLimit(b: number): number {
  return b === -Infinity ? -0 : b;
}

/** g′(b) of such a gate at b = ±Infinity or NaN: 1 at +Infinity, −0 at −Infinity, NaN for NaN. */
export function gateSlopeLimit(b: number): number {
  return b === Infinity ? 1 : b === -Infinity ? -0 : b;
}
