// Binding parameter values into a function's forms, and a framework's derivative at its kinks on
// top. With no values to bind the forms are rectified's own functions, not wrappers.
import { checkBackward, checkUnary } from '../internal/check.js';
import type { ElementwiseDef, FunctionDef, GatedDef } from './functions.js';
import type { Kinks } from './names.js';

type Forms = Omit<ElementwiseDef, 'kind' | 'params'> | Omit<GatedDef, 'kind' | 'params'>;
type AnyFn = (...args: never[]) => unknown;

/** fn with `values` appended after its first `arity` arguments. */
function bindTail<F extends AnyFn>(fn: F, arity: number, values: readonly number[]): F {
  if (values.length === 0) return fn;
  const call = fn as unknown as (...args: unknown[]) => unknown;
  if (arity === 1) return ((x: unknown) => call(x, ...values)) as unknown as F;
  if (arity === 2) return ((a: unknown, b: unknown) => call(a, b, ...values)) as unknown as F;
  if (arity === 3) return ((a: unknown, b: unknown, c: unknown) => call(a, b, c, ...values)) as unknown as F;
  return ((a: unknown, b: unknown, c: unknown, d: unknown) => call(a, b, c, d, ...values)) as unknown as F;
}

/**
 * The elementwise forms with the framework's derivative at its kinks: the points are collected
 * before the kernel runs (which may overwrite x, or dy, in place) and written after it.
 */
function withKinks(forms: Omit<ElementwiseDef, 'kind' | 'params'>, kinks: Kinks): Omit<ElementwiseDef, 'kind' | 'params'> {
  if (kinks.length === 0) return forms;
  const slopeAt = (x: number): number | undefined => {
    for (const [k, d] of kinks) if (x === k) return d;
    return undefined;
  };
  const { derivative, derivativeF32, backwardF32 } = forms;
  return {
    ...forms,
    derivative: (x) => {
      const d = derivative(x);
      return slopeAt(x) ?? d;
    },
    derivativeF32: (out, x) => {
      checkUnary(out, x);
      const at: number[] = [];
      for (let i = 0; i < x.length; i++) {
        const d = slopeAt(x[i]);
        if (d !== undefined) at.push(i, d);
      }
      derivativeF32(out, x);
      for (let j = 0; j < at.length; j += 2) out[at[j]] = at[j + 1];
      return out;
    },
    backwardF32: (dx, dy, x) => {
      checkBackward(dx, dy, x);
      const at: number[] = [];
      for (let i = 0; i < x.length; i++) {
        const d = slopeAt(x[i]);
        if (d !== undefined) at.push(i, dy[i] * d);
      }
      backwardF32(dx, dy, x);
      for (let j = 0; j < at.length; j += 2) dx[at[j]] = at[j + 1];
      return dx;
    },
  };
}

/** The forms of `def` with `values` (one per parameter, in order) bound, and the kinks applied. */
export function bindForms(def: FunctionDef, values: readonly number[], kinks: Kinks): Forms | Omit<FunctionDef, 'kind' | 'params'> {
  const forward = values.filter((_, i) => !def.params[i]!.derivativeOnly);
  if (def.kind === 'elementwise') {
    return withKinks(
      {
        f: bindTail(def.f, 1, forward),
        derivative: bindTail(def.derivative, 1, values),
        f32: bindTail(def.f32, 2, forward),
        derivativeF32: bindTail(def.derivativeF32, 2, values),
        backwardF32: bindTail(def.backwardF32, 3, values),
      },
      kinks,
    );
  }
  if (def.kind === 'gated') {
    // The kernels take rowSize before the parameters: bind after it (undefined: x.length).
    return {
      f: bindTail(def.f, 2, values),
      derivative: bindTail(def.derivative, 2, values),
      f32: bindTail(def.f32, 3, values),
      derivativeF32: bindTail(def.derivativeF32, 3, values),
      backwardF32: bindTail(def.backwardF32, 4, values),
    };
  }
  const { kind: _kind, params: _params, ...forms } = def;
  return forms;
}
