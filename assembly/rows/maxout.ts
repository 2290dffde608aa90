// maxout over groups of `pieces` (src/activations/maxout: the routed entry of a group is the
// first index attaining its max, +0 beating −0, and the group's first NaN if it has one). ABI as
// the row-wise kernels (rows/index.ts), pieces in place of rowSize:
//   maxoutF32(x, out, n, pieces, tmp)              out holds n / pieces values (the routed entry)
//   maxoutDerivativeF32(x, out, n, pieces, tmp)    1 at each group's routed entry, +0 elsewhere
//   maxoutBackwardF32(dy, x, dx, n, pieces, tmp)   dy (n / pieces values) at the routed entry
// Groups of 4 (the common case) go four at a time (forward) or one v128 each: f32x4.max gives
// the max (+0 over −0; NaN if any lane is NaN), and the routed entry is the first lane whose
// bits equal the max's. A group holding a NaN, and every group of another size, take the scalar
// routing of the JavaScript kernels. Exact: bit for bit the JavaScript kernels' results.
/** The routed index in the group of n ≥ 1 float32 at p, as the JavaScript kernels' `routed`. */
@inline function routed(p: usize, n: i32): i32 {
  let k = 0;
  let m = load<f32>(p);
  if (m != m) return 0;
  for (let i = 1; i < n; i++) {
    const v = load<f32>(p + (<usize>i << 2));
    if (v > m || (v == m && v == 0 && reinterpret<i32>(v) == 0 && reinterpret<i32>(m) != 0)) {
      m = v;
      k = i;
    } else if (v != v) return i;
  }
  return k;
}

/** The max of four groups of four (one per v128) in one v128: lane j is group j's max. */
@inline function max4x4(p: usize): v128 {
  const v0 = v128.load(p), v1 = v128.load(p, 16), v2 = v128.load(p, 32), v3 = v128.load(p, 48);
  const a = f32x4.max(i32x4.shuffle(v0, v1, 0, 1, 4, 5), i32x4.shuffle(v0, v1, 2, 3, 6, 7));
  const b = f32x4.max(i32x4.shuffle(v2, v3, 0, 1, 4, 5), i32x4.shuffle(v2, v3, 2, 3, 6, 7));
  return f32x4.max(i32x4.shuffle(a, b, 0, 2, 4, 6), i32x4.shuffle(a, b, 1, 3, 5, 7));
}

export function maxoutF32(x: usize, out: usize, n: i32, pieces: f64, tmp: usize): void {
  const size = <i32>pieces;
  const end = x + (<usize>n << 2);
  if (size == 4) {
    for (; x + 64 <= end; x += 64, out += 16) {
      const c = max4x4(x);
      v128.store(out, c);
      if (v128.any_true(f32x4.ne(c, c))) {
        for (let j = 0; j < 4; j++) store<u32>(out + (<usize>j << 2), load<u32>(x + (<usize>j << 4) + (<usize>routed(x + (<usize>j << 4), 4) << 2)));
      }
    }
  }
  const bytes = <usize>size << 2;
  for (; x < end; x += bytes, out += 4) store<u32>(out, load<u32>(x + (<usize>routed(x, size) << 2)));
}

/**
 * The routed lane of a group of four (v) as a mask: the first lane whose bits equal the max's
 * (the max of +0 and −0 is +0, so a +0 is routed before any −0). All-zero for a NaN group.
 */
@inline function firstMax(v: v128): v128 {
  let t = f32x4.max(v, i32x4.shuffle(v, v, 2, 3, 0, 1));
  t = f32x4.max(t, i32x4.shuffle(t, t, 1, 0, 3, 2));
  const eq = i32x4.eq(v, t);
  // inclusive prefix OR of eq across lanes, then shifted by one: the lanes after the first
  let pre = v128.or(eq, i32x4.shuffle(i32x4.splat(0), eq, 3, 4, 5, 6));
  pre = v128.or(pre, i32x4.shuffle(i32x4.splat(0), pre, 2, 3, 4, 5));
  return v128.andnot(eq, i32x4.shuffle(i32x4.splat(0), pre, 3, 4, 5, 6));
}

/** One group's derivative (1 at its routed entry, +0 elsewhere) or dy's value there (grad). */
@inline function routeGroup(dy: usize, x: usize, dx: usize, size: i32, grad: bool): void {
  const k = routed(x, size);
  memory.fill(dx, 0, <usize>size << 2);
  store<u32>(dx + (<usize>k << 2), grad ? load<u32>(dy) : 0x3f800000);
}

/** The derivative (grad false) or backward pass (grad true) over all groups. */
@inline function route(dy: usize, x: usize, dx: usize, n: i32, pieces: f64, grad: bool): void {
  const size = <i32>pieces;
  const end = x + (<usize>n << 2);
  const bytes = <usize>size << 2;
  if (size == 4) {
    for (; x < end; x += 16, dx += 16, dy += 4) {
      const v = v128.load(x);
      if (v128.any_true(f32x4.ne(v, v))) routeGroup(dy, x, dx, 4, grad);
      else v128.store(dx, v128.and(firstMax(v), grad ? v128.load32_splat(dy) : f32x4.splat(1)));
    }
    return;
  }
  for (; x < end; x += bytes, dx += bytes, dy += 4) routeGroup(dy, x, dx, size, grad);
}

export function maxoutDerivativeF32(x: usize, out: usize, n: i32, pieces: f64, tmp: usize): void {
  route(0, x, out, n, pieces, false);
}

export function maxoutBackwardF32(dy: usize, x: usize, dx: usize, n: i32, pieces: f64, tmp: usize): void {
  route(dy, x, dx, n, pieces, true);
}
