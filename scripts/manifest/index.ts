// The manifest of activations: one typed entry per activation (./types.ts), the single list that
// the barrel, the README function table, the bench entries, the accuracy report's order, the
// bundle budgets and the contract suite are made from, and that test/manifest.test.ts holds every
// other place to (exports map, typedoc entries, plots, fixtures, docs, rectified/simd).
//
// It lives under scripts/, outside src/, so nothing of it reaches the package: tsup bundles only
// what src/index.ts and the activation files import, and the exports map lists only src's entry
// points. scripts/activations.mjs (plain JavaScript, read by tsup.config.ts and
// typedoc.config.mjs without a TypeScript loader) still finds the entry points from the folders;
// the manifest test fails when the two disagree.
import { ELEMENTWISE } from './elementwise.js';
import { STRUCTURED } from './structured.js';
import { type Activation, exportName, type Form } from './types.js';

export * from './types.js';

/** Every activation, in the README's order (families as in the docs sidebar). */
export const ACTIVATIONS: readonly Activation[] = [...ELEMENTWISE, ...STRUCTURED];

export function activation(name: string): Activation {
  const a = ACTIVATIONS.find((e) => e.name === name);
  if (a === undefined) throw new Error(`no activation ${name} in scripts/manifest`);
  return a;
}

/** The export names of an activation's forms, in the order of `forms`. */
export const exportsOf = (a: Activation): string[] => a.forms.map((f: Form) => exportName(a.name, f));

/** The module path from src/activations/: 'leaky-relu/leaky-relu'. */
export const modulePath = (a: Activation): string => `${a.folder}/${a.file}`;

const byCodePoint = (x: string, y: string): number => (x < y ? -1 : x > y ? 1 : 0);

/** src/activations/index.ts: one re-export per activation module, in name order. */
export function renderBarrel(): string {
  const lines = [...ACTIVATIONS].sort((a, b) => byCodePoint(a.name, b.name)).map((a) => `export * from './${modulePath(a)}.js';`);
  return ['// Barrel, generated from scripts/manifest by `npm run regen`; do not edit by hand.', ...lines, ''].join('\n');
}

export const README_START = '<!-- function-table:start (generated from scripts/manifest by `npm run regen`) -->';
export const README_END = '<!-- function-table:end -->';

/** The README's function table (between README_START and README_END), one row per README row. */
export function renderReadmeTable(): string {
  const rows = [
    '| function | parameters (defaults) | f′ at the kink / notes | PyTorch | JAX (`jax.nn`) | Keras 3 |',
    '| --- | --- | --- | --- | --- | --- |',
  ];
  for (const a of ACTIVATIONS) {
    if (!('params' in a.readme)) continue;
    const names = [a, ...ACTIVATIONS.filter((b) => 'sameRowAs' in b.readme && b.readme.sameRowAs === a.name)].map((b) => `\`${b.name}\``);
    const f = a.frameworks;
    rows.push(`| ${names.join(', ')} | ${a.readme.params} | ${a.readme.notes} | ${f.pytorch} | ${f.jax} | ${f.keras} |`);
  }
  return rows.join('\n');
}

/** README.md with its function table replaced by the generated one. */
export function withReadmeTable(readme: string): string {
  const start = readme.indexOf(README_START);
  const end = readme.indexOf(README_END);
  if (start < 0 || end < start) throw new Error(`README.md lacks the markers ${README_START} … ${README_END}`);
  return `${readme.slice(0, start + README_START.length)}\n${renderReadmeTable()}\n${readme.slice(end)}`;
}

/**
 * Order of the accuracy report's scalar sections: the activations measured against the registry
 * fixtures (their own, or crelu's through relu's), then erfc (an internal building block with its
 * own fixtures). The vector fixtures have their own sections after these.
 */
export function reportOrder(): string[] {
  return [...ACTIVATIONS.filter((a) => a.fixtures.kind === 'registry' || a.fixtures.kind === 'via').map((a) => a.name), 'erfc'];
}
