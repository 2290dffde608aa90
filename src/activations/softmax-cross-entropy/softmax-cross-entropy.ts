/**
 * Softmax cross-entropy: the loss −Σ_c t_c·log softmax(z)_c of rows of logits z against class labels or
 * probabilities t, and its gradient softmax(z) − t, fused (PyTorch `F.cross_entropy`).
 *
 * ![softmaxCrossEntropy of the logits (x, 0) with label 0, which is softplus(−x)](../../../docs/plots/softmax-cross-entropy.svg)
 *
 * **Formula**
 *
 * ```text
 * loss_n = −Σ_c a_c·log p_c,  p = softmax(z_n),  a_c = w_c·((1 − ε)·t_c + ε/C)
 * −log p_c = (m − z_c) + log1p(Σ_{j≠k} e^{z_j − m}), m = z_k = max z_n   (every term ≥ 0)
 * ∂loss_n/∂z_j = A·p_j − a_j, A = Σ_c a_c   (p − onehot for a label without weights or smoothing)
 * mean = Σ_n loss_n / Σ_n w_{y_n} (labels; the number of rows for probabilities), sum = Σ_n loss_n
 * ```
 *
 * t is a one-hot label (class y_n) or a row of probabilities; ε is `labelSmoothing`, w the
 * optional per-class `weight` (1 without). It is a loss, not an activation: it maps a batch of
 * rows to one number, and its kernel returns that number and writes the gradient of the logits.
 *
 * **Parameters**: `rowSize` (the kernel): classes per row C, default logits.length; options
 * `labelSmoothing` ε in [0, 1] (default 0), `ignoreIndex` (default −100), `weight`, and for the
 * kernel `reduction` ('mean' default, 'sum', 'none') and `losses`.
 *
 * **Special values**: a −∞ logit is a masked class (probability 0, gradient 0), unless the
 * target puts weight on it: then the loss is +∞ (log 0, as PyTorch; with label smoothing every
 * class has weight ε/C, so one −∞ logit makes the loss +∞, as PyTorch). A zero target weight on
 * a −∞ logit adds nothing (PyTorch: 0·∞ = NaN). A row with a NaN or a +∞ logit, or of only −∞
 * logits, has loss NaN and gradient NaN (as PyTorch's log_softmax). An ignored row contributes 0
 * and gradient 0 whatever its logits (PyTorch: NaN gradient for NaN logits there).
 *
 * Forms: `softmaxCrossEntropy(logits, target, options?)` (one row, float64, the row's loss as
 * PyTorch's `reduction='none'`) and `softmaxCrossEntropyF32(dlogits, logits, target, rowSize?,
 * options?)` (rows of float32 logits; returns the reduced loss). Import from
 * `rectified/softmaxCrossEntropy` (or its alias `rectified/softmax-cross-entropy`) or `rectified`.
 *
 * @module softmaxCrossEntropy
 * @category Losses
 */
import { assertFloat32Array, assertNumbers, assertSameLength, copyIfPartialOverlap, describe, overlaps } from '../../internal/check.js';
import {
  checkKernelOptions,
  checkLabel,
  checkOptions,
  rowLoss,
  type SoftmaxCrossEntropyOptions,
  type SoftmaxCrossEntropyRowOptions,
  Sum,
  typedArrayTag,
} from '../../internal/cross-entropy.js';
import { crossEntropyRows } from '../../internal/cross-entropy32.js';
import { sumError } from '../../internal/dd.js';
import { log1pDD, rowCount, rowSizeOf, rowStats64 } from '../../internal/softmax-row.js';

export type { SoftmaxCrossEntropyOptions, SoftmaxCrossEntropyRowOptions };

/**
 * Cross-entropy of one row of logits against a class label or a row of probabilities, in
 * float64: −Σ_c a_c·log softmax(logits)_c with a_c = w_c·((1 − ε)·t_c + ε/C) (PyTorch
 * `F.cross_entropy(logits, target, reduction='none')` for one row, weight included).
 *
 * Every term (m − z_c) + log1p(s) is ≥ 0 and carries the rounding errors of z_c − m and of the
 * compensated s, so nothing cancels: within 4 ulp of the exact value (for targets ≥ 0).
 *
 * @param logits - one row of C logits
 * @param target - a class label (an integer in [0, C), or `ignoreIndex` for a loss of 0), or C
 *   probabilities (used as given, as PyTorch does; they need not sum to 1)
 * @param options - `labelSmoothing` ε in [0, 1] (default 0), `ignoreIndex` (default −100),
 *   `weight` (C finite values ≥ 0)
 * @returns the loss (≥ 0); +Infinity where a class with target weight has logit −Infinity; NaN
 *   for a NaN or +Infinity logit or a row of only −Infinity
 * @throws {TypeError} if logits or a probability target is not an array-like of numbers, target is neither a number nor
 *   an array-like, or an option has the wrong type
 * @throws {RangeError} if a label is not an integer in [0, C) nor ignoreIndex, the probabilities' length is not C,
 *   labelSmoothing is outside [0, 1], ignoreIndex is not an integer, or a weight is negative or not finite
 * @example
 * softmaxCrossEntropy([2, 1, 0], 0) //=> 0.4076059644443803
 * softmaxCrossEntropy([0, -40], 0) //=> 4.248354255291589e-18
 * softmaxCrossEntropy([2, 1, 0], 0, { labelSmoothing: 0.1 }) //=> 0.5076059644443803
 * softmaxCrossEntropy([1, -Infinity], 1) //=> Infinity
 * @category Losses
 */
export function softmaxCrossEntropy(
  logits: ArrayLike<number>,
  target: number | ArrayLike<number>,
  options?: SoftmaxCrossEntropyRowOptions,
): number {
  assertNumbers('logits', logits);
  const C = logits.length;
  const { eps, ignore, weight } = checkOptions(options, C);
  let label = -2;
  if (typeof target === 'number') {
    label = checkLabel(target, 0, C, ignore);
    if (label === -1) return 0;
  } else {
    if (typeof target !== 'object' || target === null) {
      throw new TypeError(`target must be a class label (a number) or an array-like of probabilities, got ${describe(target)}`);
    }
    assertNumbers('target', target);
    if (target.length !== C) throw new RangeError(`target.length must be logits.length = ${C}, got ${target.length}`);
  }
  const r = rowStats64(logits);
  if (typeof r === 'number') return NaN;
  // m − z_c exactly as a value and its correction: −d − err for d = z_c − m rounded
  const gap = (c: number): number => {
    const d = logits[c] - r.m;
    return d === -Infinity ? Infinity : -d - sumError(logits[c], -r.m, d);
  };
  const [L, lLo] = log1pDD(r.hi, r.lo);
  const w = (c: number): number => (weight === null ? 1 : weight[c]);
  const su = new Sum();
  const u = new Sum();
  if (label >= 0) {
    u.add(w(label));
    if (w(label) !== 0) su.add(w(label) * gap(label));
  } else {
    const t = target as ArrayLike<number>;
    for (let c = 0; c < C; c++) {
      const uc = w(c) * t[c];
      if (uc !== 0) su.add(uc * gap(c));
      u.add(uc);
    }
  }
  const sw = new Sum();
  const ws = new Sum();
  if (eps !== 0) {
    for (let c = 0; c < C; c++) {
      if (w(c) !== 0) sw.add(w(c) * gap(c));
      ws.add(w(c));
    }
  }
  return rowLoss(eps, C, su.value(), u.value(), sw.value(), ws.value(), L, lLo);
}

/**
 * Fused softmax cross-entropy over rows of `rowSize` logits: returns the loss reduced over the
 * rows and writes its gradient with respect to the logits into `dlogits`, (softmax − target)
 * scaled by the reduction (1/D for the mean), in three passes per row (the max; the
 * exponentials, kept in a float64 row, and the loss's sums; the gradient).
 *
 * The target's type says what it is: an Int32Array, Uint32Array or Array holds one class label
 * per row (an integer in [0, rowSize), or `ignoreIndex`: that row adds 0 to the loss, 0 to the
 * mean's denominator and writes a zero gradient); a Float32Array laid out like logits holds
 * probabilities. Options as PyTorch's `F.cross_entropy`: `labelSmoothing`, `ignoreIndex`,
 * `weight` (per class; the mean of label targets divides by the weights of the counted rows,
 * that of probabilities by the number of rows), `reduction` ('mean', 'sum', or 'none', which
 * writes the per-row losses into `losses` and returns their sum; `losses` may be given with any
 * reduction).
 *
 * Each row's loss is computed in float64 within 4 ulp of the exact value (float32 logits are
 * exact in float64) and the rows are summed compensated; each gradient entry is within 1 float32
 * ulp of the exact value, except where A·p_j and a_j cancel to below 2⁻²⁶ of a_j (label
 * smoothing or probability targets), where the error is below 2⁻⁵⁰·a_j. With no valid row the
 * mean is NaN (0/0, as PyTorch). Special rows as for {@link softmaxCrossEntropy}.
 *
 * @param dlogits - receives the gradient (same length as logits), or null/undefined to skip it; may be logits (in place)
 * @param logits - rows of rowSize logits
 * @param target - class labels (one per row) or probabilities (a Float32Array like logits)
 * @param rowSize - classes per row C (default logits.length: one row); a positive integer dividing logits.length
 * @param options - `labelSmoothing`, `ignoreIndex` (default −100), `weight` (a Float32Array of C
 *   values ≥ 0), `reduction` ('mean' | 'sum' | 'none', default 'mean'), `losses` (a Float64Array
 *   or Float32Array of one entry per row; required with 'none')
 * @returns the mean or the sum of the row losses (float64)
 * @throws {TypeError} if logits, dlogits (unless null or undefined) or a probability target is not a Float32Array,
 *   target is of another type, a label is not a number, or an option has the wrong type
 * @throws {RangeError} if the lengths do not fit, rowSize does not divide logits.length, a label is not an integer
 *   in [0, rowSize) nor ignoreIndex, an option is out of range, or losses shares memory with another array
 * @example
 * const dlogits = new Float32Array(4);
 * softmaxCrossEntropyF32(dlogits, Float32Array.of(0, 0, 2, -Infinity), [1, 0], 2) //=> 0.34657359027997264
 * dlogits //=> Float32Array [0.25, -0.25, 0, 0]
 * softmaxCrossEntropyF32(null, Float32Array.of(0, 0, 2, -Infinity), [1, -100], 2, { reduction: 'sum' }) //=> 0.6931471805599453
 * @category Losses
 */
export function softmaxCrossEntropyF32(
  dlogits: Float32Array | null | undefined,
  logits: Readonly<Float32Array>,
  target: Readonly<Float32Array> | Readonly<Int32Array> | Readonly<Uint32Array> | readonly number[],
  rowSize?: number,
  options?: SoftmaxCrossEntropyOptions,
): number {
  const dl = dlogits ?? null;
  if (dl !== null) assertFloat32Array('dlogits', dl);
  assertFloat32Array('logits', logits);
  if (dl !== null) assertSameLength('dlogits', dl, 'logits', logits);
  const size = rowSizeOf(rowSize, logits.length);
  const rows = rowCount(logits.length, size);
  const o = checkKernelOptions(options, size);
  const tag = typedArrayTag(target);
  let labels: Int32Array | null = null;
  let probs: Float32Array | null = null;
  let D = rows;
  if (tag === 'Float32Array') {
    probs = target as Float32Array;
    if (probs.length !== logits.length) {
      throw new RangeError(
        `target and logits must have the same length, got target.length = ${probs.length} and logits.length = ${logits.length}`,
      );
    }
  } else if (tag === 'Int32Array' || tag === 'Uint32Array' || Array.isArray(target)) {
    const t = target as ArrayLike<unknown>;
    if (t.length !== rows) throw new RangeError(`target.length must be logits.length / rowSize = ${rows}, got ${t.length}`);
    labels = new Int32Array(rows);
    const d = new Sum();
    for (let r = 0; r < rows; r++) {
      const v = t[r];
      if (typeof v !== 'number') throw new TypeError(`target[${r}] must be a number, got ${describe(v)}`);
      const y = checkLabel(v, r, size, o.ignore);
      labels[r] = y;
      if (y >= 0) d.add(o.weight === null ? 1 : o.weight[y]);
    }
    D = d.value();
  } else {
    throw new TypeError(
      `target must be class labels (an Int32Array, Uint32Array or Array) or probabilities (a Float32Array), got ${describe(target)}`,
    );
  }
  const losses = o.losses;
  if (losses !== null) {
    if (losses.length !== rows) throw new RangeError(`losses.length must be logits.length / rowSize = ${rows}, got ${losses.length}`);
    for (const [name, a] of [
      ['dlogits', dl],
      ['logits', logits],
      ['target', probs],
    ] as const) {
      if (a !== null && overlaps(losses, a)) throw new RangeError(`losses must not share memory with ${name}`);
    }
  }
  let wSum = size;
  if (o.weight !== null) {
    const s = new Sum();
    for (let c = 0; c < size; c++) s.add(o.weight[c]);
    wSum = s.value();
  }
  const mean = o.reduction === 'mean';
  const z = dl === null ? logits : copyIfPartialOverlap(dl, logits);
  const p = dl === null || probs === null ? probs : copyIfPartialOverlap(dl, probs);
  const total = crossEntropyRows(dl, z, labels, p, { rows, size, o, scale: mean ? 1 / D : 1, wSum });
  return mean ? total / D : total;
}
