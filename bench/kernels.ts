// The kernels the benchmark times, and the naive textbook loops they are compared with.
import * as r from '../src/index.js';

export interface Kernel {
  name: string;
  /** true if the kernel writes 2n outputs (crelu) */
  wide?: boolean;
  run: (out: Float32Array, x: Float32Array, dy: Float32Array) => void;
}

const unary: [string, (out: Float32Array, x: Float32Array) => Float32Array, (out: Float32Array, x: Float32Array) => Float32Array, (dx: Float32Array, dy: Float32Array, x: Float32Array) => Float32Array][] = [
  ['relu', r.reluF32, r.reluDerivativeF32, r.reluBackwardF32],
  ['leakyRelu', r.leakyReluF32, r.leakyReluDerivativeF32, r.leakyReluBackwardF32],
  ['prelu', r.preluF32, r.preluDerivativeF32, r.preluBackwardF32],
  ['elu', r.eluF32, r.eluDerivativeF32, r.eluBackwardF32],
  ['gelu', r.geluF32, r.geluDerivativeF32, r.geluBackwardF32],
  ['geluTanh', r.geluTanhF32, r.geluTanhDerivativeF32, r.geluTanhBackwardF32],
  ['silu', r.siluF32, r.siluDerivativeF32, r.siluBackwardF32],
  ['softplus', r.softplusF32, r.softplusDerivativeF32, r.softplusBackwardF32],
  ['mish', r.mishF32, r.mishDerivativeF32, r.mishBackwardF32],
  ['squareplus', r.squareplusF32, r.squareplusDerivativeF32, r.squareplusBackwardF32],
  ['sigmoid', r.sigmoidF32, r.sigmoidDerivativeF32, r.sigmoidBackwardF32],
];

export const kernels: Kernel[] = [];
for (const [name, f, df, back] of unary) {
  kernels.push({ name: `${name}F32`, run: (out, x) => f(out, x) });
  kernels.push({ name: `${name}DerivativeF32`, run: (out, x) => df(out, x) });
  kernels.push({ name: `${name}BackwardF32`, run: (out, x, dy) => back(out, dy, x) });
}
kernels.push({ name: 'creluF32', wide: true, run: (out, x) => r.creluF32(out, x) });
kernels.push({ name: 'creluDerivativeF32', wide: true, run: (out, x) => r.creluDerivativeF32(out, x) });
kernels.push({ name: 'creluBackwardF32', run: (out, x, dy) => r.creluBackwardF32(out, dyWide(dy), x) });

let wideCache: Float32Array | null = null;
/** dy for creluBackwardF32 (length 2n), built once per size outside the timed call. */
function dyWide(dy: Float32Array): Float32Array {
  if (wideCache === null || wideCache.length !== 2 * dy.length) {
    wideCache = new Float32Array(2 * dy.length);
    wideCache.set(dy);
    wideCache.set(dy, dy.length);
  }
  return wideCache;
}

/** The textbook formula each library kernel replaces, as a plain loop. */
export const naiveLoops: Partial<Record<string, (out: Float32Array, x: Float32Array) => void>> = {
  reluF32: (out, x) => { for (let i = 0; i < x.length; i++) out[i] = Math.max(0, x[i]); },
  leakyReluF32: (out, x) => { for (let i = 0; i < x.length; i++) out[i] = x[i] > 0 ? x[i] : 0.01 * x[i]; },
  eluF32: (out, x) => { for (let i = 0; i < x.length; i++) out[i] = x[i] > 0 ? x[i] : Math.exp(x[i]) - 1; },
  siluF32: (out, x) => { for (let i = 0; i < x.length; i++) out[i] = x[i] / (1 + Math.exp(-x[i])); },
  sigmoidF32: (out, x) => { for (let i = 0; i < x.length; i++) out[i] = 1 / (1 + Math.exp(-x[i])); },
  softplusF32: (out, x) => { for (let i = 0; i < x.length; i++) out[i] = Math.log(1 + Math.exp(x[i])); },
  mishF32: (out, x) => { for (let i = 0; i < x.length; i++) out[i] = x[i] * Math.tanh(Math.log1p(Math.exp(x[i]))); },
  geluTanhF32: (out, x) => {
    for (let i = 0; i < x.length; i++) { const v = x[i]; out[i] = 0.5 * v * (1 + Math.tanh(0.7978845608028654 * (v + 0.044715 * v * v * v))); }
  },
  squareplusF32: (out, x) => { for (let i = 0; i < x.length; i++) out[i] = (x[i] + Math.sqrt(x[i] * x[i] + 4)) / 2; },
};
