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
// no fields (called on a null `this`, so it inlines like a static function): x is an f64x2 of
// widened inputs, a and b the kernel's first two parameters splatted (unused ones vanish).
// Its method `pre(v, p0, p1)` first maps the four float32 inputs (f32x4), e.g. a clamp that
// costs one f32x4 op where two f64x2 ops would be needed (`v` itself where nothing is needed);
// `rare(v, p0, p1)` says (one f32x4 test, well predicted) whether some lane of the four needs
// `fix(x, y, a, b)`, which then replaces those lanes of each half's result y (the root series
// of the derivatives that cross zero); `false` where no kernel lane ever does.

/** out[i] = f(x[i]) for i < n, rounded once to float32. `out` may equal `x`. */
@inline export function unary<F>(x: usize, out: usize, n: i32, p0: f64, p1: f64): void {
  const k = changetype<F>(0);
  const a = f64x2.splat(p0);
  const b = f64x2.splat(p1);
  const end = x + ((<usize>n & ~3) << 2);
  const d = out - x;
  for (let p = x; p < end; p += 16) {
    v128.store(p + d, element<F>(k, v128.load(p), p0, p1, a, b));
  }
  const m = n & 3;
  if (m) storeTail(end + d, element<F>(k, loadTail(end, m), p0, p1, a, b), m);
}

@inline function element<F>(k: F, raw: v128, p0: f64, p1: f64, a: v128, b: v128): v128 {
  // @ts-ignore: F has pre, f, rare, fix
  const v = k.pre(raw, p0, p1);
  const xl = lo(v), xh = hi(v);
  // @ts-ignore
  let yl = k.f(xl, a, b), yh = k.f(xh, a, b);
  // @ts-ignore
  if (k.rare(v, p0, p1)) {
    // @ts-ignore
    yl = k.fix(xl, yl, a, b);
    // @ts-ignore
    yh = k.fix(xh, yh, a, b);
  }
  return pack(yl, yh);
}

@inline function gradient<F>(k: F, raw: v128, g: v128, p0: f64, p1: f64, a: v128, b: v128): v128 {
  // @ts-ignore: F has pre, f, rare, fix
  const v = k.pre(raw, p0, p1);
  const xl = lo(v), xh = hi(v);
  // @ts-ignore
  let yl = k.f(xl, a, b), yh = k.f(xh, a, b);
  // @ts-ignore
  if (k.rare(v, p0, p1)) {
    // @ts-ignore
    yl = k.fix(xl, yl, a, b);
    // @ts-ignore
    yh = k.fix(xh, yh, a, b);
  }
  return pack(f64x2.mul(lo(g), yl), f64x2.mul(hi(g), yh));
}

/**
 * dx[i] = dy[i]·f(x[i]) for i < n, the product formed in float64 and rounded once (as the JS
 * kernels' Float32Array store of g[i]·slope). `dx` may equal `dy` or `x`.
 */
@inline export function backward<F>(dy: usize, x: usize, dx: usize, n: i32, p0: f64, p1: f64): void {
  const k = changetype<F>(0);
  const a = f64x2.splat(p0);
  const b = f64x2.splat(p1);
  const end = x + ((<usize>n & ~3) << 2);
  const dg = dy - x;
  const d = dx - x;
  for (let p = x; p < end; p += 16) {
    v128.store(p + d, gradient<F>(k, v128.load(p), v128.load(p + dg), p0, p1, a, b));
  }
  const m = n & 3;
  if (m) storeTail(end + d, gradient<F>(k, loadTail(end, m), loadTail(end + dg, m), p0, p1, a, b), m);
}

/** |x| on f64x2 by masking the sign (one op; V8's f64x2.abs builds its mask every time). */
@inline export function fabs(x: v128): v128 {
  return v128.and(x, i64x2.splat(0x7fffffffffffffff));
}

/** Clamps four float32 to [lo, hi]; NaN stays NaN (pmin/pmax return their first operand then). */
@inline export function clamp4(v: v128, lo: f32, hi: f32): v128 {
  return f32x4.pmax(f32x4.pmin(v, f32x4.splat(hi)), f32x4.splat(lo));
}
