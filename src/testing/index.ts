/**
 * An accuracy oracle for float32 activation outputs from anywhere (TF.js on any backend, ONNX
 * Runtime Web, a WebGPU shader, hand-written code): given the activation, its inputs and the
 * outputs, {@link ulpReport} measures each output in float32 ulps against rectified's float64
 * scalar (itself within 4 float64 ulps of the exact value), and lists the worst inputs and the
 * special values (NaN, ±∞, the sign of zero) that differ. It needs no TF.js.
 *
 * @module
 */
import * as r from '../activations/index.js';
import { describe } from '../internal/check.js';
import { type Layout, SPECS } from '../tfjs/specs.js';

/** One output compared with the reference. @category Testing */
export interface UlpCase {
  /** index of the output */
  index: number;
  /** the input (for row-wise layouts, the first input of its row or pair) */
  x: number;
  got: number;
  /** rectified's float64 reference */
  want: number;
  /** |got − want| in float32 ulps of want (NaN for a special-value mismatch) */
  ulp: number;
}

/** What {@link ulpReport} measured. @category Testing */
export interface UlpReport {
  name: string;
  /** outputs compared */
  count: number;
  maxUlp: number;
  meanUlp: number;
  /** the largest errors, largest first */
  worst: UlpCase[];
  /** outputs where NaN, ±∞ or the sign of a zero differs from the reference rounded to float32 */
  special: UlpCase[];
}

/** Options of {@link ulpReport}. @category Testing */
export interface UlpOptions {
  /** the activation's parameters after x, in the library's order (defaults: the library's) */
  params?: readonly number[] | undefined;
  /** the row length for row-wise, gated and wide layouts (default: x.length) */
  rowSize?: number | undefined;
  /** how many worst cases to keep (default 5) */
  worst?: number | undefined;
}

type Scalar = (...a: unknown[]) => unknown;
const lib = r as unknown as Record<string, Scalar>;

/**
 * The spacing of float32 values at |v| (v finite): 2⁻¹⁴⁹ below 2⁻¹²⁶.
 *
 * @param v - a finite number (rounded to float32 first)
 * @category Testing
 */
export function ulp32(v: number): number {
  const a = Math.abs(Math.fround(v));
  if (a < 2 ** -126) return 2 ** -149;
  let e = Math.floor(Math.log2(a));
  if (2 ** e > a) e--;
  else if (2 ** (e + 1) <= a) e++;
  return 2 ** (e - 23);
}

/** float64 references, one per output, with the input each output is reported under. */
function reference(
  name: string,
  layout: Layout,
  x: Float32Array,
  params: readonly number[],
  rowSize: number,
): { want: number[]; at: number[] } {
  const f = lib[name];
  const want: number[] = [];
  const at: number[] = [];
  const rows = layout === 'elementwise' ? 0 : x.length / rowSize;
  if (layout !== 'elementwise' && !Number.isInteger(rows))
    throw new RangeError(`ulpReport: rowSize must divide x.length (${x.length}), got ${rowSize}`);
  if (layout === 'elementwise')
    x.forEach((v) => {
      want.push(f(v, ...params) as number);
      at.push(v);
    });
  for (let k = 0; k < rows; k++) {
    const row = Array.from(x.subarray(k * rowSize, (k + 1) * rowSize));
    if (layout === 'rowwise')
      for (const [j, v] of (f(row) as number[]).entries()) {
        want.push(v);
        at.push(row[j]);
      }
    else if (layout === 'reduce') {
      want.push(f(row) as number);
      at.push(row[0]);
    } else if (layout === 'wide') {
      const p = row.map((v) => f(v) as [number, number]);
      for (const i of [0, 1])
        p.forEach((q, j) => {
          want.push(q[i]);
          at.push(row[j]);
        });
    } else if (layout === 'gated') {
      const h = rowSize / 2;
      for (let j = 0; j < h; j++) {
        want.push(f(row[j], row[h + j], ...params) as number);
        at.push(row[j]);
      }
    } else {
      // grouped (maxout): groups of params[0] within the row
      const pieces = params[0];
      for (let j = 0; j < rowSize; j += pieces) {
        want.push(f(row.slice(j, j + pieces)) as number);
        at.push(row[j]);
      }
    }
  }
  return { want, at };
}

/** The elementwise activations whose TF.js ops take tensor parameters, so SPECS has no entry for them. */
const WEIGHTED = new Set(['prelu', 'sShapedRelu', 'snake', 'snakeBeta']);

function layoutOf(name: string): Layout {
  if (WEIGHTED.has(name)) return 'elementwise';
  if (!Object.hasOwn(SPECS, name)) throw new RangeError(`ulpReport: name must be a rectified activation, got ${describe(name)}`);
  return SPECS[name as keyof typeof SPECS].layout;
}

/**
 * Measures `got`, the float32 outputs some implementation computed for `name` on inputs `x`,
 * against rectified's float64 reference: max and mean ulp, the worst inputs, and the special-value
 * mismatches. Layouts as rectified's kernels: elementwise; row-wise (softmax, logSoftmax) and
 * reductions (logSumExp) over rows of `rowSize`; gated units over rows of halves a | b; maxout over
 * groups of `params[0]`; crelu's [relu(x), relu(−x)] rows. docs/tfjs.md shows it on TF.js's GELU.
 *
 * @param name - the activation, as rectified names it ('gelu', 'softmax', 'swiglu', …)
 * @param x - the inputs
 * @param got - the outputs to measure, laid out as rectified's kernel for `name` lays them out
 * @param options - parameters, row size and how many worst cases to list
 * @throws {TypeError} if x or got is not a Float32Array
 * @throws {RangeError} if name is not an activation, or the lengths do not fit the layout
 * @category Testing
 */
export function ulpReport(name: string, x: Float32Array, got: Float32Array, options: UlpOptions = {}): UlpReport {
  for (const [n, v] of [
    ['x', x],
    ['got', got],
  ] as const)
    if (!(v instanceof Float32Array)) throw new TypeError(`ulpReport: ${n} must be a Float32Array, got ${describe(v)}`);
  const layout = layoutOf(name);
  const spec = WEIGHTED.has(name) ? null : SPECS[name as keyof typeof SPECS];
  const params = options.params ?? spec?.defaults.filter((d): d is number => d !== undefined) ?? [];
  const { want, at } = reference(name, layout, x, params, options.rowSize ?? x.length);
  if (want.length !== got.length)
    throw new RangeError(`ulpReport: got must have ${want.length} outputs for ${name} on ${x.length} inputs, got length ${got.length}`);
  const cases: UlpCase[] = [];
  const special: UlpCase[] = [];
  let sum = 0;
  for (let i = 0; i < got.length; i++) {
    const w = want[i],
      g = got[i],
      w32 = Math.fround(w);
    const c: UlpCase = { index: i, x: at[i], got: g, want: w, ulp: NaN };
    if (!Number.isFinite(w32) || !Number.isFinite(g) || (w32 === 0 && g === 0)) {
      if (!Object.is(w32, g)) special.push(c);
      else {
        c.ulp = 0;
        cases.push(c);
      }
      continue;
    }
    c.ulp = Math.abs(g - w) / ulp32(w);
    sum += c.ulp;
    cases.push(c);
  }
  cases.sort((a, b) => b.ulp - a.ulp);
  return {
    name,
    count: got.length,
    maxUlp: cases.length > 0 ? cases[0].ulp : 0,
    meanUlp: cases.length > 0 ? sum / cases.length : 0,
    worst: cases.slice(0, options.worst ?? 5),
    special,
  };
}
