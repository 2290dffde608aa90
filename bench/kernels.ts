// The library kernels the benchmark times, one entry per activation (one child process each).
// Parameters are the library defaults: leakyRelu 0.01, prelu scalar weight 0.25 (no weightGrad
// accumulator, like tf.grad w.r.t. x), elu alpha 1, softplus beta 1, squareplus b 4.
import type * as Library from '../src/index.js';

// The library under test: the bundle the parent builds (RECTIFIED_BENCH_LIBRARY, a file URL), i.e. what
// an application's bundler makes of the package — one module scope, so V8 can inline fastExp & co. —
// or src/ itself when this file is run without it (tsx's per-file modules, where those calls cross
// module boundaries and cost up to 2× on the exponential kernels).
const r: typeof Library = await import(process.env.RECTIFIED_BENCH_LIBRARY ?? '../src/index.js');

export type ForwardKernel = (out: Float32Array, x: Float32Array) => Float32Array;
export type BackwardKernel = (dx: Float32Array, dy: Float32Array, x: Float32Array) => Float32Array;

export interface Activation {
  name: string;
  forward: ForwardKernel;
  derivative: ForwardKernel;
  backward: BackwardKernel;
  /** crelu: forward and derivative write 2n outputs, backward reads dy of length 2n */
  wide: boolean;
}

function act(name: string, forward: ForwardKernel, derivative: ForwardKernel, backward: BackwardKernel, wide = false): Activation {
  return { name, forward, derivative, backward, wide };
}

export const activations: readonly Activation[] = [
  act('relu', r.reluF32, r.reluDerivativeF32, r.reluBackwardF32),
  act('leakyRelu', r.leakyReluF32, r.leakyReluDerivativeF32, r.leakyReluBackwardF32),
  act('prelu', r.preluF32, r.preluDerivativeF32, r.preluBackwardF32),
  act('crelu', r.creluF32, r.creluDerivativeF32, r.creluBackwardF32, true),
  act('elu', r.eluF32, r.eluDerivativeF32, r.eluBackwardF32),
  act('sigmoid', r.sigmoidF32, r.sigmoidDerivativeF32, r.sigmoidBackwardF32),
  act('silu', r.siluF32, r.siluDerivativeF32, r.siluBackwardF32),
  act('softplus', r.softplusF32, r.softplusDerivativeF32, r.softplusBackwardF32),
  act('mish', r.mishF32, r.mishDerivativeF32, r.mishBackwardF32),
  act('gelu', r.geluF32, r.geluDerivativeF32, r.geluBackwardF32),
  act('geluTanh', r.geluTanhF32, r.geluTanhDerivativeF32, r.geluTanhBackwardF32),
  act('squareplus', r.squareplusF32, r.squareplusDerivativeF32, r.squareplusBackwardF32),
  act('relu6', r.relu6F32, r.relu6DerivativeF32, r.relu6BackwardF32),
  act('hardTanh', r.hardTanhF32, r.hardTanhDerivativeF32, r.hardTanhBackwardF32),
  act('hardSigmoid', r.hardSigmoidF32, r.hardSigmoidDerivativeF32, r.hardSigmoidBackwardF32),
  act('hardSwish', r.hardSwishF32, r.hardSwishDerivativeF32, r.hardSwishBackwardF32),
  act('threshold', (o, x) => r.thresholdF32(o, x, 0.5, -2), (o, x) => r.thresholdDerivativeF32(o, x, 0.5, -2), (dx, dy, x) => r.thresholdBackwardF32(dx, dy, x, 0.5, -2)),
  act('shiftedRelu', r.shiftedReluF32, r.shiftedReluDerivativeF32, r.shiftedReluBackwardF32),
  act('heaviside', r.heavisideF32, r.heavisideDerivativeF32, r.heavisideBackwardF32),
  act('softshrink', r.softshrinkF32, r.softshrinkDerivativeF32, r.softshrinkBackwardF32),
  act('hardshrink', r.hardshrinkF32, r.hardshrinkDerivativeF32, r.hardshrinkBackwardF32),
  act('sparsePlus', r.sparsePlusF32, r.sparsePlusDerivativeF32, r.sparsePlusBackwardF32),
  act('rrelu', r.rreluF32, r.rreluDerivativeF32, r.rreluBackwardF32),
  act('selu', r.seluF32, r.seluDerivativeF32, r.seluBackwardF32),
  act('celu', r.celuF32, r.celuDerivativeF32, r.celuBackwardF32),
  act('logSigmoid', r.logSigmoidF32, r.logSigmoidDerivativeF32, r.logSigmoidBackwardF32),
  act('softsign', r.softsignF32, r.softsignDerivativeF32, r.softsignBackwardF32),
  act('tanh', r.tanhF32, r.tanhDerivativeF32, r.tanhBackwardF32),
  act('tanhshrink', r.tanhshrinkF32, r.tanhshrinkDerivativeF32, r.tanhshrinkBackwardF32),
  act('swish', r.swishF32, r.swishDerivativeF32, r.swishBackwardF32),
];

export const activationNames: readonly string[] = activations.map((a) => a.name);

export function findActivation(name: string): Activation {
  const a = activations.find((k) => k.name === name);
  if (a === undefined) throw new Error(`unknown activation ${name}; known: ${activationNames.join(', ')}`);
  return a;
}

/** Deterministic inputs uniform on [−8, 8] (xorshift32): both signs, so branchy code pays its mispredictions. */
export function makeInput(n: number, seed: number): Float32Array {
  const x = new Float32Array(n);
  let s = seed | 0 || 1;
  for (let i = 0; i < n; i++) {
    s ^= s << 13;
    s ^= s >>> 17;
    s ^= s << 5;
    x[i] = ((s >>> 0) / 4294967296) * 16 - 8;
  }
  return x;
}

/** The floor for a pure-JS elementwise kernel: read one float32, write one float32. */
export function copyLoop(out: Float32Array, x: Float32Array): Float32Array {
  for (let i = 0, n = x.length; i < n; i++) out[i] = x[i];
  return out;
}
