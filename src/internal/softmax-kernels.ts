// The Float32Array kernels of softmax, softmin and hardmax over a C-contiguous [outer, size,
// inner] array (./axis.ts), after their arguments are checked: inner = 1 walks each row
// in turn, inner > 1 a block of rows at once (./softmax-cols.ts) with the same arithmetic per
// row, so every along-axis result equals the transpose route bit for bit. `sign` = −1 runs
// softmin as softmax of −x (negation is exact).
import { fastExp } from './fast-exp.js';
import { BLOCK, fillNaNCols, maxAndSumCols, sumCols } from './softmax-cols.js';
import { maxAndSum32, rowSum32 } from './softmax-row.js';

/** softmax(sign·x) of every row of src into out (out may be src itself). */
export function softmaxKernel(out: Float32Array, src: Float32Array, size: number, inner: number, sign: number): void {
  const n = src.length;
  if (inner === 1) {
    const acc = new Float64Array(2);
    for (let start = 0; start < n; start += size) {
      const end = start + size;
      maxAndSum32(src, start, end, acc, sign);
      const m = acc[0];
      const s = acc[1];
      if (s === s && m - m === 0) {
        const inv = 1 / (1 + s);
        for (let i = start; i < end; i++) out[i] = fastExp(sign * src[i] - m) * inv;
      } else out.fill(NaN, start, end);
    }
    return;
  }
  const width = Math.min(inner, BLOCK);
  const m = new Float64Array(width);
  const s = new Float64Array(width); // Σ e^{x − m}, then 1/(1 + Σ)
  for (let o = 0; o < n; o += size * inner) {
    for (let j0 = 0; j0 < inner; j0 += BLOCK) {
      const w = Math.min(BLOCK, inner - j0);
      const base = o + j0;
      maxAndSumCols(src, base, size, inner, w, sign, m, s);
      let special = false;
      for (let j = 0; j < w; j++) {
        const mj = m[j];
        const sj = s[j];
        if (sj === sj && mj - mj === 0) s[j] = 1 / (1 + sj);
        else {
          m[j] = NaN;
          special = true;
        }
      }
      // four rows of the axis per sweep, as in maxAndSumCols
      let r = 0;
      for (let at = base; r + 4 <= size; r += 4, at += 4 * inner) {
        for (let j = 0; j < w; j++) {
          const mj = m[j];
          const sj = s[j];
          for (let q = at + j, e = q + 4 * inner; q < e; q += inner) out[q] = fastExp(sign * src[q] - mj) * sj;
        }
      }
      for (let at = base + r * inner; r < size; r++, at += inner) {
        for (let j = 0; j < w; j++) out[at + j] = fastExp(sign * src[at + j] - m[j]) * s[j];
      }
      if (special) fillNaNCols(out, base, size, inner, w, m);
    }
  }
}

/**
 * softmax's backward from its output y, dx = y ⊙ (dy − Σ dy·y), or for sign = −1 softmin's,
 * dx = y ⊙ (Σ dy·y − dy): the difference is formed in that order (not negated afterwards), so an
 * exact zero difference gives +0 in both, as x − x does.
 */
export function softmaxBackwardKernel(dx: Float32Array, g: Float32Array, y: Float32Array, size: number, inner: number, sign: number): void {
  const n = y.length;
  if (inner === 1) {
    const acc = new Float64Array(2);
    for (let start = 0; start < n; start += size) {
      const end = start + size;
      rowSum32(g, y, start, end, acc);
      const hi = acc[0];
      const lo = acc[1];
      if (sign > 0) for (let i = start; i < end; i++) dx[i] = y[i] * (g[i] - hi - lo);
      else for (let i = start; i < end; i++) dx[i] = y[i] * (hi - g[i] + lo);
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
      sumCols(g, y, base, size, inner, w, hi, lo);
      // four rows of the axis per sweep, as in maxAndSumCols
      let r = 0;
      for (let at = base; r + 4 <= size; r += 4, at += 4 * inner) {
        for (let j = 0; j < w; j++) {
          const h = hi[j];
          const l = lo[j];
          const e = at + j + 4 * inner;
          if (sign > 0) for (let q = at + j; q < e; q += inner) dx[q] = y[q] * (g[q] - h - l);
          else for (let q = at + j; q < e; q += inner) dx[q] = y[q] * (h - g[q] + l);
        }
      }
      for (let at = base + r * inner; r < size; r++, at += inner) {
        if (sign > 0) for (let j = 0; j < w; j++) dx[at + j] = y[at + j] * (g[at + j] - hi[j] - lo[j]);
        else for (let j = 0; j < w; j++) dx[at + j] = y[at + j] * (hi[j] - g[at + j] + lo[j]);
      }
    }
  }
}

/**
 * The row index of each row's first maximum, with a NaN counting as the maximum (the first NaN
 * wins, as in torch.argmax and numpy.argmax); an all −∞ row gives its first index.
 */
export function hardmaxKernel(out: Float32Array, src: Float32Array, size: number, inner: number): void {
  const n = src.length;
  if (inner === 1) {
    for (let start = 0; start < n; start += size) {
      const end = start + size;
      let m = src[start];
      let k = start;
      for (let i = start + 1; i < end; i++) {
        const v = src[i];
        if (v > m || (v !== v && m === m)) {
          m = v;
          k = i;
        }
      }
      out.fill(0, start, end);
      out[k] = 1;
    }
    return;
  }
  const width = Math.min(inner, BLOCK);
  const m = new Float64Array(width);
  const k = new Float64Array(width);
  for (let o = 0; o < n; o += size * inner) {
    for (let j0 = 0; j0 < inner; j0 += BLOCK) {
      const w = Math.min(BLOCK, inner - j0);
      const base = o + j0;
      for (let j = 0; j < w; j++) {
        m[j] = src[base + j];
        k[j] = 0;
      }
      for (let r = 1, at = base + inner; r < size; r++, at += inner) {
        for (let j = 0; j < w; j++) {
          const v = src[at + j];
          const mj = m[j];
          // once m[j] is NaN neither test passes again: the first NaN stays
          if (v > mj || (v !== v && mj === mj)) {
            m[j] = v;
            k[j] = r;
          }
        }
      }
      for (let r = 0, at = base; r < size; r++, at += inner) {
        for (let j = 0; j < w; j++) out[at + j] = k[j] === r ? 1 : 0;
      }
    }
  }
}
