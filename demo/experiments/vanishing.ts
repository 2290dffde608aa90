// Experiment 3: vanishing gradients. A deep, narrow MLP (depth hidden layers) on the two-spirals
// task, each activation with its usual initialisation (He for the rectifier family, Glorot for
// sigmoid). The weight-gradient norm of every layer is measured on one full batch at
// initialisation and again after training with Adam. Sigmoid's f′ ≤ 1/4 shrinks the gradient at
// every layer on the way back, so the first layers of the sigmoid net hardly learn (Glorot &
// Bengio 2010; Hochreiter 1991); the rectifiers pass it back undiminished on their active side.
import { activation } from '../activations.js';
import type { VanishingConfig } from '../config.js';
import { spirals } from '../data.js';
import { createMlp } from '../mlp.js';
import type { Progress } from '../progress.js';
import { deriveSeed, mulberry32 } from '../rng.js';
import { evaluate, gradientNorms, train } from '../train.js';

export interface VanishingRun {
  activation: string;
  init: 'he' | 'glorot';
  /** ‖∂loss/∂W‖ per layer (input layer first, the output layer last). */
  initNorms: number[];
  trainedNorms: number[];
  /** Train loss and accuracy at initialisation and after training. */
  initAccuracy: number;
  accuracy: number;
  loss: number;
}

export interface VanishingResult {
  config: VanishingConfig;
  runs: VanishingRun[];
}

export function runVanishing(cfg: VanishingConfig, seed: number, progress: Progress): VanishingResult {
  const data = spirals(cfg.samples, deriveSeed(seed, 'vanishing', 'data'));
  const runs: VanishingRun[] = [];
  for (const name of cfg.activations) {
    const act = activation(name);
    progress.start(`${name}, ${cfg.depth} layers`, cfg.epochs);
    const m = createMlp(
      { inputDim: 2, hidden: Array<number>(cfg.depth).fill(cfg.width), outputDim: 2, act, maxBatch: Math.max(32, cfg.samples) },
      mulberry32(deriveSeed(seed, 'vanishing', 'init')),
    );
    const initNorms = gradientNorms(m, data);
    const initAccuracy = evaluate(m, data).accuracy;
    train(m, data, {
      epochs: cfg.epochs,
      batchSize: 32,
      optimizer: { kind: 'adam', lr: cfg.lr },
      seed: deriveSeed(seed, 'vanishing', 'shuffle'),
      onEpoch: (e) => progress.update(e.epoch, `loss ${e.trainLoss.toFixed(3)}`),
    });
    const trainedNorms = gradientNorms(m, data);
    const final = evaluate(m, data);
    runs.push({ activation: name, init: act.init, initNorms, trainedNorms, initAccuracy, accuracy: final.accuracy, loss: final.loss });
    progress.finish(
      `first-layer ‖g‖ ${initNorms[0].toExponential(1)} → ${trainedNorms[0].toExponential(1)}, train acc ${(100 * final.accuracy).toFixed(1)} %`,
    );
  }
  return { config: cfg, runs };
}
