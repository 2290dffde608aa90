// `npm run demo`: trains small networks with rectified's kernels and reports what the rectifier
// literature predicts — sparsity at initialisation, dying ReLU, vanishing gradients, and a
// same-budget comparison of every activation. Progress on stderr, summary on stdout, report in
// --out (default demo-output/). See `npm run demo -- --help`.
import { parseArgs, USAGE } from './config.js';
import { runCompare } from './experiments/compare.js';
import { runDying } from './experiments/dying.js';
import { runSparsity } from './experiments/sparsity.js';
import { runVanishing } from './experiments/vanishing.js';
import { textTable } from './format.js';
import { createProgress } from './progress.js';
import { type Results, writeReport } from './report.js';
import { compareTable, dyingTable, sparsitySummary, vanishingTable } from './tables.js';

function main(argv: readonly string[]): number {
  let config: ReturnType<typeof parseArgs>;
  try {
    config = parseArgs(argv);
  } catch (e) {
    process.stderr.write(`${e instanceof Error ? e.message : String(e)}\n`);
    return 2;
  }
  if (config === null) {
    process.stdout.write(USAGE);
    return 0;
  }
  const t0 = performance.now();
  const progress = createProgress();
  progress.section('1. Sparsity at initialisation');
  const sparsity = runSparsity(config.sparsity, config.seed, progress);
  progress.section('2. Dying ReLU (high learning rate)');
  const dying = runDying(config.dying, config.seed, progress);
  progress.section('3. Vanishing gradients (deep MLP)');
  const vanishing = runVanishing(config.vanishing, config.seed, progress);
  progress.section('4. Every activation, same tasks, seeds and budget');
  const compare = runCompare(config.compare, config.seed, progress);
  const results: Results = { config, sparsity, dying, vanishing, compare };
  const files = writeReport(config.out, results);

  const out: string[] = [
    '',
    '== Sparsity at initialisation (ReLU, share of units active)',
    textTable(sparsitySummary(sparsity)),
    '',
    `== Dying ReLU (units of ${dying.runs[0]?.units ?? 0}, mean ± sd over ${config.dying.seeds} seeds)`,
    textTable(dyingTable(dying)),
    '',
    `== Vanishing gradients (${config.vanishing.depth} hidden layers, weight-gradient norms)`,
    textTable(vanishingTable(vanishing)),
    '',
    `== Every activation (mean ± sd over ${config.compare.seeds} seeds; * = wall clock, not reproducible)`,
    textTable(compareTable(compare, true)),
    '',
    `Report: ${files[0]} (+ ${files.length - 1} files) in ${((performance.now() - t0) / 1000).toFixed(1)} s`,
  ];
  process.stdout.write(out.join('\n') + '\n');
  return 0;
}

process.exitCode = main(process.argv.slice(2));
