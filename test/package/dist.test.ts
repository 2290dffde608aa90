// The published files: only what we chose, every exports target present, no runtime
// dependencies, and no Node built-ins (or any bare import) in the built JavaScript, so the
// package runs in browsers, Deno and workers as is. ESM and CJS builds export the same API.
import { execFileSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, inject, it } from 'vitest';
import { activationEntries, extraEntries } from '../../scripts/activations.mjs';
import { unexpectedPackFiles } from '../../scripts/package-tools.mjs';

const tarball = inject('tarball');
const pkgDir = join(inject('installDir'), 'node_modules/rectified');
const packed = execFileSync('tar', ['-tzf', tarball], { encoding: 'utf8' })
  .split('\n')
  .filter(Boolean)
  .map((p) => p.replace(/^package\//, ''))
  .sort();
const pkg = JSON.parse(readFileSync(join(pkgDir, 'package.json'), 'utf8'));
const jsFiles = readdirSync(join(pkgDir, 'dist')).filter((f) => /\.(c?js|mjs)$/.test(f));

/** The dist files reachable from `entries` through relative imports. */
function reachable(entries: string[]): Set<string> {
  const seen = new Set<string>();
  const todo = entries.filter((f) => jsFiles.includes(f));
  while (todo.length > 0) {
    const f = todo.pop()!;
    if (seen.has(f)) continue;
    seen.add(f);
    for (const s of specifiers(readFileSync(join(pkgDir, 'dist', f), 'utf8'))) if (s.startsWith('./')) todo.push(s.slice(2));
  }
  return seen;
}
const tfjsEntries = ['tfjs', 'tfjs-layers'];
const otherEntries = [
  'index',
  ...activationEntries().map((e) => e.name),
  ...extraEntries()
    .map((e) => e.name)
    .filter((n) => !tfjsEntries.includes(n)),
];
const viaOthers = reachable(otherEntries.flatMap((n) => [`${n}.js`, `${n}.cjs`]));
/** Files that only rectified/tfjs and rectified/tfjs-layers load, the only ones that may import TF.js. */
const viaTfjsOnly = new Set([...reachable(tfjsEntries.flatMap((n) => [`${n}.js`, `${n}.cjs`]))].filter((f) => !viaOthers.has(f)));

/** Module specifiers in built JS: import/export … from, import(), require(), side-effect import. */
function specifiers(code: string): string[] {
  const patterns = [
    /\bfrom\s*["'`]([^"'`]+)["'`]/g,
    /\bimport\s*\(\s*["'`]([^"'`]+)["'`]\s*\)/g,
    /\brequire\s*\(\s*["'`]([^"'`]+)["'`]\s*\)/g,
    /\bimport\s*["'`]([^"'`]+)["'`]/g,
  ];
  return patterns.flatMap((re) => [...code.matchAll(re)].map((m) => m[1]!));
}

describe('the tarball', () => {
  it('holds only dist (JS, CJS and their declarations), README.md, LICENSE and package.json', () => {
    expect(unexpectedPackFiles(packed)).toEqual([]);
    expect(packed).toEqual(expect.arrayContaining(['package.json', 'README.md', 'LICENSE']));
  });

  it('holds every file the exports map and typesVersions point to', () => {
    const targets: string[] = [pkg.main, pkg.module, pkg.types];
    const collect = (v: unknown): void => {
      if (typeof v === 'string') targets.push(v);
      else if (v && typeof v === 'object') Object.values(v).forEach(collect);
    };
    collect(pkg.exports);
    collect(pkg.typesVersions);
    const missing = targets.map((t) => t.replace(/^\.\//, '')).filter((t) => !packed.includes(t));
    expect(missing).toEqual([]);
    for (const { name } of activationEntries()) {
      for (const ext of ['js', 'cjs', 'd.ts', 'd.cts']) expect(packed).toContain(`dist/${name}.${ext}`);
    }
  });

  it('declares no runtime dependencies (TF.js only as optional peers, for rectified/tfjs) and no side effects', () => {
    for (const field of ['dependencies', 'optionalDependencies', 'bundleDependencies', 'bundledDependencies']) {
      expect(Object.keys(pkg[field] ?? {}), field).toEqual([]);
    }
    const peers = Object.keys(pkg.peerDependencies ?? {});
    expect(peers.sort()).toEqual(['@tensorflow/tfjs-core', '@tensorflow/tfjs-layers']);
    for (const p of peers) expect(pkg.peerDependenciesMeta?.[p], p).toEqual({ optional: true });
    expect(pkg.sideEffects).toBe(false);
    expect(pkg.scripts?.postinstall ?? pkg.scripts?.install ?? pkg.scripts?.preinstall).toBeUndefined();
  });
});

describe('the built JavaScript', () => {
  it('is there: an ESM and a CJS file per entry', () => {
    expect(jsFiles.length).toBeGreaterThanOrEqual(2 * (activationEntries().length + extraEntries().length + 1));
    for (const { name } of extraEntries()) for (const ext of ['js', 'cjs']) expect(jsFiles).toContain(`${name}.${ext}`);
  });

  it.each(jsFiles)('%s imports nothing but its own relative chunks (no Node built-ins)', (file) => {
    const code = readFileSync(join(pkgDir, 'dist', file), 'utf8');
    // Only what rectified/tfjs and rectified/tfjs-layers reach alone imports their optional peers.
    const peers = viaTfjsOnly.has(file) ? ['@tensorflow/tfjs-core', '@tensorflow/tfjs-layers'] : [];
    const bad = specifiers(code).filter((s) => !/^\.\/[\w.-]+\.c?js$/.test(s) && !peers.includes(s));
    expect(bad, `${file} imports ${bad.join(', ')}`).toEqual([]);
    for (const s of specifiers(code).filter((s) => !peers.includes(s)))
      expect(jsFiles, `${file} imports missing ${s}`).toContain(s.slice(2));
    // Node-only globals would break browsers even without an import.
    expect(code).not.toMatch(/\b(process|Buffer|__dirname|__filename|setImmediate)\b|import\.meta|node:/);
  });

  it.each(['index', ...activationEntries().map((e) => e.name), ...extraEntries().map((e) => e.name)])(
    '%s: ESM and CJS export the same functions',
    async (entry) => {
      const esm = await import(pathToFileURL(join(pkgDir, `dist/${entry}.js`)).href);
      const cjs = createRequire(import.meta.url)(join(pkgDir, `dist/${entry}.cjs`));
      expect(Object.keys(cjs).sort()).toEqual(Object.keys(esm).sort());
      for (const key of Object.keys(esm)) expect(typeof esm[key], key).toBe('function');
    },
  );
});

describe('the subpaths, resolved by Node from an installed package', () => {
  // One child process resolves every subpath through the exports map, as a user's code would.
  const script = `
    const { createRequire } = require('node:module');
    const req = createRequire(process.cwd() + '/index.js');
    const subpaths = JSON.parse(process.argv[1]);
    (async () => {
      const out = {};
      for (const s of subpaths) {
        const esm = await import(s);
        const cjs = req(s);
        out[s] = { esm: Object.keys(esm).sort(), cjs: Object.keys(cjs).sort() };
      }
      process.stdout.write(JSON.stringify(out));
    })();`;
  const entries = activationEntries();
  const subpaths = [
    'rectified',
    ...entries.map((e) => `rectified/${e.name}`),
    ...entries.flatMap((e) => (e.alias ? [`rectified/${e.alias}`] : [])),
  ];
  const resolved = JSON.parse(
    execFileSync(process.execPath, ['-e', script, JSON.stringify(subpaths)], { cwd: inject('installDir'), encoding: 'utf8' }),
  ) as Record<string, { esm: string[]; cjs: string[] }>;
  const rootKeys = resolved.rectified!.esm;

  it.each(entries)('rectified/$name exports the forms of $name and nothing else, in ESM and CJS', ({ name }) => {
    const { esm, cjs } = resolved[`rectified/${name}`]!;
    expect(esm).toContain(name);
    expect(esm).toContain(`${name}F32`);
    expect(cjs).toEqual(esm);
    // Every export is one of the root's, and names this activation (geluTanh's are not gelu's).
    for (const key of esm) {
      expect(rootKeys).toContain(key);
      expect(entries.filter((e) => key.startsWith(e.name)).sort((a, b) => b.name.length - a.name.length)[0]!.name, key).toBe(name);
    }
  });

  it.each(entries.filter((e) => e.alias))('rectified/$alias is an alias of rectified/$name', ({ name, alias }) => {
    expect(resolved[`rectified/${alias}`]).toEqual(resolved[`rectified/${name}`]);
  });

  it('rectified/simd exports, in ESM and CJS, every Float32Array kernel of the root and its own API', () => {
    const simd = JSON.parse(
      execFileSync(process.execPath, ['-e', script, JSON.stringify(['rectified/simd'])], { cwd: inject('installDir'), encoding: 'utf8' }),
    )['rectified/simd'] as { esm: string[]; cjs: string[] };
    const api = ['allocF32', 'freeF32', 'init', 'initSync', 'refreshF32', 'simdKernels', 'simdStatus'];
    expect(simd.esm).toEqual([...rootKeys.filter((k) => k.endsWith('F32')), ...api].sort());
    expect(simd.cjs).toEqual(simd.esm);
  });

  it('rectified/registry exports activation and activationNames, in ESM and CJS', () => {
    const registry = JSON.parse(
      execFileSync(process.execPath, ['-e', script, JSON.stringify(['rectified/registry'])], {
        cwd: inject('installDir'),
        encoding: 'utf8',
      }),
    )['rectified/registry'] as { esm: string[]; cjs: string[] };
    expect(registry.esm).toEqual(['activation', 'activationNames']);
    expect(registry.cjs).toEqual(registry.esm);
  });

  it('the subpaths together export exactly the root', () => {
    expect(entries.flatMap((e) => resolved[`rectified/${e.name}`]!.esm).sort()).toEqual(rootKeys);
  });
});
