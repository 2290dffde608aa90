// Exact references for the gated linear units (test/helpers/gated-units.ts, gated-kernels.ts): the
// gates g(b) and g′(b) of reglu, geglu, gegluTanh and swiglu with decimal.js (80 digits, from the
// exact doubles), exact products a·g(b), dy·g(b) and dy·a·g′(b) rounded once to float32 or float64,
// and the reference of a gated kernel row by row. Written from the mathematics; nothing here calls
// the library.
import { constants, Decimal, dec, Phi, phi, roundToFloat32, roundToFloat64, toDecimal } from '../fixtures/reference.mjs';
import { ordinal32 } from '../ulp.js';

export type D = ReturnType<typeof toDecimal>;
/** An exact value: a float (NaN, ±Infinity, ±0, or any finite float, taken exactly) or a nonzero Decimal. */
export type Exact = number | D;

/** g and g′ at any float b, exactly. */
export interface Gate {
  readonly g: (b: number) => Exact;
  readonly dg: (b: number) => Exact;
}

/**
 * A far-tail stand-in: where the exact value is below decimal.js's range (e^{−z} for z ≥ 1e18
 * returns 0; the true value is nonzero) it is replaced by ±2⁻²⁰⁰⁰, which still rounds to ±0 after
 * multiplication by any float32 values and keeps the sign of the true value.
 */
const FAR = new Decimal(2).pow(-2000);
const nonzero = (v: D, negative: boolean): D => (v.isZero() ? (negative ? FAR.neg() : FAR) : v);

/**
 * A gate of the form b·s(b) (s → 1 at +∞, → 0 at −∞): the limits at ±∞, g(±0) = ±0 and g′(±0) = ½,
 * NaN for NaN, and for finite nonzero b the Decimal core [g(b), g′(b)] (cached per b: the
 * kernels' tests ask for each b several times).
 */
function smoothGate(core: (b: D) => [D, D]): Gate {
  const memo = new Map<number, [Exact, Exact]>();
  const at = (b: number): [Exact, Exact] => {
    if (b !== b) return [NaN, NaN];
    if (b === 0) return [b, 0.5];
    if (b === Infinity) return [Infinity, 1];
    if (b === -Infinity) return [-0, -0];
    let v = memo.get(b);
    if (v === undefined) {
      const [g, dg] = core(toDecimal(b));
      v = [nonzero(g, b < 0), nonzero(dg, true)];
      memo.set(b, v);
    }
    return v;
  };
  return { g: (b) => at(b)[0], dg: (b) => at(b)[1] };
}

/** relu(b) = max(b, 0) with relu(−0) = +0; relu′ = 1 for b > 0, 0 for b ≤ 0 (relu′(0) = 0). */
export const RELU: Gate = {
  g: (b) => (b > 0 ? b : b === b ? 0 : NaN),
  dg: (b) => (b > 0 ? 1 : b === b ? 0 : NaN),
};

/** gelu(b) = b·Φ(b), gelu′(b) = Φ(b) + b·φ(b). */
export const GELU: Gate = smoothGate((b) => {
  const p = Phi(b);
  return [b.times(p), p.plus(b.times(phi(b)))];
});

const K = new Decimal('0.044715');
const SQRT_2_OVER_PI = constants(Decimal).sqrt2OverPi;
/**
 * geluTanh(b) = ½b(1 + tanh u), u = √(2/π)(b + 0.044715b³) (0.044715 the decimal constant), and
 * its derivative ½(1 + tanh u) + ½b(1 + tanh u)(1 − tanh u)·u′, u′ = √(2/π)(1 + 3·0.044715b²).
 * 1 ± tanh u are written from tanh u = (1 − E)/(1 + E), E = e^{−2u}, with E taken on the side
 * where it is ≤ 1, so that 1 + tanh u (which is tiny for u ≪ 0) has no cancellation.
 */
export const GELU_TANH: Gate = smoothGate((b) => {
  const u = SQRT_2_OVER_PI.times(b.plus(K.times(b.pow(3))));
  const du = SQRT_2_OVER_PI.times(K.times(b.times(b)).times(3).plus(1));
  const [plus, minus] = onePlusMinus(u.abs().times(-2).exp(), u.isNegative());
  return [b.times(plus).div(2), plus.div(2).plus(b.times(plus).times(minus).times(du).div(2))];
});
/** [1 + tanh u, 1 − tanh u] from e = e^{−2|u|}: 2/(1 + e) and 2e/(1 + e), swapped for u < 0. */
function onePlusMinus(e: D, negative: boolean): [D, D] {
  const big = new Decimal(2).div(e.plus(1));
  const small = e.times(2).div(e.plus(1));
  return negative ? [small, big] : [big, small];
}

/**
 * swish(b, β) = b·σ(βb), swish′(b, β) = σ(y)(1 + y·σ(−y)) with y = βb; β = 0 is b/2 (and slope
 * ½). σ(±|y|) = 1/(1 + e) and e/(1 + e) from one e = e^{−|y|} (no 1 − σ cancellation).
 */
export function swishGate(beta: number): Gate {
  if (beta === 0)
    return { g: (b) => (b !== b || b === 0 || !Number.isFinite(b) ? b * 0.5 : toDecimal(b).div(2)), dg: (b) => (b === b ? 0.5 : NaN) };
  const B = dec(beta);
  const core: Gate = smoothGate((b) => {
    const y = B.times(b);
    const e = y.abs().neg().exp();
    const big = new Decimal(1).div(e.plus(1));
    const small = e.div(e.plus(1));
    const [s, sMinus] = y.isNegative() ? [small, big] : [big, small];
    return [b.times(s), s.times(y.times(sMinus).plus(1))];
  });
  if (beta > 0) return core;
  // β < 0: the gate vanishes at +∞ (b·σ(βb) → +0, slope silu′(−∞) = −0) and is the line at −∞.
  return {
    g: (b) => (b === Infinity ? 0 : b === -Infinity ? -Infinity : core.g(b)),
    dg: (b) => (b === Infinity ? -0 : b === -Infinity ? 1 : core.dg(b)),
  };
}

const TINY = new Decimal(2).pow(-1000);

/**
 * The exact product of `factors`, rounded once to float32 (or float64): signed zeros and NaN/∞ by
 * the IEEE rules. With an infinite factor the result is ±Infinity, but `nanOk` is set when a
 * finite factor (or their product) is below 2⁻¹⁰⁰⁰ in magnitude: an implementation computes that
 * factor in float64, where it may underflow to 0 and give ∞·0 = NaN (documented).
 */
export function product(factors: readonly Exact[], round: (d: D) => number = roundToFloat32): { want: number; nanOk: boolean } {
  let negative = false;
  let inf = false;
  let zero = false;
  let tiny = false;
  let p = new Decimal(1);
  for (const f of factors) {
    if (typeof f === 'number') {
      if (f !== f) return { want: NaN, nanOk: true };
      if (f < 0 || Object.is(f, -0)) negative = !negative;
      if (f === 0) zero = true;
      else if (f === Infinity || f === -Infinity) inf = true;
      else p = p.times(toDecimal(Math.abs(f)));
      if (f !== 0 && Math.abs(f) < 2 ** -1000) tiny = true;
    } else {
      if (f.isNegative()) negative = !negative;
      if (f.abs().lt(TINY)) tiny = true;
      p = p.times(f.abs());
    }
  }
  if (inf && zero) return { want: NaN, nanOk: true };
  if (inf) return { want: negative ? -Infinity : Infinity, nanOk: tiny || p.lt(TINY) };
  if (zero) return { want: negative ? -0 : 0, nanOk: false };
  return { want: round(negative ? p.neg() : p), nanOk: false };
}

/** product(…) rounded to float64. */
export const product64 = (factors: readonly Exact[]) => product(factors, roundToFloat64).want;

/** Within 1 float32 ulp of want (NaN, infinities and zeros exactly, with sign), or NaN where nanOk. */
export function within1(got: number, { want, nanOk }: { want: number; nanOk: boolean }): boolean {
  if (got !== got) return nanOk || want !== want;
  if (want !== want || !Number.isFinite(want) || !Number.isFinite(got) || want === 0) return Object.is(got, want);
  return Math.abs(ordinal32(got) - ordinal32(want)) <= 1;
}

/** The pairs of x read as rows of `size` (halves a | b): output index o, input indices ia, ib. */
export function pairs(x: Float32Array, size: number): { o: number; ia: number; ib: number }[] {
  const h = size / 2;
  const out: { o: number; ia: number; ib: number }[] = [];
  for (let s = 0, o = 0; s < x.length; s += size) for (let j = 0; j < h; j++, o++) out.push({ o, ia: s + j, ib: s + h + j });
  return out;
}

/** The exact forward, derivative and backward (with dy) results of a gated kernel on x, rows of `size`. */
export function reference(gate: Gate, x: Float32Array, dy: Float32Array, size: number) {
  const ps = pairs(x, size);
  return {
    ps,
    y: ps.map(({ ia, ib }) => product([x[ia], gate.g(x[ib])])),
    da: ps.map(({ ib }) => product([gate.g(x[ib])])),
    db: ps.map(({ ia, ib }) => product([x[ia], gate.dg(x[ib])])),
    dxa: ps.map(({ o, ib }) => product([dy[o], gate.g(x[ib])])),
    dxb: ps.map(({ o, ia, ib }) => product([dy[o], x[ia], gate.dg(x[ib])])),
  };
}

const fmt = (v: number): string => (Object.is(v, -0) ? '-0' : String(v));
/** Lists the results that are not within 1 ulp of their reference (at most 8). */
export function mismatches(
  got: (i: number) => number,
  want: readonly { want: number; nanOk: boolean }[],
  where: (i: number) => string,
): string[] {
  const bad: string[] = [];
  for (let i = 0; i < want.length && bad.length < 8; i++) {
    if (!within1(got(i), want[i])) bad.push(`${where(i)}: got ${fmt(got(i))}, want ${fmt(want[i].want)}`);
  }
  return bad;
}
