// ONNX Runtime Web comparison (devDependency onnxruntime-web only): the same activation as a
// one-node (silu: two-node) ONNX model on the 'wasm' execution provider, timed end to end from
// the user's Float32Array — ort.Tensor wrapping it, session.run (which copies it into the WASM
// heap and the output back out), reading the output's .data, disposing it. Forward only:
// this package has no training API (that is onnxruntime-web's separate training build), so
// there is no gradient to time.
//
// The models are encoded here by a tiny hand-written protobuf writer so that no ONNX tooling
// (python onnx, protobufjs schemas) is needed: a ModelProto is a handful of nested messages.

import type { InferenceSession, Tensor } from 'onnxruntime-web';
import * as ort from 'onnxruntime-web';
import type { Stat } from './types.js';

/** From ort.env (the package's exports map hides its package.json). */
export function onnxVersion(): string {
  return ort.env.versions.web ?? `common ${ort.env.versions.common}`;
}

// ---- protobuf writer: wire types 0 (varint), 2 (length-delimited), 5 (fixed32) ----

type Bytes = Uint8Array;
const utf8 = new TextEncoder();

/** Varint of a uint64; negative int64 values (Softmax axis −1) take their 64-bit two's complement, 10 bytes. */
function varint(v: number | bigint): number[] {
  let u = BigInt.asUintN(64, BigInt(v));
  const out: number[] = [];
  do {
    const b = Number(u & 0x7fn);
    u >>= 7n;
    out.push(u === 0n ? b : b | 0x80);
  } while (u !== 0n);
  return out;
}

function concat(parts: readonly Bytes[]): Bytes {
  const out = new Uint8Array(parts.reduce((s, p) => s + p.length, 0));
  let o = 0;
  for (const p of parts) {
    out.set(p, o);
    o += p.length;
  }
  return out;
}

const key = (field: number, wire: number): number[] => varint((field << 3) | wire);
const int = (field: number, v: number | bigint): Bytes => Uint8Array.from([...key(field, 0), ...varint(v)]);
const bytes = (field: number, payload: Bytes): Bytes => concat([Uint8Array.from([...key(field, 2), ...varint(payload.length)]), payload]);
const str = (field: number, s: string): Bytes => bytes(field, utf8.encode(s));
const msg = (field: number, ...parts: Bytes[]): Bytes => bytes(field, concat(parts));

function fixed32(field: number, f: number): Bytes {
  const b = new Uint8Array(5);
  b.set(key(field, 5));
  new DataView(b.buffer).setFloat32(1, f, true);
  return b;
}

function packedFloats(field: number, fs: readonly number[]): Bytes {
  const p = new Uint8Array(4 * fs.length);
  const dv = new DataView(p.buffer);
  fs.forEach((f, i) => {
    dv.setFloat32(4 * i, f, true);
  });
  return bytes(field, p);
}

// ---- ONNX messages (field numbers from onnx.proto) ----

const FLOAT = 1; // TensorProto.DataType.FLOAT
type Attr = { name: string } & ({ f: number } | { i: number } | { s: string });

function attribute(a: Attr): Bytes {
  // AttributeProto{name=1, f=2, i=3, s=4, type=20}; AttributeType FLOAT=1, INT=2, STRING=3
  if ('f' in a) return concat([str(1, a.name), fixed32(2, a.f), int(20, 1)]);
  if ('i' in a) return concat([str(1, a.name), int(3, a.i), int(20, 2)]);
  return concat([str(1, a.name), str(4, a.s), int(20, 3)]);
}

interface Node {
  op: string;
  inputs: string[];
  outputs: string[];
  attrs?: Attr[];
}

function node(n: Node, index: number): Bytes {
  // NodeProto{input=1, output=2, name=3, op_type=4, attribute=5}; domain left empty = default ONNX domain
  return msg(
    1,
    ...n.inputs.map((i) => str(1, i)),
    ...n.outputs.map((o) => str(2, o)),
    str(3, `${n.op}_${index}`),
    str(4, n.op),
    ...(n.attrs ?? []).map((a) => msg(5, attribute(a))),
  );
}

/** ValueInfoProto of a float tensor; a string dim is a dim_param (symbolic), a number a dim_value. */
function valueInfo(field: number, name: string, dims: readonly (string | number)[]): Bytes {
  const shape = dims.map((d) => msg(1, typeof d === 'string' ? str(2, d) : int(1, d)));
  return msg(field, str(1, name), msg(2, msg(1, int(1, FLOAT), msg(2, ...shape))));
}

/** A scalar float initializer (TensorProto with no dims: rank 0). */
const scalar = (name: string, v: number): Bytes => msg(5, int(2, FLOAT), packedFloats(4, [v]), str(8, name));

interface Graph {
  nodes: Node[];
  scalars?: Record<string, number>;
}

function model(g: Graph, inputDims: readonly (string | number)[]): Bytes {
  const graph = concat([
    ...g.nodes.map(node),
    str(2, 'rectified_bench'),
    ...Object.entries(g.scalars ?? {}).map(([n, v]) => scalar(n, v)),
    valueInfo(11, 'x', inputDims),
    valueInfo(12, 'y', inputDims),
  ]);
  // ModelProto{ir_version=1, graph=7, opset_import=8}; OperatorSetIdProto{domain=1 ('' = ai.onnx), version=2}
  return concat([int(1, 9), msg(7, graph), msg(8, str(1, ''), int(2, 20))]);
}

// ---- the activations ----

const one = (op: string, attrs: Attr[] = [], extra: string[] = [], scalars: Record<string, number> = {}): Graph => ({
  nodes: [{ op, inputs: ['x', ...extra], outputs: ['y'], attrs }],
  scalars,
});

/** One graph per activation, with the library's default parameters. */
const graphs: Readonly<Record<string, Graph>> = {
  relu: one('Relu'),
  leakyRelu: one('LeakyRelu', [{ name: 'alpha', f: 0.01 }]),
  prelu: one('PRelu', [], ['slope'], { slope: 0.25 }),
  elu: one('Elu', [{ name: 'alpha', f: 1 }]),
  // ONNX's Selu defaults (alpha 1.67326319217681884765625, gamma 1.05070102214813232421875) are the float32 roundings of the exact constants.
  selu: one('Selu'),
  celu: one('Celu', [{ name: 'alpha', f: 1 }]),
  sigmoid: one('Sigmoid'),
  // the library's default is relu6(x + 3)/6 (alpha 1/6); ONNX's own default alpha is 0.2, so set it
  hardSigmoid: one('HardSigmoid', [
    { name: 'alpha', f: 1 / 6 },
    { name: 'beta', f: 0.5 },
  ]),
  hardSwish: one('HardSwish'),
  softplus: one('Softplus'),
  softsign: one('Softsign'),
  tanh: one('Tanh'),
  mish: one('Mish'),
  gelu: one('Gelu', [{ name: 'approximate', s: 'none' }]),
  geluTanh: one('Gelu', [{ name: 'approximate', s: 'tanh' }]),
  relu6: one('Clip', [], ['lo', 'hi'], { lo: 0, hi: 6 }),
  hardTanh: one('Clip', [], ['lo', 'hi'], { lo: -1, hi: 1 }),
  softshrink: one('Shrink', [
    { name: 'lambd', f: 0.5 },
    { name: 'bias', f: 0.5 },
  ]),
  hardshrink: one('Shrink', [
    { name: 'lambd', f: 0.5 },
    { name: 'bias', f: 0 },
  ]),
  shrink: one('Shrink', [
    { name: 'lambd', f: 0.5 },
    { name: 'bias', f: 0.25 },
  ]),
  softmax: one('Softmax', [{ name: 'axis', i: -1 }]),
  logSoftmax: one('LogSoftmax', [{ name: 'axis', i: -1 }]),
  // ONNX has no SiLU/Swish op in the default domain: two nodes
  silu: {
    nodes: [
      { op: 'Sigmoid', inputs: ['x'], outputs: ['s'] },
      { op: 'Mul', inputs: ['x', 's'], outputs: ['y'] },
    ],
  },
};

export const onnxOpDescriptions: Readonly<Record<string, string>> = {
  relu: 'Relu',
  leakyRelu: 'LeakyRelu(alpha = 0.01)',
  prelu: 'PRelu(x, slope = scalar 0.25)',
  elu: 'Elu(alpha = 1)',
  selu: 'Selu (default alpha, gamma)',
  celu: 'Celu(alpha = 1)',
  sigmoid: 'Sigmoid',
  hardSigmoid: 'HardSigmoid(alpha = 1/6, beta = 0.5)',
  hardSwish: 'HardSwish',
  softplus: 'Softplus',
  softsign: 'Softsign',
  tanh: 'Tanh',
  mish: 'Mish',
  gelu: 'Gelu(approximate = "none")',
  geluTanh: 'Gelu(approximate = "tanh")',
  relu6: 'Clip(x, 0, 6)',
  hardTanh: 'Clip(x, −1, 1)',
  softshrink: 'Shrink(lambd = 0.5, bias = 0.5)',
  hardshrink: 'Shrink(lambd = 0.5, bias = 0)',
  shrink: 'Shrink(lambd = 0.5, bias = 0.25)',
  softmax: 'Softmax(axis = −1) on [n/1000, 1000]',
  logSoftmax: 'LogSoftmax(axis = −1) on [n/1000, 1000]',
  silu: 'Mul(x, Sigmoid(x)) (two nodes)',
};

/** Row-wise activations: their model input is [N, rowSize]; the others take a flat [n]. */
export const onnxRowwise: ReadonlySet<string> = new Set(['softmax', 'logSoftmax']);

export function hasOnnxOp(name: string): boolean {
  return Object.hasOwn(graphs, name);
}

/** The model bytes for an activation (null where ONNX has no op); the length (or row count) is symbolic, so one session serves every n. */
export function onnxModel(name: string, rowSize: number): Uint8Array | null {
  const g = hasOnnxOp(name) ? graphs[name] : undefined;
  if (g === undefined) return null;
  return model(g, onnxRowwise.has(name) ? ['N', rowSize] : ['n']);
}

// ---- runtime ----

/** wasm-feature-detect's SIMD probe (i8x16.splat, i8x16.popcnt): the engine can run the SIMD binary. */
// (tsconfig's lib has no DOM, hence no WebAssembly global type: declare the one call used)
const wasm = (globalThis as unknown as { WebAssembly: { validate: (b: Uint8Array) => boolean } }).WebAssembly;
const simdProbe = Uint8Array.from([
  0, 97, 115, 109, 1, 0, 0, 0, 1, 5, 1, 96, 0, 1, 123, 3, 2, 1, 0, 10, 10, 1, 8, 0, 65, 0, 253, 15, 253, 98, 11,
]);

/**
 * Single-threaded (numThreads = 1: no worker threads, like the library's kernels) with SIMD.
 * In Node, package.json's "node" export (dist/ort.node.min.mjs) locates its
 * ort-wasm-simd-threaded.{mjs,wasm} next to itself, so no wasmPaths is needed. 1.31 ships only
 * SIMD binaries (ort-wasm-simd-threaded.*: "threaded" only means it can spawn threads, which
 * numThreads = 1 prevents), so a backend that loads runs SIMD code. A one-op session is run
 * here so that a load failure surfaces now, with its reason.
 */
export async function initOnnx(): Promise<{ simd: boolean; threads: number }> {
  ort.env.wasm.numThreads = 1;
  ort.env.wasm.simd = true;
  // Also a warm-up (2^20 elements, 20 runs: grows the WASM heap once): on a loaded 2-core
  // machine the first case timed in a process twice ran ~30× slower than the same case later
  // (relu, n = 1e4: ~44 vs ~1.5 ns/element); the cause is not pinned down, the warm-up is cheap.
  const c = await onnxCase('relu', [new Float32Array(1 << 20)], [], 1 << 20);
  if (c === null) throw new Error('no relu model');
  for (let i = 0; i < 20; i++) await c.forward();
  await c.dispose();
  return { simd: wasm.validate(simdProbe), threads: ort.env.wasm.numThreads };
}

/** The last output's first element: a read the JIT cannot drop. */
export let lastValue = 0;

export interface OnnxCase {
  forward: () => Promise<void>;
  dispose: () => Promise<void>;
}

/**
 * An end-to-end forward for one activation, cycling through the same input arrays as the library
 * kernels (dys is unused: no gradient). The session is created once, outside the timed region.
 */
export async function onnxCase(name: string, xs: Float32Array[], dys: Float32Array[], rowSize: number): Promise<OnnxCase | null> {
  void dys;
  const bytes = onnxModel(name, rowSize);
  if (bytes === null) return null;
  const options: InferenceSession.SessionOptions = { executionProviders: ['wasm'], graphOptimizationLevel: 'all' };
  const session = await ort.InferenceSession.create(bytes, options);
  const rowwise = onnxRowwise.has(name);
  const dims = xs.map((x): number[] => (rowwise ? [x.length / rowSize, rowSize] : [x.length]));
  const r = xs.length;
  let k = 0;
  const forward = async (): Promise<void> => {
    const t = new ort.Tensor('float32', xs[k], dims[k]);
    const out: InferenceSession.ReturnType = await session.run({ x: t });
    const y: Tensor = out.y;
    // .data is a getter on a CPU tensor already copied out of the heap by run(); reading it
    // (and one element) makes sure the copy is part of the timed call.
    const data = y.data as Float32Array;
    lastValue = data[0];
    y.dispose();
    k = k + 1 === r ? 0 : k + 1;
  };
  return {
    forward,
    dispose: async () => {
      await session.release();
    },
  };
}

/**
 * ns per call of an async `fn` (bench/timing.ts's mitata `time` only takes synchronous
 * functions): warm-up of ≥ 2 calls and warmupMs, then samples of a batch of calls sized to last
 * ~2 ms, until both minSamples and minCpuTimeMs are reached. Wall-clock time: session.run's
 * await is part of what a user pays.
 */
export async function timeAsync(fn: () => Promise<void>, t: { minCpuTimeMs: number; minSamples: number; warmupMs: number }): Promise<Stat> {
  const w0 = performance.now();
  let calls = 0;
  let fastestMs = Infinity;
  while (calls < 2 || performance.now() - w0 < t.warmupMs) {
    const c0 = performance.now();
    await fn();
    fastestMs = Math.min(fastestMs, performance.now() - c0);
    calls++;
  }
  const batch = Math.max(1, Math.min(4096, Math.round(2 / Math.max(fastestMs, 1e-6))));
  const samples: number[] = [];
  const s0 = performance.now();
  while (samples.length < t.minSamples || performance.now() - s0 < t.minCpuTimeMs) {
    const b0 = performance.now();
    for (let i = 0; i < batch; i++) await fn();
    samples.push(((performance.now() - b0) * 1e6) / batch);
  }
  samples.sort((a, b) => a - b);
  const q = (p: number): number => samples[Math.min(samples.length - 1, Math.floor(p * samples.length))];
  return { p25: q(0.25), p50: q(0.5), p75: q(0.75), samples: samples.length };
}
