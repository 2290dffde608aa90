// Child process: times ONE activation (its forward, derivative and backward kernels, the copy
// loop before and after them, the naive loop, and TF.js) and prints a JSON WorkerResult after
// `resultMarker` on stdout. One process per activation keeps JIT state (inline caches, shared
// helpers seen with other callers' types, GC heap) from leaking between activations.
// Usage: node --expose-gc --import tsx bench/worker.ts <activation> '<WorkerConfig JSON>'
import { copyLoop, findActivation, makeInput, type Activation, type Calls } from './kernels.js';
import { naiveLoops } from './naive.js';
import { hasTfjsOp, initWasm, loadGradients, tfjsBackends, tfjsCase, useBackend, type TfjsBackend } from './tfjs.js';
import { time, type Timing } from './timing.js';
import { resultMarker, type SizeResult, type Stat, type StatKey, type WasmVariant, type WorkerConfig, type WorkerResult } from './types.js';

/**
 * Replaying one small array thousands of times lets the branch predictor learn its sign pattern
 * (measured here: reluF32 at n = 1e4 ran 2.7 ns/element on one array, 7 on four), which would
 * hide exactly the mispredictions the random inputs are meant to cost. So every timed closure
 * cycles through ⌈2^16 / n⌉ different input arrays (≤ 256 KiB in all: still cache-resident).
 */
const rotationElements = 1 << 16;

interface Buffers {
  n: number;
  /** the activation's kernels with their fixed arguments bound for n */
  calls: Calls;
  /** the activation's row (or group) length at n, for the naive loop and TF.js */
  rowSize: number;
  xs: Float32Array[];
  /** backward's third argument for each x: x itself, or the forward output y (softmax, logSoftmax) */
  ins: Float32Array[];
  /** incoming gradients, of the activation's dy length (2n for crelu, n/2 for glu, one per row for logSumExp) */
  dys: Float32Array[];
  /** forward (and naive) output, of the activation's output length */
  out: Float32Array;
  /** derivative output, of the activation's derivative length (empty when it has none) */
  dout: Float32Array;
  dx: Float32Array;
  copyOut: Float32Array;
}

function buffers(a: Activation, n: number): Buffers {
  const r = Math.ceil(rotationElements / n);
  const calls = a.calls(n);
  const xs = Array.from({ length: r }, (_, i) => makeInput(n, 0x9e3779b9 + 7919 * i));
  return {
    n,
    calls,
    rowSize: a.rowSize(n),
    xs,
    ins: a.backwardReads === 'x' ? xs : xs.map((x) => calls.forward(new Float32Array(a.outLength(n)), x)),
    dys: Array.from({ length: r }, (_, i) => makeInput(a.dyLength(n), 0x85ebca6b + 7919 * i)),
    out: new Float32Array(a.outLength(n)),
    dout: new Float32Array(a.derivativeLength === null ? 0 : a.derivativeLength(n)),
    dx: new Float32Array(n),
    copyOut: new Float32Array(n),
  };
}

/**
 * Library kernels bracketed by the copy loop (before and after, so drift shows), plus the naive
 * loop. Each closure is its own literal (one call target per call site) and advances the
 * rotation itself, so the copy baseline pays the same indexing as the kernels.
 */
async function library(name: string, b: Buffers, withNaive: boolean, t: Timing): Promise<SizeResult> {
  const stats: Partial<Record<StatKey, Stat>> = {};
  const { xs, ins, dys, out, dout, dx, copyOut, rowSize } = b;
  const { forward, derivative, backward } = b.calls;
  const r = xs.length;
  let k = 0;
  const copy = (): void => { copyLoop(copyOut, xs[k]); k = k + 1 === r ? 0 : k + 1; };
  stats.copyBefore = await time(copy, t);
  stats.forward = await time(() => { forward(out, xs[k]); k = k + 1 === r ? 0 : k + 1; }, t);
  if (derivative !== null) stats.derivative = await time(() => { derivative(dout, xs[k]); k = k + 1 === r ? 0 : k + 1; }, t);
  stats.backward = await time(() => { backward(dx, dys[k], ins[k]); k = k + 1 === r ? 0 : k + 1; }, t);
  const naive = naiveLoops[name];
  if (withNaive && naive !== undefined) stats.naive = await time(() => { naive(out, xs[k], rowSize); k = k + 1 === r ? 0 : k + 1; }, t);
  stats.copyAfter = await time(copy, t);
  return { n: b.n, stats };
}

const gradKey: Record<TfjsBackend, StatKey> = { cpu: 'cpuGrad', wasm: 'wasmGrad' };

async function main(): Promise<WorkerResult> {
  const [name, json] = process.argv.slice(2);
  if (name === undefined || json === undefined) throw new Error('usage: worker.ts <activation> <config-json>');
  const config = JSON.parse(json) as WorkerConfig;
  const a = findActivation(name);
  const started = performance.now();

  const small: SizeResult[] = [];
  for (const n of config.small) small.push(await library(a.name, buffers(a, n), false, config));
  const sizes: SizeResult[] = [];
  const bufs: Buffers[] = [];
  for (const n of config.sizes) {
    const b = buffers(a, n);
    bufs.push(b);
    sizes.push(await library(a.name, b, true, config));
  }

  // TF.js last, after every library figure, so its allocations cannot disturb them.
  let wasm: WasmVariant | null = null;
  let tfjsError: string | null = null;
  let leakedTensors = 0;
  if (config.tfjs && hasTfjsOp(a.name)) {
    if (config.gradientBundle !== null) await loadGradients(config.gradientBundle);
    try {
      wasm = await initWasm();
    } catch (e) {
      tfjsError = `tfjs-backend-wasm failed to load: ${e instanceof Error ? e.message : String(e)}`;
    }
    for (const backend of tfjsBackends) {
      if (backend === 'wasm' && wasm === null) continue;
      await useBackend(backend);
      for (let i = 0; i < bufs.length; i++) {
        const b = bufs[i];
        const c = tfjsCase(a.name, b.xs, b.dys, b.rowSize, config.gradientBundle !== null);
        sizes[i].stats[backend] = await time(c.forward, config);
        if (c.grad !== null) sizes[i].stats[gradKey[backend]] = await time(c.grad, config);
        leakedTensors += c.dispose();
      }
    }
  }
  return { activation: a.name, kind: a.kind, derivative: a.derivativeLength !== null, sizes, small, wasm, tfjsError, leakedTensors, seconds: (performance.now() - started) / 1e3 };
}

main().then(
  (result) => process.stdout.write(`${resultMarker}${JSON.stringify(result)}\n`, () => process.exit(0)),
  (e: unknown) => {
    process.stderr.write(`${e instanceof Error ? (e.stack ?? e.message) : String(e)}\n`);
    process.exit(1);
  },
);
