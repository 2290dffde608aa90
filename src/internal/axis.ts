// The layout of a function applied along one axis of a C-contiguous tensor of shape
// [outer, rowSize, inner]: element (o, r, i) sits at (o·rowSize + r)·inner + i, so a row is read
// with stride `inner` and inner = 1 is the last, contiguous axis. This is PyTorch's `dim` and
// Keras's `axis` without a transpose: softmax over the channels of NCHW is rowSize = C, inner = H·W.
import { assertDivides } from './check.js';

/** The inner size of an along-axis call: `innerSize` checked (default 1), with rowSize·innerSize dividing `length`. */
export function innerSizeOf(innerSize: number | undefined, rowSize: number, length: number): number {
  if (innerSize === undefined) return 1;
  assertDivides('innerSize', innerSize, length);
  if (innerSize !== 1) assertDivides('rowSize * innerSize', rowSize * innerSize, length);
  return innerSize;
}
