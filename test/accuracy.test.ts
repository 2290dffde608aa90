// Every function, derivative and Float32Array kernel (forward, derivative, backward with dy = 1)
// held to the accuracy contract of docs/design.md (test/contract.ts) over the dense fixtures
// test/fixtures/accuracy/*.json (≥ 2,000 float64 and ≥ 1,000 float32 inputs per case, made by
// test/fixtures/generate-accuracy.mjs): errors are fractional ulps against the exact value.
// The gated units, softmax, logSoftmax, logSumExp, softmin, hardmax and maxout likewise over
// test/fixtures/accuracy-vector/*.json (test/fixtures/generate-vector-accuracy.mjs).
// Also: docs/accuracy.md is what `npm run accuracy` renders from the same measurements.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import * as api from '../src/index.js';
import { loadFixtures, measureAll, renderMarkdown } from './accuracy-report.js';
import { loadVectorFixtures } from './accuracy-report-vector.js';

const VECTOR_FAMILIES = new Set([
  'crelu',
  'glu',
  'reglu',
  'geglu',
  'gegluTanh',
  'swiglu',
  'swigluOss',
  'maxout',
  'softmax',
  'logSoftmax',
  'logSumExp',
  'sparsemax',
  'softmin',
  'hardmax',
]);
const fixtures = loadFixtures();
const vector = loadVectorFixtures();
const measures = measureAll(fixtures, vector);

describe('the dense accuracy fixtures', () => {
  it('cover every function and derivative of the library, with ≥ 2,000 float64 and ≥ 1,000 float32 points each', () => {
    const names = new Set(fixtures.map((c) => c.name));
    const families = Object.keys(api)
      .filter((k) => k.endsWith('BackwardF32'))
      .map((k) => k.slice(0, -'BackwardF32'.length));
    expect(families.length).toBeGreaterThanOrEqual(12);
    for (const f of families) {
      // Not one-argument elementwise functions, so not in these fixtures: crelu is [relu(x),
      // relu(−x)] (its kernel is measured against relu's); the gated units (glu, reglu, geglu,
      // gegluTanh, swiglu, swigluOss), maxout and the row-wise softmax family take pairs, groups or rows:
      // they are in the vector fixtures (next test).
      if (VECTOR_FAMILIES.has(f)) continue;
      expect(names, f).toContain(f);
      expect(names, `${f}Derivative`).toContain(`${f}Derivative`);
    }
    for (const c of fixtures) {
      expect(c.f64.x.length, `${c.name}(${c.params}) float64`).toBeGreaterThanOrEqual(2000);
      if (c.name !== 'erfc') expect(c.f32.x.length, `${c.name}(${c.params}) float32`).toBeGreaterThanOrEqual(1000);
      for (const s of [c.f64, c.f32]) expect(s.y.length === s.x.length && s.r.length === s.x.length).toBe(true);
    }
  });
});

describe('the vector accuracy fixtures', () => {
  it('cover every gated unit (swiglu also at β = 1.702; swigluOss at its defaults) with ≥ 2,000 float64 and ≥ 1,000 float32 pairs', () => {
    const cases = vector.gated.map((c) => `${c.name}(${c.params})`);
    expect(cases.sort()).toEqual(['geglu()', 'gegluTanh()', 'glu()', 'reglu()', 'swiglu()', 'swiglu(1.702)', 'swigluOss()']);
    for (const c of vector.gated) {
      expect(c.f64.a.length, `${c.name}(${c.params}) float64`).toBeGreaterThanOrEqual(2000);
      expect(c.f32.a.length, `${c.name}(${c.params}) float32`).toBeGreaterThanOrEqual(1000);
      for (const s of [c.f64, c.f32])
        for (const k of ['b', 'f', 'fr', 'da', 'dar', 'db', 'dbr'] as const) expect(s[k].length).toBe(s.a.length);
    }
  });
  it('cover softmax, logSoftmax, logSumExp, softmin, hardmax and maxout on rows of 2, 10, 100 and 1000, in float64 and float32', () => {
    for (const rows of [vector.rows!.f64, vector.rows!.f32]) {
      expect([...new Set(rows.map((r) => r.x.length))].sort((a, b) => a - b)).toEqual([2, 10, 100, 1000]);
      expect(rows.some((r) => r.x.includes(-Infinity))).toBe(true);
      // softmin on every row without −∞ (which has its NaN rows), hardmax on every row
      for (const r of rows) {
        expect((r.softmin as number[]).length).toBe(r.x.includes(-Infinity) ? 0 : r.x.length);
        expect((r.hardmax as number[]).length).toBe(r.x.length);
      }
      expect(new Set(rows.filter((r) => (r.softmin as number[]).length > 0).map((r) => r.x.length)).size).toBe(4);
    }
  });
  it('cover sparsemax (its own fixture) in float64 and float32, forward and backward, with ≥ 2,000 points each', () => {
    const own = measures.filter((m) => m.family === 'sparsemax');
    expect(own.map((m) => m.vector).sort()).toEqual(['f32 bw', 'f32 f', 'f64 bw', 'f64 f']);
    for (const m of own) expect(m.n, m.call).toBeGreaterThanOrEqual(2000);
  });
  it('leave out of the vector families only crelu (measured through relu above)', () => {
    const measured = new Set(measures.filter((m) => m.vector).map((m) => m.family));
    expect([...VECTOR_FAMILIES].filter((f) => !measured.has(f))).toEqual(['crelu']);
    for (const f of measured)
      expect(
        measures.filter((m) => m.family === f && m.vector).every((m) => m.n > 0),
        f,
      ).toBe(true);
  });
});

describe('every scalar and kernel meets the accuracy contract at every fixture point', () => {
  for (const m of measures) {
    it(`${m.call}, ${m.kind} (${m.precision}), ${m.n} points: max ${m.max.toFixed(3)} ulp`, () => {
      expect(m.failures.slice(0, 25), `${m.failures.length} failures`).toEqual([]);
    });
  }
});

describe('docs/accuracy.md', () => {
  it('is up to date (npm run accuracy regenerates it)', () => {
    const committed = readFileSync(join(__dirname, '..', 'docs', 'accuracy.md'), 'utf8');
    expect(committed === renderMarkdown(measures), 'docs/accuracy.md is stale: run npm run accuracy').toBe(true);
  });
});
