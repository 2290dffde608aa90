// Optimisers over the MLP's parameter/gradient pairs: SGD with (optional) momentum, and Adam.
// Plain loops over Float32Arrays; state arrays are allocated once.

export interface ParamGroup {
  param: Float32Array;
  grad: Float32Array;
}

export interface Optimizer {
  step(): void;
}

export interface OptimizerSpec {
  kind: 'sgd' | 'adam';
  lr: number;
  /** SGD momentum (default 0). */
  momentum?: number;
}

/** SGD: v = μv + g; p −= lr·v (PyTorch's form; μ = 0 is plain SGD). */
export function sgd(params: ParamGroup[], lr: number, momentum = 0): Optimizer {
  const velocity = params.map((p) => new Float32Array(p.param.length));
  return {
    step() {
      for (let i = 0; i < params.length; i++) {
        const { param, grad } = params[i];
        const v = velocity[i];
        for (let k = 0; k < param.length; k++) {
          const u = momentum * v[k] + grad[k];
          v[k] = u;
          param[k] -= lr * u;
        }
      }
    },
  };
}

/** Adam (Kingma & Ba) with bias correction; β1 = 0.9, β2 = 0.999, ε = 1e−8. */
export function adam(params: ParamGroup[], lr: number, beta1 = 0.9, beta2 = 0.999, eps = 1e-8): Optimizer {
  const m = params.map((p) => new Float32Array(p.param.length));
  const v = params.map((p) => new Float32Array(p.param.length));
  let t = 0;
  return {
    step() {
      t++;
      const c1 = 1 - beta1 ** t;
      const c2 = 1 - beta2 ** t;
      for (let i = 0; i < params.length; i++) {
        const { param, grad } = params[i];
        const mi = m[i];
        const vi = v[i];
        for (let k = 0; k < param.length; k++) {
          const g = grad[k];
          mi[k] = beta1 * mi[k] + (1 - beta1) * g;
          vi[k] = beta2 * vi[k] + (1 - beta2) * g * g;
          param[k] -= (lr * (mi[k] / c1)) / (Math.sqrt(vi[k] / c2) + eps);
        }
      }
    },
  };
}

/** The optimiser a spec describes. */
export function makeOptimizer(params: ParamGroup[], spec: OptimizerSpec): Optimizer {
  return spec.kind === 'adam' ? adam(params, spec.lr) : sgd(params, spec.lr, spec.momentum ?? 0);
}
