// Child process: times ONE activation (its forward, derivative and backward kernels, the copy
// loop before and after them, memcpy, the naive loop, rectified/simd copying and zero-copy,
// TF.js and onnxruntime-web) and prints a JSON WorkerResult after `resultMarker` on stdout. One
// process per activation keeps JIT state (inline caches, shared helpers seen with other callers'
// types, GC heap) from leaking between activations.
// Usage: node --expose-gc --import tsx bench/worker.ts <activation> '<WorkerConfig JSON>'
//
// Order matters. The first time any ArrayBuffer in the process is detached — a WebAssembly
// memory growing (TF.js's and ORT's wasm backends, rectified/simd's allocator) or a transfer —
// V8 drops its "array buffers are never detached" assumption, and from then on every optimised
// typed-array access re-checks for detachment: the plain copy loop measured 0.9 → 1.2 ns/element
// here (and 1.7 → 2.7 on a loaded machine) after one detach or after importing TF.js. So the
// pure-JS figures come first, in a process where nothing has been detached (TF.js and ORT are
// imported only afterwards), then rectified/simd (whose chunked path never grows its memory),
// then its zero-copy arrays, then the peers.

import { type Activation, activationsOf, type Calls, copyLoop, findActivation, type KernelLibrary, makeInput } from './kernels.js';
import { naiveLoops } from './naive.js';
import { type Timing, time } from './timing.js';
import {
  memcpyBound,
  resultMarker,
  type SizeResult,
  type Stat,
  type StatKey,
  type WasmVariant,
  type WorkerConfig,
  type WorkerResult,
} from './types.js';

/** rectified/simd as the bench uses it: the same kernels plus its initialisation and allocator. */
type SimdModule = KernelLibrary & {
  initSync(): string;
  simdKernels(): string[];
  allocF32(n: number): Float32Array;
  refreshF32(view: Float32Array): Float32Array;
};

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
  /** the forward outputs y = f(x) of xs, for fBackwardFromOutputF32 (empty when the activation has none) */
  ys: Float32Array[];
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
    ys: calls.backwardFromOutput === null ? [] : xs.map((x) => calls.forward(new Float32Array(a.outLength(n)), x)),
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
  const { xs, out, copyOut, rowSize } = b;
  const r = xs.length;
  let k = 0;
  const copy = (): void => {
    copyLoop(copyOut, xs[k]);
    k = k + 1 === r ? 0 : k + 1;
  };
  stats.copyBefore = await time(copy, t);
  await kernels(b.calls, b, stats, ['forward', 'derivative', 'backward'], t);
  // The backward pass from the output y, in this run, so that its ratio to the backward from x is same-run.
  const fromOutput = b.calls.backwardFromOutput;
  if (fromOutput !== null) {
    const { dys, ys, dx } = b;
    stats.backwardFromOutput = await time(() => {
      fromOutput(dx, dys[k], ys[k]);
      k = k + 1 === r ? 0 : k + 1;
    }, t);
  }
  const naive = naiveLoops[name];
  if (withNaive && naive !== undefined)
    stats.naive = await time(() => {
      naive(out, xs[k], rowSize);
      k = k + 1 === r ? 0 : k + 1;
    }, t);
  stats.copyAfter = await time(copy, t);
  // The physical limit: memcpy through the engine (no per-element JavaScript at all).
  stats.memcpy = await time(() => {
    copyOut.set(xs[k]);
    k = k + 1 === r ? 0 : k + 1;
  }, t);
  return { n: b.n, stats };
}

type Keys = readonly [forward: StatKey, derivative: StatKey, backward: StatKey];

/** One implementation's three kernels on the buffers' rotation, into `stats` under `keys`. */
async function kernels(calls: Calls, b: Buffers, stats: SizeResult['stats'], keys: Keys, t: Timing): Promise<void> {
  const { xs, ins, dys, out, dout, dx } = b;
  const { forward, derivative, backward } = calls;
  const r = xs.length;
  let k = 0;
  stats[keys[0]] = await time(() => {
    forward(out, xs[k]);
    k = k + 1 === r ? 0 : k + 1;
  }, t);
  if (derivative !== null)
    stats[keys[1]] = await time(() => {
      derivative(dout, xs[k]);
      k = k + 1 === r ? 0 : k + 1;
    }, t);
  stats[keys[2]] = await time(() => {
    backward(dx, dys[k], ins[k]);
    k = k + 1 === r ? 0 : k + 1;
  }, t);
}

/**
 * The same buffers as views into rectified/simd's memory (allocF32), for its zero-copy path. An
 * allocation can grow the memory, which detaches the views made before it, so every block is
 * allocated first and the views are refreshed (refreshF32) before the data is copied in.
 */
function inWasmMemory(b: Buffers, simd: SimdModule): Buffers {
  const sources = [...b.xs, ...(b.ins === b.xs ? [] : b.ins), ...b.dys, b.out, b.dout, b.dx];
  const views = sources.map((a) => simd.allocF32(a.length)).map((v) => simd.refreshF32(v));
  views.forEach((v, i) => {
    v.set(sources[i]);
  });
  let i = 0;
  const take = (count: number): Float32Array[] => {
    i += count;
    return views.slice(i - count, i);
  };
  const xs = take(b.xs.length);
  const ins = b.ins === b.xs ? xs : take(b.ins.length);
  const dys = take(b.dys.length);
  const [out, dout, dx] = take(3);
  return { ...b, xs, ins, dys, out, dout, dx };
}

/** rectified/simd, bundled by the parent like the library (RECTIFIED_BENCH_SIMD), or null. */
async function loadSimd(): Promise<SimdModule | null> {
  const url = process.env.RECTIFIED_BENCH_SIMD;
  return url === undefined ? null : ((await import(url)) as SimdModule);
}

const gradKey: Record<'cpu' | 'wasm', StatKey> = { cpu: 'cpuGrad', wasm: 'wasmGrad' };

async function main(): Promise<WorkerResult> {
  const [name, json] = process.argv.slice(2);
  if (name === undefined || json === undefined) throw new Error('usage: worker.ts <activation> <config-json>');
  const config = JSON.parse(json) as WorkerConfig;
  const a = findActivation(name);
  const started = performance.now();

  // 1. Pure JavaScript (library, copy loop, memcpy, naive), nothing detached yet.
  const small: SizeResult[] = [];
  const smallBufs: Buffers[] = [];
  for (const n of config.small) {
    const b = buffers(a, n);
    smallBufs.push(b);
    small.push(await library(a.name, b, false, config));
  }
  const sizes: SizeResult[] = [];
  const bufs: Buffers[] = [];
  for (const n of config.sizes) {
    const b = buffers(a, n);
    bufs.push(b);
    sizes.push(await library(a.name, b, true, config));
  }

  // 2. rectified/simd on the user's arrays (chunks copied through its fixed scratch memory), then
  //    on arrays that live in its memory (the allocator may grow it: a detach, so after the rest).
  const simd = await loadSimd();
  let simdInfo: WorkerResult['simd'] = null;
  if (simd !== null) {
    const status = simd.initSync();
    simdInfo = { status, kernels: simd.simdKernels() };
    if (status === 'ready') {
      const sa = findActivation(name, activationsOf(simd));
      const all = [...smallBufs.map((b, i) => [b, small[i]] as const), ...bufs.map((b, i) => [b, sizes[i]] as const)];
      for (const [b, res] of all) await kernels(sa.calls(b.n), b, res.stats, ['simdForward', 'simdDerivative', 'simdBackward'], config);
      if (memcpyBound.includes(a.name)) {
        // The floor: a v128 copy loop, through the same copying driver and in place (its module's
        // memory is never grown, so nothing is detached yet).
        // Imported here, not at the top: loading AssemblyScript's compiler (binaryen) grows a
        // WebAssembly memory, a detach that slowed every JavaScript figure before it by ~30 %.
        const { chunkedCopy, floorModule, inPlaceCopy } = await import('./floor.js');
        const floor = await floorModule();
        for (let i = 0; i < bufs.length; i++) {
          const { xs, copyOut } = bufs[i];
          const r = xs.length;
          let k = 0;
          sizes[i].stats.floorChunked = await time(() => {
            chunkedCopy(floor, 'copy4', copyOut, xs[k]);
            k = k + 1 === r ? 0 : k + 1;
          }, config);
          sizes[i].stats.floorInPlace = await time(inPlaceCopy(floor, 'copy4', xs[0]), config);
        }
      }
      for (const [b, res] of all)
        await kernels(sa.calls(b.n), inWasmMemory(b, simd), res.stats, ['zeroForward', 'zeroDerivative', 'zeroBackward'], config);
    }
  }

  // 3. TF.js last but one, after every rectified figure, so its allocations cannot disturb them.
  let wasm: WasmVariant | null = null;
  let tfjsError: string | null = null;
  let leakedTensors = 0;
  const tfjs = config.tfjs ? await import('./tfjs.js') : null;
  if (tfjs?.hasTfjsOp(a.name)) {
    if (config.gradientBundle !== null) await tfjs.loadGradients(config.gradientBundle);
    try {
      wasm = await tfjs.initWasm();
    } catch (e) {
      tfjsError = `tfjs-backend-wasm failed to load: ${e instanceof Error ? e.message : String(e)}`;
    }
    for (const backend of tfjs.tfjsBackends) {
      if (backend === 'wasm' && wasm === null) continue;
      await tfjs.useBackend(backend);
      for (let i = 0; i < bufs.length; i++) {
        const b = bufs[i];
        const c = tfjs.tfjsCase(a.name, b.xs, b.dys, b.rowSize, config.gradientBundle !== null);
        sizes[i].stats[backend] = await time(c.forward, config);
        if (backend === 'wasm') sizes[i].stats.wasmOp = await time(c.opAlone, config);
        if (c.grad !== null) sizes[i].stats[gradKey[backend]] = await time(c.grad, config);
        leakedTensors += c.dispose();
      }
    }
  }

  // 4. onnxruntime-web end to end (its own wasm heap).
  let ortError: string | null = null;
  if (config.ort) {
    try {
      const onnx = await import('./onnx.js');
      if (onnx.onnxModel(a.name, a.rowSize(bufs[0]?.n ?? 1000)) !== null) {
        await onnx.initOnnx();
        for (let i = 0; i < bufs.length; i++) {
          const b = bufs[i];
          const c = await onnx.onnxCase(a.name, b.xs, b.dys, b.rowSize);
          if (c === null) continue;
          sizes[i].stats.ort = await onnx.timeAsync(c.forward, config);
          await c.dispose();
        }
      }
    } catch (e) {
      ortError = `onnxruntime-web: ${e instanceof Error ? e.message : String(e)}`;
    }
  }
  return {
    activation: a.name,
    kind: a.kind,
    derivative: a.derivativeLength !== null,
    sizes,
    small,
    wasm,
    tfjsError,
    simd: simdInfo,
    ortError,
    leakedTensors,
    seconds: (performance.now() - started) / 1e3,
  };
}

main().then(
  (result) => process.stdout.write(`${resultMarker}${JSON.stringify(result)}\n`, () => process.exit(0)),
  (e: unknown) => {
    process.stderr.write(`${e instanceof Error ? (e.stack ?? e.message) : String(e)}\n`);
    process.exit(1);
  },
);
