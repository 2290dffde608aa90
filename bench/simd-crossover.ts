// `npx tsx bench/simd-crossover.ts`: where the WebAssembly path of each rectified/simd kernel
// starts to pay off — the size to set MIN_LENGTH (src/simd/wrap.ts) to. Prints, per SIMD kernel
// and n = 8, 16, 32, 48, its WebAssembly path's time ÷ the JavaScript kernel's (< 1: WebAssembly
// is faster), with the threshold forced to 1 in a temporary bundle. Medians of 11 rounds, the two
// taking turns; expect ±10 % noise on a shared machine. Not part of `npm test`.

import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { build } from 'esbuild';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const dir = mkdtempSync(join(tmpdir(), 'simd-crossover-'));
const outfile = join(dir, 'bundle.mjs');
await build({
  stdin: {
    contents: `export * as js from './src/index.ts';\nexport * as simd from './src/simd/index.ts';`,
    resolveDir: root,
    loader: 'ts',
  },
  bundle: true,
  format: 'esm',
  platform: 'neutral',
  outfile,
  logLevel: 'error',
  plugins: [
    {
      name: 'min-length-1',
      setup(build) {
        build.onLoad({ filter: /src[\\/]simd[\\/]wrap\.ts$/ }, (args) => ({
          contents: readFileSync(args.path, 'utf8').replace(/export const MIN_LENGTH = \d+;/, 'export const MIN_LENGTH = 1;'),
          loader: 'ts',
        }));
      },
    },
  ],
});
type Kernel = (...args: unknown[]) => Float32Array;
const { js, simd } = (await import(pathToFileURL(outfile).href)) as {
  js: Record<string, Kernel>;
  simd: Record<string, Kernel> & { initSync(): string; simdKernels(): string[] };
};
rmSync(dir, { recursive: true, force: true });
simd.initSync();

const SIZES = [8, 16, 32, 48];
/** Parameters a kernel requires (the others take their defaults). */
const REQUIRED: Record<string, number[]> = { threshold: [0.5, 0] };

function data(n: number, seed: number): Float32Array {
  return Float32Array.from({ length: n }, (_, i) => Math.sin((i + seed) * 12.9898) * 8);
}

console.log(`${'WebAssembly ÷ JavaScript'.padEnd(28)}${SIZES.map((n) => `n = ${n}`.padStart(9)).join('')}`);
for (const name of simd.simdKernels()) {
  const params = REQUIRED[name.replace(/(Backward|Derivative)?F32$/, '')] ?? [];
  const cells = SIZES.map((n) => {
    const x = data(n, 0);
    const dy = data(n, 1);
    const out = new Float32Array(n);
    const runs = [js[name]!, simd[name]!].map((f) =>
      name.includes('Backward') ? () => f(out, dy, x, ...params) : () => f(out, x, ...params),
    );
    const samples: number[][] = [[], []];
    for (let round = 0; round < 11; round++) {
      runs.forEach((run, k) => {
        const t = performance.now();
        for (let i = 0; i < 4000; i++) run();
        samples[k]!.push(performance.now() - t);
      });
    }
    const [a, b] = samples.map((s) => s.sort((p, q) => p - q)[5]!);
    return (b! / a!).toFixed(2).padStart(9);
  });
  console.log(`${name.padEnd(28)}${cells.join('')}`);
}
