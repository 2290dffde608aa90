// Checks bench/onnx.ts: every ONNX model must compute the library's function (a wrong attribute
// shows as a large error), then times a few ops end to end.  Run: npx tsx bench/onnx-check.ts

import * as ort from 'onnxruntime-web';
import * as r from '../src/index.js';
import { makeInput } from './kernels.js';
import { initOnnx, onnxCase, onnxModel, onnxOpDescriptions, onnxRowwise, onnxVersion, timeAsync } from './onnx.js';

type Scalar = (x: number) => number;
type Rows = (row: ArrayLike<number>) => number[];

/** The library's float64 scalars with the parameters the models use (the library defaults). */
const scalars: Readonly<Record<string, Scalar>> = {
  relu: r.relu,
  leakyRelu: (x) => r.leakyRelu(x, 0.01),
  prelu: (x) => r.prelu(x, 0.25),
  elu: (x) => r.elu(x, 1),
  selu: r.selu,
  celu: (x) => r.celu(x, 1),
  sigmoid: r.sigmoid,
  hardSigmoid: (x) => r.hardSigmoid(x, 1 / 6, 0.5),
  hardSwish: r.hardSwish,
  softplus: (x) => r.softplus(x),
  softsign: r.softsign,
  tanh: r.tanh,
  mish: r.mish,
  gelu: r.gelu,
  geluTanh: r.geluTanh,
  relu6: r.relu6,
  hardTanh: (x) => r.hardTanh(x, -1, 1),
  softshrink: (x) => r.softshrink(x, 0.5),
  hardshrink: (x) => r.hardshrink(x, 0.5),
  shrink: (x) => r.shrink(x, 0.5, 0.25),
  silu: r.silu,
};
const rowOps: Readonly<Record<string, Rows>> = { softmax: r.softmax, logSoftmax: r.logSoftmax };

const n = 1000;
const rowSize = 100; // 10 rows of 100 for the row-wise ops, so the axis matters

/** Evenly spaced over [−8, 8] (both kinks of every piecewise op are hit, and 0 itself). */
const xs = Float32Array.from({ length: n }, (_, i) => -8 + (16 * i) / (n - 1));

function reference(name: string, x: Float32Array): Float64Array | null {
  const f = scalars[name];
  if (f !== undefined) return Float64Array.from(x, f);
  const g = rowOps[name];
  if (g === undefined) return null;
  const out = new Float64Array(x.length);
  for (let o = 0; o < x.length; o += rowSize) out.set(g(x.subarray(o, o + rowSize)), o);
  return out;
}

/** Runs a model once on x (outside any timing) and returns y. */
async function run(name: string, x: Float32Array): Promise<Float32Array> {
  const bytes = onnxModel(name, rowSize);
  if (bytes === null) throw new Error(`no model for ${name}`);
  const session = await ort.InferenceSession.create(bytes, { executionProviders: ['wasm'], graphOptimizationLevel: 'all' });
  const dims = onnxRowwise.has(name) ? [x.length / rowSize, rowSize] : [x.length];
  const out = await session.run({ x: new ort.Tensor('float32', x, dims) });
  const y = Float32Array.from(out.y.data as Float32Array);
  await session.release();
  return y;
}

const pad = (s: string, w: number): string => s.padEnd(w);
const sci = (v: number): string => v.toExponential(2);

async function main(): Promise<void> {
  const info = await initOnnx();
  console.log(`onnxruntime-web ${onnxVersion()}: simd ${String(info.simd)}, threads ${info.threads}, node ${process.version}`);
  console.log(`\n${pad('op', 12)}${pad('model', 40)}${pad('max abs', 11)}${pad('max rel', 11)}at x`);
  const failed: string[] = [];
  for (const name of Object.keys(onnxOpDescriptions)) {
    const ref = reference(name, xs);
    if (ref === null) {
      failed.push(`${name}: no reference`);
      continue;
    }
    let y: Float32Array;
    try {
      y = await run(name, xs);
    } catch (e) {
      failed.push(`${name}: ${e instanceof Error ? e.message : String(e)}`);
      continue;
    }
    let maxAbs = 0;
    let maxRel = 0;
    let at = NaN;
    for (let i = 0; i < n; i++) {
      const d = Math.abs(y[i] - ref[i]);
      if (!(d <= maxAbs)) maxAbs = d; // NaN lands here too
      const rel = ref[i] === 0 ? (d === 0 ? 0 : Infinity) : d / Math.abs(ref[i]);
      if (!(rel <= maxRel)) {
        maxRel = rel;
        at = xs[i];
      }
    }
    console.log(
      `${pad(name, 12)}${pad(onnxOpDescriptions[name], 40)}${pad(sci(maxAbs), 11)}${pad(sci(maxRel), 11)}${Number.isNaN(at) ? '' : at.toFixed(3)}`,
    );
  }
  if (failed.length > 0) console.log(`\nfailed:\n  ${failed.join('\n  ')}`);

  // End to end, as bench/worker.ts would: rotating ⌈2^16/n⌉ input arrays. n = 1e4 is timed
  // again after 1e6, since the first case timed in a process has been seen to run far slower.
  console.log('\nend-to-end forward, ns/element (p25 / p50 / p75):');
  const timing = { minCpuTimeMs: 1000, minSamples: 20, warmupMs: 200 };
  for (const name of ['relu', 'sigmoid', 'gelu']) {
    for (const size of [1e4, 1e6, 1e4]) {
      const inputs = Array.from({ length: Math.ceil(65536 / size) }, (_, i) => makeInput(size, 0x9e3779b9 + 7919 * i));
      const c = await onnxCase(name, inputs, [], size);
      if (c === null) continue;
      const s = await timeAsync(c.forward, timing);
      await c.dispose();
      const e = (v: number): string => (v / size).toFixed(3);
      console.log(`  ${pad(name, 8)} n = ${pad(size.toExponential(0), 6)} ${e(s.p25)} / ${e(s.p50)} / ${e(s.p75)}  (${s.samples} samples)`);
    }
  }
}

main().catch((e: unknown) => {
  console.error(e);
  process.exit(1);
});
