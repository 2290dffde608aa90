// The names frameworks give activations, one entry per function of a framework: its names (the
// functional name first, then aliases and class names), the rectified function, the parameters
// it takes under the framework's names, its defaults where they differ from rectified's, and its
// derivative at points where its convention differs. Each default is the framework's, read from
// its source (test/registry/name-rows.ts quotes the lines; names.test.ts checks values computed
// from them).
import type { Framework } from './types.js';

export type Kinks = readonly (readonly [x: number, derivative: number])[];

export interface NameEntry {
  fw: Framework;
  names: readonly string[];
  /** the rectified function (for a variant entry: the one of the default variant) */
  fn: string;
  /** the parameters the framework's function takes: its name → rectified's */
  args?: Readonly<Record<string, string>>;
  /** the framework's defaults where they differ from rectified's (null: the framework has none) */
  set?: Readonly<Record<string, number | null>>;
  /** a switch between two functions, such as gelu's `approximate` */
  variant?: { param: string; default: string | boolean; fns: readonly (readonly [value: string | boolean, fn: string])[] };
  kinks?: Kinks;
  /** a difference from the framework worth a line in docs/registry.md */
  note?: string;
}

/** A framework name with no exact counterpart here: resolving it throws a RangeError saying why. */
export interface Unsupported {
  fw: Framework;
  names: readonly string[];
  why: string;
}

const e = (fw: Framework, names: readonly string[], fn: string, more: Omit<NameEntry, 'fw' | 'names' | 'fn'> = {}): NameEntry => ({
  fw,
  names,
  fn,
  ...more,
});

const gelu = (
  fw: Framework,
  names: readonly string[],
  param: string,
  exact: string | boolean,
  tanh: string | boolean,
  def: string | boolean,
) =>
  e(fw, names, def === exact ? 'gelu' : 'geluTanh', {
    variant: {
      param,
      default: def,
      fns: [
        [exact, 'gelu'],
        [tanh, 'geluTanh'],
      ],
    },
  });

// PyTorch: torch.nn.functional names, then the torch.nn class names.
const TORCH: NameEntry[] = [
  e('torch', ['relu', 'ReLU'], 'relu'),
  e('torch', ['relu6', 'ReLU6'], 'relu6'),
  e('torch', ['leaky_relu', 'LeakyReLU'], 'leakyRelu', { args: { negative_slope: 'negativeSlope' } }),
  e('torch', ['prelu', 'PReLU'], 'prelu', { args: { weight: 'weight', init: 'weight' } }),
  e('torch', ['rrelu', 'RReLU'], 'rrelu', { args: { lower: 'lower', upper: 'upper' }, note: 'inference (training=False): the mean slope' }),
  e('torch', ['threshold', 'Threshold'], 'threshold', { args: { threshold: 'threshold', value: 'value' } }),
  e('torch', ['elu', 'ELU'], 'elu', { args: { alpha: 'alpha' } }),
  e('torch', ['selu', 'SELU'], 'selu'),
  e('torch', ['celu', 'CELU'], 'celu', { args: { alpha: 'alpha' } }),
  gelu('torch', ['gelu', 'GELU'], 'approximate', 'none', 'tanh', 'none'),
  e('torch', ['silu', 'SiLU'], 'silu'),
  e('torch', ['mish', 'Mish'], 'mish'),
  e('torch', ['hardswish', 'Hardswish'], 'hardSwish', {
    kinks: [
      [-3, -0.5],
      [3, 1.5],
    ],
  }),
  e('torch', ['softplus', 'Softplus'], 'softplus', {
    args: { beta: 'beta', threshold: 'threshold' },
    note: "PyTorch's threshold = 20 (x itself where βx > 20, dropping up to log1p(e^{−20})/β ≈ 2.1e−9) is a speed shortcut not bound here: threshold = Infinity, exact; pass threshold: 20 to reproduce it",
  }),
  e('torch', ['sigmoid', 'Sigmoid'], 'sigmoid'),
  e('torch', ['logsigmoid', 'LogSigmoid'], 'logSigmoid'),
  e('torch', ['hardsigmoid', 'Hardsigmoid'], 'hardSigmoid'),
  e('torch', ['tanh', 'Tanh'], 'tanh'),
  e('torch', ['hardtanh', 'Hardtanh'], 'hardTanh', { args: { min_val: 'minVal', max_val: 'maxVal' } }),
  e('torch', ['softsign', 'Softsign'], 'softsign'),
  e('torch', ['tanhshrink', 'Tanhshrink'], 'tanhshrink'),
  e('torch', ['softshrink', 'Softshrink'], 'softshrink', { args: { lambd: 'lambd' } }),
  e('torch', ['hardshrink', 'Hardshrink'], 'hardshrink', { args: { lambd: 'lambd' } }),
  e('torch', ['glu', 'GLU'], 'glu'),
  e('torch', ['softmax', 'Softmax'], 'softmax'),
  e('torch', ['log_softmax', 'LogSoftmax'], 'logSoftmax'),
  e('torch', ['softmin', 'Softmin'], 'softmin'),
  e('torch', ['logsumexp'], 'logSumExp'),
  e('torch', ['Identity'], 'identity'),
];

// Keras 3: keras.activations (with its aliases swish and hard_swish), then layer class names.
const KERAS: NameEntry[] = [
  e('keras', ['relu', 'ReLU'], 'relu'),
  e('keras', ['leaky_relu'], 'leakyRelu', { args: { negative_slope: 'negativeSlope' }, set: { negativeSlope: 0.2 } }),
  e('keras', ['LeakyReLU'], 'leakyRelu', { args: { negative_slope: 'negativeSlope' }, set: { negativeSlope: 0.3 } }),
  e('keras', ['relu6'], 'relu6'),
  e('keras', ['threshold'], 'threshold', { args: { threshold: 'threshold', default_value: 'value' } }),
  e('keras', ['elu', 'ELU'], 'elu', { args: { alpha: 'alpha' } }),
  e('keras', ['selu'], 'selu'),
  e('keras', ['celu'], 'celu', { args: { alpha: 'alpha' } }),
  gelu('keras', ['gelu'], 'approximate', false, true, false),
  e('keras', ['silu', 'swish'], 'silu'),
  e('keras', ['mish'], 'mish'),
  e('keras', ['hard_silu', 'hard_swish'], 'hardSwish'),
  e('keras', ['softplus'], 'softplus'),
  e('keras', ['squareplus'], 'squareplus', { args: { b: 'b' } }),
  e('keras', ['sparse_plus'], 'sparsePlus'),
  e('keras', ['sigmoid'], 'sigmoid'),
  e('keras', ['sparse_sigmoid'], 'sparseSigmoid'),
  e('keras', ['log_sigmoid'], 'logSigmoid'),
  e('keras', ['hard_sigmoid'], 'hardSigmoid', { note: 'Keras 3: relu6(x + 3)/6; Keras 2 used 0.2x + 0.5 (`keras2:hard_sigmoid`)' }),
  e('keras', ['tanh'], 'tanh'),
  e('keras', ['hard_tanh'], 'hardTanh'),
  e('keras', ['softsign'], 'softsign'),
  e('keras', ['tanh_shrink'], 'tanhshrink'),
  e('keras', ['soft_shrink'], 'softshrink', { args: { threshold: 'lambd' } }),
  e('keras', ['hard_shrink'], 'hardshrink', { args: { threshold: 'lambd' } }),
  e('keras', ['glu'], 'glu'),
  e('keras', ['softmax', 'Softmax'], 'softmax'),
  e('keras', ['log_softmax'], 'logSoftmax'),
  e('keras', ['sparsemax'], 'sparsemax'),
  e('keras', ['linear'], 'identity'),
  e('keras', ['exponential'], 'exponential'),
];

// Keras 2 / tf.keras (TensorFlow 2.x up to 2.15): tf.keras.activations.
const KERAS2: NameEntry[] = [
  e('keras2', ['relu'], 'relu'),
  e('keras2', ['elu'], 'elu', { args: { alpha: 'alpha' } }),
  e('keras2', ['selu'], 'selu'),
  gelu('keras2', ['gelu'], 'approximate', false, true, false),
  e('keras2', ['swish'], 'silu'),
  e('keras2', ['softplus'], 'softplus'),
  e('keras2', ['softsign'], 'softsign'),
  e('keras2', ['sigmoid'], 'sigmoid'),
  e('keras2', ['hard_sigmoid'], 'hardSigmoid', { set: { alpha: 0.2 } }),
  e('keras2', ['tanh'], 'tanh'),
  e('keras2', ['softmax'], 'softmax'),
  e('keras2', ['linear'], 'identity'),
  e('keras2', ['exponential'], 'exponential'),
];

// JAX: jax.nn. Its kink conventions come from its definitions under autodiff (see the tests).
const JAX: NameEntry[] = [
  e('jax', ['relu'], 'relu'),
  e('jax', ['relu6'], 'relu6'),
  e('jax', ['leaky_relu'], 'leakyRelu', { args: { negative_slope: 'negativeSlope' }, kinks: [[0, 1]] }),
  e('jax', ['elu'], 'elu', { args: { alpha: 'alpha' } }),
  e('jax', ['selu'], 'selu'),
  e('jax', ['celu'], 'celu', { args: { alpha: 'alpha' } }),
  gelu('jax', ['gelu'], 'approximate', false, true, true),
  e('jax', ['silu', 'swish'], 'silu'),
  e('jax', ['mish'], 'mish'),
  e('jax', ['hard_silu', 'hard_swish'], 'hardSwish'),
  e('jax', ['softplus'], 'softplus'),
  e('jax', ['squareplus'], 'squareplus', { args: { b: 'b' } }),
  e('jax', ['sparse_plus'], 'sparsePlus'),
  e('jax', ['sigmoid'], 'sigmoid'),
  e('jax', ['sparse_sigmoid'], 'sparseSigmoid', {
    kinks: [
      [-1, 0.25],
      [1, 0.25],
    ],
  }),
  e('jax', ['log_sigmoid'], 'logSigmoid'),
  e('jax', ['hard_sigmoid'], 'hardSigmoid'),
  e('jax', ['tanh'], 'tanh'),
  e('jax', ['hard_tanh'], 'hardTanh', {
    kinks: [
      [-1, 1],
      [1, 1],
    ],
  }),
  e('jax', ['soft_sign'], 'softsign'),
  e('jax', ['glu'], 'glu'),
  e('jax', ['softmax'], 'softmax'),
  e('jax', ['log_softmax'], 'logSoftmax'),
  e('jax', ['logsumexp'], 'logSumExp'),
  e('jax', ['identity'], 'identity'),
];

// ONNX operators (attribute names and defaults of the operator specification).
const ONNX: NameEntry[] = [
  e('onnx', ['Relu'], 'relu'),
  e('onnx', ['LeakyRelu'], 'leakyRelu', { args: { alpha: 'negativeSlope' } }),
  e('onnx', ['PRelu'], 'prelu', { args: { slope: 'weight' }, set: { weight: null } }),
  e('onnx', ['ThresholdedRelu'], 'threshold', { args: { alpha: 'threshold' }, set: { threshold: 1, value: 0 } }),
  e('onnx', ['Elu'], 'elu', { args: { alpha: 'alpha' } }),
  e('onnx', ['Selu'], 'selu', {
    note: "the attributes' defaults alpha = 1.67326319217681884765625, gamma = 1.05070102214813232421875 are float32 roundings of selu's constants, which are used exactly; other values are not supported",
  }),
  e('onnx', ['Celu'], 'celu', { args: { alpha: 'alpha' } }),
  gelu('onnx', ['Gelu'], 'approximate', 'none', 'tanh', 'none'),
  e('onnx', ['Mish'], 'mish'),
  e('onnx', ['HardSwish'], 'hardSwish'),
  e('onnx', ['Softplus'], 'softplus'),
  e('onnx', ['Sigmoid'], 'sigmoid'),
  e('onnx', ['HardSigmoid'], 'hardSigmoid', { args: { alpha: 'alpha', beta: 'beta' }, set: { alpha: 0.2 } }),
  e('onnx', ['Tanh'], 'tanh'),
  e('onnx', ['Softsign'], 'softsign'),
  e('onnx', ['Softmax'], 'softmax'),
  e('onnx', ['LogSoftmax'], 'logSoftmax'),
  e('onnx', ['Hardmax'], 'hardmax'),
  e('onnx', ['Shrink'], 'shrink', { args: { lambd: 'lambd', bias: 'bias' } }),
  e('onnx', ['Identity'], 'identity'),
  e('onnx', ['Exp'], 'exponential'),
];

// Hugging Face transformers: the config strings of ACT2FN (hidden_act, hidden_activation, …).
const HF: NameEntry[] = [
  e('hf', ['gelu', 'gelu_python'], 'gelu'),
  e('hf', ['gelu_new', 'gelu_pytorch_tanh', 'gelu_python_tanh', 'gelu_accurate'], 'geluTanh'),
  e('hf', ['gelu_fast'], 'geluTanh', {
    note: '√(2/π) written 0.7978845608 there (3.6e−12 relative: below float32 resolution); exact here',
  }),
  e('hf', ['quick_gelu'], 'swish', { set: { beta: 1.702 } }),
  e('hf', ['relu'], 'relu'),
  e('hf', ['relu2'], 'squaredRelu'),
  e('hf', ['relu6'], 'relu6'),
  e('hf', ['leaky_relu'], 'leakyRelu'),
  e('hf', ['prelu'], 'prelu'),
  e('hf', ['silu', 'swish'], 'silu'),
  e('hf', ['mish'], 'mish'),
  e('hf', ['hardswish'], 'hardSwish', {
    kinks: [
      [-3, -0.5],
      [3, 1.5],
    ],
  }),
  e('hf', ['sigmoid'], 'sigmoid'),
  e('hf', ['tanh'], 'tanh'),
  e('hf', ['linear'], 'identity'),
  e('hf', ['xielu'], 'xielu', {
    note: 'XIELUActivation(alpha_p_init=0.8, alpha_n_init=0.8, beta=0.5, eps=-1e-6): its stored parameters are softplus⁻¹ of the effective αp and of αn − β, whose initial effective values these are',
  }),
];

/** Every framework entry, in the order docs/registry.md lists them. */
export const NAMES: readonly NameEntry[] = [...TORCH, ...KERAS, ...KERAS2, ...JAX, ...ONNX, ...HF];

export const UNSUPPORTED: readonly Unsupported[] = [
  {
    fw: 'hf',
    names: ['gelu_10'],
    why: 'ClippedGELUActivation, clip(gelu(x), -10, 10), is a composition rectified has no function for (use gelu and clamp)',
  },
  { fw: 'hf', names: ['laplace'], why: 'LaplaceActivation, 0.5·(1 + erf((x − 0.707107)/(0.282095·√2))), has no rectified function' },
  { fw: 'hf', names: ['sqrtsoftplus'], why: 'SqrtSoftplusActivation, √softplus(x), has no rectified function' },
  { fw: 'keras', names: ['crelu'], why: 'crelu doubles its input along an axis: use rectified/crelu (creluF32) directly' },
];

/** The framework prefixes accepted before ':' (lower case), with their aliases. */
export const PREFIXES: Readonly<Record<string, Framework>> = {
  torch: 'torch',
  pytorch: 'torch',
  keras: 'keras',
  keras3: 'keras',
  keras2: 'keras2',
  'tf.keras': 'keras2',
  jax: 'jax',
  onnx: 'onnx',
  hf: 'hf',
  transformers: 'hf',
};
