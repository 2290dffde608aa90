// The demo's settings: the default (fast) run, the --full run, and the command-line parser.
import { ACTIVATIONS } from './activations.js';

export interface SparsityConfig {
  inputDim: number;
  samples: number;
  layers: number;
  width: number;
}

export interface DyingConfig {
  activations: string[];
  hidden: number[];
  samples: number;
  epochs: number;
  /** The high learning rate (plain SGD) and the ordinary one of the ReLU reference run. */
  lr: number;
  referenceLr: number;
  clipNorm: number;
  seeds: number;
}

export interface VanishingConfig {
  activations: string[];
  depth: number;
  width: number;
  samples: number;
  epochs: number;
  lr: number;
}

export interface CompareTask {
  dataset: 'spirals' | 'checkerboard' | 'regression';
  hidden: number[];
  samples: number;
  testSamples: number;
  epochs: number;
}

export interface CompareConfig {
  activations: string[];
  tasks: CompareTask[];
  batchSize: number;
  lr: number;
  seeds: number;
}

export interface Config {
  seed: number;
  out: string;
  full: boolean;
  sparsity: SparsityConfig;
  dying: DyingConfig;
  vanishing: VanishingConfig;
  compare: CompareConfig;
}

const ALL = ACTIVATIONS.map((a) => a.name);

/** The default run: about a minute on two cores. */
export function defaultConfig(): Config {
  return {
    seed: 1,
    out: 'demo-output',
    full: false,
    sparsity: { inputDim: 32, samples: 1000, layers: 8, width: 128 },
    dying: {
      activations: ['relu', 'leakyRelu', 'prelu', 'elu'],
      hidden: [64, 64, 64],
      samples: 512,
      epochs: 20,
      lr: 1,
      referenceLr: 0.1,
      clipNorm: 5,
      seeds: 3,
    },
    vanishing: {
      activations: ['sigmoid', 'tanh', 'relu', 'leakyRelu', 'gelu', 'silu', 'mish'],
      depth: 15,
      width: 32,
      samples: 512,
      epochs: 10,
      lr: 0.001,
    },
    compare: {
      activations: ALL,
      tasks: [
        { dataset: 'spirals', hidden: [32, 32], samples: 800, testSamples: 800, epochs: 40 },
        { dataset: 'regression', hidden: [32, 32], samples: 400, testSamples: 800, epochs: 30 },
      ],
      batchSize: 32,
      lr: 0.01,
      seeds: 3,
    },
  };
}

/** --full: larger networks and data, more epochs and seeds, more activations per experiment. */
export function fullConfig(): Config {
  const c = defaultConfig();
  c.full = true;
  c.sparsity = { inputDim: 64, samples: 2000, layers: 16, width: 256 };
  c.dying = {
    ...c.dying,
    activations: ['relu', 'leakyRelu', 'prelu', 'elu', 'gelu', 'silu'],
    hidden: [64, 64, 64],
    samples: 1000,
    epochs: 40,
    seeds: 5,
  };
  c.vanishing = { ...c.vanishing, activations: ALL, depth: 20, width: 64, samples: 1000, epochs: 30 };
  c.compare = {
    ...c.compare,
    tasks: [
      { dataset: 'spirals', hidden: [64, 64], samples: 1000, testSamples: 2000, epochs: 60 },
      { dataset: 'checkerboard', hidden: [64, 64], samples: 1000, testSamples: 2000, epochs: 60 },
      { dataset: 'regression', hidden: [64, 64], samples: 1000, testSamples: 2000, epochs: 60 },
    ],
    seeds: 5,
  };
  return c;
}

export const USAGE = `Usage: npm run demo -- [options]

Trains small MLPs with rectified's Float32Array kernels on generated data and reports
sparsity at initialisation, dying ReLU, vanishing gradients and an accuracy comparison.

Options:
  --activations a,b   activations to run (default: each experiment's set; references
                      relu and sigmoid are always kept). Names: ${ALL.join(', ')}
  --seed N            base seed (default 1); runs use seeds N, N+1, ...
  --epochs N          epochs of every training run (default: 20 dying, 10 vanishing,
                      40/30 comparison)
  --out DIR           report directory (default demo-output)
  --full              the larger experiment (10–15 minutes on two cores)
  --help              this text
`;

function intArg(flag: string, v: string | undefined, min: number): number {
  const n = Number(v);
  if (v === undefined || !Number.isInteger(n) || n < min) throw new Error(`${flag} needs an integer ≥ ${min}, got ${v ?? 'nothing'}`);
  return n;
}

/** Keeps `names` ∩ selection (in `names`' order), plus the references that are in `names`. */
function select(names: string[], chosen: Set<string>, references: string[]): string[] {
  return names.filter((n) => chosen.has(n) || references.includes(n));
}

/** Parses the command line into a Config; returns null for --help. Throws on a bad option. */
export function parseArgs(argv: readonly string[]): Config | null {
  if (argv.includes('--help') || argv.includes('-h')) return null;
  const c = argv.includes('--full') ? fullConfig() : defaultConfig();
  for (let i = 0; i < argv.length; i++) {
    const flag = argv[i];
    const value = argv[i + 1];
    if (flag === '--full') continue;
    i++;
    if (flag === '--seed') c.seed = intArg(flag, value, 0);
    else if (flag === '--out') {
      if (!value) throw new Error('--out needs a directory');
      c.out = value;
    } else if (flag === '--epochs') {
      const e = intArg(flag, value, 1);
      c.dying.epochs = e;
      c.vanishing.epochs = e;
      for (const t of c.compare.tasks) t.epochs = e;
    } else if (flag === '--activations') {
      const names = (value ?? '')
        .split(',')
        .map((s) => s.trim())
        .filter(Boolean);
      const unknown = names.filter((n) => !ALL.includes(n));
      if (names.length === 0 || unknown.length > 0)
        throw new Error(`--activations: unknown ${unknown.join(', ') || '(empty list)'}; choose from ${ALL.join(', ')}`);
      const chosen = new Set(names);
      c.dying.activations = select(
        ALL.filter((n) => c.dying.activations.includes(n) || chosen.has(n)),
        chosen,
        ['relu'],
      );
      c.vanishing.activations = select(
        ALL.filter((n) => c.vanishing.activations.includes(n) || chosen.has(n)),
        chosen,
        ['sigmoid', 'relu'],
      );
      c.compare.activations = select(ALL, chosen, []);
    } else throw new Error(`unknown option ${flag}\n\n${USAGE}`);
  }
  return c;
}
