// `npm pack --dry-run`: prints what would be published and exits 1 if any file is not one we
// chose (dist JS/CJS and declarations, README.md, LICENSE, package.json): no source maps,
// tests, benches, fixtures or sources. Part of `npm run check:package`.
import { packedFiles, unexpectedPackFiles } from './package-tools.mjs';

const files = packedFiles();
console.log(`npm pack --dry-run: ${files.length} files`);
for (const f of files) console.log(`  ${f}`);
const unexpected = unexpectedPackFiles(files);
if (!files.includes('dist/index.js')) {
  console.error('dist/ is not packed: run `npm run build` first');
  process.exitCode = 1;
} else if (unexpected.length > 0) {
  console.error(`unexpected files in the package:\n  ${unexpected.join('\n  ')}`);
  process.exitCode = 1;
} else {
  console.log('only the chosen files are packed');
}
