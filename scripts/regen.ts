// One command for every generated list: `npm run regen` rewrites src/activations/index.ts (the
// barrel) and README.md's function table from scripts/manifest, docs/registry.md from
// src/registry's tables (scripts/registry-doc.ts), then package.json's exports and typesVersions
// (scripts/sync-exports.mjs). With --fixtures it also regenerates the reference
// fixtures (test/fixtures: spot.json, accuracy/, accuracy-vector/; minutes) and docs/accuracy.md;
// with --bundle-size it builds and rewrites docs/bundle-size.md; with --check it writes nothing
// and exits 1 when the barrel, the README table, docs/registry.md or package.json is stale.
import { execFileSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { renderBarrel, withReadmeTable } from './manifest/index.js';
import { renderRegistryDoc } from './registry-doc.js';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const check = process.argv.includes('--check');
const stale: string[] = [];

function update(file: string, next: (text: string) => string): void {
  const path = join(root, file);
  const text = readFileSync(path, 'utf8');
  const want = next(text);
  if (want === text) return;
  if (check) stale.push(file);
  else {
    writeFileSync(path, want);
    console.log(`${file} updated`);
  }
}

update('src/activations/index.ts', () => renderBarrel());
update('README.md', withReadmeTable);
update('docs/registry.md', () => renderRegistryDoc());
const run = (cmd: string, args: string[]): void => {
  execFileSync(cmd, args, { cwd: root, stdio: 'inherit' });
};
try {
  run(process.execPath, ['scripts/sync-exports.mjs', ...(check ? ['--check'] : [])]);
} catch {
  stale.push('package.json');
}
if (process.argv.includes('--fixtures') && !check) {
  run('npm', ['run', 'fixtures']);
  run('npm', ['run', 'accuracy']);
}
if (process.argv.includes('--bundle-size') && !check) {
  run('npm', ['run', 'build']);
  run('npm', ['run', 'bundle-size']);
}
if (stale.length > 0) {
  console.error(`stale: ${stale.join(', ')}; run \`npm run regen\``);
  process.exit(1);
}
