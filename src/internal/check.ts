// Argument checks shared by every Float32Array kernel. Each throws a TypeError for a value of
// the wrong type and a RangeError for a size that does not fit, naming the argument and value.

/** Throws a TypeError unless `value` is a Float32Array. */
export function assertFloat32Array(name: string, value: unknown): asserts value is Float32Array {
  if (!(value instanceof Float32Array)) {
    throw new TypeError(`${name} must be a Float32Array, got ${describe(value)}`);
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
 * Throws a RangeError unless `size` is a positive integer that divides `length`.
 * An empty array accepts any positive integer size.
 */
export function assertDivides(name: string, size: number, length: number): void {
  if (typeof size !== 'number' || !Number.isInteger(size) || size < 1) {
    throw new RangeError(`${name} must be a positive integer, got ${String(size)}`);
  }
  if (length % size !== 0) {
    throw new RangeError(`${name} = ${size} must divide the length ${length}`);
  }
}

/** True if the element ranges of `a` and `b` share at least one byte of one buffer. */
export function overlaps(a: Float32Array, b: Float32Array): boolean {
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
export function readable(out: Float32Array, src: Float32Array): Float32Array {
  if (out.byteOffset === src.byteOffset || !overlaps(out, src)) return src;
  return src.slice();
}

/** Like {@link readable}, for kernels whose output index differs from the input index. */
export function readableCopyOnOverlap(out: Float32Array, src: Float32Array): Float32Array {
  return overlaps(out, src) ? src.slice() : src;
}

/** A short description of a value for error messages. */
export function describe(value: unknown): string {
  if (value === null) return 'null';
  if (typeof value === 'object' || typeof value === 'function') {
    const ctor = (value as { constructor?: { name?: unknown } }).constructor;
    return typeof ctor?.name === 'string' ? ctor.name : typeof value;
  }
  if (typeof value === 'string') return JSON.stringify(value);
  return `${typeof value} ${String(value)}`;
}

/** Throws a RangeError if any element of `values` is NaN or ±Infinity, naming the first. */
export function assertAllFinite(name: string, values: Float32Array): void {
  for (let i = 0; i < values.length; i++) {
    const v = values[i];
    if (!(v - v === 0)) throw new RangeError(`${name}[${i}] must be finite, got ${v}`);
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
