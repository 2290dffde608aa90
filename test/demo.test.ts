// The demo trainer (demo/): its gradient against finite differences for every activation (so
// every backward kernel of the library is exercised through the trainer), and tiny runs of the
// experiments that check the direction of each effect the report shows, not exact numbers.
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ACTIVATIONS, activation } from '../demo/activations.js';
import { defaultConfig, parseArgs } from '../demo/config.js';
import { type Dataset, regressionSurface, spirals } from '../demo/data.js';
import { runCompare } from '../demo/experiments/compare.js';
import { runDying } from '../demo/experiments/dying.js';
import { runSparsity } from '../demo/experiments/sparsity.js';
import { runVanishing } from '../demo/experiments/vanishing.js';
import { createMlp, forward, type Mlp, parameters, zeroGrad } from '../demo/mlp.js';
import { silentProgress } from '../demo/progress.js';
import { writeReport } from '../demo/report.js';
import { mulberry32 } from '../demo/rng.js';
import { batchLoss, evaluate, gather, makeBatch, train } from '../demo/train.js';

/** The samples of ds on which every hidden pre-activation is at least `margin` away from 0. */
function awayFromKinks(m: Mlp, ds: Dataset, margin: number): Dataset {
  forward(m, ds.x, ds.n);
  const keep: number[] = [];
  for (let i = 0; i < ds.n; i++) {
    const ok = m.layers.every(
      (l) => l.act === null || Array.from(l.z.subarray(i * l.units, (i + 1) * l.units)).every((z) => Math.abs(z) > margin),
    );
    if (ok) keep.push(i);
  }
  const x = new Float32Array(keep.flatMap((i) => [ds.x[2 * i], ds.x[2 * i + 1]]));
  const labels = Uint8Array.from(keep.map((i) => ds.labels[i] ?? 0));
  const targets = ds.task === 'regression' ? Float32Array.from(keep.map((i) => ds.targets[i])) : ds.targets;
  return { ...ds, n: keep.length, x, labels, targets };
}

/** Largest |analytic − central difference| over all parameters, relative to the gradient's max. */
function gradientError(m: Mlp, ds: Dataset, eps: number): { err: number; scale: number } {
  const b = makeBatch(ds, ds.n);
  gather(ds, null, 0, ds.n, b);
  zeroGrad(m);
  batchLoss(m, ds, b, ds.n, true);
  let err = 0;
  let scale = 0;
  for (const { param, grad } of parameters(m)) {
    const analytic = Float32Array.from(grad);
    for (let k = 0; k < param.length; k++) {
      const p = param[k];
      const [hi, lo] = [Math.fround(p + eps), Math.fround(p - eps)]; // the float32 values stored
      param[k] = hi;
      const up = batchLoss(m, ds, b, ds.n, false).loss;
      param[k] = lo;
      const down = batchLoss(m, ds, b, ds.n, false).loss;
      param[k] = p;
      const numeric = (up - down) / (hi - lo);
      err = Math.max(err, Math.abs(numeric - analytic[k]));
      scale = Math.max(scale, Math.abs(analytic[k]));
    }
  }
  return { err, scale };
}

describe('demo trainer gradient', () => {
  for (const act of ACTIVATIONS) {
    it(`backward() through ${act.name}BackwardF32 matches central differences (classification and regression)`, () => {
      for (const task of ['classification', 'regression'] as const) {
        const m = createMlp(
          { inputDim: 2, hidden: [5, 4], outputDim: task === 'classification' ? 2 : 1, act, maxBatch: 64 },
          mulberry32(11),
        );
        if (act.learnable)
          m.layers.slice(0, 2).forEach((l, i) => {
            l.state.weight.forEach((_, j, w) => {
              w[j] = 0.1 + 0.05 * (i + j);
            });
          });
        const raw = task === 'classification' ? spirals(64, 5) : regressionSurface(64, 5);
        const ds = awayFromKinks(m, raw, 0.05);
        expect(ds.n).toBeGreaterThan(8);
        const { err, scale } = gradientError(m, ds, 1e-3);
        expect(scale).toBeGreaterThan(1e-3);
        expect(err).toBeLessThan(1e-3 * scale);
      }
    });
  }

  it('prelu slopes get a gradient and move during training', () => {
    const m = createMlp({ inputDim: 2, hidden: [8], outputDim: 2, act: activation('prelu'), maxBatch: 64 }, mulberry32(3));
    train(m, spirals(64, 1), { epochs: 3, batchSize: 16, optimizer: { kind: 'adam', lr: 0.01 }, seed: 1 });
    expect(Array.from(m.layers[0].state.weight).some((w) => w !== 0.25)).toBe(true);
  });

  it('crelu doubles the next layer fan-in', () => {
    const m = createMlp({ inputDim: 2, hidden: [6, 3], outputDim: 2, act: activation('crelu'), maxBatch: 4 }, mulberry32(1));
    expect(m.layers.map((l) => [l.inDim, l.outDim])).toEqual([
      [2, 12],
      [12, 6],
      [6, 2],
    ]);
  });

  for (const act of ACTIVATIONS) {
    it(`train() lowers the training loss with ${act.name}`, () => {
      const ds = spirals(128, 2);
      const m = createMlp({ inputDim: 2, hidden: [16, 16], outputDim: 2, act, maxBatch: 128 }, mulberry32(4));
      const before = evaluate(m, ds).loss;
      train(m, ds, { epochs: 8, batchSize: 16, optimizer: { kind: 'adam', lr: 0.01 }, seed: 2 });
      expect(evaluate(m, ds).loss).toBeLessThan(before);
    });
  }
});

describe('demo experiments (tiny runs: direction of each effect)', () => {
  it('about half of the ReLU units are active at initialisation, with He and with Glorot', () => {
    const r = runSparsity({ inputDim: 16, samples: 200, layers: 4, width: 64 }, 1, silentProgress);
    for (const row of r.rows) {
      for (const share of row.activeShare) {
        expect(share).toBeGreaterThan(0.35);
        expect(share).toBeLessThan(0.65);
      }
    }
    const [he, glorot] = r.rows;
    expect(glorot.rms[3] / glorot.rms[0]).toBeLessThan(0.5 * (he.rms[3] / he.rms[0]));
  });

  it('at a high learning rate ReLU units die, leaky ReLU/PReLU/ELU units do not, and fewer ReLU units die at a low rate', () => {
    const cfg = { ...defaultConfig().dying, hidden: [32, 32], samples: 256, epochs: 6, seeds: 2 };
    const r = runDying(cfg, 1, silentProgress);
    const dead = (label: string): number => {
      const run = r.runs.find((x) => x.label === label);
      if (!run) throw new Error(label);
      return run.dead[cfg.epochs];
    };
    expect(dead('relu')).toBeGreaterThan(0);
    for (const leaky of ['leakyRelu', 'prelu', 'elu']) expect(dead(leaky)).toBeLessThan(dead('relu'));
    expect(dead(`relu (lr ${cfg.referenceLr})`)).toBeLessThan(dead('relu'));
  });

  it("sigmoid's first-layer gradient is orders of magnitude below ReLU's in a deep MLP", () => {
    const r = runVanishing(
      { activations: ['sigmoid', 'relu', 'gelu'], depth: 12, width: 16, samples: 128, epochs: 1, lr: 0.001 },
      1,
      silentProgress,
    );
    const norms = (name: string): number[] => r.runs.find((x) => x.activation === name)?.initNorms ?? [];
    expect(norms('sigmoid')[0]).toBeLessThan(1e-3 * norms('relu')[0]);
    expect(norms('sigmoid')[0]).toBeLessThan(1e-3 * norms('gelu')[0]);
    // sigmoid: the norm shrinks by orders of magnitude towards the input; relu: by less than two.
    expect(norms('sigmoid')[0]).toBeLessThan(1e-4 * norms('sigmoid')[12]);
    expect(norms('relu')[0]).toBeGreaterThan(1e-2 * norms('relu')[12]);
  });

  it('the same seed gives the same numbers, and the report is written', () => {
    const cfg = {
      activations: ['relu', 'sigmoid'],
      tasks: [{ dataset: 'spirals' as const, hidden: [8], samples: 64, testSamples: 64, epochs: 2 }],
      batchSize: 16,
      lr: 0.01,
      seeds: 2,
    };
    const strip = (r: ReturnType<typeof runCompare>): unknown => r.tasks.map((t) => t.runs.map(({ secondsPerEpoch: _, ...rest }) => rest));
    const a = runCompare(cfg, 7, silentProgress);
    expect(strip(runCompare(cfg, 7, silentProgress))).toEqual(strip(a));
    expect(strip(runCompare(cfg, 8, silentProgress))).not.toEqual(strip(a));

    const dir = mkdtempSync(join(tmpdir(), 'rectified-demo-'));
    try {
      const config = { ...defaultConfig(), out: dir };
      const results = {
        config,
        sparsity: runSparsity({ inputDim: 4, samples: 16, layers: 2, width: 8 }, 1, silentProgress),
        dying: runDying({ ...config.dying, activations: ['relu'], hidden: [8], samples: 32, epochs: 1, seeds: 1 }, 1, silentProgress),
        vanishing: runVanishing({ activations: ['relu'], depth: 3, width: 4, samples: 16, epochs: 1, lr: 0.01 }, 1, silentProgress),
        compare: a,
      };
      const files = writeReport(dir, results);
      expect(files.map((f) => f.slice(dir.length + 1))).toEqual(
        expect.arrayContaining(['report.md', 'results.json', 'dying-dead.svg', 'vanishing-init.svg', 'loss-spirals.svg']),
      );
      const md = readFileSync(join(dir, 'report.md'), 'utf8');
      expect(md).toContain('## 4. Every activation on the same tasks');
      expect(readFileSync(join(dir, 'loss-spirals.svg'), 'utf8')).not.toMatch(/NaN|Infinity/);
      expect(readFileSync(join(dir, 'results.json'), 'utf8')).not.toContain('secondsPerEpoch');
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('parseArgs reads the flags and rejects unknown ones', () => {
    const c = parseArgs(['--activations', 'gelu,relu', '--seed', '5', '--epochs', '3', '--out', 'x']);
    expect(c?.compare.activations).toEqual(['relu', 'gelu']);
    expect(c?.dying.activations).toEqual(['relu', 'gelu']);
    expect(c?.vanishing.activations).toEqual(['relu', 'gelu', 'sigmoid']);
    expect([c?.seed, c?.out, c?.compare.tasks[0].epochs, c?.dying.epochs]).toEqual([5, 'x', 3, 3]);
    expect(parseArgs(['--help'])).toBeNull();
    expect(() => parseArgs(['--activations', 'notAnActivation'])).toThrow(/unknown/);
    expect(() => parseArgs(['--bogus'])).toThrow(/unknown option/);
    expect(parseArgs(['--full'])?.full).toBe(true);
  });
});
