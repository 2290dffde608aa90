// Measures softmin (forward and backward, float64 and Float32Array, on the rows of rows.json
// without −∞ entries) and hardmax (exact: 0 ulp, and its zero backward pass) against
// test/fixtures/accuracy-vector/rows.json; called by measureVector in ./accuracy-report-vector.ts.
import * as api from '../src/index.js';
import type { Measure } from './accuracy-report.js';
import { type Bound, get, measure, type RowFixture } from './accuracy-report-vector.js';
import { F32_ULP, F64_ULP } from './contract.js';

const exact = (): Bound => ({ kind: 'ulp', max: 0 });

/** The series of one precision: got, y, r and where, per key. */
function collect(rows: RowFixture[], precision: 'float64' | 'float32') {
  const cat: Record<string, number[]> = {};
  const at: Record<string, string[]> = {};
  const push = (k: string, v: ArrayLike<number>, where: (i: number) => string) => {
    cat[k] = [...(cat[k] ?? []), ...Array.from(v)];
    at[k] = [...(at[k] ?? []), ...Array.from({ length: v.length }, (_, i) => where(i))];
  };
  const F = (n: number) => new Float32Array(n);
  for (const n of [...new Set(rows.map((r) => r.x.length))]) {
    const group = rows.map((r, ri) => [r, ri] as const).filter(([r]) => r.x.length === n);
    const withMin = group.filter(([r]) => get(r, 'softmin').length === n);
    for (const [rs, keys] of [
      [withMin, ['softmin', 'softminBackward']],
      [group, ['hardmax']],
    ] as const) {
      const where = (i: number) => `row ${rs[Math.floor(i / n)]![1]} (n = ${n}), i = ${i % n}`;
      const cc = (k: string) => rs.flatMap(([r]) => get(r, k));
      for (const k of keys) {
        push(k, cc(k), where);
        push(`${k}R`, k === 'hardmax' ? cc(k).map(() => 0) : cc(`${k}R`), where);
      }
      const x = cc('x');
      const dy = cc('dy');
      if (precision === 'float64') {
        const rowsOf = (k: string) => rs.map(([r]) => get(r, k));
        const each = (f: (r: RowFixture) => number[]) => rs.flatMap(([r]) => f(r));
        if (keys[0] === 'softmin') {
          push(
            'got softmin',
            each((r) => api.softmin(r.x)),
            where,
          );
          push(
            'got softminBackward',
            each((r) => api.softminBackward(r.dy, get(r, 'softmin'))),
            where,
          );
        } else {
          push(
            'got hardmax',
            each((r) => api.hardmax(r.x)),
            where,
          );
          push(
            'got hardmaxBackward',
            each((r) => api.hardmaxBackward(r.dy, get(r, 'hardmax'))),
            where,
          );
          push(
            'hardmaxBackward',
            rowsOf('x')
              .flat()
              .map(() => 0),
            where,
          );
        }
      } else if (keys[0] === 'softmin') {
        const y = Float32Array.from(cc('softmin'));
        push('got softmin', api.softminF32(F(x.length), Float32Array.from(x), n), where);
        push('got softminBackward', api.softminBackwardF32(F(x.length), Float32Array.from(dy), y, n), where);
      } else {
        push('got hardmax', api.hardmaxF32(F(x.length), Float32Array.from(x), n), where);
        push('got hardmaxBackward', api.hardmaxBackwardF32(F(x.length), Float32Array.from(dy), Float32Array.from(cc('hardmax')), n), where);
        push(
          'hardmaxBackward',
          x.map(() => 0),
          where,
        );
      }
    }
  }
  cat.hardmaxBackwardR = (cat.hardmaxBackward ?? []).map(() => 0);
  return { cat, at };
}

/** softmin within the row-wise bounds (4 ulp float64, 1 ulp float32); hardmax and its backward exact. */
export function measureSoftminHardmax(rows64: RowFixture[], rows32: RowFixture[]): Measure[] {
  const out: Measure[] = [];
  for (const [rows, precision] of [
    [rows64, 'float64'],
    [rows32, 'float32'],
  ] as const) {
    const { cat, at } = collect(rows, precision);
    const is64 = precision === 'float64';
    const ulp = (): Bound => ({ kind: 'ulp', max: is64 ? F64_ULP : F32_ULP });
    const m = (family: string, call: string, kind: string, column: string, key: string, bound: () => Bound) =>
      out.push(
        measure(family, call, kind, column, precision, { at: at[key]!, got: cat[`got ${key}`]!, y: cat[key]!, r: cat[`${key}R`]!, bound }),
      );
    const p = is64 ? 'f64' : 'f32';
    if (is64) {
      m('softmin', 'softmin(x)', 'float64 scalar', 'f64 f', 'softmin', ulp);
      m('softmin', 'softminBackward(dy, y)', 'float64 backward', 'f64 bw', 'softminBackward', ulp);
      m('hardmax', 'hardmax(x)', 'float64 scalar (exact)', 'f64 f', 'hardmax', exact);
      m('hardmax', 'hardmaxBackward(dy, y)', 'float64 backward (exact zeros)', 'f64 bw', 'hardmaxBackward', exact);
    } else {
      m('softmin', 'softminF32(out, x, n)', 'Float32Array kernel', `${p} f`, 'softmin', ulp);
      m('softmin', 'softminBackwardF32(dx, dy, y, n)', 'Float32Array backward', `${p} bw`, 'softminBackward', ulp);
      m('hardmax', 'hardmaxF32(out, x, n)', 'Float32Array kernel (exact)', `${p} f`, 'hardmax', exact);
      m('hardmax', 'hardmaxBackwardF32(dx, dy, y, n)', 'Float32Array backward (exact zeros)', `${p} bw`, 'hardmaxBackward', exact);
    }
  }
  return out;
}
