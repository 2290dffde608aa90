// Argument checks and the per-row formula of softmaxCrossEntropy (src/activations/softmax-cross-entropy):
// the options, the class labels (integers in [0, C) or the ignore index), the per-class weights,
// and the combination of the row sums into the loss. PyTorch's F.cross_entropy semantics.
import { assertFloat32Array, assertNumbers, describe } from './check.js';
import { sumError } from './dd.js';
import { paramInInterval } from './params.js';

/** Options of the one-row {@link softmaxCrossEntropy} (PyTorch's `reduction='none'` for one row). */
export interface SoftmaxCrossEntropyRowOptions {
  /** ε in [0, 1] (default 0): the target becomes (1 − ε)·target + ε/C, as PyTorch's `label_smoothing`. */
  labelSmoothing?: number | undefined;
  /** A class label that marks a row to skip: loss 0 and gradient 0 (default −100, PyTorch's `ignore_index`). */
  ignoreIndex?: number | undefined;
  /** Per-class weights w_c, finite and ≥ 0, one per class (PyTorch's `weight`). */
  weight?: ArrayLike<number> | undefined;
}

/** Options of {@link softmaxCrossEntropyF32}: the row options plus the reduction over rows. */
export interface SoftmaxCrossEntropyOptions extends SoftmaxCrossEntropyRowOptions {
  /** Per-class weights, a Float32Array of rowSize entries, finite and ≥ 0. */
  weight?: Float32Array | undefined;
  /** 'mean' (default: Σ loss / Σ weight of the counted rows), 'sum', or 'none' (per-row losses into `losses`). */
  reduction?: 'mean' | 'sum' | 'none' | undefined;
  /** Receives each row's loss (0 for an ignored row); required with reduction 'none'. */
  losses?: Float64Array | Float32Array | undefined;
}

/** The checked options: ε, the ignore index, the weights (a copy, or null) and the reduction. */
export interface CheckedOptions {
  eps: number;
  ignore: number;
  weight: Float64Array | null;
  reduction: 'mean' | 'sum' | 'none';
  losses: Float64Array | Float32Array | null;
}

const REDUCTIONS = ['mean', 'sum', 'none'];

/** The typed-array tag of a value (undefined for anything else), read from its internal slot. */
const tagOf = /* @__PURE__ */ (() =>
  Object.getOwnPropertyDescriptor(Object.getPrototypeOf(Int8Array.prototype) as object, Symbol.toStringTag)?.get)() as (
  this: unknown,
) => string | undefined;

/** 'Int32Array', 'Float64Array', …: the brand of a typed array of any realm, undefined otherwise. */
export function typedArrayTag(value: unknown): string | undefined {
  return ArrayBuffer.isView(value) ? tagOf.call(value) : undefined;
}

/**
 * Checks `options` (an object or undefined) for C = `classes` classes: ε, the ignore index, the
 * weights (an array-like here; the kernel requires a Float32Array first). Other keys are ignored.
 */
export function checkOptions(options: unknown, classes: number): CheckedOptions {
  if (options !== undefined && (typeof options !== 'object' || options === null)) {
    throw new TypeError(`options must be an object, got ${describe(options)}`);
  }
  const o = (options ?? {}) as Record<string, unknown>;
  const eps = o.labelSmoothing === undefined ? 0 : paramInInterval('labelSmoothing', o.labelSmoothing, 0, 1);
  let ignore = -100;
  if (o.ignoreIndex !== undefined) {
    if (typeof o.ignoreIndex !== 'number') throw new TypeError(`ignoreIndex must be an integer, got ${describe(o.ignoreIndex)}`);
    if (!Number.isInteger(o.ignoreIndex)) throw new RangeError(`ignoreIndex must be an integer, got ${describe(o.ignoreIndex)}`);
    ignore = o.ignoreIndex + 0;
  }
  let weight: Float64Array | null = null;
  if (o.weight !== undefined) {
    assertNumbers('weight', o.weight);
    const w = o.weight as ArrayLike<number>;
    if (w.length !== classes) throw new RangeError(`weight.length must be the number of classes ${classes}, got ${w.length}`);
    weight = new Float64Array(classes);
    for (let c = 0; c < classes; c++) {
      const v = w[c];
      if (!(v >= 0 && v < Infinity)) throw new RangeError(`weight[${c}] must be finite and >= 0, got ${describe(v)}`);
      weight[c] = v + 0;
    }
  }
  return { eps, ignore, weight, reduction: 'mean', losses: null };
}

/** {@link checkOptions} for the kernel: also the reduction and the `losses` array. */
export function checkKernelOptions(options: unknown, classes: number): CheckedOptions {
  const o = (options ?? {}) as Record<string, unknown>;
  if (typeof options === 'object' && options !== null && o.weight !== undefined) assertFloat32Array('weight', o.weight);
  const checked = checkOptions(options, classes);
  if (o.reduction !== undefined) {
    if (typeof o.reduction !== 'string') throw new TypeError(`reduction must be 'mean', 'sum' or 'none', got ${describe(o.reduction)}`);
    if (!REDUCTIONS.includes(o.reduction)) throw new RangeError(`reduction must be 'mean', 'sum' or 'none', got ${describe(o.reduction)}`);
    checked.reduction = o.reduction as CheckedOptions['reduction'];
  }
  if (o.losses !== undefined) {
    const tag = typedArrayTag(o.losses);
    if (tag !== 'Float64Array' && tag !== 'Float32Array') {
      throw new TypeError(`losses must be a Float64Array or a Float32Array, got ${describe(o.losses)}`);
    }
    checked.losses = o.losses as Float64Array | Float32Array;
  } else if (checked.reduction === 'none') {
    throw new TypeError("losses must be a Float64Array or a Float32Array with reduction 'none', got undefined (missing)");
  }
  return checked;
}

/**
 * Label `v` (target[`i`]) checked: an integer in [0, classes), returned as is, or the ignore
 * index, returned as −1. Anything else is a RangeError showing the value.
 */
export function checkLabel(v: number, i: number, classes: number, ignore: number): number {
  if (v === ignore) return -1;
  if (Number.isInteger(v) && v >= 0 && v < classes) return v;
  throw new RangeError(`target[${i}] must be an integer class label in [0, ${classes}) or ignoreIndex = ${ignore}, got ${describe(v)}`);
}

/**
 * The loss of one row from its sums, all of terms ≥ 0 so nothing cancels: ℓ_c = (m − z_c) + L is
 * −log p_c, Su = Σ u_c·(m − z_c) and U = Σ u_c for the (weighted) target u, Sw and W likewise for
 * the weights (the smoothing term; W = C without weights). PyTorch's (1 − ε)·nll + (ε/C)·smooth:
 * (1 − ε)(Su + U·L) + (ε/C)(Sw + W·L), where `L` and `lLo` are log1p(s) as a value and correction.
 */
export function rowLoss(eps: number, classes: number, su: number, u: number, sw: number, w: number, L: number, lLo: number): number {
  const nll = su + (u * L + u * lLo);
  if (eps === 0) return nll;
  const smooth = sw + (w * L + w * lLo);
  return eps === 1 ? smooth / classes : (1 - eps) * nll + (eps / classes) * smooth;
}

/** A compensated sum (Neumaier); an infinite or NaN term makes it the plain IEEE sum. */
export class Sum {
  private s = 0;
  private c = 0;
  add(t: number): void {
    const u = this.s + t;
    this.c += sumError(this.s, t, u);
    this.s = u;
  }
  value(): number {
    const t = this.s + this.c;
    return t - t === 0 ? t : this.s;
  }
}
