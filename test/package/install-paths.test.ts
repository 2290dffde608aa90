// The three ways to install rectified before it is on the registry, each from a fresh clone of
// the committed HEAD (no node_modules, no dist/): `npm pack` in the clone, `npm install <path of
// the clone>` and `npm install git+file://<repository>`. Each must give a package that imports in
// ESM and CJS — `prepare`/`prepack` (scripts/ensure-build.mjs) build dist/ where npm does not.
// Slow (each path installs the dev dependencies and builds: ~1 min each), so it runs in
// `npm run test:package`, not in `npm test`.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, inject, it } from 'vitest';
import { root } from '../../scripts/activations.mjs';
import { runNpm } from '../../scripts/package-tools.mjs';

const scratch = join(inject('scratchDir'), 'install-paths');

function freshClone(name: string): string {
  const dir = join(scratch, name);
  execFileSync('git', ['clone', '--quiet', root, dir]);
  expect(existsSync(join(dir, 'dist'))).toBe(false);
  return dir;
}

/** An empty project that installs `spec` and imports it as ESM and as CJS; returns their output. */
function consumer(name: string, spec: string): string {
  const dir = join(scratch, name);
  mkdirSync(dir, { recursive: true });
  writeFileSync(join(dir, 'package.json'), JSON.stringify({ name: `consumer-${name}`, private: true }));
  runNpm(['install', spec, '--no-audit', '--no-fund', '--no-package-lock'], dir);
  writeFileSync(
    join(dir, 'check.mjs'),
    "import { gelu } from 'rectified';\nimport { leakyRelu } from 'rectified/leakyRelu';\nimport { geluTanh } from 'rectified/gelu-tanh';\nconsole.log('esm', gelu(1), leakyRelu(-1), geluTanh(1));\n",
  );
  writeFileSync(
    join(dir, 'check.cjs'),
    "const { gelu } = require('rectified');\nconst { leakyRelu } = require('rectified/leakyRelu');\nconst { geluTanh } = require('rectified/gelu-tanh');\nconsole.log('cjs', gelu(1), leakyRelu(-1), geluTanh(1));\n",
  );
  const run = (file: string) => execFileSync(process.execPath, [file], { cwd: dir, encoding: 'utf8' });
  return run('check.mjs') + run('check.cjs');
}

// gelu(1), leakyRelu(−1) and geluTanh(1), as the examples in their TSDoc state them.
const EXPECTED = '0.841344746068543 -0.01 0.8411919906082768';

describe('installing from a fresh clone', () => {
  it('npm pack in the clone makes a complete tarball that installs and imports', () => {
    mkdirSync(join(scratch, 'tarball'), { recursive: true });
    const clone = freshClone('packed');
    // The lifecycle scripts print to stdout, so the tarball is found on disk, not in --json output.
    runNpm(['pack', '--pack-destination', join(scratch, 'tarball')], clone);
    const [file] = readdirSync(join(scratch, 'tarball')).filter((f) => f.endsWith('.tgz'));
    const tarball = join(scratch, 'tarball', file!);
    const packed = execFileSync('tar', ['-tzf', tarball], { encoding: 'utf8' });
    for (const path of ['dist/index.js', 'dist/index.cjs', 'dist/leakyRelu.d.ts']) expect(packed).toContain(`package/${path}`);
    expect(consumer('from-tarball', tarball)).toBe(`esm ${EXPECTED}\ncjs ${EXPECTED}\n`);
  });

  it('npm install <path of the clone> builds dist/ and imports', () => {
    const clone = freshClone('directory');
    expect(consumer('from-directory', clone)).toBe(`esm ${EXPECTED}\ncjs ${EXPECTED}\n`);
    expect(readdirSync(join(clone, 'dist'))).toContain('leakyRelu.cjs');
  });

  it('npm install git+file://<repository> builds dist/ and imports', () => {
    expect(consumer('from-git', `git+file://${root}`)).toBe(`esm ${EXPECTED}\ncjs ${EXPECTED}\n`);
  });
});
