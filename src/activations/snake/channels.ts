// The argument checks of the array forms of snake and snakeBeta: alpha (and beta) as a number or
// a per-channel Float32Array (element i in channel ⌊i / innerSize⌋ mod C, as prelu), optionally
// the logarithms of the parameters (BigVGAN's alpha_logscale), and the gradient accumulators.
import { channelParam } from '../../internal/channels.js';
import { assertDisjoint, assertDivides, assertFloat32Array, describe } from '../../internal/check.js';
import { coefficients } from './kernels.js';

/** The checked parameters of an array call. */
export interface Plan {
  /** The kernels' coefficient table (kernels.ts). */
  table: Float64Array;
  /** Elements per run of one channel: innerSize, or x.length when every parameter is a number. */
  block: number;
  /** C: 1 when every parameter is a number. */
  channels: number;
  /** The parameters per channel, exponentiated under logScale (b = a for snake). */
  a: Float64Array;
  b: Float64Array;
}

/**
 * One parameter as per-channel float64 values: checked finite by channelParam, then nonzero
 * (`nonZero`, for a divisor), or exponentiated to a positive finite value under logScale.
 */
function values(name: string, value: unknown, out: Float32Array, nonZero: boolean, logScale: boolean): Float64Array {
  const p = channelParam(name, value, out, 'a number or a Float32Array');
  const list = typeof p === 'number' ? [p] : p;
  const v = new Float64Array(list.length);
  for (let c = 0; c < list.length; c++) {
    const label = typeof p === 'number' ? name : `${name}[${c}]`;
    const raw = list[c] + 0;
    if (logScale) {
      const e = Math.exp(raw);
      if (!(e > 0 && e < Infinity)) throw new RangeError(`exp(${label}) must be positive and finite under logScale, got ${describe(raw)}`);
      v[c] = e;
    } else {
      if (nonZero && raw === 0) throw new RangeError(`${label} must be finite and nonzero, got ${describe(list[c])}`);
      v[c] = raw;
    }
  }
  return v;
}

/** Throws a TypeError unless logScale is a boolean. */
function checkLogScale(logScale: unknown): asserts logScale is boolean {
  if (typeof logScale !== 'boolean') throw new TypeError(`logScale must be a boolean, got ${describe(logScale)}`);
}

/**
 * Checks alpha (and beta, for snakeBeta; null for snake, whose divisor is alpha), innerSize and
 * logScale against x of length n, and returns the kernels' plan.
 */
export function plan(out: Float32Array, n: number, alpha: unknown, beta: unknown, innerSize: number, logScale: unknown): Plan {
  checkLogScale(logScale);
  const snake = beta === null;
  const a = values('alpha', alpha, out, snake, logScale);
  let b = snake ? a : values('beta', beta, out, true, logScale);
  assertDivides('innerSize', innerSize, n);
  const arrays = typeof alpha !== 'number' || (!snake && typeof beta !== 'number');
  let channels = 1;
  if (arrays) {
    if (typeof alpha !== 'number' && !snake && typeof beta !== 'number' && a.length !== b.length) {
      throw new RangeError(`alpha.length and beta.length must be equal, got alpha.length = ${a.length} and beta.length = ${b.length}`);
    }
    channels = Math.max(a.length, b.length);
    assertDivides(`innerSize * ${channels} channels`, innerSize * channels, n);
  }
  const full = (v: Float64Array): Float64Array => (v.length === channels ? v : new Float64Array(channels).fill(v[0]));
  const aa = full(a);
  b = snake ? aa : full(b);
  return { table: coefficients(aa, b), block: arrays ? innerSize : n, channels, a: aa, b };
}

/** Checks one gradient accumulator: a Float32Array of `channels` elements sharing no memory with dx, dy or x. */
export function checkGradient(
  name: string,
  grad: unknown,
  channels: number,
  dx: Float32Array,
  dy: Float32Array,
  x: Float32Array,
): Float32Array {
  assertFloat32Array(name, grad);
  if (grad.length !== channels) throw new RangeError(`${name}.length must equal the number of channels ${channels}, got ${grad.length}`);
  assertDisjoint(name, grad, 'dx', dx);
  assertDisjoint(name, grad, 'dy', dy);
  assertDisjoint(name, grad, 'x', x);
  return grad;
}
