// Measures the functions that are not one-argument elementwise against their fixtures
// (test/fixtures/accuracy-vector/*.json, made by test/fixtures/generate-vector-accuracy.mjs): the
// gated linear units (two-argument scalars and partials, Float32Array kernels on rows a | b,
// backward with dy = 1) and the row-wise softmax, logSoftmax, logSumExp (forward and backward,
// float64 and Float32Array), maxout (exact), and through ./accuracy-report-softmin.ts softmin and
// hardmax; test/accuracy-report-vector-md.ts renders them.
// Used by test/accuracy-report.ts (measureAll, renderMarkdown).
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import * as api from '../src/index.js';
import type { Measure } from './accuracy-report.js';
import { LOSS_FIXTURE, measureLoss } from './accuracy-report-loss.js';
import { measureSoftminHardmax } from './accuracy-report-softmin.js';
import { DERIVATIVE_ZEROS, F32_ULP, F64_ULP, NEAR_ZERO } from './contract.js';
import { absError, FLOAT32, FLOAT64, signedZeroMismatch, ulpError32, ulpError64, ulpOfExact } from './ulp.js';

export const VECTOR_FIXTURE_DIR = fileURLToPath(new URL('./fixtures/accuracy-vector/', import.meta.url));

type Raw = (number | string)[];
const num = (v: number | string): number => (typeof v === 'number' ? v : Number(v)); // "-0", "Infinity"
const nums = (v: Raw): number[] => v.map(num);
export const show = (v: number): string => (Object.is(v, -0) ? '-0' : String(v));
const lookup = api as unknown as Record<string, (...args: unknown[]) => unknown>;
const fn = (name: string) => {
  if (typeof lookup[name] !== 'function') throw new Error(`no export ${name}`);
  return lookup[name];
};

/** One gated unit's fixture: pairs (a, b) and the exact f, ∂/∂a, ∂/∂b as (y, r). */
export interface GatedFixture {
  name: string;
  params: number[];
  f64: Record<'a' | 'b' | 'f' | 'fr' | 'da' | 'dar' | 'db' | 'dbr', number[]>;
  f32: Record<'a' | 'b' | 'f' | 'fr' | 'da' | 'dar' | 'db' | 'dbr', number[]>;
}
/** One row of the softmax family's fixture (outputs as y and residual R). */
export interface RowFixture {
  x: number[];
  dy: number[];
  dyLse: number;
  [series: string]: number[] | number | Record<string, number[]>;
  maxout: Record<string, number[]>;
}
export interface VectorFixtures {
  gated: GatedFixture[];
  rows: { f64: RowFixture[]; f32: RowFixture[] } | null;
}

export function loadVectorFixtures(dir = VECTOR_FIXTURE_DIR): VectorFixtures {
  const out: VectorFixtures = { gated: [], rows: null };
  for (const f of readdirSync(dir)
    .filter((n) => n.endsWith('.json'))
    .sort()) {
    const raw = JSON.parse(readFileSync(join(dir, f), 'utf8'));
    const conv = (o: Record<string, unknown>): Record<string, unknown> =>
      Object.fromEntries(
        Object.entries(o).map(([k, v]) => [
          k,
          Array.isArray(v) ? nums(v as Raw) : typeof v === 'object' ? conv(v as Record<string, unknown>) : num(v as number),
        ]),
      );
    if (f === 'sparsemax.json') continue; // measured by ./accuracy-report-sparsemax.ts
    if (f === LOSS_FIXTURE) continue; // softmaxCrossEntropy's: test/accuracy-report-loss.ts
    if (f === 'rows.json') out.rows = { f64: raw.f64.map(conv), f32: raw.f32.map(conv) };
    else
      out.gated.push({
        name: raw.name,
        params: raw.params,
        f64: conv(raw.f64) as GatedFixture['f64'],
        f32: conv(raw.f32) as GatedFixture['f32'],
      });
  }
  return out;
}

/** A point's bound: ulps (of the exact value) or an absolute error; `near`: g′'s zero, when within NEAR_ZERO of it. */
export type Bound = { kind: 'ulp' | 'abs'; max: number; near?: number };

export interface Series {
  at: string[];
  got: ArrayLike<number>;
  y: number[];
  r: number[];
  bound: (i: number) => Bound;
  /** Error override (logSumExp: ulps of max(|exact|, |m|)); default the fractional ulp error. */
  err?: (i: number, ulp: number) => number;
}

export function measure(family: string, call: string, kind: string, column: string, precision: 'float64' | 'float32', s: Series): Measure {
  const isF64 = precision === 'float64';
  let max = 0;
  let sum = 0;
  let count = 0;
  let cr = 0;
  let worst = { x: NaN, got: NaN, y: NaN, err: -1, at: '' };
  let near: Measure['near'];
  const failures: string[] = [];
  for (let i = 0; i < s.y.length; i++) {
    const got = s.got[i];
    const [y, r] = [s.y[i], s.r[i]];
    const raw = isF64 ? ulpError64(got, y, r) : ulpError32(got, y, r);
    const err = s.err ? s.err(i, raw) : raw;
    const abs = absError(got, y, r, isF64 ? FLOAT64 : FLOAT32);
    const szm = signedZeroMismatch(got, y);
    if (Object.is(got, y)) cr++;
    const b = s.bound(i);
    const ok = !szm && (b.kind === 'ulp' ? err <= b.max : abs <= b.max);
    if (!ok) {
      const what = b.kind === 'abs' ? `abs error ${abs.toExponential(3)} > ${b.max.toExponential(3)}` : `${err.toFixed(3)} ulp > ${b.max}`;
      failures.push(
        `${call} at ${s.at[i]}: got ${show(got)}, correctly rounded ${show(y)} (r = ${r}): ${szm ? 'wrong sign of zero' : what}`,
      );
    }
    if (b.near !== undefined) {
      if (!near) near = { n: 0, max: -1, x: NaN, zero: b.near };
      near.n++;
      if (err > near.max) near = { ...near, max: err, at: s.at[i] };
    }
    sum += err;
    count++;
    max = Math.max(max, err);
    if (err > worst.err) worst = { x: NaN, got, y, err, at: s.at[i] };
  }
  return {
    family,
    call,
    kind,
    role: column.endsWith(' f') ? 'f' : 'f′',
    precision,
    n: s.y.length,
    max,
    mean: count ? sum / count : 0,
    correctlyRounded: cr,
    worst,
    ...(near ? { near } : {}),
    failures,
    vector: column,
  };
}

// ---------------------------------------------------------------------------------------------
// Gated units
// ---------------------------------------------------------------------------------------------

/** The name of g′ for each gated unit (gelu′, geluTanh′, silu′ cross 0: the report's near-zero rows). */
export const SLOPE: Record<string, string> = {
  glu: 'sigmoidDerivative',
  reglu: 'reluDerivative',
  geglu: 'geluDerivative',
  gegluTanh: 'geluTanhDerivative',
  swiglu: 'siluDerivative',
  swigluOss: 'siluDerivative',
};
/** The gate's sharpness where it is not the fixture's first parameter (swigluOss's default alpha). */
const SHARPNESS: Record<string, number> = { swigluOss: 1.702 };

function measureGated(c: GatedFixture): Measure[] {
  const out: Measure[] = [];
  const P = c.params;
  const beta = P[0] ?? SHARPNESS[c.name] ?? 1;
  const argList = P.map((p) => `, ${p}`).join('');
  const fam = c.name;
  const s64 = c.f64;
  const at64 = s64.a.map((a, i) => `(${show(a)}, ${show(s64.b[i])})`);
  const scalar = fn(c.name) as (a: number, b: number, ...p: number[]) => number;
  const deriv = fn(`${c.name}Derivative`) as (a: number, b: number, ...p: number[]) => [number, number];
  const ulp4: Bound = { kind: 'ulp', max: F64_ULP };
  const d = s64.a.map((a, i) => deriv(a, s64.b[i], ...P));
  // ∂/∂b = a·g′(b): 4 ulp, next to g′'s zero (in βb for swiglu) too; those points also get a row of their own
  const zero = DERIVATIVE_ZEROS[SLOPE[fam]];
  const dbBound = (i: number): Bound =>
    zero !== undefined && Math.abs(beta * s64.b[i] - zero) <= NEAR_ZERO ? { ...ulp4, near: zero } : ulp4;
  out.push(
    measure(fam, `${c.name}(a, b${argList})`, 'float64 scalar', 'f64 f', 'float64', {
      at: at64,
      got: s64.a.map((a, i) => scalar(a, s64.b[i], ...P)),
      y: s64.f,
      r: s64.fr,
      bound: () => ulp4,
    }),
  );
  out.push(
    measure(fam, `${c.name}Derivative(a, b${argList})[0]`, 'float64 scalar, ∂/∂a', 'f64 da', 'float64', {
      at: at64,
      got: d.map((v) => v[0]),
      y: s64.da,
      r: s64.dar,
      bound: () => ulp4,
    }),
  );
  out.push(
    measure(fam, `${c.name}Derivative(a, b${argList})[1]`, 'float64 scalar, ∂/∂b', 'f64 db', 'float64', {
      at: at64,
      got: d.map((v) => v[1]),
      y: s64.db,
      r: s64.dbr,
      bound: dbBound,
    }),
  );
  // Float32Array kernels: one row a | b (rowSize = x.length)
  const s32 = c.f32;
  const n = s32.a.length;
  const x = Float32Array.from([...s32.a, ...s32.b]);
  const at32 = s32.a.map((a, i) => `(${show(a)}, ${show(s32.b[i])})`);
  const ulp1 = (): Bound => ({ kind: 'ulp', max: F32_ULP });
  const rest = P.length ? [undefined, ...P] : [];
  const y = fn(`${c.name}F32`)(new Float32Array(n), x, ...rest) as Float32Array;
  const dd = fn(`${c.name}DerivativeF32`)(new Float32Array(2 * n), x, ...rest) as Float32Array;
  const bw = fn(`${c.name}BackwardF32`)(new Float32Array(2 * n), new Float32Array(n).fill(1), x, ...rest) as Float32Array;
  const k = (name: string, kind: string, column: string, got: ArrayLike<number>, ys: number[], rs: number[]) =>
    out.push(
      measure(fam, `${name}(…, x${P.length ? `, undefined${argList}` : ''})`, kind, column, 'float32', {
        at: at32,
        got,
        y: ys,
        r: rs,
        bound: ulp1,
      }),
    );
  k(`${c.name}F32`, 'Float32Array kernel', 'f32 f', y, s32.f, s32.fr);
  k(`${c.name}DerivativeF32`, 'Float32Array kernel, ∂/∂a half', 'f32 da', dd.subarray(0, n), s32.da, s32.dar);
  k(`${c.name}DerivativeF32`, 'Float32Array kernel, ∂/∂b half', 'f32 db', dd.subarray(n), s32.db, s32.dbr);
  k(`${c.name}BackwardF32`, 'backward, dy = 1, ∂/∂a half', 'bw da', bw.subarray(0, n), s32.da, s32.dar);
  k(`${c.name}BackwardF32`, 'backward, dy = 1, ∂/∂b half', 'bw db', bw.subarray(n), s32.db, s32.dbr);
  return out;
}

// ---------------------------------------------------------------------------------------------
// Rows: softmax, logSoftmax, logSumExp (forward and backward), maxout
// ---------------------------------------------------------------------------------------------

export const get = (row: RowFixture, k: string): number[] => row[k] as number[];

function measureRows64(rows: RowFixture[]): Measure[] {
  const out: Measure[] = [];
  const at: string[] = [];
  const cat: Record<string, number[]> = {};
  const push = (k: string, v: ArrayLike<number>) => {
    const list = cat[k] ?? [];
    cat[k] = list;
    list.push(...Array.from(v));
  };
  const lseScale: number[] = [];
  const lbScale: number[] = [];
  rows.forEach((row, ri) => {
    const { x, dy, dyLse } = row;
    x.forEach((_, i) => {
      at.push(`row ${ri} (n = ${x.length}), i = ${i}`);
    });
    for (const k of ['softmax', 'logSoftmax', 'softmaxBackward', 'logSoftmaxBackward', 'logSumExpBackward']) {
      push(k, get(row, k));
      push(`${k}R`, get(row, `${k}R`));
    }
    push('logSumExp', get(row, 'logSumExp'));
    push('logSumExpR', get(row, 'logSumExpR'));
    lseScale.push(Math.max(...x));
    push('got softmax', api.softmax(x));
    push('got logSoftmax', api.logSoftmax(x));
    push('got logSumExp', [api.logSumExp(x)]);
    push('got softmaxBackward', api.softmaxBackward(dy, get(row, 'softmax')));
    const ly = get(row, 'logSoftmax');
    push('got logSoftmaxBackward', api.logSoftmaxBackward(dy, ly));
    const sumDy = dy.reduce((a, v) => a + v, 0);
    ly.forEach((v, i) => {
      lbScale.push(Math.max(Math.abs(dy[i]), Math.abs(Math.exp(v) * sumDy)));
    });
    push('got logSumExpBackward', api.logSumExpBackward(dyLse, x));
  });
  const ulp4 = (): Bound => ({ kind: 'ulp', max: F64_ULP });
  const atRow = rows.map((row, ri) => `row ${ri} (n = ${row.x.length})`);
  const m = (family: string, call: string, kind: string, column: string, key: string, extra: Partial<Series> = {}) =>
    out.push(
      measure(family, call, kind, column, 'float64', {
        at: key === 'logSumExp' ? atRow : at,
        got: cat[`got ${key}`],
        y: cat[key],
        r: cat[`${key}R`],
        bound: ulp4,
        ...extra,
      }),
    );
  m('softmax', 'softmax(x)', 'float64 scalar', 'f64 f', 'softmax');
  m('softmax', 'softmaxBackward(dy, y)', 'float64 backward', 'f64 bw', 'softmaxBackward');
  m('logSoftmax', 'logSoftmax(x)', 'float64 scalar', 'f64 f', 'logSoftmax');
  // dx_i = dy_i − e^{y_i}·Σdy cancels when the terms are close: 4 ulp, or 4·2⁻⁵² of the larger term
  m('logSoftmax', 'logSoftmaxBackward(dy, y)', 'float64 backward (or 4 ulp of the larger term)', 'f64 bw', 'logSoftmaxBackward', {
    err: (i, u) =>
      Math.min(
        u,
        absError(cat['got logSoftmaxBackward'][i], cat.logSoftmaxBackward[i], cat.logSoftmaxBackwardR[i]) / (lbScale[i] * Number.EPSILON),
      ),
  });
  // m + log1p(s) may cancel: ulps of max(|logSumExp|, |m|)
  m('logSumExp', 'logSumExp(x)', 'float64 scalar (ulps of the larger of f and m = max x)', 'f64 f', 'logSumExp', {
    err: (i, u) => Math.min(u, absError(cat['got logSumExp'][i], cat.logSumExp[i], cat.logSumExpR[i]) / ulpOfExact(lseScale[i], 0)),
  });
  m('logSumExp', 'logSumExpBackward(dy, x)', 'float64 backward', 'f64 bw', 'logSumExpBackward');
  return out;
}

function measureRows32(rows: RowFixture[]): Measure[] {
  const out: Measure[] = [];
  const cat: Record<string, number[]> = {};
  const at: string[] = [];
  const atRow: string[] = [];
  const push = (k: string, v: ArrayLike<number>) => {
    const list = cat[k] ?? [];
    cat[k] = list;
    list.push(...Array.from(v));
  };
  // rows of one length go through each kernel together (rowSize = that length)
  const lengths = [...new Set(rows.map((r) => r.x.length))];
  for (const n of lengths) {
    const group = rows.map((r, ri) => [r, ri] as const).filter(([r]) => r.x.length === n);
    const cc = (k: string) => Float32Array.from(group.flatMap(([r]) => get(r, k)));
    const x = cc('x');
    const dy = cc('dy');
    group.forEach(([, ri]) => {
      atRow.push(`row ${ri} (n = ${n})`);
      for (let i = 0; i < n; i++) at.push(`row ${ri} (n = ${n}), i = ${i}`);
    });
    for (const k of ['softmax', 'logSoftmax', 'logSumExp', 'softmaxBackward', 'logSoftmaxBackward', 'logSumExpBackward']) {
      push(k, cc(k));
      push(`${k}R`, cc(`${k}R`));
    }
    const len = x.length;
    push('got softmax', api.softmaxF32(new Float32Array(len), x, n));
    push('got logSoftmax', api.logSoftmaxF32(new Float32Array(len), x, n));
    push('got logSumExp', api.logSumExpF32(new Float32Array(group.length), x, n));
    push('got softmaxBackward', api.softmaxBackwardF32(new Float32Array(len), dy, cc('softmax'), n));
    push('got logSoftmaxBackward', api.logSoftmaxBackwardF32(new Float32Array(len), dy, cc('logSoftmax'), n));
    push('got logSumExpBackward', api.logSumExpBackwardF32(new Float32Array(len), Float32Array.from(group.map(([r]) => r.dyLse)), x, n));
  }
  const ulp1 = (): Bound => ({ kind: 'ulp', max: F32_ULP });
  const m = (family: string, call: string, kind: string, column: string, key: string) =>
    out.push(
      measure(family, call, kind, column, 'float32', {
        at: key === 'logSumExp' ? atRow : at,
        got: cat[`got ${key}`],
        y: cat[key],
        r: cat[`${key}R`],
        bound: ulp1,
      }),
    );
  m('softmax', 'softmaxF32(out, x, n)', 'Float32Array kernel', 'f32 f', 'softmax');
  m('softmax', 'softmaxBackwardF32(dx, dy, y, n)', 'Float32Array backward', 'f32 bw', 'softmaxBackward');
  m('logSoftmax', 'logSoftmaxF32(out, x, n)', 'Float32Array kernel', 'f32 f', 'logSoftmax');
  m('logSoftmax', 'logSoftmaxBackwardF32(dx, dy, y, n)', 'Float32Array backward', 'f32 bw', 'logSoftmaxBackward');
  m('logSumExp', 'logSumExpF32(out, x, n)', 'Float32Array kernel', 'f32 f', 'logSumExp');
  m('logSumExp', 'logSumExpBackwardF32(dx, dy, x, n)', 'Float32Array backward', 'f32 bw', 'logSumExpBackward');
  return out;
}

/** maxout: exact (0 ulp) on groups of 2 and 5 of the same rows. */
function measureMaxout(rows64: RowFixture[], rows32: RowFixture[]): Measure[] {
  const exact = (): Bound => ({ kind: 'ulp', max: 0 });
  const out: Measure[] = [];
  for (const [rows, precision] of [
    [rows64, 'float64'],
    [rows32, 'float32'],
  ] as const) {
    const at: string[] = [];
    const got: number[] = [];
    const y: number[] = [];
    rows.forEach((row, ri) => {
      for (const [p, want] of Object.entries(row.maxout)) {
        const pieces = Number(p);
        const res =
          precision === 'float64'
            ? want.map((_, j) => api.maxout(row.x.slice(j * pieces, (j + 1) * pieces)))
            : Array.from(api.maxoutF32(new Float32Array(want.length), Float32Array.from(row.x), pieces));
        want.forEach((_w, j) => {
          at.push(`row ${ri}, pieces = ${pieces}, group ${j}`);
        });
        got.push(...res);
        y.push(...want);
      }
    });
    const call = precision === 'float64' ? 'maxout(group)' : 'maxoutF32(out, x, pieces)';
    out.push(
      measure(
        'maxout',
        call,
        precision === 'float64' ? 'float64 scalar (exact)' : 'Float32Array kernel (exact)',
        precision === 'float64' ? 'f64 f' : 'f32 f',
        precision,
        { at, got, y, r: y.map(() => 0), bound: exact },
      ),
    );
  }
  return out;
}

/** Every measurement of the vector fixtures. */
export function measureVector(fx: VectorFixtures = loadVectorFixtures()): Measure[] {
  const out = fx.gated.flatMap(measureGated);
  if (fx.rows) {
    out.push(...measureRows64(fx.rows.f64), ...measureRows32(fx.rows.f32), ...measureMaxout(fx.rows.f64, fx.rows.f32));
    out.push(...measureSoftminHardmax(fx.rows.f64, fx.rows.f32));
  }
  out.push(...measureLoss());
  return out;
}
