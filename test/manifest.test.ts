// scripts/manifest is the one list of activations: this file fails when an activation is missing
// from any place users or maintainers read (README row, docs/overview.md, docs/numerics.md,
// docs/accuracy.md, docs/bundle-size.md, bench/RESULTS.md), from any list the tools use (exports
// map and typedoc entries via scripts/activations.mjs, the barrel, the bench entries, the plots,
// the fixtures, the report order, rectified/simd), or when the manifest contradicts the code.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { activations as benchEntries } from '../bench/kernels.js';
import { activationEntries, camelCase, root } from '../scripts/activations.mjs';
import {
  ACTIVATIONS,
  type Activation,
  exportsOf,
  modulePath,
  renderBarrel,
  reportOrder,
  withReadmeTable,
} from '../scripts/manifest/index.js';
import { PLOTS } from '../scripts/plot/plots.js';
import * as api from '../src/index.js';
import * as simd from '../src/simd/index.js';

const read = (file: string): string => readFileSync(join(root, file), 'utf8');
const exported = api as unknown as Record<string, unknown>;
const names = ACTIVATIONS.map((a) => a.name);
const source = (a: Activation): string => read(`src/activations/${modulePath(a)}.ts`);
/** `name` as a whole word (not the head of a longer name: gelu in geluTanh, relu in relu6). */
const word = (name: string): RegExp => new RegExp(`(^|[^A-Za-z0-9_])${name}(?![A-Za-z0-9_])`);
/** The first cells of the markdown table rows of a document. */
const firstCells = (text: string): string[] =>
  text
    .split('\n')
    .filter((l) => l.startsWith('| '))
    .map((l) => l.split(' | ')[0].slice(2));

describe('the manifest itself', () => {
  it('names each activation once, and its file is the kebab-case of its name', () => {
    expect(new Set(names).size).toBe(names.length);
    for (const a of ACTIVATIONS) expect(camelCase(a.file), a.name).toBe(a.name);
  });

  it('every category is in typedoc’s categoryOrder (the sidebar groups)', () => {
    const order = /categoryOrder: \[([^\]]*)\]/.exec(read('typedoc.config.mjs'))?.[1] ?? '';
    for (const c of new Set(ACTIVATIONS.map((a) => a.category))) expect(order, c).toContain(`'${c}'`);
  });

  it.each(ACTIVATIONS)('$name: its module exists, states the manifest category, and names every parameter', (a) => {
    expect(existsSync(join(root, `src/activations/${modulePath(a)}.ts`))).toBe(true);
    const text = source(a);
    expect(text).toContain(`@category ${a.category}`);
    expect(text).toMatch(/@module /);
    for (const p of a.params) expect(text, p.name).toMatch(word(p.name));
  });

  it.each(ACTIVATIONS)('$name: every listed form is exported by the root, and no other form of it is', (a) => {
    for (const e of exportsOf(a)) expect(typeof exported[e], e).toBe('function');
    const suffix = /^(|Derivative|F32|DerivativeF32|BackwardF32|Backward|DerivativeFromOutput|BackwardFromOutputF32)$/;
    const others = names.filter((n) => n !== a.name && n.startsWith(a.name));
    const found = Object.keys(api).filter(
      (k) => k.startsWith(a.name) && suffix.test(k.slice(a.name.length)) && !others.some((o) => k.startsWith(o)),
    );
    expect(found.sort()).toEqual(exportsOf(a).sort());
  });

  it.each(ACTIVATIONS)('$name: README cells, framework names and bundle budget are filled in', (a) => {
    if ('sameRowAs' in a.readme) expect(names).toContain(a.readme.sameRowAs);
    else if ('section' in a.readme) expect(a.shape, 'only a loss has a README section instead of a table row').toBe('loss');
    else expect([a.readme.params, a.readme.notes].every((c) => c.trim() !== '')).toBe(true);
    for (const c of [a.frameworks.pytorch, a.frameworks.jax, a.frameworks.keras]) expect(c.trim()).not.toBe('');
    expect(a.budget.scalar, 'scalar budget (bytes)').toBeGreaterThan(0);
    // a loss's one-row scalar also checks its options and target, and snakeBeta is the one activation
    // over the 3 KB cap (test/package/bundle-size.test.ts says why)
    expect(a.budget.scalar).toBeLessThanOrEqual(a.shape === 'loss' ? 4 * 1024 : a.name === 'snakeBeta' ? 4704 : 3 * 1024);
    expect(a.budget.five, 'five-form budget (bytes)').toBeGreaterThan(a.budget.scalar);
  });
});

describe('the lists made from the manifest are up to date (`npm run regen`)', () => {
  it('src/activations/index.ts is the generated barrel', () => {
    expect(read('src/activations/index.ts')).toBe(renderBarrel());
  });

  it("README.md's function table is the generated one, with a row per activation, and a section per loss", () => {
    const readme = read('README.md');
    expect(withReadmeTable(readme)).toBe(readme);
    const cells = firstCells(readme).join(' ');
    for (const a of ACTIVATIONS) {
      const r = a.readme;
      if (!('section' in r)) {
        expect(cells, a.name).toMatch(new RegExp(`\`${a.name}\``));
        continue;
      }
      // the section: from its heading to the next heading of the same or a higher level
      const start = readme.indexOf(`\n## ${r.section}\n`);
      expect(start, `README.md has a section "## ${r.section}"`).toBeGreaterThan(0);
      const end = readme.indexOf('\n## ', start + 1);
      const text = readme.slice(start, end < 0 ? undefined : end);
      for (const e of exportsOf(a)) expect(text, `the section names ${e}`).toMatch(word(e));
      expect(cells, `${a.name} has no row in the activation table`).not.toMatch(new RegExp(`\`${a.name}\``));
    }
  });

  it('scripts/activations.mjs (exports map, tsup and typedoc entries) finds the manifest’s activations in the manifest’s files', () => {
    const found = activationEntries().map((e) => [e.name, e.source]);
    const want = ACTIVATIONS.map((a) => [a.name, `src/activations/${modulePath(a)}.ts`]);
    expect(found).toEqual([...want].sort((x, y) => (x[0] < y[0] ? -1 : 1)));
  });

  it('the bench times every activation, in the manifest’s order', () => {
    expect(benchEntries.map((b) => b.name)).toEqual(names);
  });

  it('docs/accuracy.md has the scalar sections in the manifest’s order (`npm run accuracy`)', () => {
    const scalarSections = [...read('docs/accuracy.md').matchAll(/^## (\w+)$/gm)].map((m) => m[1]).filter((h) => reportOrder().includes(h));
    expect(scalarSections).toEqual(reportOrder());
  });
});

describe('every activation appears wherever users and maintainers read', () => {
  it.each(ACTIVATIONS)('$name: a row of docs/overview.md and of docs/numerics.md', (a) => {
    expect(read('docs/overview.md')).toContain(`| {@link ${a.name}!${a.name} | ${a.name}} |`);
    expect(firstCells(read('docs/numerics.md')).some((c) => word(a.name).test(c))).toBe(true);
  });

  it.each(ACTIVATIONS)('$name: a section of docs/accuracy.md, a row of docs/bundle-size.md, figures in bench/RESULTS.md', (a) => {
    expect(read('docs/accuracy.md')).toMatch(new RegExp(`^## ${a.name}$`, 'm'));
    expect(read('docs/bundle-size.md')).toContain(`| \`${a.name}\` | \`rectified/${a.name}\` |`);
    expect(read('bench/RESULTS.md')).toMatch(new RegExp(`\\| ${a.name}F32 \\|`));
  });

  it.each(ACTIVATIONS)('$name: a plot (scripts/plot/plots.ts) that its module page shows', (a) => {
    expect(PLOTS.map((p) => p.file)).toContain(a.file);
    expect(source(a)).toContain(`docs/plots/${a.file}.svg)`);
  });

  it.each(ACTIVATIONS)('$name: reference fixtures', (a) => {
    const f = a.fixtures;
    if (f.kind === 'registry') {
      const spot = JSON.parse(read('test/fixtures/spot.json')) as { cases: { name: string }[] };
      for (const n of [a.name, `${a.name}Derivative`]) {
        expect(
          spot.cases.some((c) => c.name === n),
          `spot.json has ${n}`,
        ).toBe(true);
        expect(read('docs/accuracy.md'), `docs/accuracy.md measures ${n}`).toMatch(word(n));
      }
    } else if (f.kind === 'vector') {
      expect(existsSync(join(root, f.file))).toBe(true);
      expect(read(f.file)).toMatch(f.file.endsWith('rows.json') ? new RegExp(`"${a.name}"`) : /"f64"/);
    } else if (f.kind === 'via') {
      expect(ACTIVATIONS.find((b) => b.name === f.of)?.fixtures.kind).toBe('registry');
    } else {
      expect(f.cases.length, 'spot cases (x, f(x), f′(x)) from a high-precision computation').toBeGreaterThan(0);
    }
  });

  it.each(ACTIVATIONS)('$name: rectified/simd exports its Float32Array kernels', (a) => {
    const kernels = exportsOf(a).filter((e) => e.endsWith('F32'));
    expect(kernels.length).toBeGreaterThan(0);
    for (const k of kernels) expect(typeof (simd as Record<string, unknown>)[k], k).toBe('function');
  });
});
