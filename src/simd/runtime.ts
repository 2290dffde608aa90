// The WebAssembly instance behind rectified/simd and its initialisation: the status, the feature
// test, sync and async compilation (nothing happens at import time), and the layout of the
// module's memory (two scratch chunks for copying user arrays through, then the heap of
// allocF32). The kernel wrappers (wrap.ts) read `state.rt`, null until the module is ready.
import { WASM_BASE64 } from './wasm-module.generated.js';

/**
 * Where rectified/simd stands: `'uninitialised'` before {@link init} or {@link initSync} ran,
 * `'ready'` once the WebAssembly module runs the SIMD kernels, `'unsupported'` when it cannot (no
 * WebAssembly or no SIMD, compilation refused, e.g. by a Content-Security-Policy without
 * `'wasm-unsafe-eval'`, or `init({ disable: true })`). Every kernel works in every state: until
 * `'ready'`, and for good if `'unsupported'`, each runs the JavaScript kernel of `rectified`.
 */
export type SimdStatus = 'uninitialised' | 'ready' | 'unsupported';

/** Options of {@link init} and {@link initSync}. */
export interface InitOptions {
  /**
   * Skip WebAssembly and settle on `'unsupported'`: every kernel stays the JavaScript one (to
   * test or compare the fallback path). Only the first initialisation call decides.
   */
  disable?: boolean;
}

/** The elements of one scratch chunk: user arrays pass through linear memory 16 KiB at a time. */
export const CHUNK = 4096;

/** A kernel exported by the module (see assembly/index.ts for the ABI). */
export type KernelFn = (a: number, b: number, c: number, ...params: number[]) => void;

// The part of the WebAssembly JavaScript API used here, typed locally: the project compiles
// against lib ES2022 without DOM, which is where TypeScript declares WebAssembly.
/** A WebAssembly.Memory. */
interface WasmMemory {
  readonly buffer: ArrayBuffer;
  grow(pages: number): number;
}
type WasmModule = object;
interface WasmInstance {
  readonly exports: Record<string, unknown>;
}
interface WasmApi {
  validate(bytes: Uint8Array): boolean;
  compile(bytes: Uint8Array): Promise<WasmModule>;
  instantiate(module: WasmModule, imports: object): Promise<WasmInstance>;
  Module: new (bytes: Uint8Array) => WasmModule;
  Instance: new (module: WasmModule, imports: object) => WasmInstance;
}
/** globalThis.WebAssembly, if the engine has it. */
function wasm(): WasmApi | undefined {
  return (globalThis as { WebAssembly?: WasmApi }).WebAssembly;
}

/** The instantiated module and the views on its memory (renewed when the memory grows). */
export interface Runtime {
  readonly memory: WasmMemory;
  readonly kernels: Readonly<Record<string, KernelFn | undefined>>;
  /** The memory's current buffer; views on an older one are detached. */
  buffer: ArrayBuffer;
  /** The whole memory as float32 elements. */
  f32: Float32Array;
  /** A cached view of the start of scratch chunk A (wrap.ts; emptied when the memory grows). */
  lastView: Float32Array;
  /** Element indices of the two scratch chunks. */
  readonly scratchA: number;
  readonly scratchB: number;
  /** Byte address where allocF32's heap starts (16-byte aligned). */
  readonly heapStart: number;
}

/**
 * Shared mutable state: `rt` is null until the module is ready; heapUsed once allocF32 allocated
 * in the module's memory, freed once freeF32 freed a block (wrap.ts checks arrays only then).
 */
export const state: { rt: Runtime | null; status: SimdStatus; heapUsed: boolean; freed: boolean } = {
  rt: null,
  status: 'uninitialised',
  heapUsed: false,
  freed: false,
};
let pending: Promise<SimdStatus> | null = null;

/** A module of one function returning a v128 constant: validates only where SIMD is supported. */
function simdProbe(): Uint8Array {
  const code = [0x00, 0xfd, 0x0c, ...new Array<number>(16).fill(0), 0x0b]; // no locals; v128.const 0; end
  return Uint8Array.from([
    0x00,
    0x61,
    0x73,
    0x6d,
    0x01,
    0x00,
    0x00,
    0x00, // \0asm, version 1
    0x01,
    0x05,
    0x01,
    0x60,
    0x00,
    0x01,
    0x7b, // type section: () → v128
    0x03,
    0x02,
    0x01,
    0x00, // function section: one function of type 0
    0x0a,
    code.length + 2,
    0x01,
    code.length,
    ...code, // code section
  ]);
}

/** Whether this engine has WebAssembly with fixed-width SIMD. */
export function simdSupported(): boolean {
  try {
    const api = wasm();
    return typeof api === 'object' && api.validate(simdProbe());
  } catch {
    return false;
  }
}

function moduleBytes(): Uint8Array {
  const text = atob(WASM_BASE64);
  const bytes = new Uint8Array(text.length);
  for (let i = 0; i < text.length; i++) bytes[i] = text.charCodeAt(i);
  return bytes;
}

function setUp(instance: WasmInstance): void {
  const exports = instance.exports;
  const memory = exports.memory as WasmMemory;
  const base = (((exports.heapBase as () => number)() + 15) >>> 4) << 4;
  const heapStart = base + 2 * CHUNK * 4;
  const missing = heapStart - memory.buffer.byteLength;
  if (missing > 0) memory.grow(Math.ceil(missing / 65536));
  const kernels: Record<string, KernelFn> = {};
  for (const [name, value] of Object.entries(exports))
    if (typeof value === 'function' && name.endsWith('F32')) kernels[name] = value as KernelFn;
  // Each kernel once on nothing (n = 0; for a backward kernel the fourth argument is n): V8
  // compiles wasm functions lazily, at their first call (measured 50–200 µs each), so that cost
  // is paid here (~0.6 ms for 27 kernels) rather than at each kernel's first call.
  for (const fn of Object.values(kernels)) fn(0, 0, 0, 0, 1, 1, 1, 1);
  const f32 = new Float32Array(memory.buffer);
  state.rt = {
    memory,
    kernels,
    buffer: memory.buffer,
    f32,
    lastView: f32.subarray(0, 0),
    scratchA: base >>> 2,
    scratchB: (base >>> 2) + CHUNK,
    heapStart,
  };
  state.status = 'ready';
}

/** Re-reads the memory's buffer after it grew (every earlier view on it is now detached). */
export function renewViews(rt: Runtime): void {
  rt.buffer = rt.memory.buffer;
  rt.f32 = new Float32Array(rt.buffer);
  rt.lastView = rt.f32.subarray(0, 0);
}

/**
 * Compiles and instantiates the SIMD module synchronously (`new WebAssembly.Module`), once; later
 * calls return the status. Never throws: when WebAssembly or SIMD is missing or compilation is
 * refused, the status is `'unsupported'` and every kernel keeps running in JavaScript. Takes a
 * few milliseconds (2–5 ms in Node 20), including a first call of every kernel on no data, which
 * makes V8 compile them now rather than at their first use.
 *
 * For browsers prefer {@link init}: Chromium before version 114 refuses to compile a module over
 * 4 KiB synchronously on the main thread (this one is larger: the result is `'unsupported'`).
 *
 * @param options - `{ disable: true }` settles on `'unsupported'` without compiling anything
 * @returns the status after the call: `'ready'` or `'unsupported'`
 * @example
 * initSync() //=> 'ready'
 * simdStatus() //=> 'ready'
 * @category WebAssembly
 */
export function initSync(options: InitOptions = {}): SimdStatus {
  if (state.status !== 'uninitialised') return state.status;
  if (options.disable === true || !simdSupported()) {
    state.status = 'unsupported';
  } else {
    try {
      const api = wasm()!;
      setUp(new api.Instance(new api.Module(moduleBytes()), {}));
    } catch {
      state.status = 'unsupported';
    }
  }
  pending ??= Promise.resolve(state.status);
  return state.status;
}

/**
 * Compiles and instantiates the SIMD module asynchronously (`WebAssembly.compile`), once: every
 * call returns the same promise, which never rejects. Until it resolves the kernels run in
 * JavaScript; afterwards in WebAssembly if the status is `'ready'`.
 *
 * @param options - `{ disable: true }` settles on `'unsupported'` without compiling anything
 *   (only the first call's options count)
 * @returns a promise of the status: `'ready'` or `'unsupported'`
 * @example
 * const status = await init();
 * status //=> 'ready'
 * @category WebAssembly
 */
export function init(options: InitOptions = {}): Promise<SimdStatus> {
  pending ??= (async (): Promise<SimdStatus> => {
    if (state.status !== 'uninitialised') return state.status;
    if (options.disable === true || !simdSupported()) {
      state.status = 'unsupported';
      return state.status;
    }
    try {
      const api = wasm()!;
      const module = await api.compile(moduleBytes());
      const instance = await api.instantiate(module, {});
      if (state.status === 'uninitialised') setUp(instance); // initSync may have won meanwhile
    } catch {
      if (state.status === 'uninitialised') state.status = 'unsupported';
    }
    return state.status;
  })();
  return pending;
}

/**
 * The current status: `'uninitialised'`, `'ready'` or `'unsupported'` (see {@link SimdStatus}).
 *
 * @returns the status
 * @example
 * initSync();
 * simdStatus() //=> 'ready'
 * @category WebAssembly
 */
export function simdStatus(): SimdStatus {
  return state.status;
}
