// Experiment 1: sparsity at initialisation. A deep ReLU MLP on isotropic Gaussian inputs, with
// He and with Glorot initialisation: the share of units active (> 0) per layer. With zero biases
// and symmetric weights every pre-activation is symmetric about 0, so about half the units are
// active whatever the scale (Glorot, Bordes & Bengio 2011); the scale only changes the magnitude,
// which He keeps constant across layers and Glorot lets shrink by √2 per ReLU layer.
import { activation } from '../activations.js';
import type { SparsityConfig } from '../config.js';
import { gaussianInputs } from '../data.js';
import { createMlp } from '../mlp.js';
import type { Progress } from '../progress.js';
import { deriveSeed, mulberry32 } from '../rng.js';
import { unitStats } from '../train.js';

export interface SparsityRow {
  init: 'he' | 'glorot';
  /** Per hidden layer, input side first. */
  activeShare: number[];
  dead: number[];
  /** Root mean square of each hidden layer's output. */
  rms: number[];
}

export interface SparsityResult {
  config: SparsityConfig;
  rows: SparsityRow[];
}

export function runSparsity(cfg: SparsityConfig, seed: number, progress: Progress): SparsityResult {
  const x = gaussianInputs(cfg.samples, cfg.inputDim, deriveSeed(seed, 'sparsity', 'inputs'));
  const rows: SparsityRow[] = [];
  for (const init of ['he', 'glorot'] as const) {
    progress.start(`relu, ${init === 'he' ? 'He' : 'Glorot'} init`, 1);
    const m = createMlp(
      {
        inputDim: cfg.inputDim,
        hidden: Array<number>(cfg.layers).fill(cfg.width),
        outputDim: 2,
        act: activation('relu'),
        init,
        maxBatch: cfg.samples,
      },
      mulberry32(deriveSeed(seed, 'sparsity', init)),
    );
    const stats = unitStats(m, x, cfg.samples, cfg.inputDim); // one batch: leaves every layer's output in l.a
    const rms = m.layers
      .filter((l) => l.act !== null)
      .map((l) => {
        let s = 0;
        const n = cfg.samples * l.outDim;
        for (let i = 0; i < n; i++) s += l.a[i] * l.a[i];
        return Math.sqrt(s / n);
      });
    rows.push({ init, activeShare: stats.activeShare, dead: stats.dead, rms });
    const mean = stats.activeShare.reduce((a, b) => a + b, 0) / stats.activeShare.length;
    progress.finish(`mean active share ${(100 * mean).toFixed(1)} %`);
  }
  return { config: cfg, rows };
}
