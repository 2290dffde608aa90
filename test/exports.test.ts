// Every activation folder is published: a subpath in package.json's exports (types first, ESM
// and CJS), an entry in typesVersions and a line in the src/activations/index.ts barrel. Also
// no runtime dependencies and no Node built-ins in src/. Needs no build (the built files are
// checked by `npm run test:package`).
import { execFileSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { activationEntries, root } from '../scripts/activations.mjs';

const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
const folders = readdirSync(join(root, 'src/activations'), { withFileTypes: true })
  .filter((d) => d.isDirectory())
  .map((d) => d.name)
  .sort();
const barrel = readFileSync(join(root, 'src/activations/index.ts'), 'utf8');

describe('package.json exports', () => {
  it('is what scripts/sync-exports.mjs generates (`npm run sync-exports` fixes it)', () => {
    // Throws (exit 1, with the message) when exports or typesVersions are out of date.
    execFileSync(process.execPath, [join(root, 'scripts/sync-exports.mjs'), '--check'], { stdio: 'pipe' });
  });

  it('has the root, package.json and one subpath per activation folder', () => {
    expect(folders.length).toBeGreaterThan(0);
    expect(activationEntries().map((e) => e.name)).toEqual(folders);
    expect(Object.keys(pkg.exports).sort()).toEqual(['.', './package.json', ...folders.map((f) => `./${f}`)].sort());
  });

  it.each(['.', ...folders.map((f) => `./${f}`)])('%s: import and require, each with types first', (subpath) => {
    const file = subpath === '.' ? 'index' : subpath.slice(2);
    const entry = pkg.exports[subpath];
    expect(Object.keys(entry)).toEqual(['import', 'require']);
    expect(Object.keys(entry.import)).toEqual(['types', 'default']);
    expect(Object.keys(entry.require)).toEqual(['types', 'default']);
    expect(entry.import).toEqual({ types: `./dist/${file}.d.ts`, default: `./dist/${file}.js` });
    expect(entry.require).toEqual({ types: `./dist/${file}.d.cts`, default: `./dist/${file}.cjs` });
  });

  it('has a typesVersions entry per activation folder (TypeScript moduleResolution node10)', () => {
    expect(Object.keys(pkg.typesVersions['*']).sort()).toEqual(folders);
  });

  it('is side-effect free, ships only dist, README.md and LICENSE, and has no runtime dependencies', () => {
    expect(pkg.sideEffects).toBe(false);
    expect([...pkg.files].sort()).toEqual(['LICENSE', 'README.md', 'dist']);
    for (const field of ['dependencies', 'peerDependencies', 'optionalDependencies', 'bundleDependencies', 'bundledDependencies']) {
      expect(Object.keys(pkg[field] ?? {}), field).toEqual([]);
    }
  });
});

describe('src/activations/index.ts barrel', () => {
  const lines = [...barrel.matchAll(/^export \* from '\.\/([^/']+)\/[^']+';$/gm)].map((m) => m[1]!);

  it.each(folders)('exports %s', (folder) => {
    expect(lines).toContain(folder);
  });

  it('exports no folder that does not exist', () => {
    expect(lines.filter((l) => !folders.includes(l))).toEqual([]);
  });
});

describe('src/', () => {
  const files: string[] = [];
  const walk = (dir: string): void => {
    for (const d of readdirSync(dir, { withFileTypes: true })) {
      if (d.isDirectory()) walk(join(dir, d.name));
      else if (d.name.endsWith('.ts')) files.push(join(dir, d.name));
    }
  };
  walk(join(root, 'src'));

  it.each(files.map((f) => f.slice(root.length + 1)))('%s imports only relative modules (no Node built-ins, no packages)', (file) => {
    // Comments dropped: a doc comment's `import … from 'rectified'` example is not an import.
    const code = readFileSync(join(root, file), 'utf8').replace(/\/\*[\s\S]*?\*\//g, '').replace(/^\s*\/\/.*$/gm, '');
    const specs = [...code.matchAll(/\b(?:from|import)\s*\(?\s*['"]([^'"]+)['"]/g), ...code.matchAll(/\brequire\s*\(\s*['"]([^'"]+)['"]/g)].map(
      (m) => m[1]!,
    );
    expect(specs.filter((s) => !s.startsWith('./') && !s.startsWith('../'))).toEqual([]);
  });
});
