// Helpers for the packaging checks (test/package/, scripts/bundle-size.mjs, scripts/check-pack.mjs):
// pack the package the way `npm publish` would, install the tarball into a directory, and say
// which packed files are not ones we chose to ship.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { root } from './activations.mjs';

const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';

/** Runs npm with the given arguments in `cwd`; returns stdout. */
export function runNpm(args, cwd = root) {
  return execFileSync(npm, args, {
    cwd,
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'pipe'],
    shell: process.platform === 'win32',
    env: { ...process.env, npm_config_audit: 'false', npm_config_fund: 'false', npm_config_update_notifier: 'false' },
  });
}

/**
 * Why dist/ cannot be used as built: null when dist/ exists and is at least as new as every
 * file under src/ and the build configuration, else the reason (missing, or the newer files).
 */
export function staleBuild() {
  const index = join(root, 'dist/index.js');
  if (!existsSync(index)) return 'dist/ is missing';
  const built = statSync(index).mtimeMs;
  const stale = [];
  const walk = (dir) => {
    for (const d of readdirSync(dir, { withFileTypes: true })) {
      const path = join(dir, d.name);
      if (d.isDirectory()) walk(path);
      else if (statSync(path).mtimeMs > built) stale.push(path.slice(root.length + 1));
    }
  };
  walk(join(root, 'src'));
  for (const file of ['tsup.config.ts', 'scripts/activations.mjs']) {
    if (statSync(join(root, file)).mtimeMs > built) stale.push(file);
  }
  return stale.length > 0 ? `dist/ is older than ${stale.join(', ')}` : null;
}

/** Throws unless dist/ exists and is at least as new as every file under src/. */
export function assertFreshBuild() {
  const reason = staleBuild();
  if (reason) throw new Error(`${reason}: run \`npm run build\` first`);
}

/** `npm pack --dry-run`: the paths that would be published, sorted. */
export function packedFiles() {
  const [info] = JSON.parse(runNpm(['pack', '--dry-run', '--json', '--ignore-scripts']));
  return info.files.map((f) => f.path).sort();
}

/** `npm pack` into `destDir`; returns the tarball's absolute path. */
export function packTarball(destDir) {
  mkdirSync(destDir, { recursive: true });
  const [info] = JSON.parse(runNpm(['pack', '--json', '--ignore-scripts', '--pack-destination', destDir]));
  return join(destDir, info.filename);
}

/**
 * Installs the tarball into `dir/node_modules/rectified` by unpacking it (what `npm install
 * <tarball>` does for a package with no dependencies, without touching npm's cache or the network).
 */
export function unpackTarball(tarball, dir) {
  const target = join(dir, 'node_modules/rectified');
  mkdirSync(target, { recursive: true });
  execFileSync('tar', ['-xzf', tarball, '-C', target, '--strip-components=1']);
  return target;
}

/**
 * The published files we chose: package.json, README.md, LICENSE and, under dist/, the ESM (.js)
 * and CJS (.cjs) builds with their declarations (.d.ts, .d.cts) — no source maps, tests, benches,
 * fixtures or sources.
 */
const CHOSEN = /^(package\.json|README\.md|LICENSE|dist\/[\w-]+\.(js|cjs|d\.ts|d\.cts))$/;

/** The packed paths that are not among the files we chose to publish. */
export function unexpectedPackFiles(paths) {
  return paths.filter((p) => !CHOSEN.test(p));
}
