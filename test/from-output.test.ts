// The backward passes from the output y against exact values (decimal.js at 80 digits, from the
// formulas of f′ written in y, never from src/): fDerivativeFromOutput within 2 float64 ulp and
// fBackwardFromOutputF32 within 1 float32 ulp of the exact g(y) and dy·g(y) for the y given, on
// the forward kernels' outputs over a grid of x and on seeded values of y, with the documented
// parameter values (non-float32 ones included). The comparison with the backward pass from x is
// in from-output.prop.test.ts.
import type { Decimal as DecimalJs } from 'decimal.js';
import { describe, expect, it } from 'vitest';
import * as api from '../src/index.js';
import { Decimal, toDecimal as exact } from './fixtures/reference.mjs';
import { uniform } from './helpers/random.js';

type D = DecimalJs;

/** ⌊log₂|v|⌋ (−Infinity at 0): the double's estimate, corrected by exact comparisons at powers of two. */
function floorLog2(v: D): number {
  if (v.isZero()) return -Infinity;
  const a = v.abs();
  let e = Math.floor(Math.log2(a.toNumber()));
  while (new Decimal(2).pow(e).gt(a)) e--;
  while (new Decimal(2).pow(e + 1).lte(a)) e++;
  return e;
}

/** |a − v| in ulps of v in a format with `p` digits and least exponent `emin` (subnormals: the least spacing). */
function ulps(a: number, v: D, p: number, emin: number): number {
  if (Number.isNaN(a) || !Number.isFinite(a)) return Infinity;
  const spacing = new Decimal(2).pow(Math.max(floorLog2(v), emin) - p + 1);
  return exact(a).minus(v).abs().div(spacing).toNumber();
}
const ulps64 = (a: number, v: D) => ulps(a, v, 53, -1022);
const ulps32 = (a: number, v: D) => ulps(a, v, 24, -126);

const LAMBDA = new Decimal('1.0507009873554804934193349852946');
const LAMBDA_ALPHA = new Decimal('1.6732632423543772848170429916717').times(LAMBDA);

interface Case {
  name: string;
  params: number[];
  /** the exact derivative as a function of the output: the formula of docs/numerics.md in y */
  g: (y: D, p: number[]) => D;
  /** the y values: the forward kernel's outputs on xs, and seeded values in f's range */
  xs: [number, number];
  range: [number, number];
}
const one = new Decimal(1);
const CASES: Case[] = [
  { name: 'sigmoid', params: [], g: (y) => y.times(one.minus(y)), xs: [-30, 30], range: [0, 1] },
  { name: 'tanh', params: [], g: (y) => one.minus(y).times(one.plus(y)), xs: [-12, 12], range: [-1, 1] },
  ...[[], [0.5], [0.3], [3]].map(
    (p): Case => ({
      name: 'elu',
      params: p,
      g: (y, q) => (y.gt(0) ? one : y.plus(exact(q[0] ?? 1))),
      xs: [-30, 5],
      range: [-(p[0] ?? 1), 2],
    }),
  ),
  { name: 'selu', params: [], g: (y) => (y.gt(0) ? LAMBDA : y.plus(LAMBDA_ALPHA)), xs: [-30, 5], range: [-1.758, 2] },
  ...[[], [2], [0.3]].map(
    (p): Case => ({
      name: 'celu',
      params: p,
      g: (y, q) => (y.gt(0) ? one : y.plus(exact(q[0] ?? 1)).div(exact(q[0] ?? 1))),
      xs: [-30, 5],
      range: [-(p[0] ?? 1), 2],
    }),
  ),
  ...[[], [2], [0.3]].map(
    (p): Case => ({
      name: 'softplus',
      params: p,
      g: (y, q) =>
        one.minus(
          y
            .times(exact(q[0] ?? 1))
            .neg()
            .exp(),
        ),
      xs: [-40, 40],
      range: [0, 30],
    }),
  ),
];

type Fn = (...a: unknown[]) => unknown;
const fn = (name: string) => (api as unknown as Record<string, Fn>)[name];

function ysOf(c: Case): Float32Array {
  const n = 1200;
  const xs = Float32Array.from({ length: n }, (_, i) => c.xs[0] + ((c.xs[1] - c.xs[0]) * i) / (n - 1));
  const fromX = fn(`${c.name}F32`)(new Float32Array(n), xs, ...c.params) as Float32Array;
  const r = uniform(0x0f0f);
  const seeded = Float32Array.from({ length: 400 }, () => c.range[0] + (c.range[1] - c.range[0]) * r());
  return Float32Array.from([...fromX, ...seeded, 0, Math.fround(1e-30), Math.fround(-1e-30), c.range[0], c.range[1]]);
}

describe.each(CASES)('$name (parameters $params) from the output', (c) => {
  const ys = ysOf(c);
  const show = c.params.map((v) => `, ${v}`).join('');
  const r = uniform(0xd00d);
  const dy = Float32Array.from(ys, () => -4 + 8 * r());

  it(`${c.name}DerivativeFromOutput(y${show}) is within 2 float64 ulp of the exact g(y) on ${ys.length} values of y`, () => {
    const ds = fn(`${c.name}DerivativeFromOutput`);
    const bad: string[] = [];
    let worst = 0;
    for (const y of ys) {
      const e = ulps64(ds(y, ...c.params) as number, c.g(exact(y), c.params));
      worst = Math.max(worst, e);
      if (!(e <= 2)) bad.push(`y=${y}: ${e} ulp`);
    }
    expect(bad.slice(0, 8), `max ${worst} ulp`).toEqual([]);
  });

  it(`${c.name}BackwardFromOutputF32(dx, dy, y${show}) is within 1 float32 ulp of the exact dy·g(y)`, () => {
    const k = fn(`${c.name}BackwardFromOutputF32`);
    const dx = k(new Float32Array(ys.length), dy, ys, ...c.params) as Float32Array;
    const bad: string[] = [];
    let worst = 0;
    for (let i = 0; i < ys.length; i++) {
      const e = ulps32(dx[i], exact(dy[i]).times(c.g(exact(ys[i]), c.params)));
      worst = Math.max(worst, e);
      if (!(e <= 1)) bad.push(`y=${ys[i]}, dy=${dy[i]}: ${e} ulp`);
    }
    expect(bad.slice(0, 8), `max ${worst} ulp`).toEqual([]);
  });
});

describe('the piecewise-linear ones are exact', () => {
  // y on both sides of and at each kink; the derivative is 1 inside the linear piece, the slope
  // (or 0) outside: from the definitions
  const cases: [string, number[], number[], (y: number) => number][] = [
    ['relu', [], [-0, 0, 1e-45, 0.5, 3], (y) => (y > 0 ? 1 : 0)],
    ['relu6', [], [0, 1e-45, 3, 6, 5.999999523162842], (y) => (y > 0 && y < 6 ? 1 : 0)],
    ['hardTanh', [-0.5, 2], [-0.5, -0.49999998, 0, 2, 1.9999999], (y) => (y > -0.5 && y < 2 ? 1 : 0)],
    ['leakyRelu', [0.2], [-3, -0, 0, 1e-45, 2], (y) => (y > 0 ? 1 : 0.2)],
  ];
  it.each(cases)('%sDerivativeFromOutput and %sBackwardFromOutputF32 (parameters %j)', (name, p, ys, g) => {
    const y32 = Float32Array.from(ys);
    for (const y of y32) expect(fn(`${name}DerivativeFromOutput`)(y, ...p)).toBe(g(y));
    const dy = new Float32Array(y32.length).fill(3);
    expect(Array.from(fn(`${name}BackwardFromOutputF32`)(new Float32Array(y32.length), dy, y32, ...p) as Float32Array)).toEqual(
      Array.from(y32, (y) => Math.fround(3 * g(y))),
    );
  });
});
