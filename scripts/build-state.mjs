// The npm lifecycle checks around the build (package.json):
//   prepare: `node scripts/build-state.mjs --fresh || npm run build` — npm runs `prepare` for git
//            and directory installs and for `npm ci`/`npm install` in a clone (never for registry
//            installs), so those give a package that imports; exits 0 when dist/ is up to date.
//   prepack: `node scripts/build-state.mjs --tools && npm run build` — `npm pack`/`npm publish`
//            always rebuild, and fail with a clear message (not a 3-file tarball) when the dev
//            dependencies that build it are not installed.
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { root } from './activations.mjs';
import { staleBuild } from './package-tools.mjs';

if (process.argv.includes('--tools')) {
  if (!existsSync(join(root, 'node_modules/tsup/package.json'))) {
    console.error('rectified: building dist/ needs the dev dependencies; run `npm ci` in this clone first');
    process.exit(1);
  }
} else {
  const reason = staleBuild();
  if (reason !== null) {
    console.log(`rectified: ${reason}; building it`);
    process.exit(1);
  }
}
