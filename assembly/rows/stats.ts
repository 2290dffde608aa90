// Row statistics for the row-wise kernels (src/internal/softmax-row.ts has the JavaScript
// forms): the max of a row, s = Σ_{i≠argmax} e^{x_i − m} and compensated sums.
//
// The max is f32x4.max, which returns NaN when either operand is NaN: a row holding a NaN has a
// NaN max, so "m is not finite" marks exactly the rows the JavaScript kernels treat specially
// (a NaN, a +∞, or only −∞). s keeps the max's own term e⁰ = 1 out, as the JavaScript kernels
// do (log1p(s) then keeps a tiny s): the terms of entries below m are summed in f64x2 lanes, the
// entries equal to m counted, and s = Σ + (count − 1) (ties add 1 each, as in the JavaScript
// one-pass loop). −∞ entries add nothing (the JavaScript loop skips them).
import { hi, lo, loadTail } from '../math/lanes';
import { expExact, expFast } from './exp';

/** Four float32 lanes, those from index m (1–3) on replaced by −∞ (a row's tail). */
@inline export function tail4(p: usize, m: i32): v128 {
  const live = i32x4.lt_s(i32x4(0, 1, 2, 3), i32x4.splat(m));
  return v128.bitselect(loadTail(p, m), f32x4.splat(-Infinity), live);
}

/** The max of the n ≥ 1 float32 at p (NaN if any is NaN). */
export function rowMax(p: usize, n: i32): f32 {
  const end = p + (<usize>n << 2);
  const end8 = p + ((<usize>n & ~7) << 2);
  let m0 = f32x4.splat(-Infinity);
  let m1 = m0;
  let q = p;
  for (; q < end8; q += 32) {
    m0 = f32x4.max(m0, v128.load(q));
    m1 = f32x4.max(m1, v128.load(q, 16));
  }
  if (q + 16 <= end) {
    m0 = f32x4.max(m0, v128.load(q));
    q += 16;
  }
  if (q < end) m1 = f32x4.max(m1, tail4(q, <i32>(end - q) >> 2));
  m0 = f32x4.max(m0, m1);
  m0 = f32x4.max(m0, i64x2.shuffle(m0, m0, 1, 0));
  return max<f32>(f32x4.extract_lane(m0, 0), f32x4.extract_lane(m0, 1));
}

/**
 * s = Σ_{i≠argmax} e^{x_i − m} over the n ≥ 1 float32 at p for their finite max m, in float64
 * (expExact's terms if `exact`, else expFast's). If `keep`, e^{x_i − m} (−∞ entries included,
 * as e^{−400}) is also stored as f64 at tmp + 8i, i < n rounded up to a multiple of 4.
 */
@inline export function sumExp(p: usize, n: i32, m: f32, exact: bool, keep: bool, tmp: usize): f64 {
  const mf = f32x4.splat(m);
  const m64 = f64x2.splat(<f64>m);
  const end = p + (<usize>n << 2);
  const end8 = p + ((<usize>n & ~7) << 2);
  // two v128 per iteration into separate sums: four independent exponential chains
  let s0 = f64x2.splat(0);
  let s1 = s0;
  let ties = i32x4.splat(0);
  let q = p;
  for (; q < end8; q += 32) {
    const v = v128.load(q);
    const w = v128.load(q, 16);
    const dl = f64x2.sub(lo(v), m64), dh = f64x2.sub(hi(v), m64);
    const wl = f64x2.sub(lo(w), m64), wh = f64x2.sub(hi(w), m64);
    const el = exact ? expExact(dl) : expFast(dl);
    const eh = exact ? expExact(dh) : expFast(dh);
    const fl = exact ? expExact(wl) : expFast(wl);
    const fh = exact ? expExact(wh) : expFast(wh);
    if (keep) {
      v128.store(tmp, el);
      v128.store(tmp, eh, 16);
      v128.store(tmp, fl, 32);
      v128.store(tmp, fh, 48);
      tmp += 64;
    }
    const bv = below(v, mf), bw = below(w, mf);
    s0 = f64x2.add(s0, f64x2.add(v128.and(el, i64x2.extend_low_i32x4_s(bv)), v128.and(eh, i64x2.extend_high_i32x4_s(bv))));
    s1 = f64x2.add(s1, f64x2.add(v128.and(fl, i64x2.extend_low_i32x4_s(bw)), v128.and(fh, i64x2.extend_high_i32x4_s(bw))));
    ties = i32x4.sub(i32x4.sub(ties, f32x4.eq(v, mf)), f32x4.eq(w, mf));
  }
  for (; q < end; q += 16) {
    const v = q + 16 <= end ? v128.load(q) : tail4(q, <i32>(end - q) >> 2);
    const dl = f64x2.sub(lo(v), m64), dh = f64x2.sub(hi(v), m64);
    const el = exact ? expExact(dl) : expFast(dl);
    const eh = exact ? expExact(dh) : expFast(dh);
    if (keep) {
      v128.store(tmp, el);
      v128.store(tmp, eh, 16);
      tmp += 32;
    }
    const bv = below(v, mf);
    s0 = f64x2.add(s0, f64x2.add(v128.and(el, i64x2.extend_low_i32x4_s(bv)), v128.and(eh, i64x2.extend_high_i32x4_s(bv))));
    ties = i32x4.sub(ties, f32x4.eq(v, mf));
  }
  const s = f64x2.add(s0, s1);
  const t = i32x4.extract_lane(ties, 0) + i32x4.extract_lane(ties, 1) + i32x4.extract_lane(ties, 2) + i32x4.extract_lane(ties, 3);
  return f64x2.extract_lane(s, 0) + f64x2.extract_lane(s, 1) + <f64>(t - 1);
}

// sumExp's three forms, each compiled once (the kernels call them once per row; inlining every
// use made the module 12 KB larger for no measurable speed).

/** sumExp with expFast's terms. */
export function sumExpFast(p: usize, n: i32, m: f32): f64 {
  return sumExp(p, n, m, false, false, 0);
}

/** sumExp with expFast's terms, kept at tmp. */
export function sumExpKeep(p: usize, n: i32, m: f32, tmp: usize): f64 {
  return sumExp(p, n, m, false, true, tmp);
}

/** sumExp with expExact's terms. */
export function sumExpExact(p: usize, n: i32, m: f32): f64 {
  return sumExp(p, n, m, true, false, 0);
}

/** The lanes of v (f32x4) whose terms count: below the max m and not −∞. */
@inline function below(v: v128, mf: v128): v128 {
  return v128.and(f32x4.lt(v, mf), f32x4.ne(v, f32x4.splat(-Infinity)));
}

/**
 * The compensated sum of the n float32 at p (of the products p[i]·w[i] if `products`: exact in
 * float64), as the JavaScript kernels' rowSum32: four Neumaier sums in the lanes (TwoSum, valid
 * whatever the magnitudes, so no branch), then combined by TwoSum: returns hi, and sets sumLo
 * to lo. A sum that is not finite (infinite or NaN terms make the compensation NaN) gives the
 * plain IEEE sum and lo = 0; that sum is ±∞ or NaN whatever the order.
 */
@inline export function rowSum(p: usize, w: usize, products: bool, n: i32): f64 {
  const end = p + (<usize>n << 2);
  const dw = w - p;
  let sl = f64x2.splat(0);
  let sh = sl;
  let cl = sl;
  let ch = sl;
  for (let q = p; q < end; q += 16) {
    const full = q + 16 <= end;
    const m = <i32>(end - q) >> 2;
    const v = full ? v128.load(q) : loadTail(q, m);
    let al = lo(v);
    let ah = hi(v);
    if (products) {
      const u = full ? v128.load(q + dw) : loadTail(q + dw, m);
      al = f64x2.mul(al, lo(u));
      ah = f64x2.mul(ah, hi(u));
    }
    const tl = f64x2.add(sl, al);
    const th = f64x2.add(sh, ah);
    const bl = f64x2.sub(tl, sl);
    const bh = f64x2.sub(th, sh);
    cl = f64x2.add(cl, f64x2.add(f64x2.sub(sl, f64x2.sub(tl, bl)), f64x2.sub(al, bl)));
    ch = f64x2.add(ch, f64x2.add(f64x2.sub(sh, f64x2.sub(th, bh)), f64x2.sub(ah, bh)));
    sl = tl;
    sh = th;
  }
  let s = f64x2.extract_lane(sl, 0);
  let c = f64x2.extract_lane(cl, 0) + f64x2.extract_lane(cl, 1) + f64x2.extract_lane(ch, 0) + f64x2.extract_lane(ch, 1);
  const plain = s + f64x2.extract_lane(sl, 1) + f64x2.extract_lane(sh, 0) + f64x2.extract_lane(sh, 1);
  for (let j = 1; j < 4; j++) {
    const a = j == 1 ? f64x2.extract_lane(sl, 1) : j == 2 ? f64x2.extract_lane(sh, 0) : f64x2.extract_lane(sh, 1);
    const t = s + a;
    const b = t - s;
    c += s - (t - b) + (a - b);
    s = t;
  }
  const h = s + c;
  if (h - h == 0) {
    sumLo = c - (h - s);
    return h;
  }
  sumLo = 0;
  return plain;
}

/** The low part of rowSum's last result. */
export let sumLo: f64 = 0;
