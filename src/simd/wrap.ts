// What the SIMD kernels of kernels.generated.ts run. Each kernel there is its own function (so
// that V8 keeps per-kernel call feedback and inlines the JavaScript kernel on the short-array
// path), with a Site of its own:
//
//   const $fooF32 = site('fooF32');
//   fooF32(out, x, …params) = small(out, x) ? js.fooF32(out, x, …params) : unary($fooF32, js.fooF32, out, x, …params)
//
// `small` sends to the JavaScript kernel what WebAssembly cannot speed up: calls before the module
// is ready, arrays shorter than MIN_LENGTH, and arguments of the wrong type (the JavaScript kernel
// throws its error). `unary` and `backward` check the arguments exactly as the JavaScript kernel
// does (by running it on empty arrays, which runs its parameter checks, or on the real arrays to
// throw its own error), then run the module's kernel over the arrays: in place on arrays from
// allocF32, otherwise through the two scratch chunks of linear memory, CHUNK elements at a time.
// No closure and no dispatch per element.
import { copyIfPartialOverlap as readable } from '../internal/check.js';
import { addressOf, isAllocated } from './heap.js';
import { CHUNK, type KernelFn, type Runtime, state } from './runtime.js';
import { WASM_KERNELS } from './wasm-module.generated.js';

/**
 * Below this many elements every kernel runs its JavaScript form: there the call into
 * WebAssembly and the copies in and out cost more than they save. `npx tsx bench/simd-crossover.ts`
 * times both paths per kernel at 8–48 elements: at 8 most kernels run faster in JavaScript, at
 * 16 most (all the smooth ones) run faster in WebAssembly, at 32 all of them.
 */
export const MIN_LENGTH = 16;

type Js = (...args: never[]) => Float32Array;
type Any = (a: unknown, b: unknown, c?: unknown, d?: unknown, e?: unknown, f?: unknown, g?: unknown) => Float32Array;

/**
 * One SIMD kernel's state: its module function (looked up once per runtime), and the last
 * parameters its JavaScript kernel accepted (parameter checks depend on the parameters only, so
 * a call repeating them skips the checks: reading a Float32Array's byteOffset, as the JavaScript
 * kernels do, costs ~20 ns in V8).
 */
export interface Site {
  readonly name: string;
  /** The index of a parameter that must divide the length (prelu's innerSize), or -1. */
  readonly inner: number;
  rt: Runtime | null;
  fn: KernelFn | undefined;
  arity: number;
  checked: boolean;
  p0: unknown;
  p1: unknown;
  p2: unknown;
  p3: unknown;
}

/** The Site of the kernel `name` (one per generated kernel function). */
export function site(name: string): Site {
  const inner = WASM_KERNELS[name]?.innerSize ?? -1;
  return { name, inner, rt: null, fn: undefined, arity: 0, checked: false, p0: undefined, p1: undefined, p2: undefined, p3: undefined };
}

const EMPTY = new Float32Array(new ArrayBuffer(0));
const EMPTY2 = new Float32Array(new ArrayBuffer(0));

/** The length of a kernel argument (undefined for a non-object or one without length). */
function lengthOf(a: unknown): unknown {
  return (a as { length?: unknown } | null | undefined)?.length;
}

/**
 * Whether a unary kernel call goes straight to the JavaScript kernel (see the file comment). The
 * common short call decides on the lengths alone: the JavaScript kernel checks the types itself,
 * so a non-Float32Array can always go there, and only the long path needs instanceof.
 */
export function small(out: unknown, x: unknown): boolean {
  if (state.rt === null) return true;
  const n = lengthOf(x) as number;
  // Length 0 may be a stale allocF32 array (detached), and once freeF32 was used a short array
  // may be a freed one: those take the checking path, if they are Float32Arrays at all.
  if (n >= MIN_LENGTH || n === 0 || lengthOf(out) === 0 || (state.freed && (isAllocated(out) || isAllocated(x)))) {
    return !(out instanceof Float32Array && x instanceof Float32Array);
  }
  return true;
}

/** Whether a backward kernel call goes straight to the JavaScript kernel (as {@link small}). */
export function smallBackward(dx: unknown, dy: unknown, x: unknown): boolean {
  if (state.rt === null) return true;
  const n = lengthOf(x) as number;
  if (
    n >= MIN_LENGTH ||
    n === 0 ||
    lengthOf(dx) === 0 ||
    lengthOf(dy) === 0 ||
    (state.freed && (isAllocated(dx) || isAllocated(dy) || isAllocated(x)))
  ) {
    return !(dx instanceof Float32Array && dy instanceof Float32Array && x instanceof Float32Array);
  }
  return true;
}

/** Whether p, at index i, can go to a module kernel of `arity` parameters. */
function passes(p: unknown, i: number, arity: number): boolean {
  return i >= arity ? p === undefined : typeof p === 'number' && !(p === 0 && 1 / p < 0);
}

/**
 * Whether the module's kernel takes the call: it exists, n ≥ MIN_LENGTH, its parameters are
 * numbers (not a per-channel weight, not a missing required one) and not −0 (which a few
 * JavaScript kernels keep; the module is never given one), nothing is given beyond them
 * (weightGrad), and prelu's innerSize divides n (else the JavaScript kernel throws), and the
 * JavaScript kernel's parameter checks pass (run on empty arrays, unless these parameters passed
 * them last time).
 */
function accepts(s: Site, rt: Runtime, arrays: number, n: number, js: Any, p0: unknown, p1: unknown, p2: unknown, p3: unknown): boolean {
  if (!(s.checked && p0 === s.p0 && p1 === s.p1 && p2 === s.p2 && p3 === s.p3)) {
    try {
      if (arrays === 2) js(EMPTY, EMPTY2, p0, p1, p2, p3);
      else js(EMPTY, EMPTY2, EMPTY2, p0, p1, p2, p3);
    } catch {
      return false; // the caller runs the JavaScript kernel on the real arrays: it throws its own error
    }
    s.checked = true;
    s.p0 = p0;
    s.p1 = p1;
    s.p2 = p2;
    s.p3 = p3;
  }
  if (s.rt !== rt) {
    s.rt = rt;
    s.fn = rt.kernels[s.name];
    s.arity = s.fn === undefined ? 0 : s.fn.length - arrays - 1;
  }
  const k = s.arity;
  if (s.fn === undefined || n < MIN_LENGTH || !(passes(p0, 0, k) && passes(p1, 1, k) && passes(p2, 2, k) && passes(p3, 3, k))) return false;
  return s.inner < 0 || n % ([p0, p1, p2, p3][s.inner] as number) === 0;
}

/** The first m elements of scratch chunk A (cached: kernels are mostly called with one size). */
export function scratchA(rt: Runtime, m: number): Float32Array {
  if (rt.lastView.length !== m) rt.lastView = rt.f32.subarray(rt.scratchA, rt.scratchA + m);
  return rt.lastView;
}

/**
 * The SIMD path of a unary kernel (out, x, …params); `js` is the JavaScript kernel. Arrays of at
 * most CHUNK elements are copied in whole before anything is written, so overlapping ones need no
 * check; longer ones are read through `readable` (a copy when out and x overlap partially).
 */
export function unary(
  s: Site,
  js: Js,
  out: Float32Array,
  input: Readonly<Float32Array>,
  p0?: unknown,
  p1?: unknown,
  p2?: unknown,
  p3?: unknown,
): Float32Array {
  const run = js as unknown as Any;
  const rt = state.rt as Runtime;
  let x = input as Float32Array;
  const heap = state.heapUsed;
  const outAt = heap ? addressOf('out', out) : -1;
  let xAt = heap ? addressOf('x', x) : -1;
  const n = x.length;
  if (out.length !== n || !accepts(s, rt, 2, n, run, p0, p1, p2, p3)) return run(out, x, p0, p1, p2, p3);
  const fn = s.fn!;
  if (n > CHUNK) {
    const xr = readable(out, x);
    if (xr !== x) xAt = -1;
    x = xr;
  }
  const step = xAt >= 0 && outAt >= 0 ? n : CHUNK;
  const a = rt.scratchA;
  for (let i = 0; i < n; i += step) {
    const m = Math.min(step, n - i);
    if (xAt < 0) rt.f32.set(m === n ? x : x.subarray(i, i + m), a);
    fn(xAt < 0 ? 4 * a : xAt + 4 * i, outAt < 0 ? 4 * a : outAt + 4 * i, m, p0 as number, p1 as number, p2 as number, p3 as number);
    if (outAt < 0) out.set(scratchA(rt, m), i);
  }
  return out;
}

/** The SIMD path of a backward kernel (dx, dy, x, …params), as {@link unary}. */
export function backward(
  s: Site,
  js: Js,
  dx: Float32Array,
  gradient: Readonly<Float32Array>,
  input: Readonly<Float32Array>,
  p0?: unknown,
  p1?: unknown,
  p2?: unknown,
  p3?: unknown,
): Float32Array {
  const run = js as unknown as Any;
  const rt = state.rt as Runtime;
  let dy = gradient as Float32Array;
  let x = input as Float32Array;
  const heap = state.heapUsed;
  const dxAt = heap ? addressOf('dx', dx) : -1;
  let dyAt = heap ? addressOf('dy', dy) : -1;
  let xAt = heap ? addressOf('x', x) : -1;
  const n = x.length;
  if (dx.length !== n || dy.length !== n || !accepts(s, rt, 3, n, run, p0, p1, p2, p3)) return run(dx, dy, x, p0, p1, p2, p3);
  const fn = s.fn!;
  if (n > CHUNK) {
    const dyr = readable(dx, dy);
    if (dyr !== dy) dyAt = -1;
    dy = dyr;
    const xr = readable(dx, x);
    if (xr !== x) xAt = -1;
    x = xr;
  }
  const step = dxAt >= 0 && dyAt >= 0 && xAt >= 0 ? n : CHUNK;
  const a = rt.scratchA;
  const b = rt.scratchB;
  for (let i = 0; i < n; i += step) {
    const m = Math.min(step, n - i);
    if (dyAt < 0) rt.f32.set(m === n ? dy : dy.subarray(i, i + m), a);
    if (xAt < 0) rt.f32.set(m === n ? x : x.subarray(i, i + m), b);
    // dx into scratch A (where dy may be: the kernels allow dx = dy) unless it is in the heap.
    const dyp = dyAt < 0 ? 4 * a : dyAt + 4 * i;
    fn(dyp, xAt < 0 ? 4 * b : xAt + 4 * i, dxAt < 0 ? 4 * a : dxAt + 4 * i, m, p0 as number, p1 as number, p2 as number, p3 as number);
    if (dxAt < 0) dx.set(scratchA(rt, m), i);
  }
  return dx;
}
