// The Float32Array kernels of logSoftmax and logSumExp over a C-contiguous [outer, size, inner]
// array (./axis.ts), after their arguments are checked; as in ./softmax-kernels.ts, inner > 1
// runs a block of rows at once with each row's arithmetic unchanged, so the results equal the
// transpose route bit for bit. logSumExp's out (and its backward's dy) is laid out [outer, inner].
import { fastExp, fastExpm1 } from './fast-exp.js';
import { BLOCK, fillNaNCols, maxAndSumCols, specialCol, sumCols } from './softmax-cols.js';
import { maxAndSum32, rowSum32, specialLogSumExp } from './softmax-row.js';

/** logSoftmax of every row of src into out (out may be src itself). */
export function logSoftmaxKernel(out: Float32Array, src: Float32Array, size: number, inner: number): void {
  const n = src.length;
  if (inner === 1) {
    const acc = new Float64Array(2);
    for (let start = 0; start < n; start += size) {
      const end = start + size;
      maxAndSum32(src, start, end, acc, 1);
      const m = acc[0];
      const s = acc[1];
      if (s === s && m - m === 0) {
        const L = Math.log1p(s);
        for (let i = start; i < end; i++) out[i] = src[i] - m - L;
      } else out.fill(NaN, start, end);
    }
    return;
  }
  const width = Math.min(inner, BLOCK);
  const m = new Float64Array(width);
  const s = new Float64Array(width); // Σ e^{x − m}, then log1p of it
  for (let o = 0; o < n; o += size * inner) {
    for (let j0 = 0; j0 < inner; j0 += BLOCK) {
      const w = Math.min(BLOCK, inner - j0);
      const base = o + j0;
      maxAndSumCols(src, base, size, inner, w, 1, m, s);
      let special = false;
      for (let j = 0; j < w; j++) {
        const mj = m[j];
        const sj = s[j];
        if (sj === sj && mj - mj === 0) s[j] = Math.log1p(sj);
        else {
          m[j] = NaN;
          special = true;
        }
      }
      for (let r = 0, at = base; r < size; r++, at += inner) {
        for (let j = 0; j < w; j++) out[at + j] = src[at + j] - m[j] - s[j];
      }
      if (special) fillNaNCols(out, base, size, inner, w, m);
    }
  }
}

/** dy − e^{y}·Σ dy for one element, with the expm1 form where e^{y} > ½ (see logSoftmaxBackwardF32). */
function logSoftmaxGrad(g: number, v: number, hi: number, lo: number): number {
  return v > -Math.LN2 ? g - hi - lo - hi * fastExpm1(v) : g - (v === -Infinity ? 0 : fastExp(v)) * hi;
}

/** logSoftmax's backward from its output y into dx. */
export function logSoftmaxBackwardKernel(dx: Float32Array, g: Float32Array, y: Float32Array, size: number, inner: number): void {
  const n = y.length;
  if (inner === 1) {
    const acc = new Float64Array(2);
    for (let start = 0; start < n; start += size) {
      const end = start + size;
      rowSum32(g, null, start, end, acc);
      const hi = acc[0];
      const lo = acc[1];
      for (let i = start; i < end; i++) dx[i] = logSoftmaxGrad(g[i], y[i], hi, lo);
    }
    return;
  }
  const width = Math.min(inner, BLOCK);
  const hi = new Float64Array(width);
  const lo = new Float64Array(width);
  for (let o = 0; o < n; o += size * inner) {
    for (let j0 = 0; j0 < inner; j0 += BLOCK) {
      const w = Math.min(BLOCK, inner - j0);
      const base = o + j0;
      sumCols(g, null, base, size, inner, w, hi, lo);
      for (let r = 0, at = base; r < size; r++, at += inner) {
        for (let j = 0; j < w; j++) dx[at + j] = logSoftmaxGrad(g[at + j], y[at + j], hi[j], lo[j]);
      }
    }
  }
}

/** logSumExp of every row of src into out ([outer, inner]; out does not overlap src). */
export function logSumExpKernel(out: Float32Array, src: Float32Array, size: number, inner: number): void {
  const n = src.length;
  if (inner === 1) {
    const acc = new Float64Array(2);
    for (let start = 0, r = 0; start < n; start += size, r++) {
      const end = start + size;
      maxAndSum32(src, start, end, acc, 1);
      const m = acc[0];
      const s = acc[1];
      out[r] = s === s && m - m === 0 ? m + Math.log1p(s) : specialLogSumExp(src, start, end, m);
    }
    return;
  }
  const width = Math.min(inner, BLOCK);
  const m = new Float64Array(width);
  const s = new Float64Array(width);
  for (let o = 0, q = 0; o < n; o += size * inner, q += inner) {
    for (let j0 = 0; j0 < inner; j0 += BLOCK) {
      const w = Math.min(BLOCK, inner - j0);
      const base = o + j0;
      maxAndSumCols(src, base, size, inner, w, 1, m, s);
      for (let j = 0; j < w; j++) {
        const mj = m[j];
        const sj = s[j];
        out[q + j0 + j] = sj === sj && mj - mj === 0 ? mj + Math.log1p(sj) : specialCol(src, base + j, size, inner, mj);
      }
    }
  }
}

/** logSumExp's backward from its input x: dx = dy_row·softmax(row) (dy laid out [outer, inner], not overlapping dx). */
export function logSumExpBackwardKernel(dx: Float32Array, g: Float32Array, src: Float32Array, size: number, inner: number): void {
  const n = src.length;
  if (inner === 1) {
    const acc = new Float64Array(2);
    for (let start = 0, r = 0; start < n; start += size, r++) {
      const end = start + size;
      maxAndSum32(src, start, end, acc, 1);
      const m = acc[0];
      const s = acc[1];
      if (s === s && m - m === 0) {
        const f = g[r] / (1 + s);
        for (let i = start; i < end; i++) dx[i] = fastExp(src[i] - m) * f;
      } else dx.fill(NaN, start, end);
    }
    return;
  }
  const width = Math.min(inner, BLOCK);
  const m = new Float64Array(width);
  const s = new Float64Array(width); // Σ e^{x − m}, then dy/(1 + Σ)
  for (let o = 0, q = 0; o < n; o += size * inner, q += inner) {
    for (let j0 = 0; j0 < inner; j0 += BLOCK) {
      const w = Math.min(BLOCK, inner - j0);
      const base = o + j0;
      maxAndSumCols(src, base, size, inner, w, 1, m, s);
      let special = false;
      for (let j = 0; j < w; j++) {
        const mj = m[j];
        const sj = s[j];
        if (sj === sj && mj - mj === 0) s[j] = g[q + j0 + j] / (1 + sj);
        else {
          m[j] = NaN;
          special = true;
        }
      }
      for (let r = 0, at = base; r < size; r++, at += inner) {
        for (let j = 0; j < w; j++) dx[at + j] = fastExp(src[at + j] - m[j]) * s[j];
      }
      if (special) fillNaNCols(dx, base, size, inner, w, m);
    }
  }
}
