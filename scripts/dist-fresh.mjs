// Exits 0 when dist/ is up to date with the sources, 1 (saying why) when it is missing or stale.
// package.json's `prepare` is `node scripts/dist-fresh.mjs || npm run build`: npm runs `prepare`
// for git and directory installs and for `npm ci`/`npm install` in a clone (never for registry
// installs), so those give a package that imports; `npm pack`/`npm publish` rebuild
// unconditionally first, through `prepack`.
import { staleBuild } from './package-tools.mjs';

const reason = staleBuild();
if (reason !== null) {
  console.log(`rectified: ${reason}; building it`);
  process.exit(1);
}
