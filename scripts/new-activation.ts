// `npm run new -- fooBar [--category Rectifiers]`: the start of a new elementwise activation.
// Writes src/activations/foo-bar/foo-bar.ts (the five forms, checked arguments and TSDoc, each
// throwing "not written yet"), test/activations/foo-bar.test.ts (the forms against the manifest's
// spot values, which start empty) and a manifest entry whose README cells, framework names,
// spot values and budget are blank; then runs `npm run regen`. Every test that reads the manifest
// fails until the maths, the values and the blanks are filled in (CONTRIBUTING.md, "A new activation").
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { ACTIVATIONS, type Category } from './manifest/index.js';
import { moduleTemplate, testTemplate } from './new-activation-templates.js';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const CATEGORIES: readonly Category[] = [
  'Rectifiers',
  'Exponential linear',
  'Smooth gates',
  'Softplus',
  'Sigmoid',
  'Shrinkage',
  'Gated linear units',
  'Piecewise learnable',
  'Periodic',
  'Normalising',
];

function fail(message: string): never {
  console.error(message);
  process.exit(1);
}

const args = process.argv.slice(2);
const name = args.find((a) => !a.startsWith('--') && args[args.indexOf(a) - 1] !== '--category');
const at = args.indexOf('--category');
const category = (at >= 0 ? args[at + 1] : 'Rectifiers') as Category;
if (name === undefined || !/^[a-z][A-Za-z0-9]*$/.test(name)) fail('usage: npm run new -- <camelCaseName> [--category <category>]');
if (!CATEGORIES.includes(category)) fail(`--category must be one of: ${CATEGORIES.join(', ')}`);
if (ACTIVATIONS.some((a) => a.name === name)) fail(`${name} is already in scripts/manifest`);
const folder = name.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`);
const moduleFile = join(root, 'src/activations', folder, `${folder}.ts`);
const testFile = join(root, 'test/activations', `${folder}.test.ts`);
for (const f of [moduleFile, testFile]) if (existsSync(f)) fail(`${f} exists already`);

mkdirSync(dirname(moduleFile), { recursive: true });
writeFileSync(moduleFile, moduleTemplate(name, folder, category));
mkdirSync(dirname(testFile), { recursive: true });
writeFileSync(testFile, testTemplate(name, folder));

// The entry goes last in ELEMENTWISE (move it within its family by hand if you like: the order is the README's).
const manifestFile = join(root, 'scripts/manifest/elementwise.ts');
const manifest = readFileSync(manifestFile, 'utf8');
const entry = `  {
    name: '${name}', folder: '${folder}', file: '${folder}', category: '${category}', shape: 'elementwise', forms: FIVE,
    params: [],
    readme: { params: '', notes: '' },
    frameworks: { pytorch: '', jax: '', keras: '' },
    fixtures: { kind: 'spot', cases: [] },
    budget: { scalar: 0, five: 0 },
  },
];
`;
if (!manifest.endsWith('\n];\n')) fail(`${manifestFile} does not end with "];": add the entry by hand`);
writeFileSync(manifestFile, manifest.slice(0, -'];\n'.length) + entry);

execFileSync('npx', ['tsx', join(root, 'scripts/regen.ts')], { cwd: root, stdio: 'inherit' });
console.log(`
created src/activations/${folder}/${folder}.ts, test/activations/${folder}.test.ts and the manifest entry of ${name}.
Next (CONTRIBUTING.md, "A new activation"):
  1. the spot values (x, f(x), f′(x)) in scripts/manifest/elementwise.ts, from decimal.js, not from your code;
  2. the maths in src/activations/${folder}/${folder}.ts (npx vitest run test/activations/${folder}.test.ts);
  3. the manifest's blanks: parameters, README cells, framework names ('—' for none), contract parameters;
  4. a reference in test/fixtures/registry/*.mjs, a row in docs/overview.md and docs/numerics.md, its TF.js op (src/tfjs/specs.ts, src/tfjs/ops.ts);
  5. npm run regen -- --fixtures, then npm run build && npm run bundle-size for the budget;
  6. npx vitest run test/manifest.test.ts test/contract-suite.test.ts, then npm test.`);
