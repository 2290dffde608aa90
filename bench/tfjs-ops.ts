// rectified/tfjs's ops against TF.js's built-in ops (the pairs of docs/tfjs-accuracy.md), end to
// end on the cpu and wasm backends: tensor from a Float32Array, the op, dataSync(), dispose; and
// backward: tf.grad of the op with dy, end to end. Ratios are rectified ÷ TF.js from the same run
// (below 1: rectified faster). `npx tsx bench/tfjs-ops.ts [--quick]` prints the table and writes
// bench/TFJS-OPS.md.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { root } from '../scripts/activations.mjs';
import { ROWS } from '../scripts/tfjs-accuracy.js';
import { setUp, tf, uniform } from '../test/tfjs/tf.js';

const quick = process.argv.includes('--quick');
const N = 1 << 16;
const ROUND_MS = quick ? 40 : 150;
const ROUNDS = quick ? 5 : 9;

/** Median over ROUNDS of the mean time per call, each round running f for ROUND_MS. */
function time(f: () => void): number {
  for (let i = 0; i < 3; i++) f();
  const rounds: number[] = [];
  for (let r = 0; r < ROUNDS; r++) {
    let n = 0;
    const t0 = performance.now();
    let t = t0;
    while (t - t0 < ROUND_MS) {
      f();
      n++;
      t = performance.now();
    }
    rounds.push((t - t0) / n);
  }
  return rounds.sort((a, b) => a - b)[ROUNDS >> 1]!;
}

type Op = (t: tf.Tensor) => tf.Tensor;
const forward = (op: Op, x: Float32Array) => (): void => {
  tf.tidy(() => {
    op(tf.tensor1d(x)).dataSync();
  });
};
function backward(op: Op, x: Float32Array): () => void {
  const g = tf.grad(op);
  const shape = tf.tidy(() => op(tf.tensor1d(x)).shape);
  const dy = uniform(
    shape.reduce((a, b) => a * b, 1),
    77,
    0.5,
    1.5,
  );
  return () => {
    tf.tidy(() => {
      g(tf.tensor1d(x), tf.tensor(dy, shape)).dataSync();
    });
  };
}

const x = uniform(N, 0x5eed, -8, 8);
const lines = [
  '# rectified/tfjs ops vs TF.js built-ins, end to end',
  '',
  `<!-- Written by \`npx tsx bench/tfjs-ops.ts${quick ? ' --quick' : ''}\`; TF.js ${tf.version_core}, Node ${process.version}, n = ${N}. -->`,
  '',
  'Time per call, µs (median of rounds), and the ratio rectified ÷ TF.js from the same run (< 1: rectified faster).',
  'Forward: tensor1d(x) → op → dataSync → dispose. Backward: tf.grad(op)(x, dy) → dataSync → dispose.',
  '',
  '| activation | TF.js | cpu fwd TF.js / ours (ratio) | cpu bwd TF.js / ours (ratio) | wasm fwd TF.js / ours (ratio) | wasm bwd TF.js / ours (ratio) |',
  '| --- | --- | ---: | ---: | ---: | ---: |',
];
const cells = new Map<string, string[]>();
for (const backend of ['cpu', 'wasm'] as const) {
  await setUp(backend);
  for (const row of ROWS) {
    const c = cells.get(row.name) ?? [];
    for (const make of [forward, backward]) {
      const theirs = time(make(row.theirs, x));
      const ours = time(make(row.ours, x));
      c.push(`${(theirs * 1e3).toFixed(0)} / ${(ours * 1e3).toFixed(0)} (${(ours / theirs).toFixed(2)})`);
    }
    cells.set(row.name, c);
    process.stderr.write(`${backend} ${row.name}\n`);
  }
}
for (const row of ROWS) lines.push(`| \`${row.name}\` | ${row.tfjs} | ${cells.get(row.name)!.join(' | ')} |`);
const out = `${lines.join('\n')}\n`;
writeFileSync(join(root, 'bench/TFJS-OPS.md'), out);
console.log(out);
