// Writes docs/generated/identities.md: every identity checked by the property tests built on
// test/helpers/identities*.ts (in test/activations/<activation>.test.ts), grouped by activation
// and as in the test file, with the name of its property test and its status on this build.
// The page is generated from a vitest run (JSON reporter), so it lists exactly the tests that
// exist; a failing property is shown as failing, not hidden. Run by `npm run docs`.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

interface Assertion {
  ancestorTitles: string[];
  title: string;
  status: string;
}
interface Report {
  testResults: { name: string; assertionResults: Assertion[] }[];
}

const root = join(dirname(fileURLToPath(import.meta.url)), '../..');
const testDir = 'test/activations';
/** The activation test files whose properties use the identity-test tolerances. */
const testFiles = existsSync(join(root, testDir))
  ? readdirSync(join(root, testDir))
      .filter((f) => f.endsWith('.test.ts') && readFileSync(join(root, testDir, f), 'utf8').includes("'../helpers/identities"))
      .sort()
      .map((f) => `${testDir}/${f}`)
  : [];
const outDir = join(root, 'docs/generated');
const escapeCell = (s: string): string => s.replace(/\|/g, '\\|').replace(/</g, '&lt;');

function page(): string {
  const head = [
    '---',
    'title: Identities and their property tests',
    'category: Documents',
    '---',
    '',
    '# Identities and their property tests',
    '',
    `Each row is a mathematical identity or inequality that the exact functions satisfy, checked on`,
    `thousands of random inputs by a fast-check property test in \`${testDir}/\``,
    `(part of \`npm test\`), with a tolerance derived from floating-point rounding. The test name is`,
    `the identity; the status is that of the run made when these docs were built.`,
    '',
  ];
  if (testFiles.length === 0) return [...head.slice(0, 7), `The property tests (${testDir}) are not written yet.`, ''].join('\n');
  const json = join(outDir, 'identities.json');
  const run = spawnSync(join(root, 'node_modules/.bin/vitest'), ['run', ...testFiles, '--reporter=json', `--outputFile=${json}`], {
    cwd: root,
    encoding: 'utf8',
  });
  if (!existsSync(json)) throw new Error(`vitest did not report:\n${run.stderr}`);
  const report = JSON.parse(readFileSync(json, 'utf8')) as Report;
  const groups = new Map<string, Assertion[]>();
  for (const t of [...report.testResults].sort((a, b) => a.name.localeCompare(b.name))) {
    const activation = t.name.replace(/^.*\//, '').replace(/\.test\.ts$/, '');
    for (const a of t.assertionResults) {
      const key = [activation, ...a.ancestorTitles].join(' › ');
      groups.set(key, [...(groups.get(key) ?? []), a]);
    }
  }
  const all = [...groups.values()].flat();
  const passed = all.filter((a) => a.status === 'passed').length;
  const body = [`${all.length} property tests in ${groups.size} groups; ${passed} passed on this build.`, ''];
  for (const [group, tests] of groups) {
    body.push(`## ${escapeCell(group)}`, '', '| identity (property test name) | status |', '| --- | --- |');
    for (const t of tests)
      body.push(`| ${escapeCell(t.title)} | ${t.status === 'passed' ? '✓ passed' : t.status === 'failed' ? '✗ failed' : t.status} |`);
    body.push('');
  }
  return [...head, ...body].join('\n');
}

mkdirSync(outDir, { recursive: true });
writeFileSync(join(outDir, 'identities.md'), page());
console.log('wrote docs/generated/identities.md');
