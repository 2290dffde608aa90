// Shared by the gated linear units (glu, reglu, geglu, gegluTanh, swiglu, swigluOss): the argument
// checks of their array forms, their layout options, and the limits of the smooth gates at
// non-finite inputs.
//
// Every layout the options describe is read by one loop. x is a C-contiguous [outer, rowSize,
// inner] tensor split along its middle axis; each pair (value a, gate b) sits in a block of
// 2·run elements made of two contiguous runs of `run` elements, the value run and the gate run:
// - halves (value | gate along the axis): a block is one [rowSize, inner] slice, run = rowSize/2·inner,
//   the value run first (PyTorch `F.glu(x, dim)`);
// - interleaved (gate, value, gate, value, … along the axis): a block is two consecutive entries
//   of the axis, run = inner, the gate run first (GPT-OSS's `x[..., ::2]` gate, `x[..., 1::2]` linear).
// The output, [outer, rowSize/2, inner], is then written in block order, run element by element.

import { innerSizeOf } from './axis.js';
import { assertDivides, assertFloat32Array, assertLength, describe } from './check.js';

/** How a gated unit's rows hold their pairs: see {@link GatedOptions}. */
export type GatedLayout = 'halves' | 'interleaved';

/**
 * The trailing options of a gated unit's array forms (the same for all six units and their three
 * array forms).
 *
 * - `layout` (default `'halves'`): `'halves'` splits the axis into a first half of values a and a
 *   second half of gates b (PyTorch `F.glu`, JAX `glu`); `'interleaved'` reads the axis as pairs
 *   (gate, value): the gate b at the even entries 0, 2, 4, … and the value a at the odd entries
 *   1, 3, 5, … (GPT-OSS, whose `swiglu` takes `x[..., ::2]` as the gate and `x[..., 1::2]` as the
 *   linear part). The derivative and backward forms write each partial where its input was.
 * - `innerSize` (default 1): the number of elements after the split axis, so that a contiguous
 *   [outer, rowSize, inner] tensor is split along its middle axis (PyTorch `F.glu(x, dim=1)` on
 *   NCHW is rowSize = C, innerSize = H·W); the output is [outer, rowSize/2, inner]. `rowSize`
 *   then defaults to x.length / innerSize.
 */
export interface GatedOptions {
  readonly layout?: GatedLayout;
  readonly innerSize?: number;
}

/**
 * Validates x, rowSize and the options; returns `run`, the length of each block's value run and
 * gate run (0 for an empty x without a rowSize).
 */
function runOf(x: unknown, rowSize: number | undefined, options: GatedOptions | undefined): number {
  assertFloat32Array('x', x);
  if (options !== undefined && (typeof options !== 'object' || options === null)) {
    throw new TypeError(`options must be an object { layout?, innerSize? }, got ${describe(options)}`);
  }
  const layout: unknown = options?.layout;
  const interleaved = layout === 'interleaved';
  if (!(layout === undefined || layout === 'halves' || interleaved)) {
    const message = `layout must be 'halves' or 'interleaved', got ${describe(layout)}`;
    throw typeof layout === 'string' ? new RangeError(message) : new TypeError(message);
  }
  const innerSize = options?.innerSize;
  if (rowSize !== undefined) assertDivides('rowSize', rowSize, x.length);
  const inner = innerSizeOf(innerSize, rowSize ?? 1, x.length);
  if (x.length === 0 && rowSize === undefined) return 0;
  const size = rowSize ?? x.length / inner;
  if (size % 2 !== 0) {
    const pairs = interleaved ? 'pairs (gate, value)' : 'halves a | b';
    throw new RangeError(`rowSize must be even (a row splits into ${pairs}), got ${describe(size)}`);
  }
  return interleaved ? inner : (size / 2) * inner;
}

/**
 * Where each block's value run starts: 0 for halves (value run, then gate run), `run` for
 * interleaved (gate first). Called after a check, so `options` is valid.
 */
export function valueOffset(options: GatedOptions | undefined, run: number): number {
  return options !== undefined && options.layout === 'interleaved' ? run : 0;
}

/** Checks a forward call (out of x.length/2 values); returns the run length (see {@link valueOffset}). */
export function gatedForward(out: unknown, x: Readonly<Float32Array>, rowSize: number | undefined, options?: GatedOptions): number {
  assertFloat32Array('out', out);
  const run = runOf(x, rowSize, options);
  assertLength('out', out, x.length / 2, 'x.length / 2');
  return run;
}

/** Checks a derivative call (out laid out like x); returns the run length. */
export function gatedDerivative(out: unknown, x: Readonly<Float32Array>, rowSize: number | undefined, options?: GatedOptions): number {
  assertFloat32Array('out', out);
  const run = runOf(x, rowSize, options);
  assertLength('out', out, x.length, 'x.length');
  return run;
}

/** Checks a backward call (dx like x, dy of x.length/2 values); returns the run length. */
export function gatedBackward(
  dx: unknown,
  dy: unknown,
  x: Readonly<Float32Array>,
  rowSize: number | undefined,
  options?: GatedOptions,
): number {
  assertFloat32Array('dx', dx);
  assertFloat32Array('dy', dy);
  const run = runOf(x, rowSize, options);
  assertLength('dx', dx, x.length, 'x.length');
  assertLength('dy', dy, x.length / 2, 'x.length / 2');
  return run;
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
