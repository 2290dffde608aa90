// The backward passes of softmax and logSoftmax, which take the forward output y (ABI as
// assembly/index.ts, p0 = rowSize):
//   softmaxBackwardF32(dy, y, dx, n, rowSize, tmp)     dx = y·(dy − Σ dy·y)
//   logSoftmaxBackwardF32(dy, y, dx, n, rowSize, tmp)  dx = dy − e^y·Σ dy
// (tmp, the row-wise kernels' scratch argument, is unused here.)
// The row sums are compensated (rows.ts: rowSum) and subtracted as the double-double hi + lo,
// the same float64 expressions as the JavaScript kernels (src/activations/softmax,
// log-softmax), so dx differs from theirs only through the last bits of the sums and of e^y.
// The sum pass reads the whole row first, so dx may equal dy or y.
import { hi, lo, loadTail, pack, storeTail } from '../math/lanes';
import { expReduce, expScale, expShift } from '../math/exp';
import { fabs } from '../math/lanes';
import { clampExp, expm1Fast, expProductExact } from './exp';
import { rowSum, sumLo } from './stats';

/**
 * dx of two entries: g, y the f64x2 halves, (h, l) the row sum; see the file comment. For
 * logSoftmax, e^y from expFast (2⁻³²) unless `exact`: its error, below 2⁻³² of |h|·e^y (y ≤ −ln2)
 * or of |h|·(|2ᵏq| + |e^y − 1|) (y > −ln2, e^y − 1 = 2ᵏq − (1 − 2ᵏ)), is within 2⁻²⁶ of dx
 * unless dx cancels below 2⁻⁶ of that bound; such lanes come back NaN, and
 * the caller recomputes their v128 with `exact` (a NaN result is recomputed too, to the same NaN).
 */
@inline function half(g: v128, y: v128, h: v128, l: v128, soft: bool, exact: bool): v128 {
  if (soft) return f64x2.mul(y, f64x2.sub(f64x2.sub(g, h), l));
  // y > −ln2: dy − hi − lo − hi·(e^y − 1), which keeps the digits where e^y ≈ 1; else
  // dy − e^y·hi (e^y taken as 0 for y = −∞, so that 0·∞ gives NaN as in JavaScript).
  const near = f64x2.gt(y, f64x2.splat(-0.6931471805599453));
  const c = clampExp(y);
  const t = expShift(c);
  const s = expScale(t);
  const sq = exact ? expProductExact(c, t, s) : f64x2.mul(s, expm1Fast(expReduce(c, t)));
  const e = v128.andnot(f64x2.add(s, sq), f64x2.eq(y, f64x2.splat(-Infinity)));
  const em1 = f64x2.sub(sq, f64x2.sub(f64x2.splat(1), s));
  const a = f64x2.sub(f64x2.sub(f64x2.sub(g, h), l), f64x2.mul(h, em1));
  const b = f64x2.sub(g, f64x2.mul(e, h));
  const dx = v128.bitselect(a, b, near);
  if (exact) return dx;
  const bound = f64x2.mul(fabs(h), v128.bitselect(f64x2.add(fabs(sq), fabs(em1)), e, near));
  return v128.bitselect(dx, f64x2.splat(NaN), f64x2.ge(f64x2.mul(fabs(dx), f64x2.splat(64)), bound));
}

/** The row-wise driver (soft: softmax's backward pass, else logSoftmax's). */
@inline function rows(dy: usize, y: usize, dx: usize, n: i32, rowSize: f64, soft: bool): void {
  const size = <i32>rowSize;
  const bytes = <usize>size << 2;
  for (let r = 0; r < n; r += size) {
    const sum = rowSum(dy, y, soft, size);
    const h = f64x2.splat(sum);
    const l = f64x2.splat(sumLo);
    const end = dy + bytes;
    const dyy = y - dy;
    const dd = dx - dy;
    for (let p = dy; p < end; p += 16) {
      const full = p + 16 <= end;
      const k = <i32>(end - p) >> 2;
      const g = full ? v128.load(p) : loadTail(p, k);
      const v = full ? v128.load(p + dyy) : loadTail(p + dyy, k);
      let out = pack(half(lo(g), lo(v), h, l, soft, false), half(hi(g), hi(v), h, l, soft, false));
      if (!soft && v128.any_true(f32x4.ne(out, out))) out = pack(half(lo(g), lo(v), h, l, false, true), half(hi(g), hi(v), h, l, false, true));
      if (full) v128.store(p + dd, out);
      else storeTail(p + dd, out, k);
    }
    dy += bytes;
    y += bytes;
    dx += bytes;
  }
}

/** dx = y·(dy − Σ dy·y) per row. */
export function softmaxBackwardF32(dy: usize, y: usize, dx: usize, n: i32, rowSize: f64, tmp: usize): void {
  rows(dy, y, dx, n, rowSize, true);
}

/** dx = dy − e^y·Σ dy per row. */
export function logSoftmaxBackwardF32(dy: usize, y: usize, dx: usize, n: i32, rowSize: f64, tmp: usize): void {
  rows(dy, y, dx, n, rowSize, false);
}
