// The textbook loop each library forward kernel replaces, as a plain JS loop over the same
// Float32Arrays (bench only; these are the formulas with the overflow / cancellation problems
// the library avoids, timed to show what the exactness costs or saves). rowSize is the
// activation's row length (kernels.ts: n for one row; 1000 for the softmax family at n ≥ 1000);
// the elementwise loops ignore it. The softmax family subtracts the row max, as every textbook
// version does (without it e^x overflows float64 beyond x ≈ 709).
export type NaiveLoop = (out: Float32Array, x: Float32Array, rowSize: number) => void;

// Abramowitz & Stegun 7.1.26, the erf approximation tfjs-backend-cpu uses (|error| ≤ 1.5e-7).
const P = 0.3275911;
const A1 = 0.254829592;
const A2 = -0.284496736;
const A3 = 1.421413741;
const A4 = -1.453152027;
const A5 = 1.061405429;
const SQRT1_2 = Math.SQRT1_2;
const SQRT_2_PI = 0.7978845608028654;

/** Where the naive loss loop leaves its result, so that no engine drops the sum as dead code. */
export let naiveSink = 0;

export const naiveLoops: Readonly<Record<string, NaiveLoop>> = {
  relu: (out, x) => {
    for (let i = 0; i < x.length; i++) out[i] = Math.max(0, x[i]);
  },
  leakyRelu: (out, x) => {
    for (let i = 0; i < x.length; i++) out[i] = x[i] > 0 ? x[i] : 0.01 * x[i];
  },
  prelu: (out, x) => {
    for (let i = 0; i < x.length; i++) out[i] = x[i] > 0 ? x[i] : 0.25 * x[i];
  },
  squaredRelu: (out, x) => {
    for (let i = 0; i < x.length; i++) out[i] = Math.max(0, x[i]) ** 2;
  },
  shrink: (out, x) => {
    for (let i = 0; i < x.length; i++) out[i] = x[i] > 0.5 ? x[i] - 0.25 : x[i] < -0.5 ? x[i] + 0.25 : 0;
  },
  starRelu: (out, x) => {
    for (let i = 0; i < x.length; i++) out[i] = 0.8944 * Math.max(0, x[i]) ** 2 - 0.4472;
  },
  crelu: (out, x) => {
    const n = x.length;
    for (let i = 0; i < n; i++) {
      out[i] = Math.max(0, x[i]);
      out[n + i] = Math.max(0, -x[i]);
    }
  },
  elu: (out, x) => {
    for (let i = 0; i < x.length; i++) out[i] = x[i] > 0 ? x[i] : Math.exp(x[i]) - 1;
  },
  // Hugging Face's XIELUActivation with its initial values
  xielu: (out, x) => {
    for (let i = 0; i < x.length; i++) {
      const v = x[i];
      out[i] = v > 0 ? 0.8 * v * v + 0.5 * v : 0.8 * (Math.expm1(Math.min(v, -1e-6)) - v) + 0.5 * v;
    }
  },
  sigmoid: (out, x) => {
    for (let i = 0; i < x.length; i++) out[i] = 1 / (1 + Math.exp(-x[i]));
  },
  silu: (out, x) => {
    for (let i = 0; i < x.length; i++) out[i] = x[i] / (1 + Math.exp(-x[i]));
  },
  softplus: (out, x) => {
    for (let i = 0; i < x.length; i++) out[i] = Math.log(1 + Math.exp(x[i]));
  },
  mish: (out, x) => {
    for (let i = 0; i < x.length; i++) out[i] = x[i] * Math.tanh(Math.log(1 + Math.exp(x[i])));
  },
  gelu: (out, x) => {
    for (let i = 0; i < x.length; i++) {
      const v = x[i];
      const z = Math.abs(v) * SQRT1_2;
      const t = 1 / (1 + P * z);
      const erf = 1 - ((((A5 * t + A4) * t + A3) * t + A2) * t + A1) * t * Math.exp(-z * z);
      out[i] = 0.5 * v * (1 + (v < 0 ? -erf : erf));
    }
  },
  geluTanh: (out, x) => {
    for (let i = 0; i < x.length; i++) {
      const v = x[i];
      out[i] = 0.5 * v * (1 + Math.tanh(SQRT_2_PI * (v + 0.044715 * v * v * v)));
    }
  },
  squareplus: (out, x) => {
    for (let i = 0; i < x.length; i++) out[i] = (x[i] + Math.sqrt(x[i] * x[i] + 4)) / 2;
  },
  glu: (out, x, rowSize) => {
    const h = rowSize / 2;
    for (let s = 0, o = 0; s < x.length; s += rowSize) {
      for (let j = 0; j < h; j++, o++) out[o] = x[s + j] / (1 + Math.exp(-x[s + h + j]));
    }
  },
  reglu: (out, x, rowSize) => {
    const h = rowSize / 2;
    for (let s = 0, o = 0; s < x.length; s += rowSize) {
      for (let j = 0; j < h; j++, o++) out[o] = x[s + j] * Math.max(0, x[s + h + j]);
    }
  },
  geglu: (out, x, rowSize) => {
    const h = rowSize / 2;
    for (let s = 0, o = 0; s < x.length; s += rowSize) {
      for (let j = 0; j < h; j++, o++) {
        const v = x[s + h + j];
        const z = Math.abs(v) * SQRT1_2;
        const t = 1 / (1 + P * z);
        const erf = 1 - ((((A5 * t + A4) * t + A3) * t + A2) * t + A1) * t * Math.exp(-z * z);
        out[o] = x[s + j] * 0.5 * v * (1 + (v < 0 ? -erf : erf));
      }
    }
  },
  gegluTanh: (out, x, rowSize) => {
    const h = rowSize / 2;
    for (let s = 0, o = 0; s < x.length; s += rowSize) {
      for (let j = 0; j < h; j++, o++) {
        const v = x[s + h + j];
        out[o] = x[s + j] * 0.5 * v * (1 + Math.tanh(SQRT_2_PI * (v + 0.044715 * v * v * v)));
      }
    }
  },
  swiglu: (out, x, rowSize) => {
    const h = rowSize / 2;
    for (let s = 0, o = 0; s < x.length; s += rowSize) {
      for (let j = 0; j < h; j++, o++) out[o] = (x[s + j] * x[s + h + j]) / (1 + Math.exp(-x[s + h + j]));
    }
  },
  // GPT-OSS's swiglu as written there: gate clamped above at 7, linear part to ±7, x·σ(1.702x)·(l + 1)
  swigluOss: (out, x, rowSize) => {
    const h = rowSize / 2;
    for (let s = 0, o = 0; s < x.length; s += rowSize) {
      for (let j = 0; j < h; j++, o++) {
        const g = Math.min(x[s + h + j], 7);
        const l = Math.min(Math.max(x[s + j], -7), 7);
        out[o] = (g / (1 + Math.exp(-1.702 * g))) * (l + 1);
      }
    }
  },
  maxout: (out, x, pieces) => {
    for (let s = 0, o = 0; s < x.length; s += pieces, o++) {
      let m = x[s];
      for (let i = s + 1; i < s + pieces; i++) m = Math.max(m, x[i]);
      out[o] = m;
    }
  },
  // kernels.ts's fixed parameters tl = −2, al = 0.1, tr = 2, ar = 0.5.
  sShapedRelu: (out, x) => {
    for (let i = 0; i < x.length; i++) {
      const v = x[i];
      out[i] = v >= 2 ? 2 + 0.5 * (v - 2) : v <= -2 ? -2 + 0.1 * (v + 2) : v;
    }
  },
  softmax: (out, x, rowSize) => {
    for (let s = 0; s < x.length; s += rowSize) {
      const e = s + rowSize;
      let m = -Infinity;
      for (let i = s; i < e; i++) m = Math.max(m, x[i]);
      let sum = 0;
      for (let i = s; i < e; i++) {
        out[i] = Math.exp(x[i] - m);
        sum += out[i];
      }
      for (let i = s; i < e; i++) out[i] /= sum;
    }
  },
  // The textbook sparsemax (Martins & Astudillo 2016, Algorithm 1): sort each row decreasingly,
  // the largest k with 1 + k·z_(k) > Σ_{j≤k} z_(j), τ = (Σ_{j≤k} z_(j) − 1)/k, max(z − τ, 0).
  sparsemax: (out, x, rowSize) => {
    for (let s = 0; s < x.length; s += rowSize) {
      const z = Array.from(x.subarray(s, s + rowSize)).sort((a, b) => b - a);
      let sum = 0;
      let k = 0;
      let kept = 0;
      for (const v of z) {
        sum += v;
        k++;
        if (1 + k * v > sum) kept = sum;
        else break;
      }
      const support = k - (1 + k * z[k - 1] > sum ? 0 : 1);
      const tau = (kept - 1) / support;
      for (let i = s; i < s + rowSize; i++) out[i] = Math.max(x[i] - tau, 0);
    }
  },
  logSoftmax: (out, x, rowSize) => {
    for (let s = 0; s < x.length; s += rowSize) {
      const e = s + rowSize;
      let m = -Infinity;
      for (let i = s; i < e; i++) m = Math.max(m, x[i]);
      let sum = 0;
      for (let i = s; i < e; i++) sum += Math.exp(x[i] - m);
      const lse = m + Math.log(sum);
      for (let i = s; i < e; i++) out[i] = x[i] - lse;
    }
  },
  softmin: (out, x, rowSize) => {
    for (let s = 0; s < x.length; s += rowSize) {
      const e = s + rowSize;
      let m = Infinity;
      for (let i = s; i < e; i++) m = Math.min(m, x[i]);
      let sum = 0;
      for (let i = s; i < e; i++) {
        out[i] = Math.exp(m - x[i]);
        sum += out[i];
      }
      for (let i = s; i < e; i++) out[i] /= sum;
    }
  },
  hardmax: (out, x, rowSize) => {
    for (let s = 0; s < x.length; s += rowSize) {
      const e = s + rowSize;
      let k = s;
      for (let i = s + 1; i < e; i++) if (x[i] > x[k]) k = i;
      for (let i = s; i < e; i++) out[i] = i === k ? 1 : 0;
    }
  },
  // logSoftmax, then gather the label's entry (the loss); softmax again, then subtract the one-hot
  // (the gradient), each pass as the softmax family's loops above; labels as bench/kernels.ts's
  softmaxCrossEntropy: (out, x, rowSize) => {
    const rows = x.length / rowSize;
    let loss = 0;
    for (let s = 0, r = 0; s < x.length; s += rowSize, r++) {
      const e = s + rowSize;
      const y = s + ((r * 7919) % rowSize);
      let m = -Infinity;
      for (let i = s; i < e; i++) m = Math.max(m, x[i]);
      let sum = 0;
      for (let i = s; i < e; i++) sum += Math.exp(x[i] - m);
      const lse = m + Math.log(sum);
      for (let i = s; i < e; i++) out[i] = x[i] - lse;
      loss -= out[y];
      sum = 0;
      for (let i = s; i < e; i++) {
        out[i] = Math.exp(x[i] - m);
        sum += out[i];
      }
      for (let i = s; i < e; i++) out[i] /= sum;
      out[y] -= 1;
      for (let i = s; i < e; i++) out[i] /= rows;
    }
    naiveSink = loss / rows;
  },
  logSumExp: (out, x, rowSize) => {
    for (let s = 0, r = 0; s < x.length; s += rowSize, r++) {
      const e = s + rowSize;
      let m = -Infinity;
      for (let i = s; i < e; i++) m = Math.max(m, x[i]);
      let sum = 0;
      for (let i = s; i < e; i++) sum += Math.exp(x[i] - m);
      out[r] = m + Math.log(sum);
    }
  },
  // the manifest's bench arguments: snake at its default α = 1, snakeBeta at α = 2, β = 0.5
  snake: (out, x) => {
    const a = 1;
    for (let i = 0; i < x.length; i++) out[i] = x[i] + Math.sin(a * x[i]) ** 2 / a;
  },
  snakeBeta: (out, x) => {
    const a = 2;
    const b = 0.5;
    for (let i = 0; i < x.length; i++) out[i] = x[i] + Math.sin(a * x[i]) ** 2 / b;
  },
};
