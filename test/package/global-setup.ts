// Packs the built package once (`npm pack`, what `npm publish` would upload) and installs the
// tarball into a temporary directory; the packaging tests read both through inject().
import { mkdirSync, mkdtempSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { TestProject } from 'vitest/node';
import { root } from '../../scripts/activations.mjs';
import { assertFreshBuild, packTarball, unpackTarball } from '../../scripts/package-tools.mjs';

declare module 'vitest' {
  export interface ProvidedContext {
    /** Absolute path of the packed rectified-<version>.tgz. */
    tarball: string;
    /** A directory with the tarball unpacked into node_modules/rectified. */
    installDir: string;
    /** A scratch directory the tests may write into (removed afterwards). */
    scratchDir: string;
  }
}

export default function setup(project: TestProject): () => void {
  assertFreshBuild();
  const dir = mkdtempSync(join(tmpdir(), 'rectified-package-'));
  const tarball = packTarball(join(dir, 'pack'));
  const installDir = join(dir, 'install');
  unpackTarball(tarball, installDir);
  // rectified/tfjs's optional peers, installed beside it as a user who imports it would
  mkdirSync(join(installDir, 'node_modules'), { recursive: true });
  symlinkSync(join(root, 'node_modules/@tensorflow'), join(installDir, 'node_modules/@tensorflow'), 'dir');
  project.provide('tarball', tarball);
  project.provide('installDir', installDir);
  project.provide('scratchDir', join(dir, 'scratch'));
  return () => rmSync(dir, { recursive: true, force: true });
}
