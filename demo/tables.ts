// The experiments' results as tables: shared by the stdout summary and the markdown report.
import type { CompareResult } from './experiments/compare.js';
import type { DyingResult } from './experiments/dying.js';
import type { SparsityResult } from './experiments/sparsity.js';
import type { VanishingResult } from './experiments/vanishing.js';
import { mean, num, pct, sci, type Table } from './format.js';

const initName = (i: 'he' | 'glorot'): string => (i === 'he' ? 'He' : 'Glorot');

/** Per-layer active share and output RMS, one row per layer. */
export function sparsityTable(r: SparsityResult): Table {
  const [he, gl] = [r.rows.find((x) => x.init === 'he'), r.rows.find((x) => x.init === 'glorot')];
  const rows = (he?.activeShare ?? []).map((_, l) => [
    String(l + 1),
    he ? (100 * he.activeShare[l]).toFixed(1) : '',
    gl ? (100 * gl.activeShare[l]).toFixed(1) : '',
    he ? he.rms[l].toFixed(3) : '',
    gl ? gl.rms[l].toFixed(3) : '',
  ]);
  return {
    headers: ['layer', 'active % (He)', 'active % (Glorot)', 'output RMS (He)', 'output RMS (Glorot)'],
    rows,
    right: [0, 1, 2, 3, 4],
  };
}

/** One row per initialisation: the range and mean of the active share over layers. */
export function sparsitySummary(r: SparsityResult): Table {
  return {
    headers: ['init', 'active % per layer (min–max)', 'mean', 'dead units', 'output RMS, first → last layer'],
    rows: r.rows.map((x) => [
      initName(x.init),
      `${(100 * Math.min(...x.activeShare)).toFixed(1)}–${(100 * Math.max(...x.activeShare)).toFixed(1)}`,
      (100 * mean(x.activeShare)).toFixed(1),
      String(x.dead.reduce((a, b) => a + b, 0)),
      `${x.rms[0].toFixed(3)} → ${x.rms[x.rms.length - 1].toFixed(3)}`,
    ]),
    right: [1, 2, 3],
  };
}

export function dyingTable(r: DyingResult): Table {
  const units = r.runs[0]?.units ?? 0;
  return {
    headers: ['activation', 'SGD lr', `dead at init (/${units})`, 'dead at end', 'silent at end', 'train acc %', 'diverged'],
    rows: r.runs.map((x) => [
      x.label,
      String(x.lr),
      x.dead[0].toFixed(1),
      num(x.finalDead, 2),
      num(x.finalSilent, 2),
      pct(x.finalAccuracy),
      `${x.diverged}/${x.finalDead.length}`,
    ]),
    right: [1, 2, 3, 4, 5, 6],
  };
}

export function vanishingTable(r: VanishingResult): Table {
  const last = r.config.depth;
  return {
    headers: [
      'activation',
      'init',
      '‖g‖ layer 1 (init)',
      `‖g‖ layer ${last + 1} (init)`,
      'ratio',
      '‖g‖ layer 1 (trained)',
      `‖g‖ layer ${last + 1} (trained)`,
      'train acc %',
    ],
    rows: r.runs.map((x) => [
      x.activation,
      initName(x.init),
      sci(x.initNorms[0]),
      sci(x.initNorms[last]),
      sci(x.initNorms[0] / x.initNorms[last]),
      sci(x.trainedNorms[0]),
      sci(x.trainedNorms[last]),
      (100 * x.accuracy).toFixed(1),
    ]),
    right: [2, 3, 4, 5, 6, 7],
  };
}

/** The comparison, reproducible columns only (or with the timing columns appended). */
export function compareTable(r: CompareResult, withTimings: boolean): Table {
  const headers = ['activation', 'params'];
  for (const t of r.tasks) {
    if (t.kind === 'classification') headers.push(`${t.task.dataset} train %`, `${t.task.dataset} test %`);
    else headers.push(`${t.task.dataset} train MSE`, `${t.task.dataset} test MSE`);
  }
  if (withTimings) for (const t of r.tasks) headers.push(`ms/epoch ${t.task.dataset}*`);
  const names = r.tasks[0]?.runs.map((x) => x.activation) ?? [];
  const rows = names.map((name, i) => {
    const row = [name, String(r.tasks[0].runs[i].parameters)];
    for (const t of r.tasks) {
      const x = t.runs[i];
      if (t.kind === 'classification') row.push(pct(x.trainAccuracy), pct(x.testAccuracy));
      else row.push(num(x.trainLoss, 2), num(x.testLoss, 2));
    }
    if (withTimings) for (const t of r.tasks) row.push((1000 * mean(t.runs[i].secondsPerEpoch)).toFixed(1));
    return row;
  });
  return { headers, rows, right: headers.map((_, c) => c).slice(1) };
}

/** Clock-dependent figures: mean ms per epoch for every task. */
export function timingTable(r: CompareResult): Table {
  const names = r.tasks[0]?.runs.map((x) => x.activation) ?? [];
  return {
    headers: ['activation', ...r.tasks.map((t) => `ms/epoch ${t.task.dataset} (${t.task.samples} samples)`)],
    rows: names.map((name, i) => [name, ...r.tasks.map((t) => (1000 * mean(t.runs[i].secondsPerEpoch)).toFixed(1))]),
    right: r.tasks.map((_, c) => c + 1),
  };
}
