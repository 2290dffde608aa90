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
};
