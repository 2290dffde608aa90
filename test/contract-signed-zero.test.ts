// −0 parameters (issue "First contact you can trust"): a parameter that may be 0 ("finite",
// "≥ 0", "in [0, 1]") is taken as +0 when it is −0, in every form. Table-driven over every export
// of src/index.ts with a numeric parameter: each parameter at −0 and at +0 (the others at fixed
// valid values), on the inputs [−0, 0, −1, 1, −∞, +∞, NaN, 1e−45]:
//   - the kernel equals Math.fround of the scalar, compared with Object.is (signed zeros, NaN);
//   - a −0 parameter gives the same results as +0, Object.is, in the scalar and in the kernel;
//   - a parameter that must be > 0 (or a count) rejects −0 and +0 alike with a RangeError.
// The expectations are the definitions (f(x, −0) = f(x, +0)); no value is copied from the code.
import { describe, expect, it } from 'vitest';
import { ACTIVATIONS, type Activation } from '../scripts/manifest/index.js';
import * as api from '../src/index.js';
import { fmt, same } from './contract.helpers.js';

type Fn = (...args: never[]) => unknown;
const fn = (name: string): ((...args: unknown[]) => unknown) =>
  (api as unknown as Record<string, Fn>)[name] as (...args: unknown[]) => unknown;

const INPUTS = [-0, 0, -1, 1, -Infinity, Infinity, NaN, Math.fround(1e-45)];
/** dy of the backward kernels: ±1 exercise the IEEE signs of dy·f′(x). */
const DYS = [1, -1];
/** The gated units' pairs (a, b): every input as b with a = −1.5, and every input as a with b = 0.75. */
const PAIRS: [number, number][] = [...INPUTS.map((b): [number, number] => [-1.5, b]), ...INPUTS.map((a): [number, number] => [a, 0.75])];

/**
 * One family: its parameters (name, a fixed valid value used while another one is ±0, and
 * whether 0 is valid), how to call its scalar forms and kernels with a parameter list `p`.
 * `pairs` lists [scalar form, kernel form] checked against each other; `alone` lists forms only
 * checked for −0 = +0 (scalars without a kernel twin, kernels with a layout the scalars lack).
 */
interface Family {
  name: string;
  params: [name: string, base: number, zeroValid: boolean][];
  pairs: [string, string][];
  /** Scalar value(s) at x for the pair's scalar form. */
  scalar: (form: string, x: number, p: number[]) => number[];
  /** Kernel results over INPUTS (for a backward kernel: dy·f′ in the layout of `scalar`, dy given). */
  kernel: (form: string, xs: Float32Array, p: number[], dy: number) => number[];
  /** Forms with no kernel/scalar twin: any results that must not depend on the sign of a zero parameter. */
  alone?: (p: number[]) => number[];
}

const arr = (n: number, v: number) => new Float32Array(n).fill(v);
/** A backward kernel (dx, dy, x or y, …): dy·f′ per element. */
const BACKWARD = /Backward(FromOutput)?F32$/;

/**
 * A gated unit with numeric parameters: rows [a, b] (rowSize 2) of PAIRS; the scalar forms are
 * called per pair index.
 */
function gated(name: string, params: Family['params']): Family {
  return {
    name,
    params,
    pairs: [
      [name, `${name}F32`],
      [`${name}Derivative`, `${name}DerivativeF32`],
      [`${name}Derivative`, `${name}BackwardF32`],
    ],
    scalar: (form, i, p) => {
      const [a, b] = PAIRS[i];
      const r = fn(form)(a, b, ...p);
      return Array.isArray(r) ? (r as number[]) : [r as number];
    },
    kernel: (form, _xs, p, dy) => {
      const x = Float32Array.from(PAIRS.flat());
      const m = PAIRS.length;
      if (form === `${name}F32`) return Array.from(fn(form)(new Float32Array(m), x, 2, ...p) as Float32Array);
      if (form === `${name}DerivativeF32`) return Array.from(fn(form)(new Float32Array(2 * m), x, 2, ...p) as Float32Array);
      return Array.from(fn(form)(new Float32Array(2 * m), arr(m, dy), x, 2, ...p) as Float32Array);
    },
  };
}

/** The usual five forms: f(x, …p), fDerivative(x, …p), fF32(out, x, …p), …, fBackwardF32(dx, dy, x, …p). */
function elementwise(name: string, params: Family['params'], options: { forward?: boolean } = {}): Family {
  const pairs: [string, string][] = [
    [`${name}Derivative`, `${name}DerivativeF32`],
    [`${name}Derivative`, `${name}BackwardF32`],
  ];
  if (options.forward !== false) pairs.unshift([name, `${name}F32`]);
  // the backward pass from the output y, where the activation has one (y in place of x)
  if (`${name}BackwardFromOutputF32` in api) pairs.push([`${name}DerivativeFromOutput`, `${name}BackwardFromOutputF32`]);
  return {
    name,
    params,
    pairs,
    scalar: (form, x, p) => [fn(form)(x, ...p) as number],
    kernel: (form, xs, p, dy) => {
      const n = xs.length;
      const out = BACKWARD.test(form) ? fn(form)(new Float32Array(n), arr(n, dy), xs, ...p) : fn(form)(new Float32Array(n), xs, ...p);
      return Array.from(out as Float32Array);
    },
  };
}

const families: Family[] = [
  elementwise('relu', [['atZero', 0.5, true]], { forward: false }),
  elementwise('leakyRelu', [['negativeSlope', 0.01, true]]),
  {
    ...elementwise('prelu', [['weight', 0.25, true]]),
    // A per-channel Float32Array weight holding ±0, and the weight gradient.
    alone: (p) => {
      const xs = Float32Array.from(INPUTS);
      const n = xs.length;
      const w = Float32Array.of(p[0]);
      const g = new Float32Array(1);
      return [
        ...api.preluF32(new Float32Array(n), xs, w),
        ...api.preluDerivativeF32(new Float32Array(n), xs, w),
        ...api.preluBackwardF32(new Float32Array(n), arr(n, -1), xs, w, 1, g),
        g[0],
      ];
    },
  },
  elementwise('elu', [['alpha', 1, true]]),
  elementwise('celu', [['alpha', 1, false]]),
  elementwise('hardSigmoid', [
    ['alpha', 1 / 6, false],
    ['beta', 0.5, true],
  ]),
  elementwise('swish', [['beta', 1, true]]),
  elementwise('snake', [['alpha', 1, false]]),
  {
    ...elementwise('snakeBeta', [
      ['alpha', 1, true],
      ['beta', 1, false],
    ]),
    // Per-channel Float32Array parameters holding ±0 (alpha may be 0), and the gradients.
    alone: (p) => {
      const xs = Float32Array.from(INPUTS);
      const n = xs.length;
      const [a, b] = [Float32Array.of(p[0]), Float32Array.of(p[1])];
      const g = { alpha: new Float32Array(1), beta: new Float32Array(1) };
      return [
        ...api.snakeBetaF32(new Float32Array(n), xs, a, b),
        ...api.snakeBetaDerivativeF32(new Float32Array(n), xs, a, b),
        ...api.snakeBetaBackwardF32(
          new Float32Array(n),
          arr(n, -1),
          xs.map((v) => (Number.isFinite(v) ? v : 0)),
          a,
          b,
          1,
          g,
        ),
        g.alpha[0],
        g.beta[0],
      ];
    },
  },
  elementwise('squareplus', [['b', 4, true]]),
  elementwise('starRelu', [
    ['scale', 0.8944, true],
    ['bias', -0.4472, true],
  ]),
  elementwise('xielu', [
    ['alphaP', 0.8, true],
    ['alphaN', 0.8, true],
    ['beta', 0.5, true],
    ['eps', -1e-6, true],
  ]),
  elementwise('softplus', [
    ['beta', 1, false],
    ['threshold', 20, true],
  ]),
  elementwise('hardTanh', [
    ['minVal', -1, true],
    ['maxVal', 1, true],
  ]),
  elementwise('hardshrink', [['lambd', 0.5, true]]),
  elementwise('softshrink', [['lambd', 0.5, true]]),
  elementwise('shrink', [
    ['lambd', 0.5, true],
    ['bias', 0.25, true],
  ]),
  elementwise('heaviside', [['valueAtZero', 0.5, true]]),
  elementwise('shiftedRelu', [['a', 1, true]]),
  elementwise('threshold', [
    ['threshold', 0.5, true],
    ['value', -1, true],
  ]),
  {
    ...elementwise('rrelu', [
      ['lower', 0, true],
      ['upper', 1 / 3, true],
    ]),
    // The training form: per-element slopes of ±0 (lower = 0), and the sampler.
    alone: (p) => {
      const xs = Float32Array.from(INPUTS);
      const slopes = arr(xs.length, p[0]);
      return [...rreluKernels(xs, p, slopes), ...Array.from(api.rreluSampleSlopes(new Float32Array(4), 7, p[0], p[1]))];
    },
  },
  {
    name: 'sShapedRelu',
    params: [
      ['tl', -1, true],
      ['al', 0.5, true],
      ['tr', 1, true],
      ['ar', 2, true],
    ],
    pairs: [
      ['sShapedRelu', 'sShapedReluF32'],
      ['sShapedReluDerivative', 'sShapedReluDerivativeF32'],
      ['sShapedReluDerivative', 'sShapedReluBackwardF32'],
    ],
    scalar: (form, x, p) => [fn(form)(x, ...p) as number],
    kernel: (form, xs, p, dy) => {
      const n = xs.length;
      const params = { tl: p[0], al: p[1], tr: p[2], ar: p[3] };
      const out = form.endsWith('BackwardF32')
        ? fn(form)(new Float32Array(n), arr(n, dy), xs, params)
        : fn(form)(new Float32Array(n), xs, params);
      return Array.from(out as Float32Array);
    },
    // The parameter partials, and per-channel Float32Array parameters with their gradients.
    alone: (p) => {
      const xs = Float32Array.from(INPUTS);
      const n = xs.length;
      const perChannel = { tl: Float32Array.of(p[0]), al: Float32Array.of(p[1]), tr: Float32Array.of(p[2]), ar: Float32Array.of(p[3]) };
      const grads = { tl: new Float32Array(1), al: new Float32Array(1), tr: new Float32Array(1), ar: new Float32Array(1) };
      return [
        ...INPUTS.flatMap((x) => api.sShapedReluParameterDerivatives(x, p[0], p[1], p[2], p[3])),
        ...api.sShapedReluF32(new Float32Array(n), xs, perChannel),
        ...api.sShapedReluDerivativeF32(new Float32Array(n), xs, perChannel),
        ...api.sShapedReluBackwardF32(new Float32Array(n), arr(n, -1), xs, perChannel, 1, grads),
        grads.tl[0],
        grads.al[0],
        grads.tr[0],
        grads.ar[0],
      ];
    },
  },
  gated('swiglu', [['beta', 1, true]]),
  gated('swigluOss', [
    ['alpha', 1.702, true],
    ['limit', 7, false],
  ]),
  {
    // the loss of the row [x, 0.5, −1] with label 1; the kernel's per-row losses (float64) rounded
    name: 'softmaxCrossEntropy',
    params: [
      ['labelSmoothing', 0.1, true],
      ['ignoreIndex', -100, true],
    ],
    pairs: [['softmaxCrossEntropy', 'softmaxCrossEntropyF32']],
    scalar: (_form, x, p) => [api.softmaxCrossEntropy([x, 0.5, -1], 1, { labelSmoothing: p[0], ignoreIndex: p[1] })],
    kernel: (_form, xs, p) => {
      const losses = new Float64Array(xs.length);
      const logits = Float32Array.from(Array.from(xs).flatMap((x) => [x, 0.5, -1]));
      api.softmaxCrossEntropyF32(null, logits, Array(xs.length).fill(1), 3, {
        labelSmoothing: p[0],
        ignoreIndex: p[1],
        reduction: 'none',
        losses,
      });
      return Array.from(losses, Math.fround);
    },
    // the gradient, with label 0 (ignored where ignoreIndex is ±0) and label 2
    alone: (p) => {
      const logits = Float32Array.from(INPUTS.flatMap((x) => [x, 0.5, -1]));
      const dl = new Float32Array(logits.length);
      const labels = INPUTS.map((_, i) => (i % 2 === 0 ? 0 : 2));
      const loss = api.softmaxCrossEntropyF32(dl, logits, labels, 3, { labelSmoothing: p[0], ignoreIndex: p[1], reduction: 'sum' });
      return [loss, ...dl];
    },
  },
];

/** The inputs a family's scalar forms are called with: INPUTS, or the indices of PAIRS for the gated units. */
const xsOf = (f: Family): number[] => (f.name === 'swiglu' || f.name === 'swigluOss' ? PAIRS.map((_, i) => i) : INPUTS);

function rreluKernels(xs: Float32Array, p: number[], slopes: Float32Array): number[] {
  const n = xs.length;
  return [
    ...api.rreluF32(new Float32Array(n), xs, p[0], p[1], slopes),
    ...api.rreluDerivativeF32(new Float32Array(n), xs, p[0], p[1], slopes),
    ...api.rreluBackwardF32(new Float32Array(n), arr(n, -1), xs, p[0], p[1], slopes),
  ];
}

/** Every result of a family at parameters p: each pair's scalar values and kernel values, and `alone`. */
function allResults(f: Family, p: number[]): number[] {
  const xs = Float32Array.from(INPUTS);
  const out: number[] = [];
  for (const [s, k] of f.pairs) {
    for (const x of xsOf(f)) out.push(...f.scalar(s, x, p));
    for (const dy of BACKWARD.test(k) ? DYS : [1]) out.push(...f.kernel(k, xs, p, dy));
  }
  return [...out, ...(f.alone ? f.alone(p) : [])];
}

/** p = the bases with parameter k (or every parameter, k = −1) set to z. */
const withZero = (f: Family, k: number, z: number): number[] => f.params.map(([, base], j) => (j === k || k < 0 ? z : base));

// Families of exports without a numeric parameter that could be ±0 (row sizes, pieces and
// channel sizes are counts, checked at the end), from scripts/manifest.
const COUNTS = new Set(['rowSize', 'pieces', 'innerSize']);
const numericParams = (a: Activation): string[] => a.params.map((p) => p.name).filter((n) => !COUNTS.has(n));
const NO_PARAMETER = ACTIVATIONS.filter((a) => numericParams(a).length === 0).map((a) => a.name);
const familyOf = (name: string): string =>
  name.replace(
    /(BackwardFromOutputF32|DerivativeFromOutput|BackwardF32|DerivativeF32|F32|Backward|Derivative|SampleSlopes|ParameterDerivatives)$/,
    '',
  );

describe('−0 parameters are +0 in every form', () => {
  it('the table has every activation of scripts/manifest with a numeric parameter, with the manifest’s parameter names', () => {
    for (const a of ACTIVATIONS.filter((e) => numericParams(e).length > 0)) {
      expect(
        families.find((f) => f.name === a.name)?.params.map(([p]) => p),
        a.name,
      ).toEqual(numericParams(a));
    }
  });

  it('every export of src/index.ts belongs to a family in this table or to one without a numeric parameter', () => {
    const known = new Set([...families.map((f) => f.name), ...NO_PARAMETER]);
    const exported = Object.keys(api).filter((k) => typeof (api as Record<string, unknown>)[k] === 'function');
    expect(exported.filter((k) => !known.has(familyOf(k)))).toEqual([]);
    // and the table exercises every form of its families
    const exercised = new Set(families.flatMap((f) => f.pairs.flat()));
    for (const k of ['rreluSampleSlopes', 'sShapedReluParameterDerivatives', 'relu', 'reluF32']) exercised.add(k); // in `alone`, or without parameter
    expect(exported.filter((k) => families.some((f) => f.name === familyOf(k)) && !exercised.has(k))).toEqual([]);
  });

  for (const f of families) {
    f.params.forEach(([pName, , zeroValid], k) => {
      if (!zeroValid) {
        it(`${f.name}: ${pName} = -0 and ${pName} = 0 both throw a RangeError naming ${pName}, in every form`, () => {
          for (const z of [-0, 0]) {
            const p = withZero(f, k, z);
            for (const [s, kern] of f.pairs) {
              expect(() => f.scalar(s, xsOf(f)[0], p)).toThrow(RangeError);
              expect(() => f.kernel(kern, Float32Array.from(INPUTS), p, 1)).toThrow(new RegExp(`\\b${pName}\\b`));
            }
          }
        });
        return;
      }
      for (const [s, kern] of f.pairs) {
        for (const z of [-0, 0]) {
          it(`${kern} equals Math.fround(${s}) with ${pName} = ${fmt(z)} on [-0, 0, -1, 1, ±Infinity, NaN, 1e-45] (Object.is)`, () => {
            const p = withZero(f, k, z);
            for (const dy of BACKWARD.test(kern) ? DYS : [1]) {
              const want = xsOf(f).flatMap((x) => f.scalar(s, x, p).map((v) => Math.fround(BACKWARD.test(kern) ? dy * v : v)));
              expect(same(f.kernel(kern, Float32Array.from(INPUTS), p, dy), want), `dy = ${dy}`).toEqual([]);
            }
          });
        }
      }
      it(`${f.name}: ${pName} = -0 gives the same results as ${pName} = 0 in every form (Object.is)`, () => {
        expect(same(allResults(f, withZero(f, k, -0)), allResults(f, withZero(f, k, 0)))).toEqual([]);
      });
    });
    const valid = f.params.filter(([, , ok]) => ok).length;
    if (valid > 1) {
      it(`${f.name}: every zero-valid parameter at -0 at once gives the same results as all at 0 (Object.is)`, () => {
        const both = (z: number) => f.params.map(([, base, ok]) => (ok ? z : base));
        expect(same(allResults(f, both(-0)), allResults(f, both(0)))).toEqual([]);
      });
    }
  }

  it('counts (rowSize, pieces, innerSize) reject -0 and 0 alike with a RangeError', () => {
    const x = new Float32Array(4);
    for (const z of [-0, 0]) {
      expect(() => api.softmaxF32(new Float32Array(4), x, z)).toThrow(RangeError);
      expect(() => api.creluF32(new Float32Array(8), x, z)).toThrow(RangeError);
      expect(() => api.gluF32(new Float32Array(2), x, z)).toThrow(RangeError);
      expect(() => api.maxoutF32(new Float32Array(2), x, z)).toThrow(RangeError);
      expect(() => api.preluF32(new Float32Array(4), x, 0.25, z)).toThrow(RangeError);
      expect(() => api.sShapedReluF32(new Float32Array(4), x, { tl: 0, al: 0, tr: 0, ar: 0 }, z)).toThrow(RangeError);
    }
  });
});
