// Every activation function is published: a subpath named exactly as the function (types first,
// ESM and CJS), its kebab-case alias where the name differs, an entry in typesVersions and a line
// in the src/activations/index.ts barrel; so is rectified/simd (scripts/activations.mjs's extra
// entries). Also no runtime dependencies and no Node built-ins in src/. Needs no build (the built
// files are checked by `npm run test:package`).
import { execFileSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { activationEntries, extraEntries, root } from '../scripts/activations.mjs';
import { ACTIVATIONS } from '../scripts/manifest/index.js';
import * as api from '../src/index.js';

const TFJS_PEERS = ['@tensorflow/tfjs-core', '@tensorflow/tfjs-layers'];
const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
const entries = activationEntries();
const names = entries.map((e) => e.name);
const aliases = entries.flatMap((e) => (e.alias ? [e.alias] : []));
const extras = extraEntries().map((e) => e.name);
const folders = readdirSync(join(root, 'src/activations'), { withFileTypes: true })
  .filter((d) => d.isDirectory())
  .map((d) => d.name)
  .sort();
const barrel = readFileSync(join(root, 'src/activations/index.ts'), 'utf8');

/** The root's exports whose name starts with an activation's name and continues with a form suffix. */
function formsOf(name: string): string[] {
  const forms =
    /^(|Derivative|F32|DerivativeF32|BackwardF32|Backward|DerivativeFromOutput|BackwardFromOutputF32|ParameterDerivatives|SampleSlopes)$/;
  return Object.keys(api).filter((k) => k.startsWith(name) && forms.test(k.slice(name.length)));
}

describe('package.json exports', () => {
  it('is what scripts/sync-exports.mjs generates (`npm run sync-exports` fixes it)', () => {
    // Throws (exit 1, with the message) when exports or typesVersions are out of date.
    execFileSync(process.execPath, [join(root, 'scripts/sync-exports.mjs'), '--check'], { stdio: 'pipe' });
  });

  it('has one activation per exported function family, at least one in every folder', () => {
    expect(names).toEqual(ACTIVATIONS.map((a) => a.name).sort());
    expect([...new Set(entries.map((e) => e.folder))].sort()).toEqual(folders);
    expect(names).toEqual(expect.arrayContaining(['leakyRelu', 'gelu', 'geluTanh', 'geglu', 'gegluTanh', 'sShapedRelu', 'relu6']));
  });

  it.each(entries)('$name is a function exported by the root, as are its forms', ({ name }) => {
    expect(typeof (api as Record<string, unknown>)[name]).toBe('function');
    expect(formsOf(name)).toContain(`${name}F32`);
  });

  it('every function the root exports belongs to exactly one activation subpath', () => {
    const owner = new Map<string, string[]>();
    for (const name of names) {
      for (const form of formsOf(name)) owner.set(form, [...(owner.get(form) ?? []), name]);
    }
    // `gelu` is a prefix of `geluTanh`, but geluTanhF32 is not a form of gelu: the suffix decides.
    expect(Object.keys(api).filter((k) => owner.get(k)?.length !== 1)).toEqual([]);
  });

  it('has the root, package.json, one subpath per activation function, the kebab-case aliases, ./simd, ./tfjs, ./tfjs-layers, ./testing and ./registry', () => {
    expect(aliases).toEqual(expect.arrayContaining(['leaky-relu', 'gelu-tanh', 's-shaped-relu']));
    expect(extras).toEqual(['simd', 'tfjs', 'tfjs-layers', 'testing', 'registry']);
    expect(Object.keys(pkg.exports).sort()).toEqual(
      ['.', './package.json', ...names.map((n) => `./${n}`), ...aliases.map((a) => `./${a}`), ...extras.map((e) => `./${e}`)].sort(),
    );
  });

  it.each(['.', ...names.map((n) => `./${n}`), ...extras.map((e) => `./${e}`)])(
    '%s: import and require, each with types first',
    (subpath) => {
      const file = subpath === '.' ? 'index' : subpath.slice(2);
      const entry = pkg.exports[subpath];
      expect(Object.keys(entry)).toEqual(['import', 'require']);
      expect(Object.keys(entry.import)).toEqual(['types', 'default']);
      expect(Object.keys(entry.require)).toEqual(['types', 'default']);
      expect(entry.import).toEqual({ types: `./dist/${file}.d.ts`, default: `./dist/${file}.js` });
      expect(entry.require).toEqual({ types: `./dist/${file}.d.cts`, default: `./dist/${file}.cjs` });
    },
  );

  it.each(entries.filter((e) => e.alias))('./$alias is an alias of ./$name (the same files)', ({ name, alias }) => {
    expect(pkg.exports[`./${alias}`]).toEqual(pkg.exports[`./${name}`]);
    expect(pkg.typesVersions['*'][alias!]).toEqual(pkg.typesVersions['*'][name]);
  });

  it('has a typesVersions entry per subpath (TypeScript moduleResolution node10)', () => {
    expect(Object.keys(pkg.typesVersions['*']).sort()).toEqual([...names, ...aliases, ...extras].sort());
  });

  it('is side-effect free, ships only dist, README.md and LICENSE, and has no runtime dependencies', () => {
    expect(pkg.sideEffects).toBe(false);
    expect([...pkg.files].sort()).toEqual(['LICENSE', 'README.md', 'dist']);
    for (const field of ['dependencies', 'optionalDependencies', 'bundleDependencies', 'bundledDependencies']) {
      expect(Object.keys(pkg[field] ?? {}), field).toEqual([]);
    }
  });

  it("has TF.js as optional peer dependencies only (for rectified/tfjs), at the devDependencies' version", () => {
    expect(pkg.peerDependencies).toEqual(Object.fromEntries(TFJS_PEERS.map((p) => [p, pkg.devDependencies[p]])));
    expect(pkg.peerDependenciesMeta).toEqual(Object.fromEntries(TFJS_PEERS.map((p) => [p, { optional: true }])));
  });
});

describe('src/activations/index.ts barrel', () => {
  const lines = [...barrel.matchAll(/^export \* from '\.\/([^']+)\.js';$/gm)].map((m) => `src/activations/${m[1]!}.ts`);

  it.each(entries)('exports $name ($source)', ({ source }) => {
    expect(lines).toContain(source);
  });

  it('exports nothing but the activation modules', () => {
    expect(lines.filter((l) => !entries.some((e) => e.source === l))).toEqual([]);
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

  // src/tfjs/ imports tfjs-core and src/tfjs-layers/ tfjs-layers too (optional peers); nothing else
  // imports anything but relative modules.
  it.each(files.map((f) => f.slice(root.length + 1)))(
    '%s imports only relative modules (no Node built-ins, no packages but the TF.js peers in src/tfjs/ and src/tfjs-layers/)',
    (file) => {
      const allowed = file.startsWith('src/tfjs/') ? ['@tensorflow/tfjs-core'] : file.startsWith('src/tfjs-layers/') ? TFJS_PEERS : [];
      // Comments dropped: a doc comment's `import … from 'rectified'` example is not an import.
      const code = readFileSync(join(root, file), 'utf8')
        .replace(/\/\*[\s\S]*?\*\//g, '')
        .replace(/^\s*\/\/.*$/gm, '');
      const specs = [
        ...code.matchAll(/\b(?:from|import)\s*\(?\s*['"]([^'"]+)['"]/g),
        ...code.matchAll(/\brequire\s*\(\s*['"]([^'"]+)['"]/g),
      ].map((m) => m[1]!);
      expect(specs.filter((s) => !s.startsWith('./') && !s.startsWith('../') && !allowed.includes(s))).toEqual([]);
    },
  );
});
