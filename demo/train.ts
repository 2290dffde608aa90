// Mini-batch training of an Mlp on a Dataset, plus the measurements the experiments need:
// loss/accuracy, dead units (pre-activation ≤ 0 on every input), the share of active units, and
// per-layer gradient norms. Shuffling is seeded; only the timings depend on the clock.

import type { Activation } from './activations.js';
import type { Dataset } from './data.js';
import { meanSquaredError, softmaxCrossEntropy } from './losses.js';
import { backward, forward, type Mlp, parameters, weightGradNorms, zeroGrad } from './mlp.js';
import { makeOptimizer, type OptimizerSpec, type ParamGroup } from './optim.js';
import { mulberry32, shuffle } from './rng.js';

/** A reusable batch: gathered inputs, labels/targets and the output gradient. */
export interface Batch {
  x: Float32Array;
  labels: Uint8Array;
  targets: Float32Array;
  grad: Float32Array;
}

export function makeBatch(ds: Dataset, rows: number): Batch {
  return {
    x: new Float32Array(rows * ds.inputDim),
    labels: new Uint8Array(rows),
    targets: new Float32Array(ds.task === 'regression' ? rows * ds.outputDim : 0),
    grad: new Float32Array(rows * ds.outputDim),
  };
}

/** Copies samples order[start .. start+rows) of ds into the batch. */
export function gather(ds: Dataset, order: Uint32Array | null, start: number, rows: number, b: Batch): void {
  const d = ds.inputDim;
  const o = ds.outputDim;
  for (let r = 0; r < rows; r++) {
    const i = order ? order[start + r] : start + r;
    for (let k = 0; k < d; k++) b.x[r * d + k] = ds.x[i * d + k];
    if (ds.task === 'classification') b.labels[r] = ds.labels[i];
    else for (let k = 0; k < o; k++) b.targets[r * o + k] = ds.targets[i * o + k];
  }
}

/** Forward + loss on a gathered batch; with `withGrad`, also backward (gradients accumulate). */
export function batchLoss(m: Mlp, ds: Dataset, b: Batch, rows: number, withGrad: boolean): { loss: number; correct: number } {
  const y = forward(m, b.x, rows);
  const grad = withGrad ? b.grad : null;
  const res =
    ds.task === 'classification'
      ? softmaxCrossEntropy(y, b.labels, ds.outputDim, rows, grad)
      : { loss: meanSquaredError(y, b.targets, ds.outputDim, rows, grad), correct: 0 };
  if (withGrad) backward(m, b.x, rows, b.grad);
  return res;
}

export interface Evaluation {
  loss: number;
  /** Share of correct predictions (classification); NaN for regression. */
  accuracy: number;
}

/** Mean loss and accuracy over the whole data set (no gradients). */
export function evaluate(m: Mlp, ds: Dataset, b: Batch = makeBatch(ds, m.maxBatch)): Evaluation {
  let loss = 0;
  let correct = 0;
  for (let start = 0; start < ds.n; start += m.maxBatch) {
    const rows = Math.min(m.maxBatch, ds.n - start);
    gather(ds, null, start, rows, b);
    const r = batchLoss(m, ds, b, rows, false);
    loss += r.loss * rows;
    correct += r.correct;
  }
  return { loss: loss / ds.n, accuracy: ds.task === 'classification' ? correct / ds.n : NaN };
}

export interface UnitStats {
  /**
   * Per hidden layer: units whose gradient f′(z) is exactly 0 on every input, measured through
   * the activation's backward kernel with dy = 1. Such a unit can no longer learn; for ReLU these
   * are the units that output 0 on every input (the "dying ReLU").
   */
  dead: number[];
  /** Per hidden layer: units whose pre-activation is ≤ 0 on every input (the negative regime). */
  silent: number[];
  /** Per hidden layer: share of (input, unit) pairs with pre-activation > 0. */
  activeShare: number[];
}

/** Dead and silent units and the active share of each hidden layer over the n rows of x. */
export function unitStats(m: Mlp, x: Float32Array, n: number, inputDim: number): UnitStats {
  const hidden = m.layers.filter((l) => l.act !== null);
  const positive = hidden.map((l) => new Uint8Array(l.units));
  const learning = hidden.map((l) => new Uint8Array(l.units));
  const count = hidden.map(() => 0);
  const ones = new Float32Array(m.maxBatch * Math.max(...hidden.map((l) => l.outDim))).fill(1);
  const slope = new Float32Array(m.maxBatch * Math.max(...hidden.map((l) => l.units)));
  for (let start = 0; start < n; start += m.maxBatch) {
    const rows = Math.min(m.maxBatch, n - start);
    forward(m, x.subarray(start * inputDim, (start + rows) * inputDim), rows);
    hidden.forEach((l, h) => {
      const size = rows * l.units;
      const z = l.z.subarray(0, size);
      const act = l.act as Activation;
      act.backward(slope.subarray(0, size), ones.subarray(0, rows * l.outDim), z, { ...l.state, weightGrad: null });
      const pos = positive[h];
      const live = learning[h];
      let c = 0;
      for (let r = 0; r < rows; r++) {
        for (let j = 0, o = r * l.units; j < l.units; j++) {
          if (z[o + j] > 0) {
            pos[j] = 1;
            c++;
          }
          if (slope[o + j] !== 0) live[j] = 1;
        }
      }
      count[h] += c;
    });
  }
  const zeros = (a: Uint8Array): number => a.reduce((d, v) => d + (v === 0 ? 1 : 0), 0);
  return {
    dead: learning.map(zeros),
    silent: positive.map(zeros),
    activeShare: hidden.map((l, h) => count[h] / (n * l.units)),
  };
}

/** Per-layer weight-gradient norms of the mean loss over the first min(n, maxBatch) samples. */
export function gradientNorms(m: Mlp, ds: Dataset): number[] {
  const rows = Math.min(ds.n, m.maxBatch);
  const b = makeBatch(ds, rows);
  gather(ds, null, 0, rows, b);
  zeroGrad(m);
  batchLoss(m, ds, b, rows, true);
  const norms = weightGradNorms(m);
  zeroGrad(m);
  return norms;
}

/**
 * Scales the gradients so their global norm is at most maxNorm; returns false (and leaves them)
 * when the norm is not finite, so the caller can stop a diverged run.
 */
export function clipGradient(params: ParamGroup[], maxNorm: number): boolean {
  let s = 0;
  for (const { grad } of params) for (let k = 0; k < grad.length; k++) s += grad[k] * grad[k];
  const norm = Math.sqrt(s);
  if (!Number.isFinite(norm)) return false;
  if (norm > maxNorm) {
    const f = maxNorm / norm;
    for (const { grad } of params) for (let k = 0; k < grad.length; k++) grad[k] *= f;
  }
  return true;
}

export interface EpochStats {
  epoch: number;
  /** Mean of the mini-batch losses during the epoch. */
  trainLoss: number;
  /** Wall-clock seconds of the epoch (the only clock-dependent number). */
  seconds: number;
}

export interface TrainOptions {
  epochs: number;
  batchSize: number;
  optimizer: OptimizerSpec;
  /** Seed of the shuffling stream. */
  seed: number;
  /** Rescale the gradient to this global norm when it is larger (default: no clipping). */
  clipNorm?: number;
  /** Called after every epoch (measurements, progress). */
  onEpoch?: (s: EpochStats) => void;
}

/** Trains m on ds with mini-batches in a seeded random order; returns the per-epoch stats. */
export function train(m: Mlp, ds: Dataset, opts: TrainOptions): EpochStats[] {
  if (opts.batchSize > m.maxBatch) throw new RangeError(`batchSize ${opts.batchSize} exceeds maxBatch ${m.maxBatch}`);
  const rng = mulberry32(opts.seed);
  const order = new Uint32Array(ds.n);
  for (let i = 0; i < ds.n; i++) order[i] = i;
  const params = parameters(m);
  const opt = makeOptimizer(params, opts.optimizer);
  const b = makeBatch(ds, opts.batchSize);
  const history: EpochStats[] = [];
  for (let epoch = 1; epoch <= opts.epochs; epoch++) {
    const t0 = performance.now();
    shuffle(order, rng);
    let loss = 0;
    for (let start = 0; start < ds.n; start += opts.batchSize) {
      const rows = Math.min(opts.batchSize, ds.n - start);
      gather(ds, order, start, rows, b);
      zeroGrad(m);
      const l = batchLoss(m, ds, b, rows, true).loss;
      loss += l * rows;
      if (!Number.isFinite(l) || !clipGradient(params, opts.clipNorm ?? Infinity)) break;
      opt.step();
    }
    const stats = { epoch, trainLoss: loss / ds.n, seconds: (performance.now() - t0) / 1000 };
    history.push(stats);
    opts.onEpoch?.(stats);
    if (!Number.isFinite(stats.trainLoss)) break; // diverged: the caller sees a non-finite loss
  }
  return history;
}
