// The loops every kernel runs, stamped per kernel: AssemblyScript cannot pass a function to be
// inlined, but it monomorphises a generic over a class, so `map<Relu>(…)` compiles to a loop with
// Relu's `apply` inlined (no call, no allocation: the instance is `changetype<K>(0)`, never read).
// Also the shared lane operations of the kernels.

/** Two 16-byte slots for the last n mod 4 elements (loaded and stored through memory). */
const TAIL: usize = memory.data(32, 16);

/** A lane-wise unary kernel: `apply` maps four inputs to four outputs with up to six constants. */
export interface Unary {
  apply(v: v128, a: v128, b: v128, c: v128, d: v128, e: v128, f: v128): v128;
}
/** A lane-wise backward kernel: `apply` maps four dy and four x to four dx. */
export interface Backward {
  apply(g: v128, v: v128, a: v128, b: v128, c: v128, d: v128, e: v128, f: v128): v128;
}

/** out[i] = K(x[i]) for i < n, four lanes at a time; out may be x. */
@inline
export function map<K extends Unary>(x: usize, out: usize, n: i32, a: v128, b: v128, c: v128, d: v128, e: v128, f: v128): void {
  const k = changetype<K>(0);
  let o: usize = 0;
  const end = (<usize>(n & ~3)) << 2;
  for (; o < end; o += 16) v128.store(out + o, k.apply(v128.load(x + o), a, b, c, d, e, f));
  const rest = (<usize>(n & 3)) << 2;
  if (rest != 0) {
    memory.copy(TAIL, x + o, rest);
    v128.store(TAIL, k.apply(v128.load(TAIL), a, b, c, d, e, f));
    memory.copy(out + o, TAIL, rest);
  }
}

/** dx[i] = K(dy[i], x[i]) for i < n; dx may be dy or x (both are read before dx is written). */
@inline
export function zip<K extends Backward>(dy: usize, x: usize, dx: usize, n: i32, a: v128, b: v128, c: v128, d: v128, e: v128, f: v128): void {
  const k = changetype<K>(0);
  let o: usize = 0;
  const end = (<usize>(n & ~3)) << 2;
  for (; o < end; o += 16) v128.store(dx + o, k.apply(v128.load(dy + o), v128.load(x + o), a, b, c, d, e, f));
  const rest = (<usize>(n & 3)) << 2;
  if (rest != 0) {
    memory.copy(TAIL, dy + o, rest);
    memory.copy(TAIL + 16, x + o, rest);
    v128.store(TAIL, k.apply(v128.load(TAIL), v128.load(TAIL + 16), a, b, c, d, e, f));
    memory.copy(dx + o, TAIL, rest);
  }
}

// ---- lane operations -----------------------------------------------------------------------

export const ZERO: v128 = f32x4.splat(0);
export const ONE: v128 = f32x4.splat(1);

/** v where v is NaN, r elsewhere: the kernels' NaN → NaN rule. */
@inline
export function keepNaN(v: v128, r: v128): v128 {
  return v128.bitselect(v, r, f32x4.ne(v, v));
}

/**
 * fround(x·w) per lane with the product formed in float64, as JavaScript forms `x[i] * w` for a
 * float64 w: w need not be a float32 (0.01, 1/6), so a float32 product would round twice.
 * `w` is an f64x2 splat.
 */
@inline
export function mulF64(x: v128, w: v128): v128 {
  const lo = f32x4.demote_f64x2_zero(f64x2.mul(f64x2.promote_low_f32x4(x), w));
  const hi = f32x4.demote_f64x2_zero(f64x2.mul(f64x2.promote_low_f32x4(v128.shuffle<f32>(x, x, 2, 3, 2, 3)), w));
  return v128.shuffle<f32>(lo, hi, 0, 1, 4, 5);
}

/** Whether w is a float32: then a float32 product x·w equals fround of the float64 one. */
@inline
export function isFloat32(w: f64): bool {
  return <f64>(<f32>w) == w;
}

/** The largest float32 ≤ v (−Infinity below −FLT_MAX): x ≤ v ⇔ x ≤ floor32(v), x > v ⇔ x > floor32(v) for float32 x. */
export function floor32(v: f64): f32 {
  let f = <f32>v;
  if (<f64>f > v) {
    const bits = reinterpret<u32>(f);
    f = f == 0 ? reinterpret<f32>(0x80000001) : reinterpret<f32>(f > 0 ? bits - 1 : bits + 1);
  }
  return f;
}

/** The smallest float32 ≥ v: x ≥ v ⇔ x ≥ ceil32(v), x < v ⇔ x < ceil32(v) for float32 x. */
export function ceil32(v: f64): f32 {
  return -floor32(-v);
}
