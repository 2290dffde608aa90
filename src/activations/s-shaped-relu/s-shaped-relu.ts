/**
 * S-shaped ReLU (SReLU, Jin et al. 2016): three linear pieces joined at two learnable thresholds, with learnable outer slopes.
 *
 * ![sShapedRelu and sShapedRelu′ with tl = −1, al = 0.2, tr = 2, ar = 0.5, −4 ≤ x ≤ 4](../../../docs/plots/s-shaped-relu.svg)
 *
 * **Formula**
 *
 * ```text
 * sShapedRelu(x) = tr + ar·(x − tr) for x ≥ tr,  x for tl < x < tr,  tl + al·(x − tl) for x ≤ tl
 * sShapedRelu′(x) = ar for x ≥ tr, 1 between, al for x ≤ tl
 * ∂/∂tr = 1 − ar and ∂/∂ar = x − tr for x ≥ tr;  ∂/∂tl = 1 − al and ∂/∂al = x − tl for x ≤ tl;  0 elsewhere
 * ```
 *
 * **Parameters**: `tl`, `al`, `tr`, `ar`: finite, tl ≤ tr (tl = tr allowed), −0 taken as +0, no defaults (see {@link sShapedRelu}). The scalar forms take them as four numbers after x or as one object `{ tl, al, tr, ar }` of numbers; the array forms take that object, whose fields may also be per-channel `Float32Array`s, and `innerSize` (as {@link prelu!preluF32}), and `sShapedReluBackwardF32` can accumulate the four parameter gradients.
 *
 * Not {@link shiftedRelu!shiftedRelu} (max(x, −a)), which the ELU literature calls SReLU too.
 *
 * **Special values**: NaN → NaN; the middle piece returns x itself (−0 stays −0); an outer piece whose exact value is 0 gives +0; sShapedRelu(+∞) = the limit of the right piece (+∞·sign(ar), tr for ar = 0), sShapedRelu(−∞) likewise with al and tl.
 *
 * **Derivative at the kinks**: the outer piece's slope, as in the paper's definition (x ≥ tr and x ≤ tl are closed) and as PyTorch's hardtanh at its kinks: sShapedRelu′(tr) = ar, sShapedRelu′(tl) = al (ar when tl = tr).
 *
 * Five forms (and the parameter partials): `sShapedRelu(x, tl, al, tr, ar)` or `sShapedRelu(x, { tl, al, tr, ar })`, `sShapedReluDerivative` and `sShapedReluParameterDerivatives` (the same two shapes), `sShapedReluF32(out, x, params, innerSize = 1)`, `sShapedReluDerivativeF32(out, x, params, innerSize = 1)` and `sShapedReluBackwardF32(dx, dy, x, params, innerSize = 1, paramGrads?)` (out-first; `out` may be `x`). Import from `rectified/sShapedRelu` (or its alias `rectified/s-shaped-relu`) or `rectified`.
 *
 * @module sShapedRelu
 * @category Piecewise learnable
 */
import { checkBackward, checkUnary, copyIfPartialOverlap } from '../../internal/check.js';
import { at, channelParams, checkGradients, sShaped, sShapedSlope } from './core.js';

export type { SShapedReluScalarParameters } from './scalar.js';
export { sShapedRelu, sShapedReluDerivative, sShapedReluParameterDerivatives } from './scalar.js';

// The kernels evaluate each element in float64 from the float32 input with the scalar's
// arithmetic (the outer pieces with error-free transformations, see core.ts) and round once, so
// sShapedReluF32(out, x, p)[i] === Math.fround(sShapedRelu(x[i], …)) exactly.

/**
 * The parameters of the array forms. Each is a number shared by every channel or a
 * Float32Array of C per-channel values (all array fields the same length C ≥ 1); element i of x
 * belongs to channel ⌊i / innerSize⌋ mod C.
 *
 * @category Piecewise learnable
 */
export interface SShapedReluParameters {
  /** Left threshold: finite, ≤ tr. */
  readonly tl: number | Readonly<Float32Array>;
  /** Slope of the left piece (x ≤ tl): finite. */
  readonly al: number | Readonly<Float32Array>;
  /** Right threshold: finite, ≥ tl. */
  readonly tr: number | Readonly<Float32Array>;
  /** Slope of the right piece (x ≥ tr): finite. */
  readonly ar: number | Readonly<Float32Array>;
}

/**
 * Accumulators of {@link sShapedReluBackwardF32}: one Float32Array of C elements per parameter
 * (C = 1 when every parameter is a number), ∂loss/∂tl, ∂loss/∂al, ∂loss/∂tr, ∂loss/∂ar.
 *
 * @category Piecewise learnable
 */
export interface SShapedReluGradients {
  /** Accumulates Σ dy·∂f/∂tl per channel. */
  readonly tl: Float32Array;
  /** Accumulates Σ dy·∂f/∂al per channel. */
  readonly al: Float32Array;
  /** Accumulates Σ dy·∂f/∂tr per channel. */
  readonly tr: Float32Array;
  /** Accumulates Σ dy·∂f/∂ar per channel. */
  readonly ar: Float32Array;
}

/**
 * Elementwise {@link sShapedRelu} into `out`; returns `out`. Each field of `params` is a number
 * (every channel) or a Float32Array of C per-channel values; element i belongs to channel
 * ⌊i / innerSize⌋ mod C, so an NCHW tensor uses innerSize = H·W (and NC innerSize = 1), as
 * {@link prelu!preluF32}. `out` may be `x`.
 *
 * @param out - destination, same length as x
 * @param x - input
 * @param params - `{ tl, al, tr, ar }`: finite, tl ≤ tr in every channel (−0 is taken as +0)
 * @param innerSize - elements per channel block (default 1; a positive integer; innerSize·C must divide x.length)
 * @returns out
 * @throws {TypeError} if out, x or an array parameter is not a Float32Array, params is not an
 *   object, a parameter is neither a number nor a Float32Array, or innerSize is not a number
 * @throws {RangeError} if the lengths differ, a parameter is not finite, tl > tr in a channel,
 *   the per-channel lengths differ or are 0, or the sizes do not divide x.length
 * @example
 * sShapedReluF32(new Float32Array(4), Float32Array.of(-3, 3, -3, 3), { tl: -1, al: Float32Array.of(0.5, 0), tr: 1, ar: 0.25 }, 2)
 * //=> Float32Array [-2, 1.5, -1, 1.5]
 * @category Piecewise learnable
 */
export function sShapedReluF32(out: Float32Array, x: Readonly<Float32Array>, params: SShapedReluParameters, innerSize = 1): Float32Array {
  checkUnary(out, x);
  const { tl, al, tr, ar, channels, block } = channelParams(out, x.length, params, innerSize);
  const src = copyIfPartialOverlap(out, x);
  const n = src.length;
  for (let i = 0; i < n; ) {
    for (let c = 0; c < channels; c++) {
      const l = at(tl, c),
        a = at(al, c),
        r = at(tr, c),
        b = at(ar, c);
      for (const end = i + block; i < end; i++) out[i] = sShaped(src[i], l, a, r, b);
    }
  }
  return out;
}

/**
 * Elementwise {@link sShapedReluDerivative} (w.r.t. x) into `out`; returns `out`. Same params and
 * innerSize rules as {@link sShapedReluF32}. `out` may be `x`.
 *
 * @param out - destination, same length as x
 * @param x - input
 * @param params - `{ tl, al, tr, ar }`: finite, tl ≤ tr in every channel (−0 is taken as +0)
 * @param innerSize - elements per channel block (default 1)
 * @returns out
 * @throws {TypeError} if out, x or an array parameter is not a Float32Array, params is not an
 *   object, a parameter is neither a number nor a Float32Array, or innerSize is not a number
 * @throws {RangeError} if the lengths differ, a parameter is not finite, tl > tr in a channel,
 *   the per-channel lengths differ or are 0, or the sizes do not divide x.length
 * @example
 * sShapedReluDerivativeF32(new Float32Array(3), Float32Array.of(-3, 0, 3), { tl: -1, al: 0.5, tr: 1, ar: 0.25 })
 * //=> Float32Array [0.5, 1, 0.25]
 * @category Piecewise learnable
 */
export function sShapedReluDerivativeF32(
  out: Float32Array,
  x: Readonly<Float32Array>,
  params: SShapedReluParameters,
  innerSize = 1,
): Float32Array {
  checkUnary(out, x);
  const { tl, al, tr, ar, channels, block } = channelParams(out, x.length, params, innerSize);
  const src = copyIfPartialOverlap(out, x);
  const n = src.length;
  for (let i = 0; i < n; ) {
    for (let c = 0; c < channels; c++) {
      const l = at(tl, c),
        a = at(al, c),
        r = at(tr, c),
        b = at(ar, c);
      for (const end = i + block; i < end; i++) out[i] = sShapedSlope(src[i], l, a, r, b);
    }
  }
  return out;
}

/**
 * Fused backward pass of {@link sShapedRelu}: dx[i] = dy[i]·sShapedRelu′(x[i]), and, when
 * `paramGrads` is given, the parameter gradients are **accumulated** into it (added to what it
 * holds, as PyTorch accumulates `.grad`; zero it first for a fresh gradient): per channel c,
 * tl[c] += Σ dy·(1 − al) and al[c] += Σ dy·(x − tl) over the channel's elements with x ≤ tl
 * (and x < tr), tr[c] += Σ dy·(1 − ar) and ar[c] += Σ dy·(x − tr) over those with x ≥ tr. Each
 * channel's sums are formed in float64 and rounded once. NaN elements give dx = NaN and add
 * nothing; an infinite x with dy = 0 adds NaN (0·∞), as in PyTorch. Returns `dx`.
 *
 * `dx` may alias `dy` or `x`; the paramGrads arrays must not share memory with dx, dy, x or one another.
 *
 * @param dx - destination gradient w.r.t. x
 * @param dy - incoming gradient
 * @param x - the forward input
 * @param params - `{ tl, al, tr, ar }`: finite, tl ≤ tr in every channel (−0 is taken as +0)
 * @param innerSize - elements per channel block (default 1)
 * @param paramGrads - optional accumulators `{ tl, al, tr, ar }`, Float32Arrays of C elements (1 when every parameter is a number)
 * @returns dx
 * @throws {TypeError} if an array argument is not a Float32Array, params or paramGrads is not an
 *   object, a parameter is neither a number nor a Float32Array, or innerSize is not a number
 * @throws {RangeError} if the lengths differ, a parameter is not finite, tl > tr in a channel, the
 *   sizes do not divide x.length, or a paramGrads array has the wrong length or overlaps another array
 * @example
 * const g = { tl: new Float32Array(1), al: new Float32Array(1), tr: new Float32Array(1), ar: new Float32Array(1) };
 * sShapedReluBackwardF32(new Float32Array(3), Float32Array.of(1, 1, 1), Float32Array.of(-3, 0, 3), { tl: -1, al: 0.5, tr: 1, ar: 0.25 }, 1, g)
 * //=> Float32Array [0.5, 1, 0.25]
 * [g.tl[0], g.al[0], g.tr[0], g.ar[0]] //=> [0.5, -2, 0.75, 2]
 * @category Piecewise learnable
 */
export function sShapedReluBackwardF32(
  dx: Float32Array,
  dy: Readonly<Float32Array>,
  x: Readonly<Float32Array>,
  params: SShapedReluParameters,
  innerSize = 1,
  paramGrads?: SShapedReluGradients,
): Float32Array {
  checkBackward(dx, dy, x);
  const { tl, al, tr, ar, channels, block } = channelParams(dx, x.length, params, innerSize);
  const grads = paramGrads === undefined ? undefined : checkGradients(paramGrads, channels, dx, dy, x);
  const g = copyIfPartialOverlap(dx, dy);
  const src = copyIfPartialOverlap(dx, x);
  const n = src.length;
  // per channel: Σ dy (left), Σ dy·(x − tl), Σ dy (right), Σ dy·(x − tr)
  const sums = new Float64Array(4 * channels);
  for (let i = 0; i < n; ) {
    for (let c = 0; c < channels; c++) {
      const l = at(tl, c),
        a = at(al, c),
        r = at(tr, c),
        b = at(ar, c);
      let left = 0,
        leftX = 0,
        right = 0,
        rightX = 0;
      for (const end = i + block; i < end; i++) {
        const v = src[i];
        const gi = g[i];
        if (v >= r) {
          right += gi;
          rightX += gi * (v - r);
          dx[i] = gi * b;
        } else if (v <= l) {
          left += gi;
          leftX += gi * (v - l);
          dx[i] = gi * a;
        } else {
          dx[i] = v === v ? gi : v;
        }
      }
      const k = 4 * c;
      sums[k] += left;
      sums[k + 1] += leftX;
      sums[k + 2] += right;
      sums[k + 3] += rightX;
    }
  }
  if (grads !== undefined) {
    // the increments first (they read the parameters), then the accumulation
    for (let c = 0; c < channels; c++) {
      sums[4 * c] *= 1 - at(al, c);
      sums[4 * c + 2] *= 1 - at(ar, c);
    }
    for (let c = 0; c < channels; c++) {
      grads.tl[c] += sums[4 * c];
      grads.al[c] += sums[4 * c + 1];
      grads.tr[c] += sums[4 * c + 2];
      grads.ar[c] += sums[4 * c + 3];
    }
  }
  return dx;
}
