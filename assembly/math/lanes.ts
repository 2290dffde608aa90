// Lane plumbing shared by the smooth kernels: four float32 in a v128 are widened to two f64x2
// halves (lo = lanes 0–1, hi = lanes 2–3), computed in float64 and narrowed back with one
// rounding each (f32x4.demote_f64x2_zero rounds to nearest, even, like Math.fround).
// Tails (n not a multiple of 4) are read and written lane by lane, never past n.

/** Lanes 0 and 1 of four float32, as f64x2. */
@inline export function lo(v: v128): v128 {
  return f64x2.promote_low_f32x4(v);
}

/** Lanes 2 and 3 of four float32, as f64x2. */
@inline export function hi(v: v128): v128 {
  return f64x2.promote_low_f32x4(i64x2.shuffle(v, v, 1, 1));
}

/** Two f64x2 halves rounded to float32 and packed into one v128 (a in lanes 0–1). */
@inline export function pack(a: v128, b: v128): v128 {
  return i64x2.shuffle(f32x4.demote_f64x2_zero(a), f32x4.demote_f64x2_zero(b), 0, 2);
}

/** The first m (1–3) float32 at p, the other lanes 0. */
@inline export function loadTail(p: usize, m: i32): v128 {
  let v = v128.load32_zero(p);
  if (m > 1) v = v128.load32_lane(p + 4, v, 1);
  if (m > 2) v = v128.load32_lane(p + 8, v, 2);
  return v;
}

/** Stores the first m (1–3) lanes of v at p. */
@inline export function storeTail(p: usize, v: v128, m: i32): void {
  v128.store32_lane(p, v, 0);
  if (m > 1) v128.store32_lane(p + 4, v, 1);
  if (m > 2) v128.store32_lane(p + 8, v, 2);
}

/** The f64x2 with both lanes v. */
@inline export function splat(v: f64): v128 {
  return f64x2.splat(v);
}

// Kernel drivers. A kernel's element function is the method `f(x, a, b)` of a @final class with
// no fields (called on a null `this`, so it inlines like a static function; no inheritance,
// which would make the methods virtual): x is an f64x2 of widened inputs, a and b the kernel's first two parameters splatted (unused
// ones vanish). Its method `pre(v, p0, p1)` first maps the four float32 inputs (f32x4), e.g. a
// clamp that costs one f32x4 op where two f64x2 ops would be needed. Kernels with rare lanes
// that need another form (the root series of the derivatives that cross zero, ±Infinity,
// squareplus's far range) say `fixes()`, give those lanes by `mask(v, p0, p1)` (f32x4, may be
// wider than needed) and redo them by `fix(x, y, a, b)`, which replaces the lanes of a half's
// result y that it decides (exactly, in float64) need it.
//
// The drivers take two v128 (eight floats) per iteration: two independent chains hide the
// division's latency (n = 1e6: softplusF32 3.15 → 2.40, eluF32 2.00 → 1.68 ns/element), and one
// rare-lane test (OR of both masks, one any_true) serves both; all loads of an iteration come
// before its stores (out may equal x, dx may equal dy or x). The last n mod 8 elements go one
// v128 at a time, the final 1–3 lane by lane (never read or written past n).

/** f of four inputs (one v128), the rare lanes fixed; scaled by g (dy) if `grad`. */
@inline function element<F>(k: F, raw: v128, g: v128, grad: bool, p0: f64, p1: f64, a: v128, b: v128): v128 {
  // @ts-ignore: F has pre, f, fixes, mask, fix
  const v = k.pre(raw, p0, p1);
  const xl = lo(v), xh = hi(v);
  // @ts-ignore
  let yl = k.f(xl, a, b), yh = k.f(xh, a, b);
  // @ts-ignore
  if (k.fixes() && v128.any_true(k.mask(v, p0, p1))) {
    // @ts-ignore
    yl = k.fix(xl, yl, a, b);
    // @ts-ignore
    yh = k.fix(xh, yh, a, b);
  }
  if (grad) {
    yl = f64x2.mul(lo(g), yl);
    yh = f64x2.mul(hi(g), yh);
  }
  return pack(yl, yh);
}

/** Two v128 of f at p (p + 16), stored at p + d; one rare-lane test for both. */
@inline function pair<F>(k: F, p: usize, d: usize, dg: usize, grad: bool, p0: f64, p1: f64, a: v128, b: v128): void {
  // @ts-ignore: F has pre, f, fixes, mask, fix
  const v0 = k.pre(v128.load(p), p0, p1), v1 = k.pre(v128.load(p, 16), p0, p1);
  // @ts-ignore
  if (k.fixes() && v128.any_true(v128.or(k.mask(v0, p0, p1), k.mask(v1, p0, p1)))) {
    pairOf<F>(k, v0, v1, true, p, d, dg, grad, a, b);
  } else {
    pairOf<F>(k, v0, v1, false, p, d, dg, grad, a, b);
  }
}

/**
 * The results of a pair, fixed if `fix`: the test comes first, so that the common path carries
 * no fix code (with the fix merged into one path siluDerivativeF32 took 1.73 ns/element, with
 * no root handling at all 1.48).
 */
@inline function pairOf<F>(k: F, v0: v128, v1: v128, fix: bool, p: usize, d: usize, dg: usize, grad: bool, a: v128, b: v128): void {
  const x0l = lo(v0), x0h = hi(v0), x1l = lo(v1), x1h = hi(v1);
  // @ts-ignore
  let y0l = k.f(x0l, a, b), y0h = k.f(x0h, a, b), y1l = k.f(x1l, a, b), y1h = k.f(x1h, a, b);
  if (fix) {
    // @ts-ignore
    y0l = k.fix(x0l, y0l, a, b);
    // @ts-ignore
    y0h = k.fix(x0h, y0h, a, b);
    // @ts-ignore
    y1l = k.fix(x1l, y1l, a, b);
    // @ts-ignore
    y1h = k.fix(x1h, y1h, a, b);
  }
  if (grad) {
    const g0 = v128.load(p + dg), g1 = v128.load(p + dg, 16);
    y0l = f64x2.mul(lo(g0), y0l);
    y0h = f64x2.mul(hi(g0), y0h);
    y1l = f64x2.mul(lo(g1), y1l);
    y1h = f64x2.mul(hi(g1), y1h);
  }
  v128.store(p + d, pack(y0l, y0h));
  v128.store(p + d, pack(y1l, y1h), 16);
}

/** The driver of unary (grad false: out = f(x)) and backward (grad true: dx = dy·f(x)). */
@inline function run<F>(x: usize, out: usize, dy: usize, grad: bool, n: i32, p0: f64, p1: f64): void {
  const k = changetype<F>(0);
  const a = f64x2.splat(p0);
  const b = f64x2.splat(p1);
  const end8 = x + ((<usize>n & ~7) << 2);
  const end = x + (<usize>n << 2);
  const d = out - x;
  const dg = dy - x;
  let p = x;
  for (; p < end8; p += 32) pair<F>(k, p, d, dg, grad, p0, p1, a, b);
  for (; p < end; p += 16) {
    const full = p + 16 <= end;
    const m = <i32>(end - p) >> 2;
    const v = full ? v128.load(p) : loadTail(p, m);
    const g = grad ? (full ? v128.load(p + dg) : loadTail(p + dg, m)) : v;
    const y = element<F>(k, v, g, grad, p0, p1, a, b);
    if (full) v128.store(p + d, y);
    else storeTail(p + d, y, m);
  }
}

/** out[i] = f(x[i]) for i < n, rounded once to float32. `out` may equal `x`. */
@inline export function unary<F>(x: usize, out: usize, n: i32, p0: f64, p1: f64): void {
  run<F>(x, out, x, false, n, p0, p1);
}

/**
 * dx[i] = dy[i]·f(x[i]) for i < n, the product formed in float64 and rounded once (as the JS
 * kernels' Float32Array store of g[i]·slope). `dx` may equal `dy` or `x`.
 */
@inline export function backward<F>(dy: usize, x: usize, dx: usize, n: i32, p0: f64, p1: f64): void {
  run<F>(x, dx, dy, true, n, p0, p1);
}

/** |x| on f64x2 by masking the sign (one op; V8's f64x2.abs builds its mask every time). */
@inline export function fabs(x: v128): v128 {
  return v128.and(x, i64x2.splat(0x7fffffffffffffff));
}

/** Clamps four float32 to [lo, hi]; NaN stays NaN (pmin/pmax return their first operand then). */
@inline export function clamp4(v: v128, lo: f32, hi: f32): v128 {
  return f32x4.pmax(f32x4.pmin(v, f32x4.splat(hi)), f32x4.splat(lo));
}
