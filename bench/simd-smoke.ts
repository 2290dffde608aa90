// `npx tsx bench/simd-smoke.ts`: a quick timing of rectified/simd against the JavaScript kernels,
// to choose the size below which the SIMD kernels call the JavaScript ones (MIN_LENGTH in
// src/simd/wrap.ts). Prints ns/element at n = 16, 256, 1e4 and 1e6 for reluF32 (JavaScript, SIMD
// through the copying path, SIMD in place on allocF32 arrays) and for out.set(x), the copy that
// bounds them all; then JavaScript and SIMD for leakyReluF32, reluBackwardF32 and hardSigmoidF32.
// Medians of 15 samples of ≥ 5 ms each, the variants taking turns; the machine is shared, so
// expect noise of ±10 %. Not part of `npm test`.
// Times one esbuild bundle of src/index.ts and src/simd/index.ts, as users get them (run through
// tsx unbundled, every namespace access `js.reluF32` costs a lookup and the figures mislead).

import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { buildSync } from 'esbuild';

const here = dirname(fileURLToPath(import.meta.url));
const dir = mkdtempSync(join(tmpdir(), 'simd-smoke-'));
const outfile = join(dir, 'bundle.mjs');
buildSync({
  stdin: {
    contents: `export * as js from './src/index.ts';\nexport * as simd from './src/simd/index.ts';`,
    resolveDir: join(here, '..'),
    loader: 'ts',
  },
  bundle: true,
  format: 'esm',
  platform: 'neutral',
  outfile,
  logLevel: 'error',
});
const { js, simd } = (await import(pathToFileURL(outfile).href)) as {
  js: typeof import('../src/index.js');
  simd: typeof import('../src/simd/index.js');
};
rmSync(dir, { recursive: true, force: true });

type Run = () => unknown;

/**
 * Median ns per element of each run over `n` elements: the runs take turns, sample by sample (15
 * rounds), so that a slow spell of the shared machine hits them alike.
 */
function timeAll(runs: Run[], n: number): number[] {
  const reps = runs.map((run) => {
    let r = 1;
    for (;;) {
      const t = performance.now();
      for (let i = 0; i < r; i++) run();
      if (performance.now() - t > 5) return r;
      r *= 2;
    }
  });
  const samples: number[][] = runs.map(() => []);
  for (let round = 0; round < 15; round++) {
    runs.forEach((run, k) => {
      const t = performance.now();
      for (let i = 0; i < reps[k]!; i++) run();
      samples[k]!.push(((performance.now() - t) * 1e6) / (reps[k]! * n));
    });
  }
  return samples.map((s) => s.sort((a, b) => a - b)[7]!);
}

const t0 = performance.now();
const status = simd.initSync();
console.log(`initSync: ${status} in ${(performance.now() - t0).toFixed(2)} ms; SIMD kernels: ${simd.simdKernels().length}`);

const SIZES = [16, 256, 10_000, 1_000_000];
const fmt = (v: number): string => v.toFixed(3).padStart(8);

function table(label: string, rows: [string, (n: number) => Run][]): void {
  console.log(`\n${label} (ns/element, median of 15)`);
  console.log(`${''.padEnd(28)}${SIZES.map((n) => String(n).padStart(10)).join('')}`);
  const cells = SIZES.map((n) =>
    timeAll(
      rows.map(([, make]) => make(n)),
      n,
    ),
  );
  rows.forEach(([name], k) => {
    console.log(`${name.padEnd(28)}${cells.map((c) => `  ${fmt(c[k]!)}`).join('')}`);
  });
}

function data(n: number): Float32Array {
  return Float32Array.from({ length: n }, (_, i) => Math.sin(i * 12.9898) * 8);
}
/** Two allocF32 arrays (x holding data(n), out), refreshed after both allocations (the rule). */
function wasmPair(n: number): [Float32Array, Float32Array] {
  const a = simd.allocF32(n);
  const b = simd.allocF32(n);
  const [x, out] = [simd.refreshF32(a), simd.refreshF32(b)];
  x.set(data(n));
  return [x, out];
}

table('reluF32', [
  [
    'JavaScript (rectified)',
    (n) => {
      const x = data(n),
        out = new Float32Array(n);
      return () => js.reluF32(out, x);
    },
  ],
  [
    'SIMD, copying',
    (n) => {
      const x = data(n),
        out = new Float32Array(n);
      return () => simd.reluF32(out, x);
    },
  ],
  [
    'SIMD, in place (allocF32)',
    (n) => {
      const [x, out] = wasmPair(n);
      return () => simd.reluF32(out, x);
    },
  ],
  [
    'out.set(x)',
    (n) => {
      const x = data(n),
        out = new Float32Array(n);
      return () => out.set(x);
    },
  ],
]);
table('leakyReluF32 (slope 0.01)', [
  [
    'JavaScript (rectified)',
    (n) => {
      const x = data(n),
        out = new Float32Array(n);
      return () => js.leakyReluF32(out, x);
    },
  ],
  [
    'SIMD, copying',
    (n) => {
      const x = data(n),
        out = new Float32Array(n);
      return () => simd.leakyReluF32(out, x);
    },
  ],
]);
table('reluBackwardF32', [
  [
    'JavaScript (rectified)',
    (n) => {
      const x = data(n),
        dy = data(n).reverse(),
        dx = new Float32Array(n);
      return () => js.reluBackwardF32(dx, dy, x);
    },
  ],
  [
    'SIMD, copying',
    (n) => {
      const x = data(n),
        dy = data(n).reverse(),
        dx = new Float32Array(n);
      return () => simd.reluBackwardF32(dx, dy, x);
    },
  ],
]);
table('hardSigmoidF32', [
  [
    'JavaScript (rectified)',
    (n) => {
      const x = data(n),
        out = new Float32Array(n);
      return () => js.hardSigmoidF32(out, x);
    },
  ],
  [
    'SIMD, copying',
    (n) => {
      const x = data(n),
        out = new Float32Array(n);
      return () => simd.hardSigmoidF32(out, x);
    },
  ],
]);
