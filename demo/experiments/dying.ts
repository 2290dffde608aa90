// Experiment 2: dying ReLU. The same MLP on the two-spirals task, trained with plain SGD at a high
// learning rate (gradient norm clipped so no run overflows), for ReLU and its leaky relatives, plus
// a ReLU reference at an ordinary learning rate. After every epoch, over the whole training set:
//   dead   — units whose f′(z) is 0 on every input (via the backward kernel): they can no longer
//            learn; for ReLU, exactly the units that output 0 on every input;
//   silent — units whose pre-activation is ≤ 0 on every input (dead for ReLU, still learning for
//            leaky ReLU, PReLU and ELU, whose negative side has a slope).
import { activation } from '../activations.js';
import type { DyingConfig } from '../config.js';
import { spirals } from '../data.js';
import { createMlp } from '../mlp.js';
import type { Progress } from '../progress.js';
import { deriveSeed, mulberry32 } from '../rng.js';
import { evaluate, train, unitStats } from '../train.js';

export interface DyingRun {
  /** Series label, e.g. "relu" or "relu (lr 0.1)". */
  label: string;
  activation: string;
  lr: number;
  /** Hidden units in the network. */
  units: number;
  /** Mean over seeds, per epoch 0..epochs (0 = at initialisation); NaN after a divergence. */
  dead: number[];
  silent: number[];
  /** Per seed: final dead units per hidden layer. */
  finalDeadPerLayer: number[][];
  finalDead: number[];
  finalSilent: number[];
  finalLoss: number[];
  finalAccuracy: number[];
  diverged: number;
}

export interface DyingResult {
  config: DyingConfig;
  runs: DyingRun[];
}

const sum = (a: readonly number[]): number => a.reduce((s, v) => s + v, 0);

export function runDying(cfg: DyingConfig, seed: number, progress: Progress): DyingResult {
  const data = spirals(cfg.samples, deriveSeed(seed, 'dying', 'data'));
  const plans = cfg.activations.map((name) => ({ name, lr: cfg.lr, label: name }));
  if (cfg.activations.includes('relu')) plans.push({ name: 'relu', lr: cfg.referenceLr, label: `relu (lr ${cfg.referenceLr})` });
  const runs: DyingRun[] = [];
  for (const plan of plans) {
    const act = activation(plan.name);
    const perSeedDead: number[][] = [];
    const perSeedSilent: number[][] = [];
    const run: DyingRun = {
      label: plan.label,
      activation: plan.name,
      lr: plan.lr,
      units: sum(cfg.hidden),
      dead: [],
      silent: [],
      finalDeadPerLayer: [],
      finalDead: [],
      finalSilent: [],
      finalLoss: [],
      finalAccuracy: [],
      diverged: 0,
    };
    for (let s = 0; s < cfg.seeds; s++) {
      const runSeed = seed + s;
      progress.start(`${plan.label}, seed ${runSeed}`, cfg.epochs);
      const m = createMlp(
        { inputDim: 2, hidden: cfg.hidden, outputDim: 2, act, maxBatch: Math.max(32, cfg.samples) },
        mulberry32(deriveSeed(runSeed, 'dying', 'init')),
      );
      const dead = new Array<number>(cfg.epochs + 1).fill(NaN);
      const silent = new Array<number>(cfg.epochs + 1).fill(NaN);
      let perLayer: number[] = [];
      const measure = (epoch: number): void => {
        const u = unitStats(m, data.x, data.n, data.inputDim);
        dead[epoch] = sum(u.dead);
        silent[epoch] = sum(u.silent);
        perLayer = u.dead;
      };
      measure(0);
      const history = train(m, data, {
        epochs: cfg.epochs,
        batchSize: 32,
        optimizer: { kind: 'sgd', lr: plan.lr },
        clipNorm: cfg.clipNorm,
        seed: deriveSeed(runSeed, 'dying', 'shuffle'),
        onEpoch: (e) => {
          if (Number.isFinite(e.trainLoss)) measure(e.epoch);
          progress.update(e.epoch, `dead ${dead[e.epoch]}`);
        },
      });
      const diverged = !Number.isFinite(history[history.length - 1].trainLoss);
      const final = diverged ? { loss: NaN, accuracy: NaN } : evaluate(m, data);
      if (diverged) run.diverged++;
      perSeedDead.push(dead);
      perSeedSilent.push(silent);
      run.finalDeadPerLayer.push(perLayer);
      run.finalDead.push(dead[cfg.epochs]);
      run.finalSilent.push(silent[cfg.epochs]);
      run.finalLoss.push(final.loss);
      run.finalAccuracy.push(final.accuracy);
      progress.finish(
        diverged
          ? 'diverged'
          : `dead ${dead[cfg.epochs]}/${run.units}, silent ${silent[cfg.epochs]}, train acc ${(100 * final.accuracy).toFixed(1)} %`,
      );
    }
    const mean = (series: number[][], e: number): number => sum(series.map((d) => d[e])) / series.length;
    for (let e = 0; e <= cfg.epochs; e++) {
      run.dead.push(mean(perSeedDead, e));
      run.silent.push(mean(perSeedSilent, e));
    }
    runs.push(run);
  }
  return { config: cfg, runs };
}
