// The list of activation entry points, read from the folders under src/activations: the single
// source for tsup's entries and package.json's exports map (see scripts/sync-exports.mjs).
import { existsSync, readdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const root = join(dirname(fileURLToPath(import.meta.url)), '..');

/** [{ name: 'leaky-relu', source: 'src/activations/leaky-relu/leaky-relu.ts' }, …], sorted. */
export function activationEntries() {
  const dir = join(root, 'src/activations');
  return readdirSync(dir, { withFileTypes: true })
    .filter((d) => d.isDirectory())
    .map((d) => d.name)
    .sort()
    .map((name) => {
      const index = `src/activations/${name}/index.ts`;
      return { name, source: existsSync(join(root, index)) ? index : `src/activations/${name}/${name}.ts` };
    });
}

/** The package.json `exports` map: the root and one subpath per activation, types first. */
export function exportsMap() {
  const entry = (file) => ({
    import: { types: `./dist/${file}.d.ts`, default: `./dist/${file}.js` },
    require: { types: `./dist/${file}.d.cts`, default: `./dist/${file}.cjs` },
  });
  const map = { '.': entry('index') };
  for (const { name } of activationEntries()) map[`./${name}`] = entry(name);
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
  for (const { name } of activationEntries()) map[name] = [`./dist/${name}.d.ts`];
  return { '*': map };
}
