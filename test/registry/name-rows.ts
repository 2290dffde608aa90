// The expected resolution of every framework name of rectified/registry, one row per framework
// function: the rectified function, the defaults bound, the kinks, and the framework's definition
// (./reference.ts) the values are checked against. The defaults and definitions are those of each
// framework's source, quoted above each group; names.test.ts runs one test per name.
import type { Overrides } from '../../src/registry/index.js';
import { toDecimal } from '../fixtures/reference.mjs';
import * as R from './reference.js';

export type Def = { el: R.Ref } | { gated: R.GatedRef } | { rows: R.RowRef };
export interface Row {
  names: string[];
  fn: string;
  params: Record<string, number>;
  def: Def;
  kinks?: [number, number][];
  over?: Overrides;
}
const row = (names: string[], fn: string, params: Record<string, number>, def: Def, more: Partial<Row> = {}): Row => ({
  names,
  fn,
  params,
  def,
  ...more,
});
const el = (ref: R.Ref): Def => ({ el: ref });
const P = {}; // no parameters
const RELU = { atZero: 0 };

export const ROWS: Record<string, Row[]> = {
  // torch/nn/functional.py: leaky_relu(input, negative_slope=0.01), elu(input, alpha=1.0),
  // celu(input, alpha=1.0), softplus(input, beta=1.0, threshold=20.0), hardtanh(input, min_val=-1.0,
  // max_val=1.0), softshrink(input, lambd=0.5), hardshrink(input, lambd=0.5), rrelu(input,
  // lower=1.0/8, upper=1.0/3, training=False), gelu(input, approximate='none'); nn.PReLU(init=0.25);
  // hardsigmoid: relu6(x + 3)/6; hardswish_backward: x < -3 → 0, x <= 3 → x/3 + 0.5, else 1.
  torch: [
    row(['relu', 'ReLU'], 'relu', RELU, el(R.relu)),
    row(['relu6', 'ReLU6'], 'relu6', P, el(R.relu6)),
    row(['leaky_relu', 'LeakyReLU'], 'leakyRelu', { negativeSlope: 0.01 }, el(R.leaky(0.01))),
    row(['prelu', 'PReLU'], 'prelu', { weight: 0.25 }, el(R.leaky(0.25))),
    row(
      ['rrelu', 'RReLU'],
      'rrelu',
      { lower: 1 / 8, upper: 1 / 3 },
      el(
        R.leaky(
          toDecimal(1 / 8)
            .plus(toDecimal(1 / 3))
            .div(2)
            .toString(),
        ),
      ),
    ),
    row(['threshold', 'Threshold'], 'threshold', { threshold: 0.5, value: -2 }, el(R.threshold(0.5, -2)), {
      over: { threshold: 0.5, value: -2 },
    }),
    row(['elu', 'ELU'], 'elu', { alpha: 1 }, el(R.elu(1))),
    row(['selu', 'SELU'], 'selu', P, el(R.selu)),
    row(['celu', 'CELU'], 'celu', { alpha: 1 }, el(R.celu(1))),
    row(['gelu', 'GELU'], 'gelu', P, el(R.gelu)),
    row(['silu', 'SiLU'], 'silu', P, el(R.silu)),
    row(['mish', 'Mish'], 'mish', P, el(R.mish)),
    row(['hardswish', 'Hardswish'], 'hardSwish', P, el(R.hardSwish), {
      kinks: [
        [-3, -0.5],
        [3, 1.5],
      ],
    }),
    row(['softplus', 'Softplus'], 'softplus', { beta: 1, threshold: Infinity }, el(R.softplus())),
    row(['sigmoid', 'Sigmoid'], 'sigmoid', P, el(R.sigmoid)),
    row(['logsigmoid', 'LogSigmoid'], 'logSigmoid', P, el(R.logSigmoid)),
    row(['hardsigmoid', 'Hardsigmoid'], 'hardSigmoid', { alpha: 1 / 6, beta: 0.5 }, el(R.hardSigmoid6)),
    row(['tanh', 'Tanh'], 'tanh', P, el(R.tanh)),
    row(['hardtanh', 'Hardtanh'], 'hardTanh', { minVal: -1, maxVal: 1 }, el(R.hardTanh(-1, 1))),
    row(['softsign', 'Softsign'], 'softsign', P, el(R.softsign)),
    row(['tanhshrink', 'Tanhshrink'], 'tanhshrink', P, el(R.tanhshrink)),
    row(['softshrink', 'Softshrink'], 'softshrink', { lambd: 0.5 }, el(R.softshrink(0.5))),
    row(['hardshrink', 'Hardshrink'], 'hardshrink', { lambd: 0.5 }, el(R.hardshrink(0.5))),
    row(['glu', 'GLU'], 'glu', P, { gated: R.glu }),
    row(['softmax', 'Softmax'], 'softmax', P, { rows: R.softmax }),
    row(['log_softmax', 'LogSoftmax'], 'logSoftmax', P, { rows: R.logSoftmax }),
    row(['softmin', 'Softmin'], 'softmin', P, { rows: R.softmin }),
    row(['logsumexp'], 'logSumExp', P, { rows: R.logSumExp }),
    row(['Identity'], 'identity', P, el(R.identity)),
  ],
  // keras/src/activations/activations.py (Keras 3): def leaky_relu(x, negative_slope=0.2);
  // def elu(x, alpha=1.0); def gelu(x, approximate=False); def hard_sigmoid(x): "(x/6) + 0.5" in
  // [-3, 3]; hard_silu = x * (x + 3) / 6 in [-3, 3]; def linear(x): return x; def exponential(x):
  // return ops.exp(x); soft_shrink(x, threshold=0.5); squareplus(x, b=4); threshold(x, threshold,
  // default_value); sparse_sigmoid: 0 for x <= -1, 0.5 * (x + 1), 1 for x >= 1;
  // keras/src/layers/activations/leaky_relu.py: LeakyReLU(negative_slope=0.3).
  keras: [
    row(['relu', 'ReLU'], 'relu', RELU, el(R.relu)),
    row(['leaky_relu'], 'leakyRelu', { negativeSlope: 0.2 }, el(R.leaky(0.2))),
    row(['LeakyReLU'], 'leakyRelu', { negativeSlope: 0.3 }, el(R.leaky(0.3))),
    row(['relu6'], 'relu6', P, el(R.relu6)),
    row(['threshold'], 'threshold', { threshold: 1, value: 0.25 }, el(R.threshold(1, 0.25)), {
      over: { threshold: 1, default_value: 0.25 },
    }),
    row(['elu', 'ELU'], 'elu', { alpha: 1 }, el(R.elu(1))),
    row(['selu'], 'selu', P, el(R.selu)),
    row(['celu'], 'celu', { alpha: 1 }, el(R.celu(1))),
    row(['gelu'], 'gelu', P, el(R.gelu)),
    row(['silu', 'swish'], 'silu', P, el(R.silu)),
    row(['mish'], 'mish', P, el(R.mish)),
    row(['hard_silu', 'hard_swish'], 'hardSwish', P, el(R.hardSwish)),
    row(['softplus'], 'softplus', { beta: 1, threshold: Infinity }, el(R.softplus())),
    row(['squareplus'], 'squareplus', { b: 4 }, el(R.squareplus(4))),
    row(['sparse_plus'], 'sparsePlus', P, el(R.sparsePlus)),
    row(['sigmoid'], 'sigmoid', P, el(R.sigmoid)),
    row(['sparse_sigmoid'], 'sparseSigmoid', P, el(R.sparseSigmoid)),
    row(['log_sigmoid'], 'logSigmoid', P, el(R.logSigmoid)),
    row(['hard_sigmoid'], 'hardSigmoid', { alpha: 1 / 6, beta: 0.5 }, el(R.hardSigmoid6)),
    row(['tanh'], 'tanh', P, el(R.tanh)),
    row(['hard_tanh'], 'hardTanh', { minVal: -1, maxVal: 1 }, el(R.hardTanh(-1, 1))),
    row(['softsign'], 'softsign', P, el(R.softsign)),
    row(['tanh_shrink'], 'tanhshrink', P, el(R.tanhshrink)),
    row(['soft_shrink'], 'softshrink', { lambd: 0.5 }, el(R.softshrink(0.5))),
    row(['hard_shrink'], 'hardshrink', { lambd: 0.5 }, el(R.hardshrink(0.5))),
    row(['glu'], 'glu', P, { gated: R.glu }),
    row(['softmax', 'Softmax'], 'softmax', P, { rows: R.softmax }),
    row(['log_softmax'], 'logSoftmax', P, { rows: R.logSoftmax }),
    row(['sparsemax'], 'sparsemax', P, { rows: R.sparsemax }),
    row(['linear'], 'identity', P, el(R.identity)),
    row(['exponential'], 'exponential', P, el(R.exponential)),
  ],
  // tensorflow/python/keras/backend.py (Keras 2): hard_sigmoid: x * 0.2 + 0.5, clipped to [0, 1];
  // activations.gelu(x, approximate=False); elu(x, alpha=1.0).
  keras2: [
    row(['relu'], 'relu', RELU, el(R.relu)),
    row(['elu'], 'elu', { alpha: 1 }, el(R.elu(1))),
    row(['selu'], 'selu', P, el(R.selu)),
    row(['gelu'], 'gelu', P, el(R.gelu)),
    row(['swish'], 'silu', P, el(R.silu)),
    row(['softplus'], 'softplus', { beta: 1, threshold: Infinity }, el(R.softplus())),
    row(['softsign'], 'softsign', P, el(R.softsign)),
    row(['sigmoid'], 'sigmoid', P, el(R.sigmoid)),
    row(['hard_sigmoid'], 'hardSigmoid', { alpha: 0.2, beta: 0.5 }, el(R.hardSigmoidAffine(0.2, 0.5))),
    row(['tanh'], 'tanh', P, el(R.tanh)),
    row(['softmax'], 'softmax', P, { rows: R.softmax }),
    row(['linear'], 'identity', P, el(R.identity)),
    row(['exponential'], 'exponential', P, el(R.exponential)),
  ],
  // jax/_src/nn/functions.py: gelu(x, approximate: bool = True); leaky_relu(x, negative_slope=1e-2)
  // = jnp.where(x >= 0, x, negative_slope * x), so its gradient at 0 is 1; hard_tanh =
  // jnp.where(x > 1, 1, jnp.where(x < -1, -1, x)): gradient 1 at ±1; sparse_sigmoid = 0.5 *
  // jnp.clip(x + 1.0, 0.0, 2.0), clip = minimum(max, maximum(min, x)), whose JVPs give ½ at a tie
  // (lax._balanced_eq): ½·½ = ¼ at ±1; squareplus(x, b=4); elu(x, alpha=1.0); celu(x, alpha=1.0);
  // hard_sigmoid = relu6(x + 3.) / 6.; identity(x) returns x.
  jax: [
    row(['relu'], 'relu', RELU, el(R.relu)),
    row(['relu6'], 'relu6', P, el(R.relu6)),
    row(['leaky_relu'], 'leakyRelu', { negativeSlope: 0.01 }, el(R.leaky(0.01)), { kinks: [[0, 1]] }),
    row(['elu'], 'elu', { alpha: 1 }, el(R.elu(1))),
    row(['selu'], 'selu', P, el(R.selu)),
    row(['celu'], 'celu', { alpha: 1 }, el(R.celu(1))),
    row(['gelu'], 'geluTanh', P, el(R.geluTanh)),
    row(['silu', 'swish'], 'silu', P, el(R.silu)),
    row(['mish'], 'mish', P, el(R.mish)),
    row(['hard_silu', 'hard_swish'], 'hardSwish', P, el(R.hardSwish)),
    row(['softplus'], 'softplus', { beta: 1, threshold: Infinity }, el(R.softplus())),
    row(['squareplus'], 'squareplus', { b: 4 }, el(R.squareplus(4))),
    row(['sparse_plus'], 'sparsePlus', P, el(R.sparsePlus)),
    row(['sigmoid'], 'sigmoid', P, el(R.sigmoid)),
    row(['sparse_sigmoid'], 'sparseSigmoid', P, el(R.sparseSigmoid), {
      kinks: [
        [-1, 0.25],
        [1, 0.25],
      ],
    }),
    row(['log_sigmoid'], 'logSigmoid', P, el(R.logSigmoid)),
    row(['hard_sigmoid'], 'hardSigmoid', { alpha: 1 / 6, beta: 0.5 }, el(R.hardSigmoid6)),
    row(['tanh'], 'tanh', P, el(R.tanh)),
    row(['hard_tanh'], 'hardTanh', { minVal: -1, maxVal: 1 }, el(R.hardTanh(-1, 1)), {
      kinks: [
        [-1, 1],
        [1, 1],
      ],
    }),
    row(['soft_sign'], 'softsign', P, el(R.softsign)),
    row(['glu'], 'glu', P, { gated: R.glu }),
    row(['softmax'], 'softmax', P, { rows: R.softmax }),
    row(['log_softmax'], 'logSoftmax', P, { rows: R.logSoftmax }),
    row(['logsumexp'], 'logSumExp', P, { rows: R.logSumExp }),
    row(['identity'], 'identity', P, el(R.identity)),
  ],
  // ONNX operators (docs/Operators.md): LeakyRelu alpha 0.01; Elu alpha 1.0; Celu alpha 1.0;
  // HardSigmoid alpha 0.2, beta 0.5: max(0, min(1, alpha * x + beta)); ThresholdedRelu alpha 1.0:
  // x for x > alpha, 0 otherwise; PRelu: slope is an input (no default); Gelu approximate "none".
  onnx: [
    row(['Relu'], 'relu', RELU, el(R.relu)),
    row(['LeakyRelu'], 'leakyRelu', { negativeSlope: 0.01 }, el(R.leaky(0.01))),
    row(['PRelu'], 'prelu', { weight: 0.3 }, el(R.leaky(0.3)), { over: { slope: 0.3 } }),
    row(['ThresholdedRelu'], 'threshold', { threshold: 1, value: 0 }, el(R.threshold(1, 0))),
    row(['Elu'], 'elu', { alpha: 1 }, el(R.elu(1))),
    row(['Selu'], 'selu', P, el(R.selu)),
    row(['Celu'], 'celu', { alpha: 1 }, el(R.celu(1))),
    row(['Gelu'], 'gelu', P, el(R.gelu)),
    row(['Mish'], 'mish', P, el(R.mish)),
    row(['HardSwish'], 'hardSwish', P, el(R.hardSwish)),
    row(['Softplus'], 'softplus', { beta: 1, threshold: Infinity }, el(R.softplus())),
    row(['Sigmoid'], 'sigmoid', P, el(R.sigmoid)),
    row(['HardSigmoid'], 'hardSigmoid', { alpha: 0.2, beta: 0.5 }, el(R.hardSigmoidAffine(0.2, 0.5))),
    row(['Tanh'], 'tanh', P, el(R.tanh)),
    row(['Softsign'], 'softsign', P, el(R.softsign)),
    row(['Softmax'], 'softmax', P, { rows: R.softmax }),
    row(['LogSoftmax'], 'logSoftmax', P, { rows: R.logSoftmax }),
    row(['Hardmax'], 'hardmax', P, { rows: R.hardmax }),
    row(['Shrink'], 'shrink', { lambd: 0.5, bias: 0 }, el(R.shrink(0.5, 0))),
    row(['Identity'], 'identity', P, el(R.identity)),
    row(['Exp'], 'exponential', P, el(R.exponential)),
  ],
  // src/transformers/activations.py (ACT2CLS): "gelu": GELUActivation (nn.functional.gelu),
  // "gelu_new"/"gelu_accurate": 0.5 * x * (1 + tanh(sqrt(2 / pi) * (x + 0.044715 * x^3))),
  // "gelu_fast": the same with 0.7978845608, "gelu_pytorch_tanh": gelu(approximate="tanh"),
  // "quick_gelu": input * torch.sigmoid(1.702 * input), "relu2": ReLUSquaredActivation,
  // "leaky_relu": nn.LeakyReLU (0.01), "prelu": nn.PReLU (0.25), "linear": returns its input,
  // "xielu": XIELUActivation(alpha_p_init=0.8, alpha_n_init=0.8, beta=0.5, eps=-1e-6), x > 0:
  // alpha_p·x² + beta·x, else alpha_n·(expm1(min(x, eps)) − x) + beta·x (the effective alphas).
  hf: [
    row(['gelu', 'gelu_python'], 'gelu', P, el(R.gelu)),
    row(['gelu_new', 'gelu_pytorch_tanh', 'gelu_python_tanh', 'gelu_accurate', 'gelu_fast'], 'geluTanh', P, el(R.geluTanh)),
    row(['quick_gelu'], 'swish', { beta: 1.702 }, el(R.swish(1.702))),
    row(['relu'], 'relu', RELU, el(R.relu)),
    row(['relu2'], 'squaredRelu', P, el(R.squaredRelu)),
    row(['relu6'], 'relu6', P, el(R.relu6)),
    row(['leaky_relu'], 'leakyRelu', { negativeSlope: 0.01 }, el(R.leaky(0.01))),
    row(['prelu'], 'prelu', { weight: 0.25 }, el(R.leaky(0.25))),
    row(['silu', 'swish'], 'silu', P, el(R.silu)),
    row(['mish'], 'mish', P, el(R.mish)),
    row(['hardswish'], 'hardSwish', P, el(R.hardSwish), {
      kinks: [
        [-3, -0.5],
        [3, 1.5],
      ],
    }),
    row(['sigmoid'], 'sigmoid', P, el(R.sigmoid)),
    row(['tanh'], 'tanh', P, el(R.tanh)),
    row(['linear'], 'identity', P, el(R.identity)),
    row(['xielu'], 'xielu', { alphaP: 0.8, alphaN: 0.8, beta: 0.5, eps: -1e-6 }, el(R.xielu(0.8, 0.8, 0.5, -1e-6))),
  ],
};
