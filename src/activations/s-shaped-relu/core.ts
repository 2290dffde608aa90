// The arithmetic and the argument checks of sShapedRelu (s-shaped-relu.ts holds the documented
// exports). Each outer piece is an affine map t + a·(x − t), which can cancel (tl > 0 with
// al·(x − tl) ≈ −tl; tr < 0 with ar·(x − tr) ≈ −tr; any negative slope): the plain three
// roundings then lose every digit near the piece's root. affine() carries the rounding errors
// of x − t, a·(x − t) and the final sum exactly (Dekker/Knuth error-free transformations), and
// falls back to an exact BigInt evaluation where those do not apply (magnitudes beyond 2^995,
// results below 2^−1000, or a cancellation of more than 46 bits).
import {
  assertAllFinite,
  assertDisjoint,
  assertDivides,
  assertFloat32Array,
  describe,
  describeNotFloat32Array,
  isFloat32Array,
  copyIfOverlap,
} from '../../internal/check.js';
import { productError, sumError } from '../../internal/dd.js';
import { assertInput, finiteParam } from '../../internal/params.js';

/**
 * t + a·(x − t) for finite t and a, within 0.53 ulp: the exact value a = 0 or x = t (t, with
 * −0 → +0), the limit a·x at x = ±Infinity, an exact zero as +0, an underflow with the sign of
 * the exact value.
 */
export function affine(t: number, a: number, x: number): number {
  const d = x - t;
  if (a === 0 || d === 0) return t + 0;
  if (x === Infinity || x === -Infinity) return a * x;
  const e1 = sumError(x, -t, d); // x − t = d + e1
  const p = a * d;
  const e2 = productError(a, d, p); // a·d = p + e2
  const s = t + p;
  const e3 = sumError(t, p, s); // t + p = s + e3
  // value = s + e3 + e2 + a·e1; the correction's own rounding errors are ≤ u²(2|s| + 4|p|)
  const r = s + (e3 + e2 + a * e1);
  const m = Math.abs(r);
  // ≤ 0.53 ulp when |r| ≥ 2⁻⁴⁶(|s| + |p|); the transformations are exact for |a|, |d| ≤ 2^995
  // and the underflow of their partial products is negligible for |r| ≥ 2^−1000.
  // (Literals: 2⁻⁴⁶, 2^−1000 and 2^995.)
  if (
    m >= 1.4210854715202004e-14 * (Math.abs(s) + Math.abs(p)) &&
    m >= 9.332636185032189e-302 &&
    m < Infinity &&
    Math.abs(a) <= 3.3484643974570854e299 &&
    Math.abs(d) <= 3.3484643974570854e299
  ) {
    return r;
  }
  return exactAffine(t, a, x);
}

/** Scratch for the bit-level conversions of {@link exactAffine} (made on first use). */
let scratch: { f: Float64Array; u: BigUint64Array } | undefined;

function bitsOf(v: number): bigint {
  scratch ??= (() => {
    const f = new Float64Array(1);
    return { f, u: new BigUint64Array(f.buffer) };
  })();
  scratch.f[0] = v;
  return scratch.u[0];
}

/** A finite double v as m·2^e with an integer (BigInt) m. */
function split(v: number): [bigint, number] {
  const b = bitsOf(v);
  const biased = Number((b >> 52n) & 0x7ffn);
  const frac = b & 0xfffffffffffffn;
  const m = biased === 0 ? frac : frac | 0x10000000000000n;
  return [b >> 63n ? -m : m, biased === 0 ? -1074 : biased - 1075];
}

/**
 * t + a·(x − t) for finite t, a and x, evaluated exactly in integers and rounded once to the
 * nearest double (ties to even): ±Infinity beyond the range, an underflow to the zero of the
 * exact value's sign, +0 for an exact zero.
 */
export function exactAffine(t: number, a: number, x: number): number {
  const [mt, et] = split(t);
  const [ma, ea] = split(a);
  const [mx, ex] = split(x);
  const e0 = Math.min(ex, et);
  const dm = (mx << BigInt(ex - e0)) - (mt << BigInt(et - e0)); // x − t = dm·2^e0
  const ep = ea + e0; // a·(x − t) = ma·dm·2^ep
  const e = Math.min(et, ep);
  const n = (mt << BigInt(et - e)) + ((ma * dm) << BigInt(ep - e)); // value = n·2^e
  if (n === 0n) return 0;
  const negative = n < 0n;
  let q = negative ? -n : n;
  const top = q.toString(2).length - 1 + e; // the value's binary exponent
  let exp = Math.max(top - 52, -1074); // exponent of the result's last place
  if (exp <= e) {
    q <<= BigInt(e - exp);
  } else {
    const shift = BigInt(exp - e);
    const rest = q & ((1n << shift) - 1n);
    const half = 1n << (shift - 1n);
    q >>= shift;
    if (rest > half || (rest === half && (q & 1n) === 1n)) q += 1n;
  }
  if (q === 0x20000000000000n) {
    q >>= 1n;
    exp += 1;
  }
  let bits: bigint;
  if (q < 0x10000000000000n) bits = q; // subnormal (exp = −1074) or zero
  else if (exp + 1075 >= 2047) bits = 0x7ffn << 52n; // overflow: Infinity
  else bits = (BigInt(exp + 1075) << 52n) | (q & 0xfffffffffffffn);
  if (negative) bits |= 1n << 63n;
  scratch!.u[0] = bits;
  return scratch!.f[0];
}

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
    if (typeof v === 'number') {
      checked[name] = finiteParam(label, v);
    } else if (isFloat32Array(v)) {
      if (v.length === 0) throw new RangeError(`${label} must have at least one channel, got length 0`);
      if (channels !== 0 && v.length !== channels) {
        throw new RangeError(`${label}.length must equal the other per-channel parameters' length ${channels}, got ${v.length}`);
      }
      channels = v.length;
      assertAllFinite(label, v);
      checked[name] = copyIfOverlap(out, v);
    } else {
      throw new TypeError(`${label} must be a number or a Float32Array, got ${describeNotFloat32Array(v)}`);
    }
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
export function checkGradients(grads: unknown, channels: number, dx: Float32Array, dy: Float32Array, x: Float32Array): Record<Name, Float32Array> {
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
