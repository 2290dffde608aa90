// Measures softmaxCrossEntropy against its fixture (test/fixtures/accuracy-vector/softmax-cross-entropy.json,
// made by test/fixtures/generate-cross-entropy.mjs): the float64 row loss for class labels and
// for smoothed probability targets, and the Float32Array kernel's per-row losses (float64, through
// `losses`) and gradient (float32, reduction 'sum'), the rows of one length together. Used by
// test/accuracy-report-vector.ts (measureVector); test/accuracy-report-vector-md.ts renders it.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { softmaxCrossEntropy, softmaxCrossEntropyF32 } from '../src/index.js';
import type { Measure } from './accuracy-report.js';
import { measure, VECTOR_FIXTURE_DIR } from './accuracy-report-vector.js';
import { F32_ULP, F64_ULP } from './contract.js';

export const LOSS_FIXTURE = 'softmax-cross-entropy.json';

type Raw = number | string; // "-Infinity", "-0"
interface LossRow {
  x: Raw[];
  labels: number[];
  probs: number[];
  eps: number;
  loss: number[];
  lossR: number[];
  lossP: number;
  lossPR: number;
  grad?: Raw[][];
  gradR?: number[][];
  gradP?: Raw[];
  gradPR?: number[];
}

const num = (v: Raw): number => (typeof v === 'number' ? v : Number(v));

/** Collects series by key: got, y, r and where. */
class Cat {
  readonly got: number[] = [];
  readonly y: number[] = [];
  readonly r: number[] = [];
  readonly at: string[] = [];
  add(got: ArrayLike<number>, y: readonly number[], r: readonly number[], at: (i: number) => string): void {
    for (let i = 0; i < y.length; i++) {
      this.got.push(got[i]);
      this.y.push(y[i]);
      this.r.push(r[i]);
      this.at.push(at(i));
    }
  }
}

function measure64(rows: LossRow[]): Measure[] {
  const labels = new Cat();
  const probs = new Cat();
  rows.forEach((row, ri) => {
    const x = row.x.map(num);
    const got = row.labels.map((y) => softmaxCrossEntropy(x, y));
    labels.add(got, row.loss, row.lossR, (i) => `row ${ri} (n = ${x.length}), label ${row.labels[i]}`);
    probs.add(
      [softmaxCrossEntropy(x, row.probs, { labelSmoothing: row.eps })],
      [row.lossP],
      [row.lossPR],
      () => `row ${ri} (n = ${x.length})`,
    );
  });
  const ulp4 = () => ({ kind: 'ulp' as const, max: F64_ULP });
  return [
    measure('softmaxCrossEntropy', 'softmaxCrossEntropy(x, label)', 'float64 scalar', 'f64 f', 'float64', { ...labels, bound: ulp4 }),
    measure('softmaxCrossEntropy', 'softmaxCrossEntropy(x, probs, { labelSmoothing })', 'float64 scalar', 'f64 p', 'float64', {
      ...probs,
      bound: ulp4,
    }),
  ];
}

function measure32(rows: LossRow[]): Measure[] {
  const losses = new Cat();
  const grads = new Cat();
  for (const n of [...new Set(rows.map((r) => r.x.length))]) {
    const group = rows.map((r, ri) => [r, ri] as const).filter(([r]) => r.x.length === n);
    const x = Float32Array.from(group.flatMap(([r]) => r.x.map(num)));
    const at = (ri: number) => `row ${ri} (n = ${n})`;
    for (let j = 0; j < 2; j++) {
      const dl = new Float32Array(x.length);
      const out = new Float64Array(group.length);
      softmaxCrossEntropyF32(
        dl,
        x,
        group.map(([r]) => r.labels[j]),
        n,
        { reduction: 'none', losses: out },
      );
      group.forEach(([r, ri], g) => {
        losses.add([out[g]], [r.loss[j]], [r.lossR[j]], () => `${at(ri)}, label ${r.labels[j]}`);
        grads.add(dl.subarray(g * n, g * n + n), r.grad![j].map(num), r.gradR![j], (i) => `${at(ri)}, label ${r.labels[j]}, i = ${i}`);
      });
    }
    // one call per row: the smoothing differs between rows
    for (const [g, [r, ri]] of group.entries()) {
      const dl = new Float32Array(n);
      const out = new Float64Array(1);
      softmaxCrossEntropyF32(dl, x.subarray(g * n, g * n + n), Float32Array.from(r.probs), n, {
        labelSmoothing: r.eps,
        reduction: 'none',
        losses: out,
      });
      losses.add(out, [r.lossP], [r.lossPR], () => `${at(ri)}, probabilities`);
      grads.add(dl, r.gradP!.map(num), r.gradPR!, (i) => `${at(ri)}, probabilities, i = ${i}`);
    }
  }
  return [
    measure(
      'softmaxCrossEntropy',
      'softmaxCrossEntropyF32(…, { losses }) row losses',
      'float64 from float32 logits',
      'f32 loss',
      'float64',
      {
        ...losses,
        bound: () => ({ kind: 'ulp', max: F64_ULP }),
      },
    ),
    measure('softmaxCrossEntropy', 'softmaxCrossEntropyF32(dlogits, …) gradient', 'Float32Array kernel', 'f32 grad', 'float32', {
      ...grads,
      bound: () => ({ kind: 'ulp', max: F32_ULP }),
    }),
  ];
}

/** The measurements of softmaxCrossEntropy. */
export function measureLoss(dir = VECTOR_FIXTURE_DIR): Measure[] {
  const raw: { f64: LossRow[]; f32: LossRow[] } = JSON.parse(readFileSync(join(dir, LOSS_FIXTURE), 'utf8'));
  return [...measure64(raw.f64), ...measure32(raw.f32)];
}
