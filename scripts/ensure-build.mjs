// The npm lifecycle build (package.json):
//   prepare: `node scripts/ensure-build.mjs` — npm runs `prepare` for `npm install <git URL>`,
//            `npm install <path of a clone>` and `npm ci`/`npm install` in a clone (never for
//            registry installs); builds dist/ unless it is already up to date with the sources.
//   prepack: `node scripts/ensure-build.mjs --always` — `npm pack`/`npm publish` always rebuild.
// A clone whose dev dependencies are not installed (a directory install of a fresh clone, or
// `npm pack` right after `git clone`) gets them first with `npm ci --ignore-scripts`, as npm
// itself does for git dependencies, so no path gives a package without dist/.
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { root } from './activations.mjs';
import { staleBuild } from './package-tools.mjs';

/** Runs npm (the one running this lifecycle script when there is one) in the project root. */
function npm(args) {
  const cli = process.env.npm_execpath;
  const [cmd, argv] = cli?.endsWith('.js') ? [process.execPath, [cli, ...args]] : ['npm', args];
  execFileSync(cmd, argv, { cwd: root, stdio: 'inherit', shell: process.platform === 'win32' && cmd === 'npm' });
}

const reason = process.argv.includes('--always') ? 'packing' : staleBuild();
if (reason !== null) {
  if (!existsSync(join(root, 'node_modules/tsup/package.json'))) {
    console.log('rectified: installing the dev dependencies that build dist/ (npm ci --ignore-scripts)');
    npm(['ci', '--ignore-scripts', '--no-audit', '--no-fund']);
  }
  console.log(`rectified: ${reason}; building dist/`);
  npm(['run', 'build']);
}
