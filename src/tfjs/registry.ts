// Kernel and gradient registration with TF.js. Registration is lazy (on an op's first call on a
// backend), so importing rectified/tfjs has no side effect (package.json's sideEffects: false
// holds) and a backend set up after the import (wasm, webgl) still gets the kernels. A kernel or
// gradient already registered under our name (a second copy of rectified, ESM beside CJS) is
// left as it is.

import type { GradConfig, NamedAttrMap, Tensor, TensorInfo } from '@tensorflow/tfjs-core';
import { engine, getGradient, getKernel, registerGradient, registerKernel } from '@tensorflow/tfjs-core';
import { type Plan, runPlan, strategyFor } from './backends.js';

export interface KernelDef {
  /** the TF.js kernel name, prefixed `Rectified` */
  name: string;
  /** the input names, in the order the plan takes them */
  inputs: readonly string[];
  plan(shapes: readonly (readonly number[])[], attrs: NamedAttrMap): Plan;
}

export interface OpDef {
  forward: KernelDef;
  backward: KernelDef;
  gradient: Omit<GradConfig, 'kernelName'>;
}

const done = new Set<string>();

function register(def: KernelDef, backendName: string): void {
  if (getKernel(def.name, backendName) !== undefined) return;
  const strategy = strategyFor(backendName);
  registerKernel({
    kernelName: def.name,
    backendName,
    kernelFunc: ({ inputs, backend, attrs }) => {
      const infos = def.inputs.map((n) => inputs[n] as TensorInfo);
      const outs = runPlan(
        strategy,
        backend,
        infos,
        def.plan(
          infos.map((t) => t.shape),
          attrs ?? {},
        ),
      );
      return outs.length === 1 ? outs[0] : outs;
    },
  });
}

/** Registers the op's kernels on `backendName` and its gradient, once each. */
export function ensureOp(op: OpDef, backendName: string): void {
  const key = `${backendName}\u0000${op.forward.name}`;
  if (done.has(key)) return;
  register(op.forward, backendName);
  register(op.backward, backendName);
  if (getGradient(op.forward.name) === undefined) registerGradient({ kernelName: op.forward.name, ...op.gradient });
  done.add(key);
}

/** Runs a registered kernel (registering it on the current backend first). */
export function runOp(op: OpDef, def: KernelDef, inputs: Record<string, Tensor>, attrs: NamedAttrMap): Tensor | Tensor[] {
  const e = engine();
  void e.backend; // initialises the best backend when none is set yet, so backendName is known
  ensureOp(op, e.backendName);
  return e.runKernel(def.name, inputs, attrs);
}
