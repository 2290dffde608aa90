// Special values of every scalar activation and derivative, each derived from the mathematics
// (limits, exact values, correctly rounded products), never from running the code: NaN, signed
// zeros (checked with Object.is), ±Infinity, subnormals, ±1e300 and ±3.4e38, the kink
// conventions of docs/design.md, finiteness for finite input, and the TypeError/RangeError contract.
//
// `near(v)` marks a value that is not exactly representable (ln 2, a subnormal product, 1/x):
// the result must lie within 4 float64 ulps of v (the scalar accuracy contract) *and* have the
// sign bit of v, so an underflow to the wrong-signed zero is still caught.
import { describe, expect, it } from 'vitest';
import {
  crelu,
  creluDerivative,
  elu,
  eluDerivative,
  gelu,
  geluDerivative,
  geluTanh,
  geluTanhDerivative,
  leakyRelu,
  leakyReluDerivative,
  mish,
  mishDerivative,
  prelu,
  preluDerivative,
  relu,
  reluDerivative,
  sigmoid,
  sigmoidDerivative,
  silu,
  siluDerivative,
  softplus,
  softplusDerivative,
  squareplus,
  squareplusDerivative,
} from '../src/index.js';
import { ordinal64 } from './ulp.js';

type Fn = (x: number, ...params: number[]) => number | [number, number];
interface Near {
  near: number;
  label: string;
}
type Expected = number | Near | readonly [number, number];
type Row = [args: number[], expected: Expected];

const signbit = (v: number): boolean => v < 0 || Object.is(v, -0);
const fmt = (v: number): string => (Object.is(v, -0) ? '-0' : String(v).replace('e+', 'e'));
const near = (v: number, label = fmt(v)): Near => ({ near: v, label });
const describeExpected = (e: Expected): string =>
  typeof e === 'number' ? fmt(e) : 'near' in e ? `${e.label} within 4 ulp, same sign` : `[${e.map(fmt).join(', ')}]`;

function check(actual: number, e: number | Near): void {
  if (typeof e === 'number') {
    expect(actual).toBe(e); // Object.is: NaN is NaN, −0 is not +0
    return;
  }
  expect(Number.isFinite(actual), `${actual} is finite`).toBe(true);
  expect(signbit(actual), `sign of ${fmt(actual)}`).toBe(signbit(e.near));
  const d = ordinal64(actual) - ordinal64(e.near);
  expect(Number(d < 0n ? -d : d), `ulps from ${fmt(actual)} to ${fmt(e.near)}`).toBeLessThanOrEqual(4);
}

const N = NaN,
  I = Infinity;
const T = 5e-324; // smallest subnormal
const S = 2.2e-308; // a subnormal just below the smallest normal 2.2250738585072014e-308
const H = 1e300;
const F = 3.4e38; // about the float32 maximum
const LN2 = near(Math.LN2, 'ln 2');
const LN2_2 = near(Math.LN2 / 2, 'ln(2)/2');

// x·c(x) with c(0±) = ½ (gelu, geluTanh, silu): for x = 5e−324 the exact value is just above half
// the smallest subnormal, so it rounds up to 5e−324; for −5e−324 it is just below half, so −0.
const halfGate: Row[] = [
  [[N], N],
  [[0], 0],
  [[-0], -0],
  [[I], I],
  [[-I], -0],
  [[T], near(T)],
  [[-T], near(-0)],
  [[S], near(S / 2, 'x/2')],
  [[-S], near(-S / 2, 'x/2')],
  [[H], H],
  [[-H], -0],
  [[F], F],
  [[-F], -0],
];
// Φ(x) + xφ(x), σ(2u)(1 + …), σ(x)(1 + x(1 − σ(x))): ½ at 0, → 1 at +∞, → 0 from below at −∞.
const halfGateSlope: Row[] = [
  [[N], N],
  [[0], 0.5],
  [[-0], 0.5],
  [[I], 1],
  [[-I], -0],
  [[T], 0.5],
  [[-T], 0.5],
  [[S], 0.5],
  [[H], 1],
  [[-H], -0],
  [[F], 1],
  [[-F], -0],
];

const table: [name: string, fn: Fn, paramSets: number[][], rows: Row[]][] = [
  [
    'relu',
    relu,
    [[]],
    [
      [[N], N],
      [[0], 0],
      [[-0], 0],
      [[I], I],
      [[-I], 0],
      [[T], T],
      [[-T], 0],
      [[S], S],
      [[-S], 0],
      [[H], H],
      [[-H], 0],
      [[F], F],
      [[-F], 0],
    ],
  ],
  [
    'reluDerivative',
    reluDerivative,
    [[], [1], [0.5]],
    [
      [[N], N],
      [[N, 1], N],
      [[0], 0],
      [[-0], 0],
      [[0, 1], 1],
      [[-0, 1], 1],
      [[0, 0.5], 0.5],
      [[I], 1],
      [[-I], 0],
      [[-I, 1], 0],
      [[T], 1],
      [[-T], 0],
      [[T, 1], 1],
      [[-T, 1], 0],
      [[S], 1],
      [[H], 1],
      [[-H], 0],
      [[F], 1],
      [[-F], 0],
    ],
  ],
  [
    'leakyRelu',
    leakyRelu,
    [[], [0.2], [0]],
    [
      [[N], N],
      [[N, 0.2], N],
      [[0], 0],
      [[-0], -0],
      [[0, 0.2], 0],
      [[-0, 0.2], -0],
      [[I], I],
      [[-I], -I],
      [[-I, 0.2], -I],
      [[-I, 0], -0],
      [[T], T],
      [[-T], -0],
      [[-T, 0.2], -0],
      [[-T, 1], -T],
      [[S], S],
      [[-S, 0.2], 0.2 * -S],
      [[H], H],
      [[-H], 0.01 * -H],
      [[-H, 0.2], 0.2 * -H],
      [[-H, 0], -0],
      [[F], F],
      [[-F], 0.01 * -F],
      [[-F, 0.2], 0.2 * -F],
    ],
  ],
  [
    'leakyReluDerivative',
    leakyReluDerivative,
    [[], [0.2]],
    [
      [[N], N],
      [[N, 0.2], N],
      [[0], 0.01],
      [[-0], 0.01],
      [[0, 0.2], 0.2],
      [[-0, 0.2], 0.2],
      [[0, 0], 0],
      [[I], 1],
      [[-I], 0.01],
      [[-I, 0.2], 0.2],
      [[T], 1],
      [[-T], 0.01],
      [[-T, 0.2], 0.2],
      [[H], 1],
      [[-H], 0.01],
      [[F], 1],
      [[-F], 0.01],
    ],
  ],
  [
    'prelu',
    prelu,
    [[], [0.1], [0]],
    [
      [[N], N],
      [[N, 0.1], N],
      [[0], 0],
      [[-0], -0],
      [[-0, 0.1], -0],
      [[I], I],
      [[-I], -I],
      [[-I, 0.1], -I],
      [[-I, 0], -0],
      [[T], T],
      [[-T], -0],
      [[-S], -S / 4],
      [[H], H],
      [[-H], -H / 4],
      [[-H, 0.1], 0.1 * -H],
      [[F], F],
      [[-F], -F / 4],
    ],
  ],
  [
    'preluDerivative',
    preluDerivative,
    [[], [0.1]],
    [
      [[N], N],
      [[N, 0.1], N],
      [[0], 0.25],
      [[-0], 0.25],
      [[0, 0.1], 0.1],
      [[I], 1],
      [[-I], 0.25],
      [[-I, 0.1], 0.1],
      [[T], 1],
      [[-T], 0.25],
      [[H], 1],
      [[-H], 0.25],
      [[F], 1],
      [[-F], 0.25],
    ],
  ],
  [
    'crelu',
    crelu,
    [[]],
    [
      [[N], [N, N]],
      [[0], [0, 0]],
      [[-0], [0, 0]],
      [[I], [I, 0]],
      [[-I], [0, I]],
      [[T], [T, 0]],
      [[-T], [0, T]],
      [[S], [S, 0]],
      [[H], [H, 0]],
      [[-H], [0, H]],
      [[F], [F, 0]],
      [[-F], [0, F]],
    ],
  ],
  [
    'creluDerivative',
    creluDerivative,
    [[]],
    [
      [[N], [N, N]],
      [[0], [0, 0]],
      [[-0], [0, 0]],
      [[I], [1, 0]],
      [[-I], [0, -1]],
      [[T], [1, 0]],
      [[-T], [0, -1]],
      [[H], [1, 0]],
      [[-H], [0, -1]],
      [[F], [1, 0]],
      [[-F], [0, -1]],
    ],
  ],
  [
    'elu',
    elu,
    [[], [0.5]],
    [
      [[N], N],
      [[N, 0.5], N],
      [[0], 0],
      [[-0], -0],
      [[0, 0.5], 0],
      [[-0, 0.5], -0],
      [[I], I],
      [[I, 0.5], I],
      [[-I], -1],
      [[-I, 0.5], -0.5],
      [[T], T],
      [[-T], -T],
      [[-T, 0.5], near(-0)],
      [[S], S],
      [[-S], -S],
      [[-1e-300, 0.5], 0.5 * -1e-300],
      [[H], H],
      [[-H], -1],
      [[-H, 0.5], -0.5],
      [[F], F],
      [[-F], -1],
      [[-F, 0.5], -0.5],
    ],
  ],
  [
    'eluDerivative',
    eluDerivative,
    [[], [0.5]],
    [
      [[N], N],
      [[N, 0.5], N],
      [[0], 1],
      [[-0], 1],
      [[0, 2], 2],
      [[-0, 2], 2],
      [[0, 0.5], 0.5],
      [[I], 1],
      [[-I], 0],
      [[-I, 0.5], 0],
      [[T], 1],
      [[-T], 1],
      [[-T, 0.5], 0.5],
      [[H], 1],
      [[-H], 0],
      [[-H, 0.5], 0],
      [[F], 1],
      [[-F], 0],
    ],
  ],
  ['gelu', gelu, [[]], halfGate],
  ['geluDerivative', geluDerivative, [[]], halfGateSlope],
  ['geluTanh', geluTanh, [[]], halfGate],
  ['geluTanhDerivative', geluTanhDerivative, [[]], halfGateSlope],
  ['silu', silu, [[]], halfGate],
  ['siluDerivative', siluDerivative, [[]], halfGateSlope],
  [
    'softplus',
    softplus,
    [[], [2, 20]],
    [
      [[N], N],
      [[N, 2, 20], N],
      [[0], LN2],
      [[-0], LN2],
      [[0, 2, 20], LN2_2],
      [[-0, 2, 20], LN2_2],
      [[I], I],
      [[I, 2, 20], I],
      [[-I], 0],
      [[-I, 2, 20], 0],
      [[T], LN2],
      [[-T], LN2],
      [[T, 2, 20], LN2_2],
      [[H], H],
      [[H, 2, 20], H],
      [[-H], 0],
      [[-H, 2, 20], 0],
      [[F], F],
      [[-F], 0],
      [[25, 1, 20], 25],
      [[10.5, 2, 20], 10.5],
    ],
  ],
  [
    'softplusDerivative',
    softplusDerivative,
    [[], [2, 20]],
    [
      [[N], N],
      [[N, 2, 20], N],
      [[0], 0.5],
      [[-0], 0.5],
      [[0, 2, 20], 0.5],
      [[I], 1],
      [[-I], 0],
      [[-I, 2, 20], 0],
      [[T], 0.5],
      [[-T], 0.5],
      [[H], 1],
      [[-H], 0],
      [[-H, 2, 20], 0],
      [[F], 1],
      [[-F], 0],
      [[25, 1, 20], 1],
      [[10.5, 2, 20], 1],
    ],
  ],
  // mish(x) = x·tanh(softplus x) and tanh(ln 2) = 3/5: mish(±5e−324) = ±0.6·5e−324 rounds to ±5e−324.
  [
    'mish',
    mish,
    [[]],
    [
      [[N], N],
      [[0], 0],
      [[-0], -0],
      [[I], I],
      [[-I], -0],
      [[T], near(T)],
      [[-T], near(-T)],
      [[S], near(0.6 * S, '0.6·x')],
      [[-S], near(-0.6 * S, '0.6·x')],
      [[H], H],
      [[-H], -0],
      [[F], F],
      [[-F], -0],
    ],
  ],
  [
    'mishDerivative',
    mishDerivative,
    [[]],
    [
      [[N], N],
      [[0], 0.6],
      [[-0], 0.6],
      [[I], 1],
      [[-I], -0],
      [[T], 0.6],
      [[-T], 0.6],
      [[H], 1],
      [[-H], -0],
      [[F], 1],
      [[-F], -0],
      [[Number.MAX_VALUE], 1],
      [[-Number.MAX_VALUE], -0],
    ],
  ],
  // For x → −∞, squareplus(x, b) = b/(2(√(x²+b) − x)) → b/(4|x|) and squareplus′ → b/(4x²).
  [
    'squareplus',
    squareplus,
    [[], [0.25], [0]],
    [
      [[N], N],
      [[N, 0.25], N],
      [[0], 1],
      [[-0], 1],
      [[0, 0.25], 0.25],
      [[-0, 0.25], 0.25],
      [[0, 0], 0],
      [[-0, 0], 0],
      [[I], I],
      [[-I], 0],
      [[-I, 0.25], 0],
      [[-I, 0], 0],
      [[T], 1],
      [[-T], 1],
      [[S], 1],
      [[T, 0.25], 0.25],
      [[H], H],
      [[H, 0.25], H],
      [[-H], near(1 / H, 'b/(4·1e300)')],
      [[-H, 0.25], near(1 / 16 / H, 'b/(4·1e300)')],
      [[-H, 0], 0],
      [[F], F],
      [[-F], near(1 / F, 'b/(4·3.4e38)')],
      [[-F, 0.25], near(1 / 16 / F, 'b/(4·3.4e38)')],
      [[-1, 0], 0],
      [[2, 0], 2],
    ],
  ],
  [
    'squareplusDerivative',
    squareplusDerivative,
    [[], [0.25], [0]],
    [
      [[N], N],
      [[N, 0.25], N],
      [[0], 0.5],
      [[-0], 0.5],
      [[0, 0.25], 0.5],
      [[0, 0], 0],
      [[-0, 0], 0],
      [[I], 1],
      [[-I], 0],
      [[-I, 0.25], 0],
      [[T], 0.5],
      [[-T], 0.5],
      [[H], 1],
      [[-H], 0],
      [[F], 1],
      [[-F], near(1 / (F * F), 'b/(4·3.4e38²)')],
      [[-F, 0.25], near(1 / 16 / (F * F), 'b/(4·3.4e38²)')],
      [[2, 0], 1],
      [[-2, 0], 0],
      [[-T, 0], 0],
      [[-1e-200, 0], 0], // b = 0 is relu: relu′(x < 0) = 0
    ],
  ],
  [
    'sigmoid',
    sigmoid,
    [[]],
    [
      [[N], N],
      [[0], 0.5],
      [[-0], 0.5],
      [[I], 1],
      [[-I], 0],
      [[T], 0.5],
      [[-T], 0.5],
      [[S], 0.5],
      [[-S], 0.5],
      [[H], 1],
      [[-H], 0],
      [[F], 1],
      [[-F], 0],
    ],
  ],
  [
    'sigmoidDerivative',
    sigmoidDerivative,
    [[]],
    [
      [[N], N],
      [[0], 0.25],
      [[-0], 0.25],
      [[I], 0],
      [[-I], 0],
      [[T], 0.25],
      [[-T], 0.25],
      [[H], 0],
      [[-H], 0],
      [[F], 0],
      [[-F], 0],
    ],
  ],
];

const FINITE = [T, S, 1e-300, 1e-10, 0.5, 1, 20, 40, 88.8, 100, 709.8, 710, 746, 1e10, 1e150, 1.1e150, F, H, Number.MAX_VALUE].flatMap(
  (v) => [v, -v],
);

describe('special values', () => {
  for (const [name, fn, paramSets, rows] of table) {
    describe(name, () => {
      for (const [args, e] of rows) {
        it(`${name}(${args.map(fmt).join(', ')}) is ${describeExpected(e)}`, () => {
          const [x, ...params] = args;
          const got = fn(x, ...params);
          if (Array.isArray(e)) {
            expect(Array.isArray(got)).toBe(true);
            const pair = got as [number, number];
            expect(pair.length).toBe(2);
            check(pair[0], e[0]);
            check(pair[1], e[1]);
          } else {
            expect(typeof got).toBe('number');
            check(got as number, e as number | Near);
          }
        });
      }
      for (const params of paramSets) {
        const shown = params.length === 0 ? '' : `, ${params.map(fmt).join(', ')}`;
        it(`${name}(x${shown}) is finite for every finite x from ±5e-324 to ±MAX_VALUE`, () => {
          const bad = FINITE.filter((x) => {
            const r = fn(x, ...params);
            return !(Array.isArray(r) ? r.every(Number.isFinite) : Number.isFinite(r));
          });
          expect(bad.map((x) => `${fmt(x)} -> ${String(fn(x, ...params))}`)).toEqual([]);
        });
      }
    });
  }
});

describe('softplus threshold', () => {
  it('softplus(25) is above 25 (default threshold Infinity: no linear reversion)', () => {
    expect(softplus(25)).toBeGreaterThan(25); // 25 + log1p(e^-25) = 25 + 1.4e-11
  });
  it('softplus(10, 2, 20) is above 10 (beta·x = 20 is not above the threshold)', () => {
    expect(softplus(10, 2, 20)).toBeGreaterThan(10);
  });
  it('softplusDerivative(10, 2, 20) is below 1 (beta·x = 20 is not above the threshold)', () => {
    expect(softplusDerivative(10, 2, 20)).toBeLessThan(1);
  });
});

const str = '1' as unknown as number;
const nul = null as unknown as number;

describe('TypeError for a non-number x or parameter', () => {
  for (const [name, fn] of table) {
    it(`${name}('1') throws a TypeError`, () => expect(() => fn(str)).toThrow(TypeError));
    it(`${name}(null) throws a TypeError`, () => expect(() => fn(nul)).toThrow(TypeError));
  }
  const paramCalls: [string, () => unknown][] = [
    ["reluDerivative(0, '1')", () => reluDerivative(0, str)],
    ["leakyRelu(-1, '1')", () => leakyRelu(-1, str)],
    ["leakyReluDerivative(-1, '1')", () => leakyReluDerivative(-1, str)],
    ["prelu(-1, '1')", () => prelu(-1, str)],
    ["preluDerivative(-1, '1')", () => preluDerivative(-1, str)],
    ["elu(-1, '1')", () => elu(-1, str)],
    ['eluDerivative(-1, null)', () => eluDerivative(-1, nul)],
    ["softplus(1, '1')", () => softplus(1, str)],
    ["softplus(1, 1, '1')", () => softplus(1, 1, str)],
    ['softplusDerivative(1, null)', () => softplusDerivative(1, nul)],
    ["softplusDerivative(1, 1, '1')", () => softplusDerivative(1, 1, str)],
    ["squareplus(1, '1')", () => squareplus(1, str)],
    ['squareplusDerivative(1, null)', () => squareplusDerivative(1, nul)],
  ];
  for (const [call, thunk] of paramCalls) it(`${call} throws a TypeError`, () => expect(thunk).toThrow(TypeError));
});

describe('RangeError for a parameter outside its domain (message names parameter and value)', () => {
  const cases: [fn: string, param: string, bad: number[], call: (v: number) => unknown][] = [
    ['elu', 'alpha', [-1, -T, N, I, -I], (v) => elu(-1, v)],
    ['eluDerivative', 'alpha', [-1, -T, N, I, -I], (v) => eluDerivative(-1, v)],
    ['softplus', 'beta', [0, -0, -1, N, I, -I], (v) => softplus(1, v)],
    ['softplusDerivative', 'beta', [0, -0, -1, N, I, -I], (v) => softplusDerivative(1, v)],
    ['softplus', 'threshold', [N], (v) => softplus(1, 1, v)],
    ['softplusDerivative', 'threshold', [N], (v) => softplusDerivative(1, 1, v)],
    ['squareplus', 'b', [-1, -1e-300, N, I, -I], (v) => squareplus(1, v)],
    ['squareplusDerivative', 'b', [-1, -1e-300, N, I, -I], (v) => squareplusDerivative(1, v)],
    ['leakyRelu', 'negativeSlope', [N, I, -I], (v) => leakyRelu(-1, v)],
    ['leakyReluDerivative', 'negativeSlope', [N, I, -I], (v) => leakyReluDerivative(-1, v)],
    ['prelu', 'weight', [N, I, -I], (v) => prelu(-1, v)],
    ['preluDerivative', 'weight', [N, I, -I], (v) => preluDerivative(-1, v)],
    ['reluDerivative', 'atZero', [-0.5, -T, 1.5, N, I], (v) => reluDerivative(0, v)],
  ];
  for (const [fn, param, bad, call] of cases) {
    for (const v of bad) {
      it(`${fn} with ${param} = ${fmt(v)} throws a RangeError naming ${param} and ${String(v)}`, () => {
        let error: unknown;
        try {
          call(v);
        } catch (e) {
          error = e;
        }
        expect(error).toBeInstanceOf(RangeError);
        const message = (error as Error).message;
        expect(message).toMatch(new RegExp(`\\b${param}\\b`));
        expect(message).toContain(String(v));
      });
    }
  }
});
