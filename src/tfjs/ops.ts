// The public ops of rectified/tfjs with scalar parameters, one per activation (prelu and
// sShapedRelu, with tensor parameters, are in ./weighted.ts). Each runs rectified's Float32Array
// kernel as a registered TF.js kernel and has its gradient registered (see ./registry.ts); the
// defaults are the library's (./specs.ts), and so are the errors: a TypeError when x is not a
// float32 tf.Tensor or a parameter is not a number, a RangeError when a parameter is out of its
// domain or the last axis does not fit the layout (odd for a gated unit, say).
import type { Tensor } from '@tensorflow/tfjs-core';
import { apply } from './define.js';

/** ReLU: max(x, 0); atZero is f′(0) for the gradient (in [0, 1]). @category TF.js */
export function relu(x: Tensor, atZero?: number): Tensor { return apply('relu', x, [atZero]); }

/** leaky ReLU: x for x > 0, negativeSlope·x elsewhere. @category TF.js */
export function leakyRelu(x: Tensor, negativeSlope?: number): Tensor { return apply('leakyRelu', x, [negativeSlope]); }

/** CReLU: [relu(x), relu(−x)] along the last axis, which doubles. @category TF.js */
export function crelu(x: Tensor): Tensor { return apply('crelu', x, []); }

/** RReLU in inference form: leaky ReLU with the mean slope (lower + upper)/2. @category TF.js */
export function rrelu(x: Tensor, lower?: number, upper?: number): Tensor { return apply('rrelu', x, [lower, upper]); }

/** ReLU6: min(max(x, 0), 6). @category TF.js */
export function relu6(x: Tensor): Tensor { return apply('relu6', x, []); }

/** shifted ReLU: max(x, −a). @category TF.js */
export function shiftedRelu(x: Tensor, a?: number): Tensor { return apply('shiftedRelu', x, [a]); }

/** threshold: x where x > threshold, value elsewhere. @category TF.js */
export function threshold(x: Tensor, threshold: number, value: number): Tensor { return apply('threshold', x, [threshold, value]); }

/** Heaviside step (gradient 0). @category TF.js */
export function heaviside(x: Tensor, valueAtZero?: number): Tensor { return apply('heaviside', x, [valueAtZero]); }

/** ELU. @category TF.js */
export function elu(x: Tensor, alpha?: number): Tensor { return apply('elu', x, [alpha]); }

/** SELU. @category TF.js */
export function selu(x: Tensor): Tensor { return apply('selu', x, []); }

/** CELU. @category TF.js */
export function celu(x: Tensor, alpha?: number): Tensor { return apply('celu', x, [alpha]); }

/** GELU, exact erf form (accurate in the far negative tail, where TF.js's is 0). @category TF.js */
export function gelu(x: Tensor): Tensor { return apply('gelu', x, []); }

/** GELU, tanh approximation. @category TF.js */
export function geluTanh(x: Tensor): Tensor { return apply('geluTanh', x, []); }

/** SiLU: x·σ(x). @category TF.js */
export function silu(x: Tensor): Tensor { return apply('silu', x, []); }

/** swish: x·σ(βx). @category TF.js */
export function swish(x: Tensor, beta?: number): Tensor { return apply('swish', x, [beta]); }

/** mish: x·tanh(softplus(x)). @category TF.js */
export function mish(x: Tensor): Tensor { return apply('mish', x, []); }

/** hard swish. @category TF.js */
export function hardSwish(x: Tensor): Tensor { return apply('hardSwish', x, []); }

/** softplus: log(1 + exp(βx))/β. @category TF.js */
export function softplus(x: Tensor, beta?: number, threshold?: number): Tensor { return apply('softplus', x, [beta, threshold]); }

/** squareplus: (x + √(x² + b))/2. @category TF.js */
export function squareplus(x: Tensor, b?: number): Tensor { return apply('squareplus', x, [b]); }

/** sparse plus. @category TF.js */
export function sparsePlus(x: Tensor): Tensor { return apply('sparsePlus', x, []); }

/** logistic sigmoid. @category TF.js */
export function sigmoid(x: Tensor): Tensor { return apply('sigmoid', x, []); }

/** log σ(x). @category TF.js */
export function logSigmoid(x: Tensor): Tensor { return apply('logSigmoid', x, []); }

/** hard sigmoid: clamp(αx + β, 0, 1). @category TF.js */
export function hardSigmoid(x: Tensor, alpha?: number, beta?: number): Tensor { return apply('hardSigmoid', x, [alpha, beta]); }

/** tanh. @category TF.js */
export function tanh(x: Tensor): Tensor { return apply('tanh', x, []); }

/** hard tanh: clamp(x, minVal, maxVal). @category TF.js */
export function hardTanh(x: Tensor, minVal?: number, maxVal?: number): Tensor { return apply('hardTanh', x, [minVal, maxVal]); }

/** softsign: x/(1 + |x|). @category TF.js */
export function softsign(x: Tensor): Tensor { return apply('softsign', x, []); }

/** tanhshrink: x − tanh(x). @category TF.js */
export function tanhshrink(x: Tensor): Tensor { return apply('tanhshrink', x, []); }

/** soft shrinkage. @category TF.js */
export function softshrink(x: Tensor, lambd?: number): Tensor { return apply('softshrink', x, [lambd]); }

/** hard shrinkage. @category TF.js */
export function hardshrink(x: Tensor, lambd?: number): Tensor { return apply('hardshrink', x, [lambd]); }

/** GLU: a·σ(b), halves a | b of the last axis, which halves. @category TF.js */
export function glu(x: Tensor): Tensor { return apply('glu', x, []); }

/** ReGLU: a·relu(b), halves a | b of the last axis. @category TF.js */
export function reglu(x: Tensor): Tensor { return apply('reglu', x, []); }

/** GEGLU: a·gelu(b), halves a | b of the last axis. @category TF.js */
export function geglu(x: Tensor): Tensor { return apply('geglu', x, []); }

/** GEGLU with the tanh GELU, halves a | b of the last axis. @category TF.js */
export function gegluTanh(x: Tensor): Tensor { return apply('gegluTanh', x, []); }

/** SwiGLU: a·b·σ(βb), halves a | b of the last axis. @category TF.js */
export function swiglu(x: Tensor, beta?: number): Tensor { return apply('swiglu', x, [beta]); }

/** maxout: the max of each group of `pieces` along the last axis, which is divided by pieces. @category TF.js */
export function maxout(x: Tensor, pieces: number): Tensor { return apply('maxout', x, [pieces]); }

/** softmax along the last axis. @category TF.js */
export function softmax(x: Tensor): Tensor { return apply('softmax', x, []); }

/** log-softmax along the last axis. @category TF.js */
export function logSoftmax(x: Tensor): Tensor { return apply('logSoftmax', x, []); }

/** log-sum-exp along the last axis, which is removed. @category TF.js */
export function logSumExp(x: Tensor): Tensor { return apply('logSumExp', x, []); }
