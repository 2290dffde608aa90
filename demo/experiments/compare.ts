// Experiment 4: every activation on the same tasks, with the same seeds, data, architecture,
// optimiser (Adam) and budget. Per run: the training-loss curve, final train/test accuracy (or
// test MSE for regression) and the wall-clock time per epoch (reported apart from the
// reproducible numbers).
import { activation } from '../activations.js';
import type { CompareConfig, CompareTask } from '../config.js';
import { type Dataset, makeDataset } from '../data.js';
import { createMlp, parameterCount } from '../mlp.js';
import type { Progress } from '../progress.js';
import { deriveSeed, mulberry32 } from '../rng.js';
import { evaluate, train } from '../train.js';

export interface CompareRun {
  activation: string;
  parameters: number;
  /** Per seed: the mean training loss of every epoch. */
  curves: number[][];
  trainLoss: number[];
  testLoss: number[];
  /** NaN for regression. */
  trainAccuracy: number[];
  testAccuracy: number[];
  /** Per seed: mean seconds per epoch (clock-dependent). */
  secondsPerEpoch: number[];
}

export interface TaskResult {
  task: CompareTask;
  name: string;
  kind: Dataset['task'];
  runs: CompareRun[];
}

export interface CompareResult {
  config: CompareConfig;
  tasks: TaskResult[];
}

function runTask(cfg: CompareConfig, task: CompareTask, seed: number, progress: Progress): TaskResult {
  const trainSet = makeDataset(task.dataset, task.samples, deriveSeed(seed, 'compare', task.dataset, 'train'));
  const testSet = makeDataset(task.dataset, task.testSamples, deriveSeed(seed, 'compare', task.dataset, 'test'));
  const runs: CompareRun[] = [];
  for (const name of cfg.activations) {
    const act = activation(name);
    const run: CompareRun = {
      activation: name,
      parameters: 0,
      curves: [],
      trainLoss: [],
      testLoss: [],
      trainAccuracy: [],
      testAccuracy: [],
      secondsPerEpoch: [],
    };
    for (let s = 0; s < cfg.seeds; s++) {
      const runSeed = seed + s;
      progress.start(`${task.dataset}: ${name}, seed ${runSeed}`, task.epochs);
      const m = createMlp(
        { inputDim: trainSet.inputDim, hidden: task.hidden, outputDim: trainSet.outputDim, act, maxBatch: Math.max(cfg.batchSize, 256) },
        mulberry32(deriveSeed(runSeed, 'compare', task.dataset, 'init')),
      );
      run.parameters = parameterCount(m);
      const history = train(m, trainSet, {
        epochs: task.epochs,
        batchSize: cfg.batchSize,
        optimizer: { kind: 'adam', lr: cfg.lr },
        seed: deriveSeed(runSeed, 'compare', task.dataset, 'shuffle'),
        onEpoch: (e) => progress.update(e.epoch, `loss ${e.trainLoss.toFixed(4)}`),
      });
      const tr = evaluate(m, trainSet);
      const te = evaluate(m, testSet);
      run.curves.push(history.map((h) => h.trainLoss));
      run.trainLoss.push(tr.loss);
      run.testLoss.push(te.loss);
      run.trainAccuracy.push(tr.accuracy);
      run.testAccuracy.push(te.accuracy);
      run.secondsPerEpoch.push(history.reduce((t, h) => t + h.seconds, 0) / history.length);
      progress.finish(
        trainSet.task === 'classification'
          ? `train ${(100 * tr.accuracy).toFixed(1)} %, test ${(100 * te.accuracy).toFixed(1)} %`
          : `train MSE ${tr.loss.toFixed(4)}, test MSE ${te.loss.toFixed(4)}`,
      );
    }
    runs.push(run);
  }
  return { task, name: trainSet.name, kind: trainSet.task, runs };
}

export function runCompare(cfg: CompareConfig, seed: number, progress: Progress): CompareResult {
  return { config: cfg, tasks: cfg.tasks.map((t) => runTask(cfg, t, seed, progress)) };
}
