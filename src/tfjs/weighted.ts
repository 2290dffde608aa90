// The two ops whose parameters are tensors that can be learnt: prelu (weight) and sShapedRelu
// (tl, al, tr, ar). Each parameter is one value (shape [] or [1]) or one per channel of the last
// axis (shape [C], C = the last axis), as Keras's PReLU with shared_axes over all but the last.
// The backward kernel returns dx and the parameters' gradients in one pass; the gradient
// function runs it once and hands each input its share.

import type { Tensor } from '@tensorflow/tfjs-core';
import { scalar, tidy } from '@tensorflow/tfjs-core';
import { preluBackwardF32, preluF32 } from '../activations/prelu/prelu.js';
import { sShapedReluBackwardF32, sShapedReluF32 } from '../activations/s-shaped-relu/s-shaped-relu.js';
import { describe } from '../internal/check.js';
import { checkTensor } from './define.js';
import { type OpDef, runOp } from './registry.js';

const S_FIELDS = ['tl', 'al', 'tr', 'ar'] as const;

/** A parameter given as a number becomes a scalar tensor (disposed by the caller's tidy); also used by ops-snake.ts. */
export function paramTensor(op: string, name: string, value: unknown, x: Tensor): Tensor {
  if (typeof value === 'number') return scalar(value);
  checkTensor(op, name, value);
  const n = value.size;
  const last = x.shape.length > 0 ? x.shape[x.shape.length - 1] : 1;
  if (value.shape.length > 1 || !(n === 1 || n === last)) {
    throw new RangeError(`${op}: ${name} must have shape [] or [1] or [${last}] (the last axis of x), got [${value.shape.join(', ')}]`);
  }
  return value;
}

export function weightedOp(
  name: string,
  params: readonly string[],
  forward: (out: Float32Array, x: Float32Array, w: readonly Float32Array[]) => void,
  backward: (dx: Float32Array, dy: Float32Array, x: Float32Array, w: readonly Float32Array[], grads: readonly Float32Array[]) => void,
): OpDef {
  const kernel = `Rectified${name[0].toUpperCase()}${name.slice(1)}`;
  const op: OpDef = {
    forward: {
      name: kernel,
      inputs: ['x', ...params],
      plan: ([shape]) => ({
        outputs: [shape],
        compute: ([x, ...w], [out]) => {
          if (x.length > 0) forward(out, x, w);
        },
      }),
    },
    backward: {
      name: `${kernel}Backward`,
      inputs: ['dy', 'x', ...params],
      plan: ([, shape, ...wShapes]) => ({
        outputs: [shape, ...wShapes],
        compute: ([dy, x, ...w], [dx, ...grads]) => {
          for (const g of grads) g.fill(0); // the library accumulates into them
          if (x.length > 0) backward(dx, dy, x, w, grads);
        },
      }),
    },
    gradient: {
      inputsToSave: ['x', ...params],
      gradFunc: (dy, saved) => {
        // Run once here, not in each input's thunk: TF.js calls every thunk in its own tidy,
        // which would dispose the outputs a thunk does not return.
        const inputs: Record<string, Tensor> = { dy: dy as Tensor, x: saved[0] };
        params.forEach((p, i) => {
          inputs[p] = saved[i + 1];
        });
        const [dx, ...grads] = runOp(op, op.backward, inputs, {}) as Tensor[];
        return Object.fromEntries([['x', () => dx], ...params.map((p, i) => [p, () => grads[i]] as const)]);
      },
    },
  };
  return op;
}

const PRELU = weightedOp(
  'prelu',
  ['weight'],
  (out, x, [w]) => {
    preluF32(out, x, w, 1);
  },
  (dx, dy, x, [w], [g]) => {
    preluBackwardF32(dx, dy, x, w, 1, g);
  },
);

const fields = (w: readonly Float32Array[]): Record<(typeof S_FIELDS)[number], Float32Array> => ({
  tl: w[0],
  al: w[1],
  tr: w[2],
  ar: w[3],
});

const S_SHAPED = weightedOp(
  'sShapedRelu',
  S_FIELDS,
  (out, x, w) => {
    sShapedReluF32(out, x, fields(w), 1);
  },
  (dx, dy, x, w, g) => {
    sShapedReluBackwardF32(dx, dy, x, fields(w), 1, fields(g));
  },
);

/**
 * rectified's {@link prelu} as a TF.js op: x where x > 0, weight·x elsewhere. `weight` is a
 * number, or a float32 tensor of shape [] / [1] / [C] (one slope per channel of the last axis);
 * a tensor weight (a tf.Variable) gets its gradient, so it can be learnt.
 *
 * @param x - a float32 tensor
 * @param weight - the slope for x ≤ 0: a number, or a tensor of shape [] / [1] / [C]
 * @throws {TypeError} if x or a tensor weight is not a float32 tf.Tensor
 * @throws {RangeError} if a weight is not finite or its shape does not fit x's last axis
 * @category TF.js
 */
export function prelu(x: Tensor, weight: number | Tensor = 0.25): Tensor {
  checkTensor('prelu', 'x', x);
  return tidy(() => runOp(PRELU, PRELU.forward, { x, weight: paramTensor('prelu', 'weight', weight, x) }, {}) as Tensor);
}

/** The parameters of {@link sShapedRelu}: numbers, or float32 tensors of shape [] / [1] / [C]. @category TF.js */
export interface SShapedReluTensors {
  tl: number | Tensor;
  al: number | Tensor;
  tr: number | Tensor;
  ar: number | Tensor;
}

/**
 * rectified's {@link sShapedRelu} (S-shaped ReLU) as a TF.js op; tensor parameters (tf.Variables)
 * get their gradients. All four must have the same number of values (1, or C for the last axis).
 *
 * @param x - a float32 tensor
 * @param params - tl, al, tr, ar: numbers, or tensors of shape [] / [1] / [C]
 * @throws {TypeError} if x or a tensor parameter is not a float32 tf.Tensor
 * @throws {RangeError} if a parameter is not finite, tl > tr, or the shapes do not fit x
 * @category TF.js
 */
export function sShapedRelu(x: Tensor, params: SShapedReluTensors): Tensor {
  checkTensor('sShapedRelu', 'x', x);
  if (typeof params !== 'object' || params === null)
    throw new TypeError(`sShapedRelu: params must be an object { tl, al, tr, ar }, got ${describe(params)}`);
  return tidy(() => {
    const inputs: Record<string, Tensor> = { x };
    for (const f of S_FIELDS) inputs[f] = paramTensor('sShapedRelu', f, params[f], x);
    const sizes = new Set(S_FIELDS.map((f) => inputs[f].size));
    if (sizes.size > 1)
      throw new RangeError(
        `sShapedRelu: tl, al, tr and ar must have the same number of values, got ${S_FIELDS.map((f) => `${f}: ${inputs[f].size}`).join(', ')}`,
      );
    return runOp(S_SHAPED, S_SHAPED.forward, inputs, {}) as Tensor;
  });
}
