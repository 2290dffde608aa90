// Measures sparsemax against test/fixtures/accuracy-vector/sparsemax.json (made by
// test/fixtures/generate-sparsemax-accuracy.mjs from the definition in decimal.js): the float64
// row form and the Float32Array kernel (rows of one length together), forward and backward, the
// backward from the fixture's correctly rounded y. Bounds: 4 ulp (float64), 1 ulp (float32);
// zeros off the support must be exact, which the ulp error of a +0 expectation enforces.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import * as api from '../src/index.js';
import type { Measure } from './accuracy-report.js';
import { type Bound, measure, VECTOR_FIXTURE_DIR } from './accuracy-report-vector.js';
import { F32_ULP, F64_ULP } from './contract.js';

interface SparsemaxRow {
  x: number[];
  dy: number[];
  sparsemax: number[];
  sparsemaxR: number[];
  sparsemaxBackward: number[];
  sparsemaxBackwardR: number[];
}

const num = (v: number | string): number => (typeof v === 'number' ? v : Number(v));

function load(): { f64: SparsemaxRow[]; f32: SparsemaxRow[] } {
  const raw = JSON.parse(readFileSync(join(VECTOR_FIXTURE_DIR, 'sparsemax.json'), 'utf8')) as Record<
    'f64' | 'f32',
    Record<string, (number | string)[]>[]
  >;
  const conv = (o: Record<string, (number | string)[]>) =>
    Object.fromEntries(Object.entries(o).map(([k, v]) => [k, v.map(num)])) as unknown as SparsemaxRow;
  return { f64: raw.f64.map(conv), f32: raw.f32.map(conv) };
}

/** Every sparsemax measurement (four rows of docs/accuracy.md). */
export function measureSparsemax(): Measure[] {
  const { f64, f32 } = load();
  const series = (rows: SparsemaxRow[], key: 'sparsemax' | 'sparsemaxBackward') => ({
    at: rows.flatMap((r, ri) => r.x.map((_, i) => `row ${ri} (n = ${r.x.length}), i = ${i}`)),
    y: rows.flatMap((r) => r[key]),
    r: rows.flatMap((r) => r[`${key}R`]),
  });
  const ulp4 = (): Bound => ({ kind: 'ulp', max: F64_ULP });
  const ulp1 = (): Bound => ({ kind: 'ulp', max: F32_ULP });
  const got64 = f64.flatMap((r) => api.sparsemax(r.x));
  const back64 = f64.flatMap((r) => api.sparsemaxBackward(r.dy, r.sparsemax));
  // the kernels take each row length's rows together, as the softmax family's report does
  const got32: number[] = [];
  const back32: number[] = [];
  for (const r of f32) {
    const n = r.x.length;
    got32.push(...api.sparsemaxF32(new Float32Array(n), Float32Array.from(r.x), n));
    back32.push(...api.sparsemaxBackwardF32(new Float32Array(n), Float32Array.from(r.dy), Float32Array.from(r.sparsemax), n));
  }
  return [
    measure('sparsemax', 'sparsemax(x)', 'float64 scalar', 'f64 f', 'float64', { ...series(f64, 'sparsemax'), got: got64, bound: ulp4 }),
    measure('sparsemax', 'sparsemaxBackward(dy, y)', 'float64 backward', 'f64 bw', 'float64', {
      ...series(f64, 'sparsemaxBackward'),
      got: back64,
      bound: ulp4,
    }),
    measure('sparsemax', 'sparsemaxF32(out, x, n)', 'Float32Array kernel', 'f32 f', 'float32', {
      ...series(f32, 'sparsemax'),
      got: got32,
      bound: ulp1,
    }),
    measure('sparsemax', 'sparsemaxBackwardF32(dx, dy, y, n)', 'Float32Array backward', 'f32 bw', 'float32', {
      ...series(f32, 'sparsemaxBackward'),
      got: back32,
      bound: ulp1,
    }),
  ];
}
