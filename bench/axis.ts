// `npm run bench:axis`: softmax along the channel axis of an NCHW tensor [32, 64, 28, 28]
// (rowSize = 64, innerSize = 784), the library's along-axis kernel against the transpose route
// (transpose to [32, 784, 64], the innerSize = 1 kernel, transpose back), forward and backward,
// each timed as one closure by the bench's own primitive (bench/timing.ts) with its buffers
// allocated outside the timed region, in rounds of all cases in turn. For scale: the same kernel over the last axis of a tensor
// of the same size (rowSize = 64, contiguous rows) and a copy loop. Writes bench/AXIS.md.
//
// The library is timed as an application bundles it (an esbuild bundle of src/index.ts, as
// bench/run.ts does), so that both routes run in one module scope.
import { writeFileSync } from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { buildSync } from 'esbuild';
import type * as Library from '../src/index.js';
import { copyLoop, makeInput } from './kernels.js';
import { type Timing, time } from './timing.js';

const here = dirname(fileURLToPath(import.meta.url));
const bundle = join(tmpdir(), `rectified-bench-axis-${process.pid}.mjs`);
buildSync({
  entryPoints: [join(here, '../src/index.ts')],
  bundle: true,
  format: 'esm',
  platform: 'neutral',
  outfile: bundle,
  logLevel: 'error',
});
const r: typeof Library = await import(pathToFileURL(bundle).href);

const quick = process.argv.includes('--quick');
const timing: Timing = quick
  ? { minCpuTimeMs: 300, minSamples: 10, warmupMs: 100, sampleTargetMs: 1 }
  : { minCpuTimeMs: 2000, minSamples: 30, warmupMs: 500, sampleTargetMs: 1 };

const [N, C, H, W] = [32, 64, 28, 28];
const inner = H * W;
const n = N * C * inner;

/** [outer, size, inner] → [outer, inner, size] (the axis to the end); `back` the inverse. */
function transpose(out: Float32Array, x: Float32Array, outer: number, size: number, inn: number, back: boolean): void {
  for (let o = 0; o < outer; o++) {
    const base = o * size * inn;
    for (let r0 = 0; r0 < size; r0++) {
      for (let j = 0; j < inn; j++) {
        if (back) out[base + r0 * inn + j] = x[base + j * size + r0];
        else out[base + j * size + r0] = x[base + r0 * inn + j];
      }
    }
  }
}

const x = makeInput(n, 1);
const dy = makeInput(n, 2);
const y = r.softmaxF32(new Float32Array(n), x, C, inner);
const out = new Float32Array(n);
const [t1, t2, t3] = [new Float32Array(n), new Float32Array(n), new Float32Array(n)];

// The two routes agree bit for bit (test/activations/softmax-axis.test.ts); checked here once too.
transpose(t1, x, N, C, inner, false);
r.softmaxF32(t2, t1, C);
transpose(out, t2, N, C, inner, true);
const same = (a: Float32Array, b: Float32Array) => Buffer.compare(Buffer.from(a.buffer), Buffer.from(b.buffer)) === 0;
if (!same(out, y)) throw new Error('softmax along the axis differs from the transpose route');

const cases: [string, () => void][] = [
  ['softmaxF32(out, x, 64, 784) — along the channel axis', () => r.softmaxF32(out, x, C, inner)],
  [
    'transpose + softmaxF32(t, xt, 64) + transpose back',
    () => {
      transpose(t1, x, N, C, inner, false);
      r.softmaxF32(t2, t1, C);
      transpose(out, t2, N, C, inner, true);
    },
  ],
  ['softmaxBackwardF32(dx, dy, y, 64, 784) — along the channel axis', () => r.softmaxBackwardF32(out, dy, y, C, inner)],
  [
    'transpose dy, y + softmaxBackwardF32(t, dyt, yt, 64) + transpose back',
    () => {
      transpose(t1, dy, N, C, inner, false);
      transpose(t2, y, N, C, inner, false);
      r.softmaxBackwardF32(t3, t1, t2, C);
      transpose(out, t3, N, C, inner, true);
    },
  ],
  ['softmaxF32(out, x, 64) — last axis, for scale', () => r.softmaxF32(out, x, C)],
  ['softmaxBackwardF32(dx, dy, y, 64) — last axis, for scale', () => r.softmaxBackwardF32(out, dy, y, C)],
  ['copy loop', () => copyLoop(out, x)],
];

// Rounds of every case in turn, so that a neighbour's load shifts all of them alike: each case's
// figure is its median over the rounds, each ratio the median of the rounds' ratios.
const rounds = quick ? 3 : 7;
const perRound: number[][] = [];
for (let k = 0; k < rounds; k++) {
  const round: number[] = [];
  for (const [, fn] of cases) round.push((await time(fn, timing)).p50 / 1e6);
  perRound.push(round);
  console.log(`round ${k + 1}: ${round.map((v) => v.toFixed(2)).join(' ')} ms`);
}
const median = (v: number[]) => {
  const s = [...v].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2]! : (s[s.length / 2 - 1]! + s[s.length / 2]!) / 2;
};
const ms = cases.map((_, i) => median(perRound.map((r) => r[i]!)));
const over = (a: number, b: number) => median(perRound.map((r) => r[a]! / r[b]!));

const row = (i: number, vs: string) => `| ${cases[i]![0]} | ${ms[i]!.toFixed(2)} | ${((ms[i]! * 1e6) / n).toFixed(2)} | ${vs} |`;
const ratio = (a: number, b: number) => `${over(a, b).toFixed(2)}× the along-axis kernel's time`;
const text = [
  '# Softmax along the channel axis (bench/axis.ts)',
  '',
  `Softmax over C of an NCHW tensor [${N}, ${C}, ${H}, ${W}] (${n.toLocaleString('en-US')} float32 elements; rowSize = ${C}, innerSize = ${inner}),`,
  'against the transpose route that a last-axis-only kernel needs (the two give the same bits). Each case timed by',
  `bench/timing.ts (mitata p50) in ${rounds} rounds of all cases in turn${quick ? ' (--quick)' : ''}: ms is the median over the rounds, a ratio the`,
  `median of the rounds' ratios. ${cpus()[0]?.model ?? 'unknown CPU'} (${cpus().length} cores, load average ${loadavg()[0]!.toFixed(1)} at the end),`,
  `Node ${process.version}, ${new Date().toISOString().slice(0, 10)}.`,
  'Regenerate with `npm run bench:axis`.',
  '',
  '| call | ms | ns/element | compared |',
  '| --- | ---: | ---: | --- |',
  row(0, '—'),
  row(1, ratio(1, 0)),
  row(2, '—'),
  row(3, ratio(3, 2)),
  row(4, `${over(4, 0).toFixed(2)}× the along-axis forward`),
  row(5, `${over(5, 2).toFixed(2)}× the along-axis backward`),
  row(6, `${over(6, 0).toFixed(2)}× the along-axis forward`),
  '',
].join('\n');
writeFileSync(join(here, 'AXIS.md'), text);
console.log(text);
