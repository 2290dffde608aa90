// The arithmetic and the argument checks of sShapedRelu (s-shaped-relu.ts holds the documented
// exports). Each outer piece is an affine map t + a·(x − t), evaluated by internal/affine.ts
// without the cancellation of its plain form.
import { affine } from '../../internal/affine.js';
import { channelParam } from '../../internal/channels.js';
import { assertDisjoint, assertDivides, assertFloat32Array, describe, isFloat32Array } from '../../internal/check.js';
import { assertInput, finiteParam } from '../../internal/params.js';

/** sShapedRelu, unchecked: the right piece for x ≥ tr, the left piece for x ≤ tl, else x (NaN too). */
export function sShaped(x: number, tl: number, al: number, tr: number, ar: number): number {
  return x >= tr ? affine(tr, ar, x) : x <= tl ? affine(tl, al, x) : x;
}

/** ∂sShapedRelu/∂x, unchecked: ar for x ≥ tr, al for x ≤ tl, 1 between, NaN for NaN. */
export function sShapedSlope(x: number, tl: number, al: number, tr: number, ar: number): number {
  return x >= tr ? ar : x <= tl ? al : x === x ? 1 : x;
}

/**
 * Checks the arguments of the scalar forms, given as (x, tl, al, tr, ar) or as (x, params) with
 * params = { tl, al, tr, ar } (messages then name params.tl, …): x a number, the parameters finite
 * numbers with tl ≤ tr. Returns [tl, al, tr, ar] with −0 as +0.
 */
export function scalarParams(x: unknown, tl: unknown, al: unknown, tr: unknown, ar: unknown): [number, number, number, number] {
  assertInput(x);
  let prefix = '';
  if (typeof tl === 'object' && tl !== null) {
    if (al !== undefined || tr !== undefined || ar !== undefined) {
      throw new TypeError('the parameters must be four numbers (x, tl, al, tr, ar) or one object (x, { tl, al, tr, ar }), not both');
    }
    const p = tl as Record<Name, unknown>;
    [tl, al, tr, ar] = [p.tl, p.al, p.tr, p.ar];
    prefix = 'params.';
  }
  const l = finiteParam(`${prefix}tl`, tl);
  const a = finiteParam(`${prefix}al`, al);
  const r = finiteParam(`${prefix}tr`, tr);
  const b = finiteParam(`${prefix}ar`, ar);
  if (!(l <= r)) throw new RangeError(`${prefix}tl must be <= ${prefix}tr, got tl = ${l} and tr = ${r}`);
  return [l, a, r, b];
}

export const NAMES = ['tl', 'al', 'tr', 'ar'] as const;
type Name = (typeof NAMES)[number];
type Param = number | Float32Array;

/** The checked parameters of an array call. */
export interface Channels {
  tl: Param;
  al: Param;
  tr: Param;
  ar: Param;
  /** C: the per-channel length (1 when every parameter is a number). */
  channels: number;
  /** Elements per run of one channel: innerSize, or x.length when every parameter is a number. */
  block: number;
}

/** The value of parameter p for channel c, −0 as +0 (a number parameter is already normalised by finiteParam). */
export const at = (p: Param, c: number): number => (typeof p === 'number' ? p : p[c] + 0);

/**
 * Checks a parameter object { tl, al, tr, ar } and innerSize against x (of length n) and
 * returns its per-channel view; a Float32Array field sharing memory with `out` is copied.
 */
export function channelParams(out: Float32Array, n: number, params: unknown, innerSize: number): Channels {
  if (params === null || typeof params !== 'object') {
    throw new TypeError(`params must be an object { tl, al, tr, ar }, got ${describe(params)}`);
  }
  const source = params as Record<Name, unknown>;
  const checked = {} as Record<Name, Param>;
  let channels = 0;
  for (const name of NAMES) {
    const v = source[name];
    const label = `params.${name}`;
    if (isFloat32Array(v) && v.length !== 0 && channels !== 0 && v.length !== channels) {
      throw new RangeError(`${label}.length must equal the other per-channel parameters' length ${channels}, got ${v.length}`);
    }
    const p = channelParam(label, v, out, 'a number or a Float32Array');
    if (typeof p !== 'number') channels = p.length;
    checked[name] = p;
  }
  assertDivides('innerSize', innerSize, n);
  if (channels !== 0) assertDivides(`innerSize * ${channels} channels`, innerSize * channels, n);
  const { tl, tr } = checked;
  for (let c = 0; c < Math.max(channels, 1); c++) {
    const l = at(tl, c);
    const r = at(tr, c);
    if (!(l <= r)) {
      const where = channels === 0 ? '' : ` in channel ${c}`;
      throw new RangeError(`params.tl must be <= params.tr, got tl = ${l} and tr = ${r}${where}`);
    }
  }
  return { ...checked, channels: Math.max(channels, 1), block: channels === 0 ? n : innerSize };
}

/**
 * Checks the gradient accumulators { tl, al, tr, ar }: Float32Arrays of `channels` elements,
 * sharing no memory with dx, dy, x or one another.
 */
export function checkGradients(
  grads: unknown,
  channels: number,
  dx: Float32Array,
  dy: Float32Array,
  x: Float32Array,
): Record<Name, Float32Array> {
  if (grads === null || typeof grads !== 'object') {
    throw new TypeError(`paramGrads must be an object { tl, al, tr, ar } of Float32Arrays, got ${describe(grads)}`);
  }
  const g = grads as Record<Name, unknown>;
  for (const name of NAMES) {
    const label = `paramGrads.${name}`;
    const v = g[name];
    assertFloat32Array(label, v);
    if (v.length !== channels) throw new RangeError(`${label}.length must equal the number of channels ${channels}, got ${v.length}`);
    assertDisjoint(label, v, 'dx', dx);
    assertDisjoint(label, v, 'dy', dy);
    assertDisjoint(label, v, 'x', x);
  }
  for (let i = 0; i < NAMES.length; i++) {
    for (let j = i + 1; j < NAMES.length; j++) {
      assertDisjoint(`paramGrads.${NAMES[i]}`, g[NAMES[i]] as Float32Array, `paramGrads.${NAMES[j]}`, g[NAMES[j]] as Float32Array);
    }
  }
  return g as Record<Name, Float32Array>;
}
