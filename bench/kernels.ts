// The library kernels the benchmark times, one entry per activation (one child process each).
// Parameters are the library defaults: leakyRelu 0.01, prelu scalar weight 0.25 (no weightGrad
// accumulator, like tf.grad w.r.t. x), elu alpha 1, softplus beta 1, squareplus b 4.
//
// Each entry states its own array lengths (forward output, derivative output, backward dy, for n
// input elements) and binds its own fixed arguments (rowSize, pieces, parameters) once per size,
// outside the timed region: every timed closure in worker.ts calls exactly one kernel and
// allocates nothing. The shape helpers below are the only ways to build an entry.
import type * as Library from '../src/index.js';
import type { Kind } from './types.js';

// The library under test: the bundle the parent builds (RECTIFIED_BENCH_LIBRARY, a file URL), i.e. what
// an application's bundler makes of the package — one module scope, so V8 can inline fastExp & co. —
// or src/ itself when this file is run without it (tsx's per-file modules, where those calls cross
// module boundaries and cost up to 2× on the exponential kernels).
const r: typeof Library = await import(process.env.RECTIFIED_BENCH_LIBRARY ?? '../src/index.js');

/** The Float32Array kernels of the library (its `…F32` exports), which rectified/simd exports too. */
export type KernelLibrary = Pick<typeof Library, Extract<keyof typeof Library, `${string}F32`>>;

export type ForwardKernel = (out: Float32Array, x: Float32Array) => Float32Array;
export type BackwardKernel = (dx: Float32Array, dy: Float32Array, x: Float32Array) => Float32Array;
/** A kernel with one fixed trailing argument (rowSize, pieces, parameters) still to bind. */
type ForwardWith<A> = (out: Float32Array, x: Float32Array, a: A) => Float32Array;
type BackwardWith<A> = (dx: Float32Array, dy: Float32Array, x: Float32Array, a: A) => Float32Array;

/** One case's three timed calls, its fixed arguments bound. */
export interface Calls {
  forward: ForwardKernel;
  /** null when the activation has no elementwise derivative form (softmax, logSoftmax, logSumExp) */
  derivative: ForwardKernel | null;
  /** its third argument is x, or the forward output y when `backwardReads` is 'y' */
  backward: BackwardKernel;
}

export interface Activation {
  name: string;
  kind: Kind;
  /** the last axis of the [n/rowSize, rowSize] view the kernel works on (n when it has none); the naive loop and TF.js get it too */
  rowSize: (n: number) => number;
  /** forward output length for n input elements */
  outLength: (n: number) => number;
  /** derivative output length; null when the activation has no derivative form (its Calls.derivative is null) */
  derivativeLength: ((n: number) => number) | null;
  /** backward's incoming gradient length */
  dyLength: (n: number) => number;
  /** backward's third argument: the forward input x, or the forward output y (softmax, logSoftmax) */
  backwardReads: 'x' | 'y';
  /** the calls for n input elements, bound once per size */
  calls: (n: number) => Calls;
  /** how the arrays are laid out, for RESULTS.md's method section; null for plain elementwise */
  note: string | null;
}

const same = (n: number): number => n;
const twice = (n: number): number => 2 * n;
const half = (n: number): number => n / 2;

/** Elementwise: out, derivative and dy of length n; the kernels are called as they are (no wrapper). */
function act(name: string, forward: ForwardKernel, derivative: ForwardKernel, backward: BackwardKernel): Activation {
  const calls: Calls = { forward, derivative, backward };
  return { name, kind: 'elementwise', rowSize: same, outLength: same, derivativeLength: same, dyLength: same, backwardReads: 'x', calls: () => calls, note: null };
}

/** crelu: forward and derivative write 2n (relu(x) | relu(−x)), backward reads dy of 2n. */
function wide(name: string, forward: ForwardKernel, derivative: ForwardKernel, backward: BackwardKernel): Activation {
  return { ...act(name, forward, derivative, backward), outLength: twice, derivativeLength: twice, dyLength: twice, note: 'forward and derivative write 2n, backward reads dy of 2n' };
}

/**
 * Elementwise with one fixed parameter argument p (sShapedRelu's scalar { tl, al, tr, ar }),
 * created once and captured: nothing is allocated per call, and each closure literal has one
 * call target. The note lists p for RESULTS.md.
 */
function actWith<P>(name: string, forward: ForwardWith<P>, derivative: ForwardWith<P>, backward: BackwardWith<P>, p: NoInfer<P>): Activation {
  const text = typeof p === 'object' && p !== null ? Object.entries(p).map(([k, v]) => `${k} = ${String(v)}`).join(', ') : String(p);
  return {
    ...act(name, (o, x) => forward(o, x, p), (o, x) => derivative(o, x, p), (dx, dy, x) => backward(dx, dy, x, p)),
    note: `elementwise with fixed parameters ${text}`,
  };
}

/**
 * Gated units (glu, reglu, geglu, gegluTanh, swiglu): rows a | b, forward writes n/2, the
 * derivative n (∂/∂a | ∂/∂b, laid out like x), backward reads dy of n/2. One row (rowSize = n):
 * within a row the work is elementwise over (a, b) pairs, so the row length only sets how often
 * the kernel's outer loop turns; one row times the pair arithmetic, nothing else.
 */
function gated(name: string, forward: ForwardWith<number>, derivative: ForwardWith<number>, backward: BackwardWith<number>): Activation {
  return {
    name, kind: 'gated', rowSize: same, outLength: half, derivativeLength: same, dyLength: half, backwardReads: 'x',
    calls: (n) => ({ forward: (o, x) => forward(o, x, n), derivative: (o, x) => derivative(o, x, n), backward: (dx, dy, x) => backward(dx, dy, x, n) }),
    note: 'one row (rowSize = n) of halves a | b; forward writes n/2, derivative n, backward reads dy of n/2',
  };
}

/** Rows of 1000 (a typical vocabulary / class count; divides 1e3…1e6) for n ≥ 1000, one row below (n = 16, 256). */
const softmaxRow = (n: number): number => (n >= 1000 ? 1000 : n);

/** softmax, logSoftmax: row-wise, out and dy of length n, no derivative form; backward reads the forward output y. */
function rowwise(name: string, forward: ForwardWith<number>, backward: BackwardWith<number>): Activation {
  return {
    name, kind: 'normalising', rowSize: softmaxRow, outLength: same, derivativeLength: null, dyLength: same, backwardReads: 'y',
    calls: (n) => {
      const size = softmaxRow(n);
      return { forward: (o, x) => forward(o, x, size), derivative: null, backward: (dx, dy, y) => backward(dx, dy, y, size) };
    },
    note: 'rows of 1000 (one row for n < 1000), no derivative form; backward reads the forward output y',
  };
}

/** logSumExp: rows as softmax, one output and one dy per row; backward reads x. */
function rowReduction(name: string, forward: ForwardWith<number>, backward: BackwardWith<number>): Activation {
  const rows = (n: number): number => n / softmaxRow(n);
  return {
    name, kind: 'normalising', rowSize: softmaxRow, outLength: rows, derivativeLength: null, dyLength: rows, backwardReads: 'x',
    calls: (n) => {
      const size = softmaxRow(n);
      return { forward: (o, x) => forward(o, x, size), derivative: null, backward: (dx, dy, x) => backward(dx, dy, x, size) };
    },
    note: 'rows of 1000 (one row for n < 1000), no derivative form; forward writes and backward reads one value per row',
  };
}

/** maxout: groups of `pieces` consecutive elements; forward writes n/pieces, derivative n, backward reads dy of n/pieces. */
function grouped(name: string, forward: ForwardWith<number>, derivative: ForwardWith<number>, backward: BackwardWith<number>, pieces: number): Activation {
  const out = (n: number): number => n / pieces;
  const calls: Calls = { forward: (o, x) => forward(o, x, pieces), derivative: (o, x) => derivative(o, x, pieces), backward: (dx, dy, x) => backward(dx, dy, x, pieces) };
  return {
    name, kind: 'grouped', rowSize: () => pieces, outLength: out, derivativeLength: same, dyLength: out, backwardReads: 'x', calls: () => calls,
    note: `groups of ${pieces} (pieces = ${pieces}); forward writes n/${pieces}, derivative n, backward reads dy of n/${pieces}`,
  };
}

/**
 * The entries for one implementation of the kernels: the library root, or `rectified/simd`, which
 * exports the same Float32Array kernels under the same names (the scalars are not used here).
 */
export function activationsOf(r: KernelLibrary): readonly Activation[] {
  return [
    act('relu', r.reluF32, r.reluDerivativeF32, r.reluBackwardF32),
    act('leakyRelu', r.leakyReluF32, r.leakyReluDerivativeF32, r.leakyReluBackwardF32),
    act('prelu', r.preluF32, r.preluDerivativeF32, r.preluBackwardF32),
    wide('crelu', r.creluF32, r.creluDerivativeF32, r.creluBackwardF32),
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
    gated('glu', r.gluF32, r.gluDerivativeF32, r.gluBackwardF32),
    gated('reglu', r.regluF32, r.regluDerivativeF32, r.regluBackwardF32),
    gated('geglu', r.gegluF32, r.gegluDerivativeF32, r.gegluBackwardF32),
    gated('gegluTanh', r.gegluTanhF32, r.gegluTanhDerivativeF32, r.gegluTanhBackwardF32),
    gated('swiglu', r.swigluF32, r.swigluDerivativeF32, r.swigluBackwardF32),
    grouped('maxout', r.maxoutF32, r.maxoutDerivativeF32, r.maxoutBackwardF32, 4),
    actWith('sShapedRelu', r.sShapedReluF32, r.sShapedReluDerivativeF32, r.sShapedReluBackwardF32, { tl: -2, al: 0.1, tr: 2, ar: 0.5 }),
    rowwise('softmax', r.softmaxF32, r.softmaxBackwardF32),
    rowwise('logSoftmax', r.logSoftmaxF32, r.logSoftmaxBackwardF32),
    rowReduction('logSumExp', r.logSumExpF32, r.logSumExpBackwardF32),
  ];
}

export const activations: readonly Activation[] = activationsOf(r);

export const activationNames: readonly string[] = activations.map((a) => a.name);

export function findActivation(name: string, list: readonly Activation[] = activations): Activation {
  const a = list.find((k) => k.name === name);
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
