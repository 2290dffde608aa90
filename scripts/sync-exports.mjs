// Writes package.json's `exports` and `typesVersions` from the activation folders; with --check,
// exits 1 instead when package.json is out of date (CI runs the check through test/exports.test.ts).
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { exportsMap, root, typesVersionsMap } from './activations.mjs';

const file = join(root, 'package.json');
const text = readFileSync(file, 'utf8');
const pkg = JSON.parse(text);
const next = JSON.stringify({ ...pkg, exports: exportsMap(), typesVersions: typesVersionsMap() }, null, 2) + '\n';
if (process.argv.includes('--check')) {
  if (next !== text) {
    console.error('package.json exports/typesVersions are out of date: run `npm run sync-exports`');
    process.exit(1);
  }
} else if (next !== text) {
  writeFileSync(file, next);
  console.log('package.json exports and typesVersions updated');
}
