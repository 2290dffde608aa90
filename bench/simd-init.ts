// `npx tsx bench/simd-init.ts`: how long rectified/simd takes to become ready — initSync() and
// await init() — each in a fresh Node process (compilation is per process; V8 compiles the
// module's functions lazily, so the first calls of each kernel cost more: the time of the first
// reluF32 and sigmoidF32 calls on 4096 elements is printed too). Medians of 7 processes.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildSync } from 'esbuild';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const dir = mkdtempSync(join(tmpdir(), 'simd-init-'));
buildSync({
  entryPoints: [join(root, 'src/simd/index.ts')],
  bundle: true,
  format: 'esm',
  platform: 'neutral',
  outfile: join(dir, 'simd.mjs'),
  logLevel: 'error',
});
const probe = (mode: 'sync' | 'async'): string => `
import * as simd from './simd.mjs';
const t0 = performance.now();
const status = ${mode === 'sync' ? 'simd.initSync()' : 'await simd.init()'};
const t1 = performance.now();
const x = new Float32Array(4096).map((_, i) => Math.sin(i) * 8), out = new Float32Array(4096);
simd.reluF32(out, x);
const t2 = performance.now();
simd.sigmoidF32(out, x);
const t3 = performance.now();
console.log(JSON.stringify({ status, init: t1 - t0, relu: t2 - t1, sigmoid: t3 - t2 }));
`;
const median = (v: number[]): number => v.sort((a, b) => a - b)[v.length >> 1]!;
for (const mode of ['sync', 'async'] as const) {
  const file = join(dir, `${mode}.mjs`);
  writeFileSync(file, probe(mode));
  const runs = Array.from(
    { length: 7 },
    () => JSON.parse(execFileSync(process.execPath, [file], { encoding: 'utf8' })) as Record<string, number>,
  );
  const f = (k: string): string => median(runs.map((r) => r[k]!)).toFixed(2);
  console.log(
    `${mode === 'sync' ? 'initSync()   ' : 'await init()'}: ${f('init')} ms (status ${String(runs[0]!.status)}); first reluF32 on 4096 elements ${f('relu')} ms, first sigmoidF32 ${f('sigmoid')} ms`,
  );
}
rmSync(dir, { recursive: true, force: true });
