// allocF32 / freeF32 / refreshF32: Float32Arrays that live in the SIMD module's memory, which the
// kernels read and write in place (no copy). A first-fit free list over the memory above the
// scratch chunks, 16-byte aligned blocks, merged with free neighbours when freed; the memory
// grows when no free block fits, which detaches every view on it (WebAssembly's rule), so each
// view handed out is recorded (view → block) and a kernel given a stale or freed one throws.
import { describe } from '../internal/check.js';
import { type Runtime, renewViews, state } from './runtime.js';

const PAGE = 65536;

/** One allocation: its block, shared by the view allocF32 returned and those refreshF32 made. */
interface Allocation {
  readonly offset: number;
  readonly length: number;
  live: boolean;
}
/** A block of the heap, in address order. */
interface Block {
  offset: number;
  bytes: number;
  free: boolean;
}

const allocations = new WeakMap<Float32Array, Allocation>();
/** Arrays allocF32 made without WebAssembly (before init, or unsupported): plain memory. */
const plain = new WeakSet<Float32Array>();
let blocks: Block[] = [];
let heapOf: Runtime | null = null;

function heap(rt: Runtime): Block[] {
  if (heapOf !== rt) {
    heapOf = rt;
    blocks = [{ offset: rt.heapStart, bytes: rt.buffer.byteLength - rt.heapStart, free: true }];
  }
  return blocks;
}

/**
 * Grows the memory so that a free block of `bytes` ends the heap; returns its index. It at least
 * doubles the memory (when it can), so that growing, which makes every earlier view stale, is rare.
 */
function grow(rt: Runtime, list: Block[], bytes: number, n: number): number {
  const last = list[list.length - 1];
  const tail = last?.free ? last.bytes : 0;
  const needed = Math.ceil((bytes - tail) / PAGE);
  let pages = Math.max(needed, Math.min(rt.buffer.byteLength / PAGE, 65536 - rt.buffer.byteLength / PAGE));
  try {
    rt.memory.grow(pages);
  } catch {
    try {
      pages = needed;
      rt.memory.grow(pages);
    } catch {
      throw new RangeError(`allocF32(${n}): the WebAssembly memory cannot grow by ${needed} pages of 64 KiB`);
    }
  }
  renewViews(rt);
  if (last?.free) last.bytes += pages * PAGE;
  else list.push({ offset: rt.buffer.byteLength - pages * PAGE, bytes: pages * PAGE, free: true });
  return list.length - 1;
}

/**
 * A Float32Array of `n` zeros that lives in the SIMD module's memory: the kernels of
 * rectified/simd given such arrays compute in place, without copying them in and out.
 *
 * The rules (WebAssembly's memory can only grow, and growing detaches every view on it):
 * - an allocation may grow the memory; every array allocF32 returned earlier is then *stale*
 *   (length 0, detached): call {@link refreshF32} for a fresh view of the same block, with the
 *   same contents. A SIMD kernel given a stale array throws a TypeError saying so; other code
 *   sees an empty array, so refresh after every allocF32 that may have grown the memory;
 * - {@link freeF32} returns the block for reuse; a SIMD kernel given a freed array throws a
 *   TypeError (its memory may belong to a later allocation);
 * - only the arrays allocF32 and refreshF32 return are computed in place; subarrays of them work
 *   too, through the copying path; views made by hand on their buffer are not supported.
 *
 * Before {@link init} resolves, and where SIMD is unsupported, allocF32 returns an ordinary
 * `new Float32Array(n)` (which freeF32 accepts and ignores, and refreshF32 returns as is).
 *
 * @param n - the number of elements (a non-negative integer)
 * @returns a zero-filled Float32Array of length n
 * @throws {RangeError} if n is not a non-negative integer, or the memory cannot grow to hold it
 * @example
 * initSync();
 * const x = allocF32(4);
 * x.set([-1, 0, 1, 2]);
 * reluF32(x, x) //=> Float32Array [0, 0, 1, 2]
 * freeF32(x);
 * @category WebAssembly
 */
export function allocF32(n: number): Float32Array {
  if (typeof n !== 'number' || !Number.isInteger(n) || n < 0 || n > 0x3fffffff) {
    throw new RangeError(`n must be a non-negative integer below 2^30, got ${describe(n)}`);
  }
  const rt = state.rt;
  if (rt === null) {
    const a = new Float32Array(n);
    plain.add(a);
    return a;
  }
  state.heapUsed = true;
  const bytes = Math.max(16, Math.ceil((n * 4) / 16) * 16);
  const list = heap(rt);
  let i = list.findIndex((b) => b.free && b.bytes >= bytes);
  if (i < 0) i = grow(rt, list, bytes, n);
  const block = list[i]!;
  if (block.bytes > bytes) list.splice(i + 1, 0, { offset: block.offset + bytes, bytes: block.bytes - bytes, free: true });
  block.bytes = bytes;
  block.free = false;
  const view = new Float32Array(rt.buffer, block.offset, n);
  view.fill(0);
  allocations.set(view, { offset: block.offset, length: n, live: true });
  return view;
}

/**
 * Returns the block of an array from {@link allocF32} for reuse (a stale array frees its block
 * too). The array must not be used afterwards: SIMD kernels throw a TypeError on it.
 *
 * @param view - an array allocF32 or refreshF32 returned
 * @throws {TypeError} if view is not such an array, or its block was already freed
 * @example
 * initSync();
 * const x = allocF32(1000);
 * freeF32(x);
 * const y = allocF32(1000); // may reuse x's block
 * y.length //=> 1000
 * @category WebAssembly
 */
export function freeF32(view: Float32Array): void {
  if (view instanceof Float32Array && plain.has(view)) return;
  const a = allocation('view', view, 'freeF32');
  a.live = false;
  state.freed = true;
  const list = heap(state.rt!);
  const i = list.findIndex((b) => b.offset === a.offset);
  const block = list[i]!;
  block.free = true;
  const next = list[i + 1];
  if (next?.free) {
    block.bytes += next.bytes;
    list.splice(i + 1, 1);
  }
  const prev = list[i - 1];
  if (prev?.free) {
    prev.bytes += block.bytes;
    list.splice(i, 1);
  }
}

/**
 * A usable view of the block of an array from {@link allocF32}: the array itself while it is
 * current, a new Float32Array of the same block (same length and contents) once the memory grew
 * and detached it. Call it after any allocF32 that may have grown the memory.
 *
 * @param view - an array allocF32 or refreshF32 returned (stale or not)
 * @returns a current view of its block
 * @throws {TypeError} if view is not such an array, or its block was freed
 * @example
 * initSync();
 * let x = allocF32(2);
 * x.set([-3, 3]);
 * const big = allocF32(4_000_000); // grows the memory: x is now stale (length 0)
 * x = refreshF32(x);
 * reluF32(x, x) //=> Float32Array [0, 3]
 * @category WebAssembly
 */
export function refreshF32(view: Float32Array): Float32Array {
  if (view instanceof Float32Array && plain.has(view)) return view;
  const a = allocation('view', view, 'refreshF32');
  const rt = state.rt!;
  if (view.buffer === rt.buffer) return view;
  const fresh = new Float32Array(rt.buffer, a.offset, a.length);
  allocations.set(fresh, a);
  return fresh;
}

function allocation(name: string, view: unknown, caller: string): Allocation {
  const a = view instanceof Float32Array ? allocations.get(view) : undefined;
  if (a === undefined) throw new TypeError(`${caller}: ${name} must be a Float32Array from allocF32 or refreshF32, got ${describe(view)}`);
  if (!a.live) throw new TypeError(`${caller}: ${name} was freed by freeF32`);
  return a;
}

/** Whether `a` is an array allocF32 or refreshF32 returned (current, stale or freed). */
export function isAllocated(a: unknown): boolean {
  return allocations.has(a as Float32Array); // false for a non-object
}

/**
 * For the kernels: the byte address of `a` if it is a current, live array from allocF32 (then
 * the kernel may compute on it in place), -1 for any other array. Throws a TypeError naming the
 * argument if `a` is a stale or freed array from allocF32.
 */
export function addressOf(name: string, a: Float32Array): number {
  const alloc = allocations.get(a);
  if (alloc === undefined) return -1;
  if (!alloc.live) throw new TypeError(`${name} was freed by freeF32: allocate a new array with allocF32`);
  // A detached view has length 0 (reading its buffer would cost more).
  if (a.length !== alloc.length) {
    throw new TypeError(
      `${name} is a stale view: the SIMD memory grew since allocF32 returned it, which detaches every view on it; call refreshF32(${name}) for a fresh view of the same block`,
    );
  }
  return alloc.offset;
}
