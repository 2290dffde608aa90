// Inputs, parameter sets and comparisons for the rectified/simd tests: seeded arrays of any length
// with the special values (±0, ±Infinity, NaN, subnormals, ±FLT_MAX, the kinks) spread over vector
// bodies and tails alike; the parameters each kernel family is run with; and the agreement rule
// between a SIMD kernel and its JavaScript kernel.
import { uniform } from './helpers/random.js';
import { ulpDistance32 } from './ulp.js';

export type Kernel = (...args: unknown[]) => Float32Array;

const F32_MAX = 3.4028234663852886e38;
const SPECIAL = [
  0,
  -0,
  Infinity,
  -Infinity,
  NaN,
  1.401298464324817e-45,
  -1.401298464324817e-45,
  1.1754943508222875e-38,
  -1.1754943508222875e-38,
  F32_MAX,
  -F32_MAX,
  1,
  -1,
  0.5,
  -0.5,
  6,
  -6,
  3,
  -3,
  2.9999998,
  -3.0000002,
  0.1,
  -0.1,
  0.2,
  -0.25,
  5.9999995,
  6.0000005,
  20,
  -20,
  88.72,
  -87.33,
  -103.97,
  1e30,
  -1e30,
  0.3,
  -0.3,
  -0.9999999,
  0.99999994,
];

/** `n` seeded inputs: one in four from SPECIAL, the others spread over ±10 and ±10^(−45…38). */
export function inputs(n: number, seed = 1): Float32Array {
  const u = uniform(seed);
  return Float32Array.from({ length: n }, () => {
    const k = u();
    if (k < 0.25) return SPECIAL[Math.floor(u() * SPECIAL.length)]!;
    if (k < 0.7) return -10 + 20 * u();
    return (u() < 0.5 ? -1 : 1) * 10 ** (-45 + 83.5 * u());
  });
}

/** `n` seeded incoming gradients, with zeros of both signs, NaN and infinities among them. */
export function gradients(n: number, seed = 2): Float32Array {
  const u = uniform(seed);
  const odd = [0, -0, NaN, Infinity, -Infinity, 1e-40];
  return Float32Array.from({ length: n }, () => (u() < 0.05 ? odd[Math.floor(u() * odd.length)]! : -4 + 8 * u()));
}

/**
 * The families whose kernels must equal the JavaScript kernels bit for bit (comparisons,
 * selections and products: assembly/rectifiers).
 */
export const EXACT = new Set([
  'relu',
  'leakyRelu',
  'prelu',
  'relu6',
  'hardTanh',
  'hardSigmoid',
  'threshold',
  'heaviside',
  'shiftedRelu',
  'softshrink',
  'hardshrink',
  'sparsePlus',
]);

/** Parameter sets per family (after the arrays); [] runs the defaults. A family not listed: [[]]. */
const PARAMS: Record<string, number[][]> = {
  relu: [[], [1], [0.5], [1 / 3]],
  leakyRelu: [[], [0], [0.2], [-0.3], [1e-30], [2], [0.5], [1], [0.25], [1.401298464324817e-45]],
  prelu: [[], [0], [0.1], [-2], [0.1, 4]],
  hardTanh: [[], [0, 6], [-0.1, 0.1], [0.3, 0.3], [-1e300, 1e300], [2, 2]],
  hardSigmoid: [[], [0.2, 0.5], [1 / 6, 0], [0.1, -0.3], [3, 1e-20], [1e-10, 0.5]],
  threshold: [
    [0.1, 20],
    [0, 0],
    [-Infinity, 5],
    [1e300, -1],
    [6, Infinity],
    [0, -Infinity],
  ],
  heaviside: [[], [0], [1], [0.1]],
  shiftedRelu: [[], [0], [0.1], [1e300], [1e-50], [3]],
  // λ = 0.1, 0.3 and 1e300 are no float32s (softshrink's difference then widens to float64; the
  // float32 inputs 0.1 and 0.3 lie just above them), 3 is an input (a kink at an input).
  softshrink: [[], [1], [0], [0.3], [0.1], [3], [1e300], [3.4028234663852886e38]],
  hardshrink: [[], [1], [0], [0.3], [0.1], [3], [1e300]],
  // The transcendental families, for when their SIMD kernels land:
  elu: [[], [0.5]],
  celu: [[], [2]],
  swish: [[], [1.5]],
  softplus: [[], [2, 20], [0.5]],
  squareplus: [[], [0.25]],
  rrelu: [[], [0.1, 0.3]],
};

export const familyOf = (kernel: string): string => kernel.replace(/(Derivative|Backward)?F32$/, '');

/** The parameter sets a kernel is run with (relu's forward has none). */
export function paramSets(kernel: string): number[][] {
  if (kernel === 'reluF32') return [[]];
  return PARAMS[familyOf(kernel)] ?? [[]];
}

export const fmt = (v: number): string => (Object.is(v, -0) ? '-0' : String(v));
export const show = (p: readonly unknown[]): string => p.map((v) => `, ${typeof v === 'number' ? fmt(v) : String(v)}`).join('');

/**
 * Elements where `got` (a SIMD kernel's result) and `want` (the JavaScript kernel's) disagree:
 * every element for an exact family; otherwise where either is NaN, ±Infinity or ±0 and they
 * differ, or they are more than 2 float32 ulps apart (each is within 1 of the exact value).
 */
export function disagreements(got: Float32Array, want: Float32Array, exact: boolean, x: Float32Array): string[] {
  const bad: string[] = [];
  for (let i = 0; i < want.length; i++) {
    const a = got[i]!;
    const b = want[i]!;
    const special = (v: number) => v === 0 || !Number.isFinite(v);
    const ok = exact || special(a) || special(b) ? Object.is(a, b) : ulpDistance32(a, b) <= 2;
    if (!ok) bad.push(`[${i}] x=${fmt(x[i]!)}: simd ${fmt(a)}, js ${fmt(b)}`);
  }
  return bad;
}

/** The raw bits of an array (to compare arrays that hold NaN or to see that one was not modified). */
export const bits = (a: Float32Array): number[] => Array.from(new Uint32Array(a.buffer, a.byteOffset, a.length));

/** What a call did: its error's type and message, or its result (every NaN alike: payloads may differ). */
export function outcome(call: () => Float32Array): string {
  try {
    return `returned ${Array.from(call(), fmt).join(',')}`;
  } catch (e) {
    return `threw ${(e as Error).constructor.name}: ${(e as Error).message}`;
  }
}
