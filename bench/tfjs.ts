// TensorFlow.js comparison (devDependencies only): the same activation as a tfjs-core op on
// tfjs-backend-cpu and tfjs-backend-wasm, timed end to end — tensor from the Float32Array, the
// op, dataSync(), dispose — and, for backward, tf.grad of that op with dy, end to end. The input
// is always the flat 1-D tensor (as the library takes a flat Float32Array); row-wise ops reshape
// it to [n/rowSize, rowSize] (a metadata-only op) with the activation's rowSize from kernels.ts.
import * as tf from '@tensorflow/tfjs-core';
import '@tensorflow/tfjs-backend-cpu';
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { getThreadsCount, setWasmPaths } from '@tensorflow/tfjs-backend-wasm';
import { buildSync } from 'esbuild';
import type { WasmVariant } from './types.js';

const require = createRequire(import.meta.url);
type Op = (t: tf.Tensor) => tf.Tensor;

export const tfjsBackends = ['cpu', 'wasm'] as const;
export type TfjsBackend = (typeof tfjsBackends)[number];

export function tfjsVersions(): Record<string, string> {
  const out: Record<string, string> = {};
  for (const p of ['tfjs-core', 'tfjs-backend-cpu', 'tfjs-backend-wasm']) {
    const pkg = require(`@tensorflow/${p}/package.json`) as { version: string };
    out[p] = pkg.version;
  }
  return out;
}

/**
 * tfjs-core's Node entry (a CommonJS bundle) registers no gradients, and its ESM
 * `dist/register_all_gradients.js` uses directory imports Node cannot resolve; the
 * @tensorflow/tfjs umbrella package that normally bundles them is not a dependency. So the
 * parent bundles that file once with esbuild (a devDependency) into the temp dir; the gradient
 * registry is global, so the bundled configs serve the CJS engine. Returns the bundle's path.
 */
export function buildGradientBundle(): string {
  const entry = join(dirname(require.resolve('@tensorflow/tfjs-core/package.json')), 'dist', 'register_all_gradients.js');
  const file = join(tmpdir(), `rectified-bench-tfjs-gradients-${tfjsVersions()['tfjs-core']}.mjs`);
  if (!existsSync(file))
    buildSync({ entryPoints: [entry], bundle: true, format: 'esm', platform: 'node', outfile: file, logLevel: 'error' });
  return file;
}

export type WasmInfo = WasmVariant;

/** Registers tfjs-core's gradients (for tf.grad) from the bundle built by the parent. */
export async function loadGradients(gradientBundle: string): Promise<void> {
  await import(pathToFileURL(gradientBundle).href);
}

/** Initialises the wasm backend and returns the variant it chose (or throws why it cannot load). */
export async function initWasm(): Promise<WasmInfo> {
  // In Node the wasm binaries are read from the file system: a file path with a trailing slash.
  setWasmPaths(join(dirname(require.resolve('@tensorflow/tfjs-backend-wasm/package.json')), 'dist') + '/');
  if (!(await tf.setBackend('wasm'))) throw new Error('tf.setBackend("wasm") returned false');
  await tf.ready();
  const simd = (await tf.env().getAsync('WASM_HAS_SIMD_SUPPORT')) === true;
  const multithread = (await tf.env().getAsync('WASM_HAS_MULTITHREAD_SUPPORT')) === true;
  const binary = multithread
    ? simd
      ? 'tfjs-backend-wasm-threaded-simd.wasm'
      : 'tfjs-backend-wasm.wasm'
    : simd
      ? 'tfjs-backend-wasm-simd.wasm'
      : 'tfjs-backend-wasm.wasm';
  return { simd, multithread, threads: getThreadsCount(), binary };
}

export async function useBackend(name: TfjsBackend): Promise<void> {
  if (!(await tf.setBackend(name))) throw new Error(`tf.setBackend("${name}") returned false`);
  await tf.ready();
}

/**
 * The op for each activation; constants (prelu's alpha) are created per backend by the caller's
 * scope. rowSize: the last axis of the activation's 2-D view (kernels.ts), for the row-wise ops.
 * Keyed by name only, so an op may be listed before its library kernel exists (maxout).
 */
function makeOps(alpha: tf.Tensor, rowSize: number): Readonly<Record<string, Op>> {
  const rows = (t: tf.Tensor): tf.Tensor => tf.reshape(t, [-1, rowSize]);
  return {
    relu: (t) => tf.relu(t),
    leakyRelu: (t) => tf.leakyRelu(t, 0.01),
    prelu: (t) => tf.prelu(t, alpha),
    crelu: (t) => tf.concat([tf.relu(t), tf.relu(tf.neg(t))]),
    elu: (t) => tf.elu(t),
    sigmoid: (t) => tf.sigmoid(t),
    silu: (t) => tf.mul(t, tf.sigmoid(t)),
    softplus: (t) => tf.softplus(t),
    mish: (t) => tf.mul(t, tf.tanh(tf.softplus(t))),
    gelu: (t) => tf.mul(tf.mul(t, 0.5), tf.add(1, tf.erf(tf.mul(t, Math.SQRT1_2)))),
    geluTanh: (t) => tf.mul(tf.mul(t, 0.5), tf.add(1, tf.tanh(tf.mul(tf.add(t, tf.mul(tf.pow(t, 3), 0.044715)), 0.7978845608028654)))),
    squareplus: (t) => tf.div(tf.add(t, tf.sqrt(tf.add(tf.square(t), 4))), 2),
    relu6: (t) => tf.relu6(t),
    selu: (t) => tf.selu(t),
    logSigmoid: (t) => tf.logSigmoid(t),
    tanh: (t) => tf.tanh(t),
    softsign: (t) => tf.div(t, tf.add(1, tf.abs(t))),
    hardTanh: (t) => tf.clipByValue(t, -1, 1),
    softmax: (t) => tf.softmax(rows(t)),
    logSoftmax: (t) => tf.logSoftmax(rows(t)),
    logSumExp: (t) => tf.logSumExp(rows(t), 1),
    maxout: (t) => tf.max(rows(t), 1),
  };
}

export const tfjsOpDescriptions: Readonly<Record<string, string>> = {
  relu: 'tf.relu',
  leakyRelu: 'tf.leakyRelu(x, 0.01)',
  prelu: 'tf.prelu(x, tf.scalar(0.25))',
  crelu: 'concat([relu(x), relu(neg(x))])',
  elu: 'tf.elu',
  sigmoid: 'tf.sigmoid',
  silu: 'x·sigmoid(x)',
  softplus: 'tf.softplus',
  mish: 'x·tanh(softplus(x))',
  gelu: '0.5x·(1 + erf(x/√2))',
  geluTanh: '0.5x·(1 + tanh(√(2/π)(x + 0.044715x³)))',
  squareplus: '(x + sqrt(x² + 4))/2',
  relu6: 'tf.relu6',
  selu: 'tf.selu',
  logSigmoid: 'tf.logSigmoid',
  tanh: 'tf.tanh',
  softsign: 'x/(1 + |x|)',
  hardTanh: 'tf.clipByValue(x, −1, 1)',
  softmax: 'tf.softmax(reshape(x, [n/1000, 1000]))',
  logSoftmax: 'tf.logSoftmax(reshape(x, [n/1000, 1000]))',
  logSumExp: 'tf.logSumExp(reshape(x, [n/1000, 1000]), 1)',
  maxout: 'tf.max(reshape(x, [n/4, 4]), 1)',
};

/** Whether TF.js has an op (or a composite) for this activation; the others are timed without it. */
export function hasTfjsOp(name: string): boolean {
  return Object.hasOwn(tfjsOpDescriptions, name);
}

export interface TfjsCase {
  forward: () => void;
  /** the op alone on tensors made beforehand (no upload, no dataSync): the backend's kernel itself */
  opAlone: () => void;
  grad: (() => void) | null;
  /** tensors alive outside tidy after `dispose`; a leak check */
  dispose: () => number;
}

/**
 * End-to-end closures for one activation on the current backend, cycling through the same input
 * arrays as the library kernels. Each dy has the op's output length (the library's dy length);
 * its tensor takes the op's output shape, found once by running the op outside the timed region.
 */
export function tfjsCase(name: string, xs: Float32Array[], dys: Float32Array[], rowSize: number, withGrad: boolean): TfjsCase {
  const alpha = tf.scalar(0.25);
  const op = makeOps(alpha, rowSize)[name];
  if (op === undefined) throw new Error(`no tfjs op for ${name}`);
  const before = tf.memory().numTensors;
  const probe = tf.tidy(() => op(tf.tensor1d(xs[0])));
  const dyShape = probe.shape;
  probe.dispose();
  if (dyShape.reduce((a, b) => a * b, 1) !== dys[0].length)
    throw new Error(`${name}: tfjs output has ${dyShape.join('×')} elements, dy ${dys[0].length}`);
  const g = tf.grad(op);
  const r = xs.length;
  let k = 0;
  const forward = (): void => {
    tf.tidy(() => {
      op(tf.tensor1d(xs[k])).dataSync();
    });
    k = k + 1 === r ? 0 : k + 1;
  };
  // Inputs uploaded once, outside the timed region; each call runs the op (composites: all of its
  // ops) and frees what it made.
  const inputs = xs.map((x) => tf.tensor1d(x));
  const opAlone = (): void => {
    tf.tidy(() => {
      op(inputs[k]);
    });
    k = k + 1 === r ? 0 : k + 1;
  };
  const grad = (): void => {
    tf.tidy(() => {
      g(tf.tensor1d(xs[k]), tf.tensor(dys[k], dyShape)).dataSync();
    });
    k = k + 1 === r ? 0 : k + 1;
  };
  return {
    forward,
    opAlone,
    grad: withGrad ? grad : null,
    dispose: () => {
      for (const t of inputs) t.dispose();
      const leaked = tf.memory().numTensors - before;
      alpha.dispose();
      return leaked;
    },
  };
}
