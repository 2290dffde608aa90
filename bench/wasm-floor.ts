// `npx tsx bench/wasm-floor.ts`: the floor under rectified/simd's piecewise-linear kernels — how
// fast WebAssembly can move float32s at all, next to memcpy and to reluF32 itself, in one process.
// A tiny module (compiled here with asc, the flags of the real one) copies x to out with the
// loop shape of the kernels (one v128 load and store per four elements), unrolled four times, and
// with memory.copy (the engine's memmove); each is timed in place (zero-copy) and through 4096-
// element chunks copied in and out with set(), the driver of the copying path (src/simd/wrap.ts).
// Prints ns/element and ×memcpy at n = 1e4 and 1e6. Not part of `npm test`.
import asc from 'assemblyscript/asc';
import { buildSync } from 'esbuild';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { time } from './timing.js';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const CHUNK = 4096;
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
/** The parts of the WebAssembly API used here (the project compiles without lib DOM). */
interface Wasm {
  Module: new (bytes: Uint8Array) => object;
  Instance: new (module: object, imports: object) => { exports: Record<'copy1' | 'copy4' | 'bulk', Copy> & { memory: { buffer: ArrayBuffer } } };
}
const wasm = (globalThis as unknown as { WebAssembly: Wasm }).WebAssembly;

async function floorModule(): Promise<Record<'copy1' | 'copy4' | 'bulk', Copy> & { memory: { buffer: ArrayBuffer } }> {
  let binary: Uint8Array | null = null;
  const { error, stderr } = await asc.main(['floor.ts', '--outFile', 'floor.wasm', '--enable', 'simd', '-O3', '--runtime', 'stub', '--use', 'abort=', '--initialMemory', '256'], {
    readFile: (name) => (name === 'floor.ts' ? SOURCE : null),
    writeFile: (name, contents) => {
      if (name === 'floor.wasm' && typeof contents !== 'string') binary = contents;
    },
  });
  if (error || binary === null) throw new Error(`asc failed: ${error?.message ?? 'no output'}\n${stderr.toString()}`);
  return new wasm.Instance(new wasm.Module(binary), {}).exports;
}

const dir = mkdtempSync(join(tmpdir(), 'wasm-floor-'));
const outfile = join(dir, 'simd.mjs');
buildSync({ entryPoints: [join(root, 'src/simd/index.ts')], bundle: true, format: 'esm', platform: 'neutral', outfile, logLevel: 'error' });
const simd = (await import(pathToFileURL(outfile).href)) as typeof import('../src/simd/index.js');
rmSync(dir, { recursive: true, force: true });
simd.initSync();
const floor = await floorModule();
const memory = floor.memory;
const timing = { minCpuTimeMs: 400, minSamples: 10, warmupMs: 100, sampleTargetMs: 2 };

function input(n: number): Float32Array {
  return Float32Array.from({ length: n }, (_, i) => Math.sin(i * 12.9898) * 8);
}

/** The copying driver of src/simd/wrap.ts around `fn`, on the floor module's memory. */
function chunked(fn: Copy, out: Float32Array, x: Float32Array): void {
  const f32 = new Float32Array(memory.buffer);
  const a = 1024; // a 16-byte-aligned scratch chunk after the module's static data
  const n = x.length;
  for (let i = 0; i < n; i += CHUNK) {
    const m = Math.min(CHUNK, n - i);
    f32.set(m === n ? x : x.subarray(i, i + m), a);
    fn(4 * a, 4 * a, m);
    out.set(f32.subarray(a, a + m), i);
  }
}

const rows: [string, number[]][] = [];
for (const n of [10_000, 1_000_000]) {
  const x = input(n);
  const out = new Float32Array(n);
  const at = 1 << 16; // in-place regions: x at 256 KiB, out after it (the memory is 16 MiB)
  new Float32Array(memory.buffer, at, n).set(x);
  const outAt = at + 4 * n;
  const figures: [string, () => void][] = [
    ['memcpy: out.set(x)', () => out.set(x)],
    ['wasm v128 copy, chunked', () => chunked(floor.copy1, out, x)],
    ['wasm v128 copy ×4, chunked', () => chunked(floor.copy4, out, x)],
    ['wasm memory.copy, chunked', () => chunked(floor.bulk, out, x)],
    ['reluF32 (simd), chunked', () => simd.reluF32(out, x)],
    ['wasm v128 copy, in place', () => floor.copy1(at, outAt, n)],
    ['wasm v128 copy ×4, in place', () => floor.copy4(at, outAt, n)],
    ['wasm memory.copy, in place', () => floor.bulk(at, outAt, n)],
  ];
  // V8 compiles wasm lazily and tiers up on use: run every figure first so none is timed cold.
  for (const [, fn] of figures) for (let i = 0; i < 200; i++) fn();
  const results: number[] = [];
  for (const [, fn] of figures) results.push((await time(fn, timing)).p50 / n);
  // rectified/simd's allocator grows its memory (detaching buffers): timed last.
  const [xz, outz] = [simd.allocF32(n), simd.allocF32(n)].map((v) => simd.refreshF32(v)) as [Float32Array, Float32Array];
  xz.set(x);
  results.push((await time(() => simd.reluF32(outz, xz), timing)).p50 / n);
  figures.push(['reluF32 (simd), zero-copy', () => undefined]);
  figures.forEach(([label], k) => {
    const row = rows.find(([l]) => l === label) ?? (rows.push([label, []]), rows[rows.length - 1]!);
    row[1].push(results[k]!, results[k]! / results[0]!);
  });
}
console.log(`${'ns/element (×memcpy)'.padEnd(30)}${'n = 1e4'.padStart(16)}${'n = 1e6'.padStart(16)}`);
for (const [label, v] of rows) {
  console.log(`${label.padEnd(30)}${[0, 2].map((i) => `${v[i]!.toFixed(3)} (${v[i + 1]!.toFixed(2)})`.padStart(16)).join('')}`);
}
