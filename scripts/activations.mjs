// The list of activation entry points, read from the files under src/activations: the single
// source for tsup's entries, typedoc's modules and package.json's exports map (see
// scripts/sync-exports.mjs). One entry per activation function, named exactly as the function
// (`leakyRelu`, `geluTanh`), as date-fns names its subpaths (`date-fns/addDays`).
// scripts/manifest is the list of activations and their properties; this file stays plain
// JavaScript reading the folders because tsup.config.ts and typedoc.config.mjs load it without a
// TypeScript loader, and test/manifest.test.ts fails when the two disagree.
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const root = join(dirname(fileURLToPath(import.meta.url)), '..');

/** 'leaky-relu' → 'leakyRelu', 's-shaped-relu' → 'sShapedRelu', 'relu6' → 'relu6'. */
export function camelCase(kebab) {
  return kebab.replace(/-([a-z0-9])/g, (_, c) => c.toUpperCase());
}

/**
 * [{ name: 'leakyRelu', alias: 'leaky-relu', folder: 'leaky-relu', source:
 * 'src/activations/leaky-relu/leaky-relu.ts' }, …], sorted by name. An activation is a file
 * `src/activations/<folder>/<file>.ts` that exports the function named after it (camelCase of
 * the file name), declared there or re-exported: gelu/gelu.ts and gelu/gelu-tanh.ts are two
 * activations, while s-shaped-relu/core.ts and scalar.ts (parts of s-shaped-relu.ts) are none. `alias` is the kebab-case file name, kept
 * as a second subpath where it differs from the name (null where it does not).
 */
export function activationEntries() {
  const dir = join(root, 'src/activations');
  const entries = [];
  for (const folder of readdirSync(dir, { withFileTypes: true })) {
    if (!folder.isDirectory()) continue;
    for (const file of readdirSync(join(dir, folder.name))) {
      if (!file.endsWith('.ts') || file.endsWith('.test.ts')) continue;
      const base = file.slice(0, -3);
      const name = camelCase(base);
      const source = `src/activations/${folder.name}/${file}`;
      const exported = new RegExp(`^export (function ${name}\\b|\\{[^}]*\\b${name}\\b[^}]*\\})`, 'm');
      if (!exported.test(readFileSync(join(root, source), 'utf8'))) continue;
      entries.push({ name, alias: base === name ? null : base, folder: folder.name, source });
    }
  }
  return entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
}

/**
 * Entry points that are not activations: `rectified/simd`, the WebAssembly SIMD kernels
 * (src/simd/index.ts); `rectified/tfjs`, the TensorFlow.js ops (src/tfjs/index.ts, importing the
 * optional peer @tensorflow/tfjs-core); `rectified/tfjs-layers`, activation strings and layers
 * for tfjs-layers (src/tfjs-layers/index.ts, importing the optional peer
 * @tensorflow/tfjs-layers too); `rectified/testing`, the accuracy oracle (src/testing/index.ts,
 * no TF.js); `rectified/registry`, activations by framework name (src/registry/index.ts, importing
 * every activation). Each is a subpath, a tsup entry and a typedoc module like an
 * activation.
 */
export function extraEntries() {
  return [
    { name: 'simd', source: 'src/simd/index.ts' },
    { name: 'tfjs', source: 'src/tfjs/index.ts' },
    { name: 'tfjs-layers', source: 'src/tfjs-layers/index.ts' },
    { name: 'testing', source: 'src/testing/index.ts' },
    { name: 'registry', source: 'src/registry/index.ts' },
  ];
}

/**
 * Every subpath with the dist/ file it resolves to, in the order of package.json: one per
 * activation named as its function, then the kebab-case aliases (same files), then the extra
 * entries (simd). The exports map and typesVersions are both made from it.
 */
function subpaths() {
  const entries = activationEntries();
  return [
    ...entries.map(({ name }) => [name, name]),
    ...entries.filter((e) => e.alias).map(({ name, alias }) => [alias, name]),
    ...extraEntries().map(({ name }) => [name, name]),
  ];
}

/** The package.json `exports` map: the root, every subpath, and package.json; types first. */
export function exportsMap() {
  const entry = (file) => ({
    import: { types: `./dist/${file}.d.ts`, default: `./dist/${file}.js` },
    require: { types: `./dist/${file}.d.cts`, default: `./dist/${file}.cjs` },
  });
  const map = { '.': entry('index') };
  for (const [subpath, file] of subpaths()) map[`./${subpath}`] = entry(file);
  map['./package.json'] = './package.json';
  return map;
}

/**
 * package.json `typesVersions`: the same subpaths for TypeScript's `node10` resolution (the
 * default under `"module": "commonjs"`), which ignores `exports`; without it `rectified/relu`
 * has no types there (attw reports "Resolution failed"). Node 16+ and bundlers use `exports`.
 */
export function typesVersionsMap() {
  const map = {};
  for (const [subpath, file] of subpaths()) map[subpath] = [`./dist/${file}.d.ts`];
  return { '*': map };
}
