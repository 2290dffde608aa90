/**
 * Activations by name, as framework configs and model files spell them: `activation('gelu_new')`,
 * `activation('torch:leaky_relu', { negative_slope: 0.2 })`, `activation('onnx:HardSigmoid')`
 * return the rectified function with that framework's defaults bound, in its forms (float64
 * scalar, derivative, Float32Array kernels, fused backward), at rectified's accuracy.
 *
 * Names: rectified's own function names (`leakyRelu`, `geluTanh`), and each framework's names
 * behind a prefix — `torch:` (PyTorch functional and class names), `keras:` (Keras 3),
 * `keras2:` (Keras 2 / tf.keras), `jax:` (`jax.nn`), `onnx:` (operators), `hf:` (Hugging Face
 * transformers' `ACT2FN`). A bare framework name resolves when every framework that has it
 * means the same function with the same defaults (`gelu_new`, `hard_swish`, `quick_gelu`) and is
 * a RangeError naming the choices when they differ (`leaky_relu`: 0.01 in PyTorch and JAX, 0.2
 * in Keras 3); a bare name that is also rectified's own (`gelu`, `relu6`, `softplus`) is
 * rectified's. Names are matched as spelled first, then case-insensitively when that is
 * unambiguous the same way (`RELU`, `torch:leakyrelu`). docs/registry.md lists every name.
 *
 * This subpath imports every activation: import the function itself (`rectified/gelu`) where the
 * name is known when writing the code.
 *
 * @module
 */
import { describe } from '../internal/check.js';
import { bindForms } from './bind.js';
import { FUNCTIONS } from './functions.js';
import { allNames, find } from './resolve.js';
import type { Activation, Overrides, ParamValue } from './types.js';

export type {
  Activation,
  ActivationInfo,
  ElementwiseActivation,
  Framework,
  GatedActivation,
  Overrides,
  ParamValue,
  ReductionActivation,
  RowwiseActivation,
} from './types.js';

const quote = (v: ParamValue): string => (typeof v === 'string' ? `'${v}'` : String(v));

/**
 * The activation a name stands for, with the framework's defaults bound and `overrides`
 * replacing them by name. Parameter values are checked once here, by the function's own checks.
 *
 * @param name - rectified's function name (`'leakyRelu'`), a framework name with its prefix
 *   (`'torch:leaky_relu'`, `'keras:hard_sigmoid'`, `'onnx:Gelu'`, `'hf:gelu_new'`), or a bare
 *   framework name on which the frameworks agree (`'gelu_new'`)
 * @param overrides - parameter values by name, rectified's (`negativeSlope`) or the framework's
 *   (`negative_slope`); a variant switch by the framework's name and values (PyTorch's and ONNX's
 *   `approximate: 'tanh'`, Keras's and JAX's `approximate: true | false`)
 * @returns the forms, the bound `params` and what the name resolved to; narrow it on `kind`
 * @throws {TypeError} if name is not a string, overrides not an object, or a value of the wrong type
 * @throws {RangeError} for an unknown name (with the closest names), an ambiguous bare name, a
 *   name not supported (Hugging Face's `gelu_10`), an unknown parameter, a missing required one,
 *   or a value the function rejects
 * @example
 * const act = activation('torch:leaky_relu', { negative_slope: 0.2 });
 * act.canonical //=> 'leakyRelu'
 * act.params.negativeSlope //=> 0.2
 * act.kind === 'elementwise' && act.f(-1) //=> -0.2
 * activation('keras:leaky_relu').params.negativeSlope //=> 0.2
 * activation('jax:gelu').canonical //=> 'geluTanh'
 * activation('torch:gelu', { approximate: 'tanh' }).canonical //=> 'geluTanh'
 * activation('quick_gelu').params.beta //=> 1.702
 * @category Registry
 */
export function activation(name: string, overrides: Overrides = {}): Activation {
  if (typeof name !== 'string') throw new TypeError(`name must be a string, got ${describe(name)}`);
  if (typeof overrides !== 'object' || overrides === null) {
    throw new TypeError(`overrides must be an object of parameter values, got ${describe(overrides)}`);
  }
  const { entry, canonical: defaultFn, fw } = find(name);
  const given = new Map(Object.entries(overrides));

  let canonical = defaultFn;
  const variant = entry?.variant;
  if (variant !== undefined && given.has(variant.param)) {
    const v = given.get(variant.param)!;
    const hit = variant.fns.find(([value]) => value === v);
    if (hit === undefined) {
      throw new RangeError(`${variant.param} must be one of ${variant.fns.map(([value]) => quote(value)).join(', ')}, got ${describe(v)}`);
    }
    canonical = hit[1];
    given.delete(variant.param);
  }

  const def = FUNCTIONS[canonical]!;
  const ours = def.params.map((p) => p.name);
  // The names a parameter may be given by: the framework's (mapped to ours) and ours for the same.
  const args: Record<string, string> = entry === null ? Object.fromEntries(ours.map((n) => [n, n])) : { ...entry.args };
  for (const n of Object.values(args)) args[n] = n;
  const values = new Map<string, number>();
  const givenAs = new Map<string, string>();
  for (const [key, v] of given) {
    const to = args[key];
    if (to === undefined) {
      const takes = [...Object.keys(args), ...(variant ? [variant.param] : [])];
      throw new RangeError(
        `unknown parameter '${key}' for activation '${name}'; it takes ${takes.length > 0 ? takes.map((t) => `'${t}'`).join(', ') : 'none'}`,
      );
    }
    if (typeof v !== 'number') throw new TypeError(`${key} must be a number, got ${describe(v)}`);
    if (givenAs.has(to))
      throw new RangeError(`parameter '${to}' of activation '${name}' is given twice, as '${givenAs.get(to)}' and '${key}'`);
    givenAs.set(to, key);
    values.set(to, v);
  }

  const bound = def.params.map((p) => values.get(p.name) ?? (entry?.set && p.name in entry.set ? entry.set[p.name]! : p.default));
  const missing = def.params.filter((_, i) => bound[i] === null).map((p) => p.name);
  if (missing.length > 0) {
    throw new RangeError(`activation '${name}' needs ${missing.join(' and ')} (no default${fw === null ? '' : ` in ${fw}`})`);
  }
  const numbers = bound as number[];
  // The function's own checks, once, so a bad value fails here rather than at the first call.
  if (def.kind === 'elementwise') {
    def.f(0, ...numbers.filter((_, i) => !def.params[i]!.derivativeOnly));
    def.derivative(0, ...numbers);
  } else if (def.kind === 'gated') def.f(0, 0, ...numbers);

  const kinks = entry?.kinks ?? [];
  return {
    kind: def.kind,
    name,
    framework: fw,
    canonical,
    params: Object.fromEntries(def.params.map((p, i) => [p.name, numbers[i]!])),
    kinks,
    ...bindForms(def, numbers, kinks),
  } as Activation;
}

/**
 * Every name {@link activation} resolves: rectified's own function names, then each framework's
 * names with their prefix (`torch:leaky_relu`). Bare framework names on which the frameworks
 * agree resolve too, and are not listed separately.
 *
 * @returns the names, own names first, then by framework in table order
 * @example
 * activationNames().includes('hf:gelu_new') //=> true
 * activationNames().includes('leakyRelu') //=> true
 * @category Registry
 */
export function activationNames(): string[] {
  return allNames();
}
