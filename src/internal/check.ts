// Argument checks shared by every Float32Array kernel. Each throws a TypeError for a value of
// the wrong type and a RangeError for a size that does not fit, naming the argument and value.
//
// Every message about a value has one shape, `<name> must be <what>, got <describe(value)>`:
// `x must be a Float32Array, got undefined (missing)`, `rowSize must be a positive integer, got
// string "3"`, `alpha must be finite and >= 0, got number NaN`. describe() is in every scalar's
// bundle (params.ts uses it), so it is kept short: the scalar budget of gelu is 3 KB.

/**
 * A short description of a value for error messages: `undefined (missing)` (an argument left out
 * and one passed as undefined look the same), `null`, the constructor name of an object (`Array`,
 * `Float64Array`, `Object`; `object` without one), else the type and the value: `string "3"`
 * (quoted), `number NaN`, `boolean true`, `function name` (`function ` for an anonymous one).
 */
export function describe(value: unknown): string {
  const type = typeof value;
  return value === undefined
    ? 'undefined (missing)'
    : value === null
      ? 'null'
      : type === 'object'
        ? (value as { constructor?: { name?: string } }).constructor?.name || type
        : `${type} ${type === 'string' ? `"${value as string}"` : type === 'function' ? (value as () => unknown).name : String(value)}`;
}

/**
 * The `Symbol.toStringTag` getter of %TypedArray%.prototype: the element type's name of a typed
 * array ('Float32Array'), read from its internal slot, and undefined for any other value, so an
 * object made with Object.create(Float32Array.prototype) cannot fake it, and a Float32Array of
 * another realm (a node:vm context, an iframe) still has it, where `instanceof` fails.
 */
const typedArrayTag = /* @__PURE__ */ (() =>
  Object.getOwnPropertyDescriptor(Object.getPrototypeOf(Int8Array.prototype) as object, Symbol.toStringTag)?.get)() as (
  this: unknown,
) => string | undefined;

/** True for a real Float32Array (of any realm), by its internal brand rather than its prototype. */
export function isFloat32Array(value: unknown): value is Float32Array {
  return ArrayBuffer.isView(value) && typedArrayTag.call(value) === 'Float32Array';
}

/**
 * describe() for a value that failed {@link isFloat32Array}: a look-alike, whose constructor is
 * Float32Array, is said not to be a typed array rather than described as "Float32Array".
 */
export function describeNotFloat32Array(value: unknown): string {
  const got = describe(value);
  return got === 'Float32Array' ? 'an object inheriting from Float32Array.prototype that is not a typed array' : got;
}

/** Throws a TypeError unless `value` is a real Float32Array (see {@link isFloat32Array}). */
export function assertFloat32Array(name: string, value: unknown): asserts value is Float32Array {
  if (!isFloat32Array(value)) throw new TypeError(`${name} must be a Float32Array, got ${describeNotFloat32Array(value)}`);
}

/**
 * Throws a TypeError unless `value` is an array-like of numbers (the argument of the scalar forms
 * that take a row or a group: softmax, logSoftmax, logSumExp and their backward, maxout): an
 * object (an Array, a typed array, {0: 1, length: 1}, …) whose `length` is an integer in
 * [0, 2³² − 1], the lengths an Array can have, and whose elements 0 … length − 1 are numbers.
 * A negative, NaN, fractional, infinite or non-number length is a TypeError too: such an object
 * is not an array-like, which is a matter of type, not of range.
 */
export function assertNumbers(name: string, value: unknown): asserts value is ArrayLike<number> {
  const length = typeof value === 'object' && value !== null ? (value as { length?: unknown }).length : undefined;
  if (!(typeof length === 'number' && Number.isInteger(length) && length >= 0 && length <= 4294967295)) {
    const shown = typeof value === 'object' && value !== null ? `${describe(value)} with length ${describe(length)}` : describe(value);
    throw new TypeError(`${name} must be an array-like of numbers (with an integer length in [0, 4294967295]), got ${shown}`);
  }
  const a = value as ArrayLike<unknown>;
  for (let i = 0; i < length; i++) {
    if (typeof a[i] !== 'number') throw new TypeError(`${name}[${i}] must be a number, got ${describe(a[i])}`);
  }
}

/** Throws a RangeError unless `a` and `b` have the given lengths relation `a.length === b.length`. */
export function assertSameLength(nameA: string, a: Float32Array, nameB: string, b: Float32Array): void {
  if (a.length !== b.length) {
    throw new RangeError(
      `${nameA} and ${nameB} must have the same length, got ${nameA}.length = ${a.length} and ${nameB}.length = ${b.length}`,
    );
  }
}

/** Checks `out` and `x` of an elementwise kernel: both Float32Arrays of one length. */
export function checkUnary(out: unknown, x: unknown): void {
  assertFloat32Array('out', out);
  // The usual slip is leaving out `out` (geluF32(x)): say that the arrays come out-first.
  if (x === undefined) throw new TypeError('x must be a Float32Array, got undefined (missing; out comes first: f(out, x))');
  assertFloat32Array('x', x);
  assertSameLength('out', out, 'x', x);
}

/**
 * Checks `dx`, `dy` and `x` of a backward kernel: Float32Arrays of one length. `xName` names the
 * third argument in messages (the softmax family's backward takes the forward output `y`).
 */
export function checkBackward(dx: unknown, dy: unknown, x: unknown, xName = 'x'): void {
  assertFloat32Array('dx', dx);
  assertFloat32Array('dy', dy);
  assertFloat32Array(xName, x);
  assertSameLength('dx', dx, xName, x);
  assertSameLength('dy', dy, xName, x);
}

/**
 * Throws unless `size` is a positive integer that divides `length`: a TypeError for a non-number
 * (or a missing size), a RangeError otherwise. An empty array accepts any positive integer size.
 */
export function assertDivides(name: string, size: number, length: number): void {
  if (typeof size !== 'number') throw new TypeError(`${name} must be a positive integer, got ${describe(size)}`);
  if (!Number.isInteger(size) || size < 1) throw new RangeError(`${name} must be a positive integer, got ${describe(size)}`);
  if (length % size !== 0) {
    throw new RangeError(`${name} = ${size} must divide the length ${length}`);
  }
}

/** True if the element ranges of `a` and `b` share at least one byte of one buffer. */
export function overlaps(a: ArrayBufferView, b: ArrayBufferView): boolean {
  if (a.buffer !== b.buffer) return false;
  const aStart = a.byteOffset;
  const bStart = b.byteOffset;
  return aStart < bStart + b.byteLength && bStart < aStart + a.byteLength;
}

/**
 * The array a kernel may read while it writes `out` index by index: `src` itself when writing
 * `out[i]` can never change an element of `src` not yet read (distinct memory, or exactly the
 * same view), otherwise a copy. Partially overlapping views such as `buf.subarray(1)` and
 * `buf.subarray(0, n)` would otherwise read values the kernel has already overwritten.
 */
export function copyIfPartialOverlap(out: Float32Array, src: Float32Array): Float32Array {
  if (out.byteOffset === src.byteOffset || !overlaps(out, src)) return src;
  return src.slice();
}

/** Like {@link copyIfPartialOverlap}, for kernels whose output index differs from the input index. */
export function copyIfOverlap(out: Float32Array, src: Float32Array): Float32Array {
  return overlaps(out, src) ? src.slice() : src;
}

/** Throws a RangeError if any element of `values` is NaN or ±Infinity, naming the first. */
export function assertAllFinite(name: string, values: Float32Array): void {
  for (let i = 0; i < values.length; i++) {
    const v = values[i];
    if (!(v - v === 0)) throw new RangeError(`${name}[${i}] must be finite, got ${describe(v)}`);
  }
}

/** Throws a RangeError if `a` shares memory with `b`. */
export function assertDisjoint(nameA: string, a: Float32Array, nameB: string, b: Float32Array): void {
  if (overlaps(a, b)) throw new RangeError(`${nameA} must not share memory with ${nameB}`);
}

/** Throws a RangeError unless a.length is `want` (`what` says how `want` follows from x.length). */
export function assertLength(name: string, a: Float32Array, want: number, what: string): void {
  if (a.length !== want) throw new RangeError(`${name}.length must be ${what} = ${want}, got ${a.length}`);
}

/**
 * Checks the optional accumulator of a backward pass's scalar-parameter gradients (starRelu,
 * xielu): a Float32Array of `count` elements that shares no memory with dx, dy or x, since the
 * sums would otherwise read their own partial results.
 */
export function checkParamGrads(paramGrads: unknown, count: number, dx: Float32Array, dy: Float32Array, x: Float32Array): void {
  assertFloat32Array('paramGrads', paramGrads);
  assertLength('paramGrads', paramGrads, count, 'the number of parameters');
  assertDisjoint('paramGrads', paramGrads, 'dx', dx);
  assertDisjoint('paramGrads', paramGrads, 'dy', dy);
  assertDisjoint('paramGrads', paramGrads, 'x', x);
}
