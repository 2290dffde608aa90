// Every function, derivative and Float32Array kernel (forward, derivative, backward with dy = 1)
// held to the accuracy contract of DESIGN.md (test/contract.ts) over the dense fixtures
// test/fixtures/accuracy/*.json (≥ 2,000 float64 and ≥ 1,000 float32 inputs per case, made by
// test/fixtures/generate-accuracy.mjs): errors are fractional ulps against the exact value.
// Also: docs/accuracy.md is what `npm run accuracy` renders from the same measurements.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import * as api from '../src/index.js';
import { loadFixtures, measureAll, renderMarkdown } from './accuracy-report.js';

const VECTOR_FAMILIES = new Set(['crelu', 'glu', 'reglu', 'geglu', 'gegluTanh', 'swiglu', 'maxout', 'softmax', 'logSoftmax', 'logSumExp']);
const fixtures = loadFixtures();
const measures = measureAll(fixtures);

describe('the dense accuracy fixtures', () => {
  it('cover every function and derivative of the library, with ≥ 2,000 float64 and ≥ 1,000 float32 points each', () => {
    const names = new Set(fixtures.map((c) => c.name));
    const families = Object.keys(api).filter((k) => k.endsWith('BackwardF32')).map((k) => k.slice(0, -'BackwardF32'.length));
    expect(families.length).toBeGreaterThanOrEqual(12);
    for (const f of families) {
      // Not one-argument elementwise functions, so not in these fixtures: crelu is [relu(x),
      // relu(−x)] (its kernel is measured against relu's); the gated units (glu, reglu, geglu,
      // gegluTanh, swiglu), maxout and the row-wise softmax family take pairs, groups or rows and
      // are held to the contract against decimal.js (maxout: exactly) in their own tests.
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
