// The OpDef (forward kernel, backward kernel, gradient) of each activation of ./specs.ts, and the
// argument checks every op makes before it reaches TF.js.
import type { Tensor } from '@tensorflow/tfjs-core';
import { describe } from '../internal/check.js';
import { type KernelDef, type OpDef, runOp } from './registry.js';
import { kernelArgs, outputShape, SPECS, type SpecName } from './specs.js';

/** Throws a TypeError unless `x` is a float32 tf.Tensor (the op's name and the value in the message). */
export function checkTensor(op: string, name: string, x: unknown): asserts x is Tensor {
  const t = x as Partial<Tensor> | null;
  if (typeof x !== 'object' || t === null || !Array.isArray(t.shape) || typeof t.dtype !== 'string' || t.dataId === undefined) {
    throw new TypeError(`${op}: ${name} must be a tf.Tensor, got ${describe(x)}`);
  }
  if (t.dtype !== 'float32')
    throw new TypeError(`${op}: ${name} must be a float32 tensor, got dtype ${t.dtype} (cast it with tf.cast(${name}, 'float32'))`);
}

const kernelName = (name: string): string => `Rectified${name[0].toUpperCase()}${name.slice(1)}`;
const numbers = (v: unknown): number[] => (Array.isArray(v) ? v.filter((e): e is number => typeof e === 'number') : []);

function define(name: SpecName): OpDef {
  const spec = SPECS[name];
  const fromY = spec.layout === 'rowwise';
  const forward: KernelDef = {
    name: kernelName(name),
    inputs: ['x'],
    plan: ([shape], attrs) => {
      const params = numbers(attrs.params);
      return {
        outputs: [outputShape(name, spec.layout, shape, params)],
        compute: ([x], [out]) => {
          if (x.length > 0) spec.forward(out, x, ...kernelArgs(spec.layout, shape, params));
        },
      };
    },
  };
  const saved = fromY ? 'y' : 'x';
  const backward: KernelDef = {
    name: `${kernelName(name)}Backward`,
    inputs: ['dy', saved],
    plan: ([, shape], attrs) => {
      const params = numbers(attrs.params);
      return {
        outputs: [shape],
        compute: ([dy, x], [dx]) => {
          if (x.length > 0) spec.backward(dx, dy, x, ...kernelArgs(spec.layout, shape, params));
        },
      };
    },
  };
  const op: OpDef = {
    forward,
    backward,
    gradient: {
      ...(fromY ? { outputsToSave: [true] } : { inputsToSave: ['x'] }),
      gradFunc: (dy, [s], attrs) => ({ x: () => runOp(op, backward, { dy: dy as Tensor, [saved]: s }, attrs) as Tensor }),
    },
  };
  return op;
}

const defs = new Map<SpecName, OpDef>();

/** The op `name` applied to x with the given parameters (undefined: the default). */
export function apply(name: SpecName, x: unknown, args: readonly unknown[]): Tensor {
  checkTensor(name, 'x', x);
  const spec = SPECS[name];
  const params = spec.params.map((p, i) => {
    const v = args[i] === undefined ? spec.defaults[i] : args[i];
    if (typeof v !== 'number') throw new TypeError(`${name}: ${p} must be a number, got ${describe(v)}`);
    return v;
  });
  outputShape(name, spec.layout, x.shape, params);
  let op = defs.get(name);
  if (op === undefined) {
    op = define(name);
    defs.set(name, op);
  }
  return runOp(op, op.forward, { x }, { params }) as Tensor;
}
