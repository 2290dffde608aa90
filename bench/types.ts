// What the parent (run.ts) sends each child (worker.ts) and what the child prints back as JSON.

export interface WorkerConfig {
  /** element counts timed against every baseline (ns/element) */
  sizes: number[];
  /** element counts timed for the library kernels and the copy loop only (ns per call) */
  small: number[];
  minCpuTimeMs: number;
  minSamples: number;
  warmupMs: number;
  /** target duration of one batched mitata sample */
  sampleTargetMs: number;
  tfjs: boolean;
  /** whether to time onnxruntime-web end to end (the `tfjs` flag's twin for ORT) */
  ort: boolean;
  /** path of the esbuild bundle of tfjs-core's gradient registrations, or null to skip tf.grad */
  gradientBundle: string | null;
}

/** Percentiles in ns per call (mitata drops the 2 fastest and 2 slowest samples first). */
export interface Stat {
  p25: number;
  p50: number;
  p75: number;
  samples: number;
}

export const statKeys = [
  'copyBefore',
  'forward',
  'derivative',
  'backward',
  'backwardFromOutput',
  'naive',
  'copyAfter',
  'memcpy',
  'simdForward',
  'simdDerivative',
  'simdBackward',
  'zeroForward',
  'zeroDerivative',
  'zeroBackward',
  'cpu',
  'cpuGrad',
  'wasm',
  'wasmGrad',
  'wasmOp',
  'ort',
  'floorChunked',
  'floorInPlace',
] as const;

/**
 * The piecewise-linear activations whose SIMD kernels are held to ×memcpy targets: their children
 * also time the WebAssembly copy floor (bench/floor.ts) as floorChunked and floorInPlace.
 */
export const memcpyBound: readonly string[] = [
  'relu',
  'leakyRelu',
  'prelu',
  'relu6',
  'hardTanh',
  'hardSigmoid',
  'threshold',
  'heaviside',
  'shiftedRelu',
];
export type StatKey = (typeof statKeys)[number];

export interface SizeResult {
  n: number;
  stats: Partial<Record<StatKey, Stat>>;
}

export interface WasmVariant {
  simd: boolean;
  multithread: boolean;
  threads: number;
  binary: string;
}

/**
 * How a kernel reads its input (kernels.ts): elementwise (crelu too), gated (rows a | b), normalising
 * (softmax, logSoftmax, logSumExp: rows, no derivative form), grouped (maxout) or loss
 * (softmaxCrossEntropy: its F32 kernel timed twice, with and without dlogits). render.ts decides
 * the targets and the row labels from it.
 */
export type Kind = 'elementwise' | 'gated' | 'normalising' | 'grouped' | 'loss';

export interface WorkerResult {
  activation: string;
  kind: Kind;
  /** false when the activation has no elementwise derivative form (its rows render as —) */
  derivative: boolean;
  sizes: SizeResult[];
  small: SizeResult[];
  wasm: WasmVariant | null;
  tfjsError: string | null;
  /** rectified/simd's status in this child ('ready' when its kernels were timed) and its SIMD kernels */
  simd: { status: string; kernels: string[] } | null;
  ortError: string | null;
  /** tfjs tensors still alive after all cases were disposed (should be 0) */
  leakedTensors: number;
  seconds: number;
}

/** The line prefix that marks the child's JSON result on stdout. */
export const resultMarker = '@@bench-result ';
