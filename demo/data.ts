// Synthetic data sets the demo generates itself (no downloads): two interleaved spirals and a
// 2-D checkerboard (binary classification), and a smooth 2-D regression surface. All seeded.
import { mulberry32 } from './rng.js';

/** Row-major samples: x is n × inputDim; targets are class labels or real vectors. */
export interface Dataset {
  name: string;
  n: number;
  inputDim: number;
  /** Number of classes (classification) or target dimension (regression). */
  outputDim: number;
  task: 'classification' | 'regression';
  x: Float32Array;
  /** Class index per sample (classification); empty for regression. */
  labels: Uint8Array;
  /** n × outputDim targets (regression); empty for classification. */
  targets: Float32Array;
}

export type DatasetName = 'spirals' | 'checkerboard' | 'regression';

function classification(name: string, n: number, x: Float32Array, labels: Uint8Array, classes: number): Dataset {
  return { name, n, inputDim: 2, outputDim: classes, task: 'classification', x, labels, targets: new Float32Array(0) };
}

/**
 * Two interleaved spirals (1.5 turns each) in [−1, 1]², Gaussian noise of `noise` on each
 * coordinate; class = which spiral. Points are denser near the centre, as in the classic task.
 */
export function spirals(n: number, seed: number, noise = 0.04, turns = 2.5): Dataset {
  const rng = mulberry32(seed);
  const x = new Float32Array(2 * n);
  const labels = new Uint8Array(n);
  for (let i = 0; i < n; i++) {
    const c = i & 1;
    const t = Math.sqrt(rng.next());
    const angle = t * turns * 2 * Math.PI + c * Math.PI;
    const r = 0.05 + 0.95 * t;
    x[2 * i] = r * Math.cos(angle) + noise * rng.normal();
    x[2 * i + 1] = r * Math.sin(angle) + noise * rng.normal();
    labels[i] = c;
  }
  return classification('two spirals', n, x, labels, 2);
}

/** A cells × cells checkerboard on [−1, 1]², uniform points, class = colour of the cell. */
export function checkerboard(n: number, seed: number, cells = 4): Dataset {
  const rng = mulberry32(seed);
  const x = new Float32Array(2 * n);
  const labels = new Uint8Array(n);
  for (let i = 0; i < n; i++) {
    const a = 2 * rng.next() - 1;
    const b = 2 * rng.next() - 1;
    x[2 * i] = a;
    x[2 * i + 1] = b;
    labels[i] = (Math.floor(((a + 1) * cells) / 2) + Math.floor(((b + 1) * cells) / 2)) & 1;
  }
  return classification(`${cells}×${cells} checkerboard`, n, x, labels, 2);
}

/** y = sin(πa)·cos(πb) + 0.5·a·b on [−1, 1]², plus Gaussian noise of `noise`. */
export function regressionSurface(n: number, seed: number, noise = 0.02): Dataset {
  const rng = mulberry32(seed);
  const x = new Float32Array(2 * n);
  const targets = new Float32Array(n);
  for (let i = 0; i < n; i++) {
    const a = 2 * rng.next() - 1;
    const b = 2 * rng.next() - 1;
    x[2 * i] = a;
    x[2 * i + 1] = b;
    targets[i] = Math.sin(Math.PI * a) * Math.cos(Math.PI * b) + 0.5 * a * b + noise * rng.normal();
  }
  return { name: 'sin(πa)·cos(πb) + ab/2', n, inputDim: 2, outputDim: 1, task: 'regression', x, labels: new Uint8Array(0), targets };
}

/** Generates a named data set. */
export function makeDataset(name: DatasetName, n: number, seed: number): Dataset {
  if (name === 'spirals') return spirals(n, seed);
  if (name === 'checkerboard') return checkerboard(n, seed);
  return regressionSurface(n, seed);
}

/** Isotropic Gaussian inputs (n × dim), for the initialisation statistics. */
export function gaussianInputs(n: number, dim: number, seed: number): Float32Array {
  const rng = mulberry32(seed);
  const x = new Float32Array(n * dim);
  for (let i = 0; i < x.length; i++) x[i] = rng.normal();
  return x;
}
