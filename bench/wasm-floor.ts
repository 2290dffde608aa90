// `npx tsx bench/wasm-floor.ts`: the floor under rectified/simd's piecewise-linear kernels — how
// fast WebAssembly can move float32s at all, next to memcpy and to reluF32 itself, in one process.
// A tiny module (compiled here with asc, the flags of the real one) copies x to out with the
// loop shape of the kernels (one v128 load and store per four elements), unrolled four times, and
// with memory.copy (the engine's memmove); each is timed in place (zero-copy) and through 4096-
// element chunks copied in and out with set(), the driver of the copying path (src/simd/wrap.ts).
// Prints ns/element and ×memcpy at n = 1e4 and 1e6. Not part of `npm test`.

import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { buildSync } from 'esbuild';
import { chunkedCopy, floorModule, inPlaceCopy } from './floor.js';
import { time } from './timing.js';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');

const dir = mkdtempSync(join(tmpdir(), 'wasm-floor-'));
const outfile = join(dir, 'simd.mjs');
buildSync({ entryPoints: [join(root, 'src/simd/index.ts')], bundle: true, format: 'esm', platform: 'neutral', outfile, logLevel: 'error' });
const simd = (await import(pathToFileURL(outfile).href)) as typeof import('../src/simd/index.js');
rmSync(dir, { recursive: true, force: true });
simd.initSync();
const floor = await floorModule();
const timing = { minCpuTimeMs: 400, minSamples: 10, warmupMs: 100, sampleTargetMs: 2 };

function input(n: number): Float32Array {
  return Float32Array.from({ length: n }, (_, i) => Math.sin(i * 12.9898) * 8);
}

const rows: [string, number[]][] = [];
for (const n of [10_000, 1_000_000]) {
  const x = input(n);
  const out = new Float32Array(n);
  const figures: [string, () => void][] = [
    ['memcpy: out.set(x)', () => out.set(x)],
    ['wasm v128 copy, chunked', () => chunkedCopy(floor, 'copy1', out, x)],
    ['wasm v128 copy ×4, chunked', () => chunkedCopy(floor, 'copy4', out, x)],
    ['wasm memory.copy, chunked', () => chunkedCopy(floor, 'bulk', out, x)],
    ['reluF32 (simd), chunked', () => simd.reluF32(out, x)],
    ['wasm v128 copy, in place', inPlaceCopy(floor, 'copy1', x)],
    ['wasm v128 copy ×4, in place', inPlaceCopy(floor, 'copy4', x)],
    ['wasm memory.copy, in place', inPlaceCopy(floor, 'bulk', x)],
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
    let row = rows.find(([l]) => l === label);
    if (row === undefined) {
      row = [label, []];
      rows.push(row);
    }
    row[1].push(results[k]!, results[k]! / results[0]!);
  });
}
console.log(`${'ns/element (×memcpy)'.padEnd(30)}${'n = 1e4'.padStart(16)}${'n = 1e6'.padStart(16)}`);
for (const [label, v] of rows) {
  console.log(`${label.padEnd(30)}${[0, 2].map((i) => `${v[i]!.toFixed(3)} (${v[i + 1]!.toFixed(2)})`.padStart(16)).join('')}`);
}
