// Consumer projects (test/consumers/esm and cjs) install the packed tarball with npm, are
// type-checked with tsc under moduleResolution node16 and bundler (and node10 for CommonJS,
// via typesVersions), and run under Node: the root and activation subpaths (src/index.ts) and
// rectified/simd, initialised and run (src/simd.ts), and rectified/registry (src/registry.ts).
import { execFileSync } from 'node:child_process';
import { cpSync, readdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { describe, expect, inject, it } from 'vitest';
import { root } from '../../scripts/activations.mjs';
import { runNpm } from '../../scripts/package-tools.mjs';

const tsc = createRequire(join(root, 'package.json')).resolve('typescript/bin/tsc');

function run(cmd: string, args: string[], cwd: string): string {
  try {
    return execFileSync(cmd, args, { cwd, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
  } catch (e) {
    const err = e as { stdout?: string; stderr?: string; message: string };
    throw new Error(`${cmd} ${args.join(' ')} failed in ${cwd}:\n${err.stdout ?? ''}${err.stderr ?? ''}`);
  }
}

describe.each(['esm', 'cjs'])('%s consumer', (kind) => {
  const dir = join(inject('scratchDir'), `consumer-${kind}`);

  it('installs the tarball with npm', () => {
    cpSync(join(root, 'test/consumers', kind), dir, { recursive: true });
    // The tarball has no dependencies, so this needs no registry (--offline).
    runNpm(['install', inject('tarball'), '--offline', '--no-audit', '--no-fund', '--no-package-lock'], dir);
    expect(readdirSync(join(dir, 'node_modules/rectified/dist'))).toContain('index.cjs');
  });

  const configs = kind === 'cjs' ? ['node16', 'bundler', 'node10'] : ['node16', 'bundler'];
  it.each(configs)('type-checks with moduleResolution %s', (config) => {
    run(process.execPath, [tsc, '-p', `tsconfig.${config}.json`], dir);
  });

  it('runs under Node (the node16 build)', () => {
    expect(run(process.execPath, ['out/index.js'], dir)).toContain(`rectified ${kind} consumer: ok`);
    expect(run(process.execPath, ['out/simd.js'], dir)).toContain(`rectified/simd ${kind} consumer: ok`);
    expect(run(process.execPath, ['out/registry.js'], dir)).toContain(`rectified/registry ${kind} consumer: ok`);
    if (kind === 'cjs') expect(run(process.execPath, ['plain.cjs'], dir)).toContain('rectified plain require: ok');
  });
});
