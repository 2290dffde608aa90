// Manifest entries of the activations over pairs, groups and rows: the gated linear units
// (halves a | b), maxout (groups of `pieces`), sShapedRelu (elementwise, but with four required
// learnable parameters) and the row-wise softmax family; README order, as in ./elementwise.ts.
import { FIVE, ROWWISE, type Activation } from './types.js';

const KB = 1024;

export const STRUCTURED: readonly Activation[] = [
  {
    name: 'glu', folder: 'glu', file: 'glu', category: 'Gated linear units', shape: 'gated', forms: FIVE,
    params: [{ name: 'rowSize', default: null, domain: 'even, divides x.length (kernels)' }],
    readme: { params: 'arrays: `rowSize` (even), halves a \\| b', notes: 'a·σ(b); backward for both halves' },
    frameworks: { pytorch: '`F.glu(dim=-1)`', jax: '`glu`', keras: '`glu`' },
    fixtures: { kind: 'vector', file: 'test/fixtures/accuracy-vector/glu.json' },
    budget: { scalar: 480, five: 2944 },
  },
  {
    name: 'reglu', folder: 'reglu', file: 'reglu', category: 'Gated linear units', shape: 'gated', forms: FIVE,
    params: [{ name: 'rowSize', default: null, domain: 'even, divides x.length (kernels)' }],
    readme: { params: 'arrays: `rowSize` (even), halves a \\| b', notes: 'a·relu(b); ∂/∂b = 0 at b = 0' },
    frameworks: { pytorch: '—', jax: '—', keras: '—' },
    fixtures: { kind: 'vector', file: 'test/fixtures/accuracy-vector/reglu.json' },
    budget: { scalar: 448, five: 3360 },
  },
  {
    name: 'geglu', folder: 'geglu', file: 'geglu', category: 'Gated linear units', shape: 'gated', forms: FIVE,
    params: [{ name: 'rowSize', default: null, domain: 'even, divides x.length (kernels)' }],
    readme: { params: 'arrays: `rowSize` (even), halves a \\| b', notes: 'a·gelu(b), exact / tanh form' },
    frameworks: { pytorch: '— (request #80168)', jax: '—', keras: '—' },
    fixtures: { kind: 'vector', file: 'test/fixtures/accuracy-vector/geglu.json' },
    budget: { scalar: 3 * KB, five: 14 * KB },
  },
  {
    name: 'gegluTanh', folder: 'geglu', file: 'geglu-tanh', category: 'Gated linear units', shape: 'gated', forms: FIVE,
    params: [{ name: 'rowSize', default: null, domain: 'even, divides x.length (kernels)' }],
    readme: { sameRowAs: 'geglu' },
    frameworks: { pytorch: '— (request #80168)', jax: '—', keras: '—' },
    fixtures: { kind: 'vector', file: 'test/fixtures/accuracy-vector/gegluTanh.json' },
    budget: { scalar: 1792, five: 6656 },
  },
  {
    name: 'swiglu', folder: 'swiglu', file: 'swiglu', category: 'Gated linear units', shape: 'gated', forms: FIVE,
    params: [{ name: 'beta', default: 1, domain: 'finite' }, { name: 'rowSize', default: null, domain: 'even, divides x.length (kernels)' }],
    readme: { params: '`beta = 1`; arrays: `rowSize` (even), halves a \\| b', notes: 'a·b·σ(βb); Megatron-LM and ONNX SwiGLU (opset 28, unreleased) gate the **first** half' },
    frameworks: { pytorch: '— (request #128712)', jax: '—', keras: '—' },
    fixtures: { kind: 'vector', file: 'test/fixtures/accuracy-vector/swiglu.json' },
    budget: { scalar: 1280, five: 5504 },
  },
  {
    name: 'maxout', folder: 'maxout', file: 'maxout', category: 'Piecewise learnable', shape: 'grouped', forms: FIVE,
    params: [{ name: 'pieces', default: null, domain: 'positive integer dividing x.length (kernels)' }],
    readme: { params: 'arrays: `pieces` (required), one output per group', notes: 'max of each group; backward routes dy to the first max (NaN: the first NaN)' },
    frameworks: { pytorch: '—', jax: '— (`jnp.max` splits ties)', keras: '— (TF Addons `Maxout`)' },
    fixtures: { kind: 'vector', file: 'test/fixtures/accuracy-vector/rows.json' },
    bench: { args: [4] },
    budget: { scalar: 1024, five: 3200 },
  },
  {
    name: 'sShapedRelu', folder: 's-shaped-relu', file: 's-shaped-relu', category: 'Piecewise learnable', shape: 'elementwise', forms: FIVE,
    params: [{ name: 'tl', default: null, domain: 'finite, ≤ tr' }, { name: 'al', default: null, domain: 'finite' }, { name: 'tr', default: null, domain: 'finite' }, { name: 'ar', default: null, domain: 'finite' }],
    readme: { params: '`tl, al, tr, ar` (required, tl ≤ tr); arrays: numbers or per-channel `Float32Array`s, `innerSize`', notes: 'outer slope at the kinks (al at tl, ar at tr); backward accumulates ∂/∂tl, al, tr, ar' },
    frameworks: { pytorch: '—', jax: '—', keras: '— (keras-contrib `SReLU`)' },
    fixtures: { kind: 'registry' },
    bench: { args: [{ tl: -2, al: 0.1, tr: 2, ar: 0.5 }] },
    contract: { params: [[-1.5, -0.25, 1.25, -0.6], [0, 0.2, 2, 1]] },
    kernelParamFields: ['tl', 'al', 'tr', 'ar'],
    budget: { scalar: 2688, five: 7360 },
  },
  {
    name: 'softmax', folder: 'softmax', file: 'softmax', category: 'Normalising', shape: 'rowwise', forms: ROWWISE,
    params: [{ name: 'rowSize', default: 'x.length', domain: 'positive integer dividing x.length' }],
    readme: { params: 'arrays: `rowSize = x.length`', notes: 'backward from the **output** y: `softmaxBackwardF32(dx, dy, y, rowSize?)`; all −∞ row → NaN' },
    frameworks: { pytorch: '`F.softmax(dim=-1)`', jax: '`softmax`', keras: '`softmax`', tfjs: 'tf.softmax', onnx: 'Softmax' },
    fixtures: { kind: 'vector', file: 'test/fixtures/accuracy-vector/rows.json' },
    budget: { scalar: 1440, five: 4800 },
  },
  {
    name: 'logSoftmax', folder: 'log-softmax', file: 'log-softmax', category: 'Normalising', shape: 'rowwise', forms: ROWWISE,
    params: [{ name: 'rowSize', default: 'x.length', domain: 'positive integer dividing x.length' }],
    readme: { params: 'arrays: `rowSize = x.length`', notes: 'backward from the **output** y: `logSoftmaxBackwardF32(dx, dy, y, rowSize?)`; log1p form keeps tiny terms' },
    frameworks: { pytorch: '`F.log_softmax`', jax: '`log_softmax`', keras: '`log_softmax`', tfjs: 'tf.logSoftmax', onnx: 'LogSoftmax' },
    fixtures: { kind: 'vector', file: 'test/fixtures/accuracy-vector/rows.json' },
    budget: { scalar: 1536, five: 5376 },
  },
  {
    name: 'logSumExp', folder: 'log-sum-exp', file: 'log-sum-exp', category: 'Normalising', shape: 'rowReduction', forms: ROWWISE,
    params: [{ name: 'rowSize', default: 'x.length', domain: 'positive integer dividing x.length' }],
    readme: { params: 'arrays: `rowSize`, one output per row', notes: 'gradient = softmax; backward from the input x, one dy per row: `logSumExpBackwardF32(dx, dy, x, rowSize?)`; all −∞ row → −∞' },
    frameworks: { pytorch: '`torch.logsumexp`', jax: '`logsumexp`', keras: '`ops.logsumexp`', tfjs: 'tf.logSumExp' },
    fixtures: { kind: 'vector', file: 'test/fixtures/accuracy-vector/rows.json' },
    budget: { scalar: 1344, five: 4192 },
  },
];
