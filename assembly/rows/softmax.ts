// The forward row-wise kernels: softmax, logSoftmax, logSumExp over rows of rowSize elements
// (the JavaScript kernels are src/activations/{softmax,log-softmax,log-sum-exp}). ABI as
// assembly/index.ts, with p0 = rowSize (validated, dividing n; n = 0 or rowSize ≥ 1):
//   softmaxF32(x, out, n, rowSize, tmp), logSoftmaxF32(x, out, n, rowSize, tmp)
//   logSumExpF32(x, out, n, rowSize, tmp)             out holds n / rowSize values
//   logSumExpBackwardF32(dy, x, dx, n, rowSize, tmp)  dy holds n / rowSize values
// tmp: TMP bytes of scratch (16-byte aligned, apart from the arrays) where softmax and
// logSumExp's backward pass keep a row's e^{x − m} in float64 between the sum and the output
// (computing them once instead of twice); rows longer than TMP/8 compute them twice.
// Each row: its max m (rows.ts: f32x4.max), then s = Σ_{i≠argmax} e^{x_i − m} in float64, then a
// pass that writes the row. A row whose max is not finite (a NaN, a +∞, or only −∞) gives what
// the JavaScript kernels give: NaN for every entry, and for logSumExp NaN or m. Every pass reads
// a whole row before the next writes it, so out may equal x (dx may equal x); dy of
// logSumExpBackward must not overlap dx (src/simd/rows.ts places it apart).
import { hi, lo, loadTail, pack, storeTail } from '../math/lanes';
import { expFast } from './exp';
import { rowMax, sumExpExact, sumExpFast, sumExpKeep } from './stats';

/** The bytes of scratch a kernel's tmp points to (src/simd/rows.ts passes scratch chunk B). */
const TMP: i32 = 16384;

/** out = e·f for the n float64 e at tmp (16-byte aligned), rounded to float32. */
function scaleRow(tmp: usize, out: usize, n: i32, f: f64): void {
  const fv = f64x2.splat(f);
  const end = out + (<usize>n << 2);
  for (; out + 16 <= end; out += 16, tmp += 32) {
    v128.store(out, pack(f64x2.mul(v128.load(tmp), fv), f64x2.mul(v128.load(tmp, 16), fv)));
  }
  if (out < end) storeTail(out, pack(f64x2.mul(v128.load(tmp), fv), f64x2.mul(v128.load(tmp, 16), fv)), <i32>(end - out) >> 2);
}

/** Writes softmax's row scaled by g: e^{x_i − m}·g/(1 + s), through tmp when the row fits. */
@inline function softRow(x: usize, out: usize, n: i32, m: f32, g: f64, tmp: usize): void {
  if (n << 3 <= TMP) {
    const s = sumExpKeep(x, n, m, tmp);
    scaleRow(tmp, out, n, g / (1 + s));
  } else writeRow(x, out, n, m, g / (1 + sumExpFast(x, n, m)), true);
}

/** One output pass over a row: softmax (e^{x − m}·f) if `soft`, else logSoftmax (x − m − L). */
@inline function writeRow(x: usize, out: usize, n: i32, m: f32, f: f64, soft: bool): void {
  const m64 = f64x2.splat(<f64>m);
  const f64v = f64x2.splat(f);
  const d = out - x;
  const end = x + (<usize>n << 2);
  const end8 = x + ((<usize>n & ~7) << 2);
  let p = x;
  for (; p < end8; p += 32) {
    const v0 = v128.load(p), v1 = v128.load(p, 16);
    const d0l = f64x2.sub(lo(v0), m64), d0h = f64x2.sub(hi(v0), m64);
    const d1l = f64x2.sub(lo(v1), m64), d1h = f64x2.sub(hi(v1), m64);
    if (soft) {
      v128.store(p + d, pack(f64x2.mul(expFast(d0l), f64v), f64x2.mul(expFast(d0h), f64v)));
      v128.store(p + d, pack(f64x2.mul(expFast(d1l), f64v), f64x2.mul(expFast(d1h), f64v)), 16);
    } else {
      v128.store(p + d, pack(f64x2.sub(d0l, f64v), f64x2.sub(d0h, f64v)));
      v128.store(p + d, pack(f64x2.sub(d1l, f64v), f64x2.sub(d1h, f64v)), 16);
    }
  }
  for (; p < end; p += 16) {
    const full = p + 16 <= end;
    const k = <i32>(end - p) >> 2;
    const v = full ? v128.load(p) : loadTail(p, k);
    const dl = f64x2.sub(lo(v), m64), dh = f64x2.sub(hi(v), m64);
    const y = soft
      ? pack(f64x2.mul(expFast(dl), f64v), f64x2.mul(expFast(dh), f64v))
      : pack(f64x2.sub(dl, f64v), f64x2.sub(dh, f64v));
    if (full) v128.store(p + d, y);
    else storeTail(p + d, y, k);
  }
}

/** NaN (the quiet NaN JavaScript writes, 0x7fc00000) into the n float32 at p. */
function fillNaN(p: usize, n: i32): void {
  const nan = i32x4.splat(0x7fc00000);
  const end = p + (<usize>n << 2);
  for (; p + 16 <= end; p += 16) v128.store(p, nan);
  if (p < end) storeTail(p, nan, <i32>(end - p) >> 2);
}

/** The row-wise driver of softmax (soft) and logSoftmax. */
@inline function rows(x: usize, out: usize, n: i32, rowSize: f64, soft: bool, tmp: usize): void {
  const size = <i32>rowSize;
  const bytes = <usize>size << 2;
  for (let r = 0; r < n; r += size) {
    const m = rowMax(x, size);
    if (m - m != 0) fillNaN(out, size);
    else if (soft) softRow(x, out, size, m, 1, tmp);
    else writeRow(x, out, size, m, Math.log1p(sumExpFast(x, size, m)), false);
    x += bytes;
    out += bytes;
  }
}

/** softmax of each row: e^{x_i − m}/(1 + s), NaN rows where the max is not finite. */
export function softmaxF32(x: usize, out: usize, n: i32, rowSize: f64, tmp: usize): void {
  rows(x, out, n, rowSize, true, tmp);
}

/** logSoftmax of each row: x_i − m − log1p(s), NaN rows where the max is not finite. */
export function logSoftmaxF32(x: usize, out: usize, n: i32, rowSize: f64, tmp: usize): void {
  rows(x, out, n, rowSize, false, tmp);
}

/**
 * logSumExp of each row: m + log1p(s); NaN for a row holding a NaN (its max is NaN), else m
 * for a row whose max is ±∞. s from expFast's terms has relative error ε < 2⁻³², so L = log1p(s)
 * has absolute error below ε·s/(1 + s) ≤ ε·L; that is within 2⁻²⁶ of the result unless m + L
 * cancels below L/64: such rows are summed again with expExact's terms.
 */
export function logSumExpF32(x: usize, out: usize, n: i32, rowSize: f64, tmp: usize): void {
  const size = <i32>rowSize;
  const bytes = <usize>size << 2;
  for (let r = 0; r < n; r += size) {
    const m = rowMax(x, size);
    let y = m;
    if (m - m == 0) {
      const L = Math.log1p(sumExpFast(x, size, m));
      const r = <f64>m + L;
      y = <f32>(Math.abs(r) * 64 >= L ? r : <f64>m + Math.log1p(sumExpExact(x, size, m)));
    }
    store<f32>(out, y);
    x += bytes;
    out += 4;
  }
}

/** dx = dy_row·softmax(row): e^{x_i − m}·dy/(1 + s), NaN rows where the max is not finite. */
export function logSumExpBackwardF32(dy: usize, x: usize, dx: usize, n: i32, rowSize: f64, tmp: usize): void {
  const size = <i32>rowSize;
  const bytes = <usize>size << 2;
  for (let r = 0; r < n; r += size) {
    const m = rowMax(x, size);
    const g = <f64>load<f32>(dy);
    if (m - m != 0) fillNaN(dx, size);
    else softRow(x, dx, size, m, g, tmp);
    x += bytes;
    dx += bytes;
    dy += 4;
  }
}
