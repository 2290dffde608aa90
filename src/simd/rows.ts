// The SIMD path of the row-wise kernels (softmax, logSoftmax, logSumExp and their backward
// passes, and maxout, whose groups of `pieces` are rows here; scripts/simd-kernels.mjs:
// ROWWISE), as wrap.ts's unary/backward are for the elementwise ones. A row's statistics (its max and Σ e^{x − m}, or Σ dy·y) need the whole row
// before any of it is written, so the arrays go through the scratch chunks a whole number of
// rows at a time: ⌊CHUNK/rowSize⌋ rows per call. A row longer than a chunk runs the JavaScript
// kernel, unless every array is from allocF32 (then the module computes in place, any row
// length): streaming such a row through the chunks would copy it in twice (statistics, then
// output) and need the combination of partial statistics in JavaScript, for rows that
// softmax-sized workloads rarely exceed; allocF32 arrays serve them without copies.
//
// Along another axis (an innerSize other than 1 or undefined) the JavaScript kernel runs: its
// block-of-rows walk (src/internal/softmax-cols.ts) reads memory in order already, and the
// module's kernels take contiguous rows only.
//
// Checks: the JavaScript kernel run on empty arrays checks rowSize (its type and value; every
// rowSize divides 0), the lengths are compared here, and any failure runs the JavaScript kernel
// on the real arrays, which throws its own error. Aliasing: out may equal x (dx may equal dy or
// x); a partial overlap is resolved, as the JavaScript kernels do, by reading from a copy.
import { copyIfPartialOverlap as readable, copyIfOverlap as readableCopyOnOverlap } from '../internal/check.js';
import { addressOf } from './heap.js';
import { CHUNK, type KernelFn, type Runtime, state } from './runtime.js';
import { type Site, scratchA } from './wrap.js';

type Js = (...args: never[]) => Float32Array;
type Any = (a: unknown, b: unknown, c?: unknown, d?: unknown, e?: unknown) => Float32Array;

const EMPTY = new Float32Array(new ArrayBuffer(0));
const EMPTY2 = new Float32Array(new ArrayBuffer(0));

/**
 * The row size if the module's kernel takes the call: it exists, the JavaScript kernel accepts
 * rowSize (checked on empty arrays unless this rowSize passed last time), rowSize divides n and
 * the arrays' lengths fit (`outLength` for out or dx, `inLength` for dy); 0 otherwise.
 */
function rowSizeFor(
  s: Site,
  rt: Runtime,
  js: Any,
  arrays: number,
  rowSize: unknown,
  n: number,
  reduce: boolean,
  outLength: number,
  inLength: number,
): number {
  if (!(s.checked && rowSize === s.p0)) {
    try {
      if (arrays === 2) js(EMPTY, EMPTY2, rowSize);
      else js(EMPTY, EMPTY2, EMPTY2, rowSize);
    } catch {
      return 0;
    }
    s.checked = true;
    s.p0 = rowSize;
  }
  if (s.rt !== rt) {
    s.rt = rt;
    s.fn = rt.kernels[s.name];
  }
  const size = rowSize === undefined ? n : (rowSize as number);
  if (s.fn === undefined || n === 0 || n % size !== 0) return 0;
  const rows = n / size;
  const ok = arrays === 2 ? outLength === (reduce ? rows : n) : outLength === n && inLength === (reduce ? rows : n);
  return ok ? size : 0;
}

/** Rows per call through the scratch chunks: dy of a 'reduce' backward pass shares chunk A. */
function rowsPerChunk(size: number, reduce: boolean, arrays: number): number {
  return Math.floor(CHUNK / (reduce && arrays === 3 ? size + 1 : size));
}

/**
 * The SIMD path of a row-wise forward kernel (out, x, rowSize); `reduce`: out has one value per
 * row (logSumExp).
 */
export function rowwise(
  s: Site,
  js: Js,
  reduce: boolean,
  out: Float32Array,
  input: Readonly<Float32Array>,
  rowSize?: unknown,
  innerSize?: unknown,
): Float32Array {
  const run = js as unknown as Any;
  if (innerSize !== undefined && innerSize !== 1) return run(out, input, rowSize, innerSize);
  const rt = state.rt as Runtime;
  let x = input as Float32Array;
  const heap = state.heapUsed;
  const outAt = heap ? addressOf('out', out) : -1;
  let xAt = heap ? addressOf('x', x) : -1;
  const n = x.length;
  const size = rowSizeFor(s, rt, run, 2, rowSize, n, reduce, out.length, 0);
  const per = rowsPerChunk(size, reduce, 2);
  if (size === 0) return run(out, x, rowSize);
  const xr = reduce ? readableCopyOnOverlap(out, x) : readable(out, x);
  if (xr !== x) xAt = -1;
  x = xr;
  const fn = s.fn as KernelFn;
  if (xAt >= 0 && outAt >= 0) {
    fn(xAt, outAt, n, size, 4 * rt.scratchB);
    return out;
  }
  if (per === 0) return run(out, input, rowSize);
  const a = rt.scratchA;
  const b = rt.scratchB;
  const step = per * size;
  for (let i = 0; i < n; i += step) {
    const m = Math.min(step, n - i);
    const r = i / size;
    const rows = m / size;
    if (xAt < 0) rt.f32.set(m === n ? x : x.subarray(i, i + m), a);
    const o = outAt >= 0 ? outAt + 4 * (reduce ? r : i) : 4 * (reduce ? b : a);
    fn(xAt < 0 ? 4 * a : xAt + 4 * i, o, m, size, 4 * b);
    if (outAt >= 0) continue;
    if (reduce) out.set(rt.f32.subarray(b, b + rows), r);
    else out.set(scratchA(rt, m), i);
  }
  return out;
}

/**
 * The SIMD path of a row-wise backward kernel (dx, dy, x or y, rowSize); `reduce`: dy has one
 * value per row (logSumExp's backward pass), placed in chunk A after the rows.
 */
export function rowwiseBackward(
  s: Site,
  js: Js,
  reduce: boolean,
  dx: Float32Array,
  gradient: Readonly<Float32Array>,
  input: Readonly<Float32Array>,
  rowSize?: unknown,
  innerSize?: unknown,
): Float32Array {
  const run = js as unknown as Any;
  if (innerSize !== undefined && innerSize !== 1) return run(dx, gradient, input, rowSize, innerSize);
  const rt = state.rt as Runtime;
  let dy = gradient as Float32Array;
  let x = input as Float32Array;
  const heap = state.heapUsed;
  const dxAt = heap ? addressOf('dx', dx) : -1;
  let dyAt = heap ? addressOf('dy', dy) : -1;
  let xAt = heap ? addressOf('x', x) : -1;
  const n = x.length;
  const size = rowSizeFor(s, rt, run, 3, rowSize, n, reduce, dx.length, dy.length);
  const per = rowsPerChunk(size, reduce, 3);
  if (size === 0) return run(dx, dy, x, rowSize);
  const dyr = reduce ? readableCopyOnOverlap(dx, dy) : readable(dx, dy);
  if (dyr !== dy) dyAt = -1;
  dy = dyr;
  const xr = readable(dx, x);
  if (xr !== x) xAt = -1;
  x = xr;
  const fn = s.fn as KernelFn;
  if (dxAt >= 0 && dyAt >= 0 && xAt >= 0) {
    fn(dyAt, xAt, dxAt, n, size, 4 * rt.scratchB);
    return dx;
  }
  if (per === 0) return run(dx, gradient, input, rowSize);
  const a = rt.scratchA;
  // x (or y) goes to chunk B, except for 'reduce', whose kernel keeps e^{x − m} there: then x
  // goes to chunk A, where dx is computed in place, and dy after it.
  const b = reduce ? a : rt.scratchB;
  const step = per * size;
  const g = reduce ? a + step : a; // where dy goes in chunk A
  for (let i = 0; i < n; i += step) {
    const m = Math.min(step, n - i);
    const r = i / size;
    const j = reduce ? r : i; // dy's index
    const k = reduce ? m / size : m; // dy's length
    if (dyAt < 0) rt.f32.set(k === dy.length ? dy : dy.subarray(j, j + k), g);
    if (xAt < 0) rt.f32.set(m === n ? x : x.subarray(i, i + m), b);
    fn(dyAt < 0 ? 4 * g : dyAt + 4 * j, xAt < 0 ? 4 * b : xAt + 4 * i, dxAt < 0 ? 4 * a : dxAt + 4 * i, m, size, 4 * rt.scratchB);
    if (dxAt < 0) dx.set(scratchA(rt, m), i);
  }
  return dx;
}
