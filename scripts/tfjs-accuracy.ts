// docs/tfjs-accuracy.md: TF.js's own activations (tfjs-core ops and tfjs-layers' activation
// strings) on the cpu and wasm backends beside rectified/tfjs's ops, all on the same float32
// inputs, measured by rectified/testing's ulpReport against rectified's float64 reference.
// `npx tsx scripts/tfjs-accuracy.ts` rewrites the file; test/tfjs/accuracy-doc.test.ts fails
// when it is stale.

import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import * as tfl from '@tensorflow/tfjs-layers';
import { type UlpReport, ulpReport } from '../src/testing/index.js';
import * as rtf from '../src/tfjs/index.js';
import { setUp, tf } from '../test/tfjs/tf.js';
import { root } from './activations.mjs';

export const docFile = join(root, 'docs/tfjs-accuracy.md');
const ROW = 64;

export interface Row {
  name: string;
  tfjs: string;
  params: number[];
  rowwise: boolean;
  theirs: (t: tf.Tensor) => tf.Tensor;
  ours: (t: tf.Tensor) => tf.Tensor;
}
const layer =
  (a: string) =>
  (t: tf.Tensor): tf.Tensor =>
    tfl.layers.activation({ activation: a as 'relu' }).apply(t) as tf.Tensor;
const rows2 =
  (f: (t: tf.Tensor) => tf.Tensor) =>
  (t: tf.Tensor): tf.Tensor =>
    f(tf.reshape(t, [-1, ROW]));

export const ROWS: Row[] = [
  { name: 'relu', tfjs: 'tf.relu', params: [], rowwise: false, theirs: (t) => tf.relu(t), ours: (t) => rtf.relu(t) },
  {
    name: 'leakyRelu',
    tfjs: 'tf.leakyRelu(x, 0.2)',
    params: [0.2],
    rowwise: false,
    theirs: (t) => tf.leakyRelu(t, 0.2),
    ours: (t) => rtf.leakyRelu(t, 0.2),
  },
  { name: 'relu6', tfjs: 'tf.relu6', params: [], rowwise: false, theirs: (t) => tf.relu6(t), ours: (t) => rtf.relu6(t) },
  { name: 'elu', tfjs: 'tf.elu', params: [], rowwise: false, theirs: (t) => tf.elu(t), ours: (t) => rtf.elu(t) },
  { name: 'selu', tfjs: 'tf.selu', params: [], rowwise: false, theirs: (t) => tf.selu(t), ours: (t) => rtf.selu(t) },
  { name: 'gelu', tfjs: "layers 'gelu' (erf form)", params: [], rowwise: false, theirs: layer('gelu'), ours: (t) => rtf.gelu(t) },
  { name: 'geluTanh', tfjs: "layers 'gelu_new'", params: [], rowwise: false, theirs: layer('gelu_new'), ours: (t) => rtf.geluTanh(t) },
  { name: 'silu', tfjs: "layers 'swish'", params: [], rowwise: false, theirs: layer('swish'), ours: (t) => rtf.silu(t) },
  { name: 'mish', tfjs: "layers 'mish'", params: [], rowwise: false, theirs: layer('mish'), ours: (t) => rtf.mish(t) },
  { name: 'softplus', tfjs: 'tf.softplus', params: [], rowwise: false, theirs: (t) => tf.softplus(t), ours: (t) => rtf.softplus(t) },
  { name: 'sigmoid', tfjs: 'tf.sigmoid', params: [], rowwise: false, theirs: (t) => tf.sigmoid(t), ours: (t) => rtf.sigmoid(t) },
  {
    name: 'logSigmoid',
    tfjs: 'tf.logSigmoid',
    params: [],
    rowwise: false,
    theirs: (t) => tf.logSigmoid(t),
    ours: (t) => rtf.logSigmoid(t),
  },
  {
    name: 'hardSigmoid',
    tfjs: "layers 'hardSigmoid'",
    params: [0.2, 0.5],
    rowwise: false,
    theirs: layer('hardSigmoid'),
    ours: (t) => rtf.hardSigmoid(t, 0.2, 0.5),
  },
  { name: 'tanh', tfjs: 'tf.tanh', params: [], rowwise: false, theirs: (t) => tf.tanh(t), ours: (t) => rtf.tanh(t) },
  { name: 'softsign', tfjs: "layers 'softsign'", params: [], rowwise: false, theirs: layer('softsign'), ours: (t) => rtf.softsign(t) },
  {
    name: 'softmax',
    tfjs: 'tf.softmax',
    params: [],
    rowwise: true,
    theirs: rows2((t) => tf.softmax(t)),
    ours: rows2((t) => rtf.softmax(t)),
  },
  {
    name: 'logSoftmax',
    tfjs: 'tf.logSoftmax',
    params: [],
    rowwise: true,
    theirs: rows2((t) => tf.logSoftmax(t)),
    ours: rows2((t) => rtf.logSoftmax(t)),
  },
  {
    name: 'logSumExp',
    tfjs: 'tf.logSumExp(x, -1)',
    params: [],
    rowwise: true,
    theirs: rows2((t) => tf.logSumExp(t, -1)),
    ours: rows2((t) => rtf.logSumExp(t)),
  },
];

/**
 * The inputs: 8192 float32 values evenly over [−12, 12) (which holds every tail the table
 * shows: gelu's below −5.5, sigmoid's and softplus's far sides), then ±0 and ±∞ in place of
 * the first four. Row-wise activations take them as rows of 64.
 */
export function inputs(): Float32Array {
  const x = Float32Array.from({ length: 8192 }, (_, i) => -12 + (24 * i) / 8192);
  x.set([0, -0, Infinity, -Infinity], 0);
  return x;
}

const fmt = (v: number): string => (v === 0 ? '0' : v < 10 ? v.toFixed(2) : v < 1e4 ? v.toFixed(0) : v.toExponential(1));
const cell = (r: UlpReport): string =>
  `${fmt(r.maxUlp)} / ${fmt(r.meanUlp)}${r.special.length > 0 ? ` (${r.special.length} special)` : ''}`;
const worstOf = (r: UlpReport): string =>
  r.worst[0] && r.worst[0].ulp > 1
    ? `x = ${r.worst[0].x.toPrecision(6)}: ${r.worst[0].got.toPrecision(8)} vs ${r.worst[0].want.toPrecision(8)}`
    : '—';

function measure(f: (t: tf.Tensor) => tf.Tensor, row: Row, x: Float32Array): UlpReport {
  const got = tf.tidy(() => f(tf.tensor1d(x)).dataSync() as Float32Array);
  return ulpReport(row.name, x, Float32Array.from(got), { params: row.params, rowSize: row.rowwise ? ROW : undefined });
}

/** The whole docs/tfjs-accuracy.md, measured now. */
export async function renderDoc(): Promise<string> {
  const x = inputs();
  const results = new Map<string, Record<string, UlpReport>>();
  for (const backend of ['cpu', 'wasm'] as const) {
    await setUp(backend);
    for (const row of ROWS) {
      const r = results.get(row.name) ?? {};
      r[`tfjs-${backend}`] = measure(row.theirs, row, x);
      r[`ours-${backend}`] = measure(row.ours, row, x);
      results.set(row.name, r);
    }
  }
  await setUp('cpu');
  const lines = [
    '# TF.js activations against rectified, ulp by ulp',
    '',
    '<!-- Generated by `npx tsx scripts/tfjs-accuracy.ts`; test/tfjs/accuracy-doc.test.ts fails when it is stale. -->',
    '',
    "Max / mean error in float32 ulps against rectified's float64 reference (`ulpReport` from",
    '`rectified/testing`), on the same 8192 float32 inputs evenly spaced over [−12, 12) with ±0 and ±∞',
    "(row-wise activations: rows of 64). TF.js 4.22: tfjs-core ops and tfjs-layers' activation strings on",
    'the cpu and wasm backends; rectified/tfjs runs the same Float32Array kernels on both, so its two',
    'columns are one. "special": outputs whose NaN, ±∞ or sign of zero differs from the reference.',
    '',
    '| activation | TF.js | TF.js cpu | TF.js wasm | rectified/tfjs (cpu = wasm) | TF.js cpu, worst input |',
    '| --- | --- | ---: | ---: | ---: | --- |',
  ];
  for (const row of ROWS) {
    const r = results.get(row.name)!;
    const same = JSON.stringify(r['ours-cpu']) === JSON.stringify(r['ours-wasm']);
    lines.push(
      `| \`${row.name}\` | ${row.tfjs} | ${cell(r['tfjs-cpu'])} | ${cell(r['tfjs-wasm'])} | ${cell(r['ours-cpu'])}${same ? '' : ` / wasm ${cell(r['ours-wasm'])}`} | ${worstOf(r['tfjs-cpu'])} |`,
    );
  }
  return `${lines.join('\n')}\n`;
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  writeFileSync(docFile, await renderDoc());
  console.log(`${docFile} written`);
}
