// Bundle sizes of the built package as users get it: every entry is bundled with esbuild
// (minified, ESM, platform neutral) against a packed-and-installed copy of the package, so it
// resolves `rectified` and `rectified/<name>` through package.json's exports into dist/.
//
//   node scripts/bundle-size.mjs          writes docs/bundle-size.md (needs `npm run build`)
//   node scripts/bundle-size.mjs --check  exits 1 when docs/bundle-size.md is out of date
//
// test/package/bundle-size.test.ts holds the budgets and runs the same check.
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { gzipSync } from 'node:zlib';
import * as esbuild from 'esbuild';
import { activationEntries, root } from './activations.mjs';
import { assertFreshBuild, packTarball, unpackTarball } from './package-tools.mjs';

export const docFile = join(root, 'docs/bundle-size.md');

/** Bundles `contents` (an entry module) from `dir`, where node_modules/rectified is installed. */
export async function bundle(dir, contents, { keepNames = false } = {}) {
  const result = await esbuild.build({
    stdin: { contents, resolveDir: dir, sourcefile: 'entry.js', loader: 'js' },
    bundle: true,
    write: false,
    format: 'esm',
    platform: 'neutral',
    // keepNames: whitespace and syntax minified, identifiers kept, to see which functions got in.
    ...(keepNames ? { minifyWhitespace: true, minifySyntax: true } : { minify: true }),
    legalComments: 'none',
    logLevel: 'silent',
  });
  const code = result.outputFiles[0].text;
  return { code, bytes: Buffer.byteLength(code), gzip: gzipSync(code, { level: 9 }).length };
}

/** The function declarations in a keepNames bundle (esbuild's collision suffixes removed). */
export function declaredFunctions(code) {
  const names = new Set();
  // Names as declared (esbuild only renames on collisions, which one activation's bundle has none
  // of; stripping trailing digits would turn relu6 into relu).
  for (const m of code.matchAll(/function\s*\*?\s*([A-Za-z_$][\w$]*)\s*\(/g)) names.add(m[1]);
  return [...names].sort();
}

const FORMS = ['', 'Derivative', 'F32', 'DerivativeF32', 'BackwardF32'];
const ROW_WISE = new Set(['softmax', 'softmin', 'logSoftmax', 'logSumExp', 'hardmax', 'sparsemax']);
/** Losses (scripts/manifest's shape 'loss'): the row's loss and the kernel, which writes the gradient too. */
const LOSSES = new Set(['softmaxCrossEntropy']);

/**
 * Measures every activation of the package installed under `dir`: for each scalar function
 * (`relu`, `gelu`, `geluTanh`, …) the bundle of `import { f } from 'rectified'`, of the same
 * import from its subpath, and of its five forms; for each subpath `export *` of it; and the
 * whole package.
 */
export async function measureBundles(dir) {
  const functions = [];
  const subpaths = [];
  for (const { name: subpath } of activationEntries()) {
    const url = pathToFileURL(join(dir, `node_modules/rectified/dist/${subpath}.js`)).href;
    const exported = Object.keys(await import(url)).sort();
    const scalars = exported.filter((n) => !/(Derivative|Backward)$/.test(n) && exported.includes(`${n}F32`));
    for (const fn of scalars) {
      // Elementwise activations have the five FORMS; the row-wise ones (softmax, …) have no
      // elementwise derivative but a float64 fBackward, so "five forms" means all of f's forms.
      const required = ROW_WISE.has(fn) ? ['', 'F32', 'Backward', 'BackwardF32'] : LOSSES.has(fn) ? ['', 'F32'] : FORMS;
      const forms = required.map((s) => fn + s);
      const missing = forms.filter((f) => !exported.includes(f));
      if (missing.length > 0) throw new Error(`rectified/${subpath} lacks ${missing.join(', ')}`);
      const scalar = await bundle(dir, `export { ${fn} } from 'rectified';`);
      const named = await bundle(dir, `export { ${fn} } from 'rectified';`, { keepNames: true });
      const viaSubpath = await bundle(dir, `export { ${fn} } from 'rectified/${subpath}';`);
      const five = await bundle(dir, `export { ${forms.join(', ')} } from 'rectified';`);
      functions.push({
        name: fn,
        subpath,
        scalar: { bytes: scalar.bytes, gzip: scalar.gzip, code: scalar.code },
        scalarFunctions: declaredFunctions(named.code),
        scalarCode: named.code,
        viaSubpath: { bytes: viaSubpath.bytes },
        fiveForms: { bytes: five.bytes, gzip: five.gzip },
      });
    }
    const all = await bundle(dir, `export * from 'rectified/${subpath}';`);
    subpaths.push({ subpath, exports: exported.length, bytes: all.bytes, gzip: all.gzip });
  }
  const whole = await bundle(dir, `export * from 'rectified';`);
  functions.sort((a, b) => (a.name < b.name ? -1 : 1));
  return { functions, subpaths, whole: { bytes: whole.bytes, gzip: whole.gzip } };
}

const cell = (m) => `${m.bytes} (${m.gzip} gz)`;

/** docs/bundle-size.md from measureBundles' result. Deterministic for a given build and esbuild. */
export function renderDoc({ functions, subpaths, whole }) {
  const lines = [
    '# Bundle size',
    '',
    '<!-- Generated by `npm run bundle-size` (scripts/bundle-size.mjs) from the built package; do not edit.',
    '     `npm run test:package` fails when this file is out of date. -->',
    '',
    `What a browser app pays for one activation. Each entry below is bundled with esbuild ${esbuild.version}`,
    '(`bundle`, `minify`, `format: "esm"`, `platform: "neutral"`, default target) against the',
    'packed-and-installed package, so imports resolve through package.json `exports` into `dist/`.',
    'Sizes are bytes of minified output; "gz" is gzip -9 of it, for information (it varies slightly',
    'with the zlib build and is not checked).',
    '',
    'Budgets (test/package/bundle-size.test.ts): the scalar import of relu ≤ 600 B and of every',
    'activation ≤ 3 KB (gelu, with its erfc, is the largest) but snakeBeta, whose exact sums next to',
    'the roots of f and f′ take it to 4.5 KB (the loss softmaxCrossEntropy ≤ 4 KB); each function has its',
    'own budget there, set from these measurements with headroom, and so do its five forms.',
    '',
    '## One function: `import { f } from "rectified"`',
    '',
    '"scalar" is `export { f } from "rectified"`; "subpath" is the same import from',
    '`rectified/<subpath>` (identical output: both are tree-shaken to the same code); "five forms"',
    'imports `f`, `fDerivative`, `fF32`, `fDerivativeF32` and `fBackwardF32`.',
    '',
    '| function | subpath | scalar, bytes | via subpath, bytes | five forms, bytes |',
    '| --- | --- | ---: | ---: | ---: |',
  ];
  for (const f of functions) {
    lines.push(`| \`${f.name}\` | \`rectified/${f.subpath}\` | ${cell(f.scalar)} | ${f.viaSubpath.bytes} | ${cell(f.fiveForms)} |`);
  }
  const largest = functions.reduce((a, b) => (b.scalar.bytes > a.scalar.bytes ? b : a));
  const relu = functions.find((f) => f.name === 'relu');
  lines.push(
    '',
    `Smallest-to-largest scalar: \`relu\` ${relu ? relu.scalar.bytes : '?'} B … \`${largest.name}\` ${largest.scalar.bytes} B.`,
    '',
    '## Whole subpath: `export * from "rectified/<subpath>"`',
    '',
    '| subpath | exports | bytes |',
    '| --- | ---: | ---: |',
  );
  for (const s of subpaths) lines.push(`| \`rectified/${s.subpath}\` | ${s.exports} | ${cell(s)} |`);
  lines.push('', `Everything (\`export * from "rectified"\`): ${cell(whole)} bytes.`, '');
  return lines.join('\n');
}

/** The document without its gzip figures (they depend on the zlib build, so are not compared). */
export function withoutGzip(text) {
  return text.replace(/ \(\d+ gz\)/g, '');
}

/** Packs and installs the package into a temporary directory; returns [dir, cleanup]. */
export function installPacked() {
  const dir = mkdtempSync(join(tmpdir(), 'rectified-size-'));
  unpackTarball(packTarball(join(dir, 'pack')), dir);
  return [dir, () => rmSync(dir, { recursive: true, force: true })];
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  assertFreshBuild();
  const [dir, cleanup] = installPacked();
  try {
    const text = renderDoc(await measureBundles(dir));
    let current = '';
    try {
      current = readFileSync(docFile, 'utf8');
    } catch {}
    if (process.argv.includes('--check')) {
      if (withoutGzip(current) !== withoutGzip(text)) {
        console.error('docs/bundle-size.md is out of date: run `npm run build && npm run bundle-size`');
        process.exitCode = 1;
      }
    } else if (current !== text) {
      writeFileSync(docFile, text);
      console.log('docs/bundle-size.md updated');
    }
  } finally {
    cleanup();
  }
}
