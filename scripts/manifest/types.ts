// The shape of one activation's manifest entry (scripts/manifest/index.ts). Everything a
// maintainer used to keep by hand in several places (README row, bench entry, report order,
// bundle budget, contract parameters) is a field here, so that a missing one is a type error
// or a failing test (test/manifest.test.ts) rather than a silent gap.

/**
 * The public forms: f, fDerivative, fF32, fDerivativeF32, fBackwardF32, fBackward (row-wise only),
 * and fDerivativeFromOutput, fBackwardFromOutputF32 (f′ read from the forward output y, for the
 * activations whose derivative is a single-valued function of y).
 */
export type Form =
  | 'scalar'
  | 'derivative'
  | 'F32'
  | 'DerivativeF32'
  | 'BackwardF32'
  | 'backward'
  | 'derivativeFromOutput'
  | 'BackwardFromOutputF32';

/** The five forms of every elementwise, gated and grouped activation. */
export const FIVE: readonly Form[] = ['scalar', 'derivative', 'F32', 'DerivativeF32', 'BackwardF32'];
/** softmax, logSoftmax, logSumExp: their Jacobian is a matrix, so no elementwise derivative. */
export const ROWWISE: readonly Form[] = ['scalar', 'F32', 'backward', 'BackwardF32'];
/** A loss (softmaxCrossEntropy): the one-row scalar, and the kernel that returns the loss and writes its gradient. */
export const LOSS: readonly Form[] = ['scalar', 'F32'];

/** The five forms plus the two that read the forward output y (sigmoid, tanh, elu, …). */
export const FIVE_FROM_OUTPUT: readonly Form[] = [...FIVE, 'derivativeFromOutput', 'BackwardFromOutputF32'];

/** The export name of a form: ('relu', 'BackwardF32') → 'reluBackwardF32'. */
export function exportName(name: string, form: Form): string {
  return form === 'scalar'
    ? name
    : form === 'derivative'
      ? `${name}Derivative`
      : form === 'backward'
        ? `${name}Backward`
        : form === 'derivativeFromOutput'
          ? `${name}DerivativeFromOutput`
          : `${name}${form}`;
}

/**
 * How the Float32Array kernels lay out their arrays (bench/kernels.ts builds its entry from it):
 * elementwise (out, dy of length n), wide (crelu: 2n out), gated (rows of halves a | b, n/2 out),
 * grouped (maxout: n/pieces out), rowwise (softmax, logSoftmax: backward reads y), rowReduction
 * (logSumExp: one output per row), loss (softmaxCrossEntropy: rows of logits and a target in,
 * one number out, the gradient of the logits written by the same call; no backward form).
 */
export type Shape = 'elementwise' | 'wide' | 'gated' | 'grouped' | 'rowwise' | 'rowReduction' | 'loss';

/** The typedoc @category of the module, which is also the sidebar group. */
export type Category =
  | 'Rectifiers'
  | 'Exponential linear'
  | 'Smooth gates'
  | 'Softplus'
  | 'Sigmoid'
  | 'Shrinkage'
  | 'Gated linear units'
  | 'Piecewise learnable'
  | 'Periodic'
  | 'Normalising'
  | 'Losses';

export interface Param {
  name: string;
  /** null: required (no default); a string: a default that is not a number (rowSize = x.length) */
  default: number | string | null;
  /** the values accepted, in words (a RangeError names the parameter otherwise) */
  domain: string;
  /** the forms that take it, where not all (relu's atZero: the derivative's) */
  forms?: readonly Form[];
}

/** Names of the same function elsewhere, as the README writes them ('—': none). */
export interface Frameworks {
  pytorch: string;
  jax: string;
  keras: string;
  tfjs?: string;
  onnx?: string;
}

/**
 * The README function-table row: its own cells, or the row of another activation it shares; or,
 * for a loss (which is not an activation), no row of that table but a section of README.md whose
 * heading is `section` and whose text names the function.
 */
export type ReadmeRow = { params: string; notes: string } | { sameRowAs: string } | { section: string };

/**
 * Where the exact reference values are: the scalar registry (test/fixtures/generate.mjs's CORE and
 * test/fixtures/registry/*.mjs, one entry per f and f′ and parameter set), a vector fixture file,
 * the fixtures of another activation whose scalars it is built from, or spot values listed here
 * (x, f(x), f′(x) from an independent high-precision computation; new activations start so).
 */
export type Fixtures =
  | { kind: 'registry' }
  | { kind: 'vector'; file: string }
  | { kind: 'via'; of: string }
  | { kind: 'spot'; cases: readonly (readonly [x: number, f: number, df: number])[] };

/**
 * Parameters the contract suite runs the Float32Array kernels with (elementwise shape only).
 * `params`: the parameter lists after x (the first is usually [] for the defaults); `dParams`: the
 * derivative's and backward's lists when they differ; `bad`: lists that must throw a RangeError
 * naming the parameter.
 */
export interface ContractParams {
  params: readonly (readonly number[])[];
  dParams?: readonly (readonly number[])[];
  bad?: readonly (readonly [params: readonly number[], name: string])[];
  badD?: readonly (readonly [params: readonly number[], name: string])[];
  /** the from-output forms' lists when they differ from dParams (relu: no atZero) */
  yParams?: readonly (readonly number[])[];
  /** the from-output forms' bad lists when they differ from badD (leakyRelu: a negative slope) */
  badY?: readonly (readonly [params: readonly number[], name: string])[];
}

export interface Activation {
  /** the function name, the subpath (`rectified/leakyRelu`) and the bench/report key */
  name: string;
  /** src/activations/<folder> */
  folder: string;
  /** the module file in that folder, kebab-case without .ts; also the plot's file name (docs/plots/<file>.svg) */
  file: string;
  category: Category;
  shape: Shape;
  forms: readonly Form[];
  params: readonly Param[];
  readme: ReadmeRow;
  frameworks: Frameworks;
  fixtures: Fixtures;
  /** elementwise kernels only: parameters for the contract suite (default: [[]], nothing bad) */
  contract?: ContractParams;
  /** fixed trailing kernel arguments for the bench (threshold's, maxout's pieces, sShapedRelu's) */
  bench?: { args: readonly unknown[] };
  /** fields of the one object the kernels take instead of positional parameters (sShapedRelu) */
  kernelParamFields?: readonly string[];
  /** minified bytes: `import { f }` alone, and f with its four other forms (test/package/bundle-size.test.ts) */
  budget: { scalar: number; five: number };
}
