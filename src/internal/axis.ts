// The layout of a function applied along one axis of a C-contiguous tensor of shape
// [outer, rowSize, inner]: element (o, r, i) sits at (o·rowSize + r)·inner + i, so a row is read
// with stride `inner` and inner = 1 is the last, contiguous axis. This is PyTorch's `dim` and
// Keras's `axis` without a transpose: softmax over the channels of NCHW is rowSize = C, inner = H·W.
import { assertDivides } from './check.js';
import { rowSizeOf } from './softmax-row.js';

/** The inner size of an along-axis call: `innerSize` checked (default 1), with rowSize·innerSize dividing `length`. */
export function innerSizeOf(innerSize: number | undefined, rowSize: number, length: number): number {
  if (innerSize === undefined) return 1;
  assertDivides('innerSize', innerSize, length);
  if (innerSize !== 1) assertDivides('rowSize * innerSize', rowSize * innerSize, length);
  return innerSize;
}

/**
 * The row size of an along-axis call: `rowSize` checked when given; otherwise x is one block
 * [1, rowSize, innerSize], so rowSize = length / innerSize (as the gated units' options do), and
 * length itself (one row) when innerSize is not given either.
 */
export function rowSizeAlong(rowSize: number | undefined, innerSize: number | undefined, length: number): number {
  if (rowSize !== undefined || innerSize === undefined || length === 0) return rowSizeOf(rowSize, length);
  assertDivides('innerSize', innerSize, length);
  return length / innerSize;
}
