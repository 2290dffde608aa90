// The library kernels the benchmark times, one entry per activation (one child process each).
// Parameters are the library defaults: leakyRelu 0.01, prelu scalar weight 0.25 (no weightGrad
// accumulator, like tf.grad w.r.t. x), elu alpha 1, softplus beta 1, squareplus b 4; the entries
// come from scripts/manifest (its order, its shape for the layout, bench.args for the fixed
// arguments of threshold, maxout and sShapedRelu).
//
// Each entry states its own array lengths (forward output, derivative output, backward dy, for n
// input elements) and binds its own fixed arguments (rowSize, pieces, parameters) once per size,
// outside the timed region: every timed closure in worker.ts calls exactly one kernel and
// allocates nothing. The shape helpers below are the only ways to build an entry.

import { ACTIVATIONS, type Activation as ManifestActivation } from '../scripts/manifest/index.js';
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
  /** fBackwardFromOutputF32 (its third argument the forward output y), where the manifest lists it; else null */
  backwardFromOutput: BackwardKernel | null;
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
function act(
  name: string,
  forward: ForwardKernel,
  derivative: ForwardKernel,
  backward: BackwardKernel,
  backwardFromOutput: BackwardKernel | null = null,
): Activation {
  const calls: Calls = { forward, derivative, backward, backwardFromOutput };
  return {
    name,
    kind: 'elementwise',
    rowSize: same,
    outLength: same,
    derivativeLength: same,
    dyLength: same,
    backwardReads: 'x',
    calls: () => calls,
    note: null,
  };
}

/** crelu: forward and derivative write 2n (relu(x) | relu(−x)), backward reads dy of 2n. */
function wide(name: string, forward: ForwardKernel, derivative: ForwardKernel, backward: BackwardKernel): Activation {
  return {
    ...act(name, forward, derivative, backward),
    outLength: twice,
    derivativeLength: twice,
    dyLength: twice,
    note: 'forward and derivative write 2n, backward reads dy of 2n',
  };
}

type ForwardArgs = (out: Float32Array, x: Float32Array, ...args: unknown[]) => Float32Array;
type BackwardArgs = (dx: Float32Array, dy: Float32Array, x: Float32Array, ...args: unknown[]) => Float32Array;

/**
 * Elementwise with fixed trailing arguments (threshold's threshold and value, sShapedRelu's scalar
 * { tl, al, tr, ar }), created once and captured: nothing is allocated or spread per call, and
 * each closure literal has one call target. The note lists them for RESULTS.md.
 */
function actWith(
  name: string,
  forward: ForwardArgs,
  derivative: ForwardArgs,
  backward: BackwardArgs,
  backwardFromOutput: BackwardArgs | null,
  args: readonly unknown[],
): Activation {
  const text = args
    .map((p) =>
      typeof p === 'object' && p !== null
        ? Object.entries(p)
            .map(([k, v]) => `${k} = ${String(v)}`)
            .join(', ')
        : String(p),
    )
    .join(', ');
  const note = `elementwise with fixed parameters ${text}`;
  const [a, b] = args;
  if (args.length === 1)
    return {
      ...act(
        name,
        (o, x) => forward(o, x, a),
        (o, x) => derivative(o, x, a),
        (dx, dy, x) => backward(dx, dy, x, a),
        backwardFromOutput === null ? null : (dx, dy, y) => backwardFromOutput(dx, dy, y, a),
      ),
      note,
    };
  if (args.length === 2)
    return {
      ...act(
        name,
        (o, x) => forward(o, x, a, b),
        (o, x) => derivative(o, x, a, b),
        (dx, dy, x) => backward(dx, dy, x, a, b),
        backwardFromOutput === null ? null : (dx, dy, y) => backwardFromOutput(dx, dy, y, a, b),
      ),
      note,
    };
  throw new Error(`${name}: the bench binds one or two fixed arguments, not ${args.length}`);
}

/**
 * Gated units (glu, reglu, geglu, gegluTanh, swiglu, swigluOss): rows a | b, forward writes n/2, the
 * derivative n (∂/∂a | ∂/∂b, laid out like x), backward reads dy of n/2. One row (rowSize = n):
 * within a row the work is elementwise over (a, b) pairs, so the row length only sets how often
 * the kernel's outer loop turns; one row times the pair arithmetic, nothing else.
 */
function gated(name: string, forward: ForwardWith<number>, derivative: ForwardWith<number>, backward: BackwardWith<number>): Activation {
  return {
    name,
    kind: 'gated',
    rowSize: same,
    outLength: half,
    derivativeLength: same,
    dyLength: half,
    backwardReads: 'x',
    calls: (n) => ({
      forward: (o, x) => forward(o, x, n),
      derivative: (o, x) => derivative(o, x, n),
      backward: (dx, dy, x) => backward(dx, dy, x, n),
      backwardFromOutput: null,
    }),
    note: 'one row (rowSize = n) of halves a | b; forward writes n/2, derivative n, backward reads dy of n/2',
  };
}

/** Rows of 1000 (a typical vocabulary / class count; divides 1e3…1e6) for n ≥ 1000, one row below (n = 16, 256). */
const softmaxRow = (n: number): number => (n >= 1000 ? 1000 : n);

/** softmax, logSoftmax: row-wise, out and dy of length n, no derivative form; backward reads the forward output y. */
function rowwise(name: string, forward: ForwardWith<number>, backward: BackwardWith<number>): Activation {
  return {
    name,
    kind: 'normalising',
    rowSize: softmaxRow,
    outLength: same,
    derivativeLength: null,
    dyLength: same,
    backwardReads: 'y',
    calls: (n) => {
      const size = softmaxRow(n);
      return {
        forward: (o, x) => forward(o, x, size),
        derivative: null,
        backward: (dx, dy, y) => backward(dx, dy, y, size),
        backwardFromOutput: null,
      };
    },
    note: 'rows of 1000 (one row for n < 1000), no derivative form; backward reads the forward output y',
  };
}

/** logSumExp: rows as softmax, one output and one dy per row; backward reads x. */
function rowReduction(name: string, forward: ForwardWith<number>, backward: BackwardWith<number>): Activation {
  const rows = (n: number): number => n / softmaxRow(n);
  return {
    name,
    kind: 'normalising',
    rowSize: softmaxRow,
    outLength: rows,
    derivativeLength: null,
    dyLength: rows,
    backwardReads: 'x',
    calls: (n) => {
      const size = softmaxRow(n);
      return {
        forward: (o, x) => forward(o, x, size),
        derivative: null,
        backward: (dx, dy, x) => backward(dx, dy, x, size),
        backwardFromOutput: null,
      };
    },
    note: 'rows of 1000 (one row for n < 1000), no derivative form; forward writes and backward reads one value per row',
  };
}

/**
 * softmaxCrossEntropy: rows of 1000 classes as the softmax family, one label per row (fixed,
 * made once per size). One kernel, timed twice: the forward row writes the gradient (the call
 * a training step makes, against the naive loop's textbook loss and gradient), the backward row
 * passes dlogits = null (the loss alone). dy is unused.
 */
function loss(name: string, kernel: typeof Library.softmaxCrossEntropyF32): Activation {
  const rows = (n: number): number => n / softmaxRow(n);
  return {
    name,
    kind: 'loss',
    rowSize: softmaxRow,
    outLength: same,
    derivativeLength: null,
    dyLength: rows,
    backwardReads: 'x',
    calls: (n) => {
      const size = softmaxRow(n);
      const labels = Int32Array.from({ length: rows(n) }, (_, i) => (i * 7919) % size);
      return {
        forward: (o, x) => {
          kernel(o, x, labels, size);
          return o;
        },
        derivative: null,
        backwardFromOutput: null,
        backward: (dx, _dy, x) => {
          kernel(null, x, labels, size);
          return dx;
        },
      };
    },
    note: 'rows of 1000 classes (one row for n < 1000), label (r·7919) mod rowSize per row, reduction mean; forward: loss and dlogits, backward: the loss alone (dlogits = null)',
  };
}

/** maxout: groups of `pieces` consecutive elements; forward writes n/pieces, derivative n, backward reads dy of n/pieces. */
function grouped(
  name: string,
  forward: ForwardWith<number>,
  derivative: ForwardWith<number>,
  backward: BackwardWith<number>,
  pieces: number,
): Activation {
  const out = (n: number): number => n / pieces;
  const calls: Calls = {
    forward: (o, x) => forward(o, x, pieces),
    derivative: (o, x) => derivative(o, x, pieces),
    backward: (dx, dy, x) => backward(dx, dy, x, pieces),
    backwardFromOutput: null,
  };
  return {
    name,
    kind: 'grouped',
    rowSize: () => pieces,
    outLength: out,
    derivativeLength: same,
    dyLength: out,
    backwardReads: 'x',
    calls: () => calls,
    note: `groups of ${pieces} (pieces = ${pieces}); forward writes n/${pieces}, derivative n, backward reads dy of n/${pieces}`,
  };
}

/** A kernel of the library by its export name (the manifest lists which exist). */
function kernel<K>(r: KernelLibrary, name: string): K {
  const k = (r as unknown as Record<string, K | undefined>)[name];
  if (k === undefined) throw new Error(`the library has no kernel ${name}`);
  return k;
}

/** One bench entry from a manifest entry: its shape picks the array layout, bench.args its fixed arguments. */
function entryOf(r: KernelLibrary, a: ManifestActivation): Activation {
  const f = <K>(suffix: string): K => kernel<K>(r, `${a.name}${suffix}`);
  const args = a.bench?.args ?? [];
  const fromOutput = <K>(): K | null => (a.forms.includes('BackwardFromOutputF32') ? f<K>('BackwardFromOutputF32') : null);
  switch (a.shape) {
    case 'elementwise':
      return args.length === 0
        ? act(a.name, f('F32'), f('DerivativeF32'), f('BackwardF32'), fromOutput())
        : actWith(a.name, f('F32'), f('DerivativeF32'), f('BackwardF32'), fromOutput(), args);
    case 'wide':
      return wide(a.name, f('F32'), f('DerivativeF32'), f('BackwardF32'));
    case 'gated':
      return gated(a.name, f('F32'), f('DerivativeF32'), f('BackwardF32'));
    case 'grouped':
      return grouped(a.name, f('F32'), f('DerivativeF32'), f('BackwardF32'), Number(args[0]));
    case 'rowwise':
      return rowwise(a.name, f('F32'), f('BackwardF32'));
    case 'rowReduction':
      return rowReduction(a.name, f('F32'), f('BackwardF32'));
    case 'loss':
      return loss(a.name, f('F32'));
  }
}

/**
 * The entries for one implementation of the kernels: the library root, or `rectified/simd`, which
 * exports the same Float32Array kernels under the same names (the scalars are not used here); one
 * per activation of scripts/manifest, in its order.
 */
export function activationsOf(r: KernelLibrary): readonly Activation[] {
  return ACTIVATIONS.map((a) => entryOf(r, a));
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
