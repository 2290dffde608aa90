// The WebAssembly floor under rectified/simd's piecewise-linear kernels: a v128 copy loop (four
// vectors per iteration, the best the kernels' loop shape can do) in a tiny module compiled with
// asc and the flags of the real one, timed in place and through the copying driver of
// src/simd/wrap.ts (4096-element chunks copied in and out with set()). bench/worker.ts times it
// beside memcpy for the kernels held to ×memcpy targets; bench/wasm-floor.ts prints it alone.
import asc from 'assemblyscript/asc';

const CHUNK = 4096;
/** Byte address of the scratch chunk, and of the in-place regions (x, then out after it). */
const SCRATCH = 4096;
const REGION = 1 << 16;

const SOURCE = `
export function copy1(x: usize, out: usize, n: i32): void {
  const end = (<usize>n) << 2;
  for (let o: usize = 0; o < end; o += 16) v128.store(out + o, v128.load(x + o));
}
export function copy4(x: usize, out: usize, n: i32): void {
  const end = (<usize>n) << 2;
  for (let o: usize = 0; o < end; o += 64) {
    const a = v128.load(x + o), b = v128.load(x + o + 16), c = v128.load(x + o + 32), d = v128.load(x + o + 48);
    v128.store(out + o, a); v128.store(out + o + 16, b); v128.store(out + o + 32, c); v128.store(out + o + 48, d);
  }
}
export function bulk(x: usize, out: usize, n: i32): void {
  memory.copy(out, x, (<usize>n) << 2);
}
`;

type Copy = (x: number, out: number, n: number) => void;
export type FloorLoop = 'copy1' | 'copy4' | 'bulk';
export type Floor = Record<FloorLoop, Copy> & { memory: { buffer: ArrayBuffer } };

/** The parts of the WebAssembly API used here (the project compiles without lib DOM). */
interface Wasm {
  Module: new (bytes: Uint8Array) => object;
  Instance: new (module: object, imports: object) => { exports: Floor };
}

/** The floor module, with 16 MiB of memory (never grown: no buffer is detached). */
export async function floorModule(): Promise<Floor> {
  let binary: Uint8Array | null = null;
  const flags = ['--enable', 'simd', '-O3', '--runtime', 'stub', '--use', 'abort=', '--initialMemory', '256'];
  const { error, stderr } = await asc.main(['floor.ts', '--outFile', 'floor.wasm', ...flags], {
    readFile: (name) => (name === 'floor.ts' ? SOURCE : null),
    writeFile: (name, contents) => {
      if (name === 'floor.wasm' && typeof contents !== 'string') binary = contents;
    },
  });
  if (error || binary === null) throw new Error(`asc failed: ${error?.message ?? 'no output'}\n${stderr.toString()}`);
  const wasm = (globalThis as unknown as { WebAssembly: Wasm }).WebAssembly;
  return new wasm.Instance(new wasm.Module(binary), {}).exports;
}

/** `loop` from x to out through the copying driver of src/simd/wrap.ts. */
export function chunkedCopy(floor: Floor, loop: FloorLoop, out: Float32Array, x: Float32Array): void {
  const f32 = new Float32Array(floor.memory.buffer);
  const a = SCRATCH >>> 2;
  const fn = floor[loop];
  const n = x.length;
  for (let i = 0; i < n; i += CHUNK) {
    const m = Math.min(CHUNK, n - i);
    f32.set(m === n ? x : x.subarray(i, i + m), a);
    fn(SCRATCH, SCRATCH, m);
    out.set(f32.subarray(a, a + m), i);
  }
}

/** A call running `loop` in place over n elements of the module's memory (x holding `x`). */
export function inPlaceCopy(floor: Floor, loop: FloorLoop, x: Float32Array): () => void {
  const n = x.length;
  if (REGION + 8 * n > floor.memory.buffer.byteLength)
    throw new RangeError(`the floor module holds at most ${(floor.memory.buffer.byteLength - REGION) >>> 3} elements, got ${n}`);
  new Float32Array(floor.memory.buffer, REGION, n).set(x);
  const fn = floor[loop];
  const outAt = REGION + 4 * n;
  return () => fn(REGION, outAt, n);
}
