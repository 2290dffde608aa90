// Runs every ```ts / ```js code block of README.md and docs/*.md and checks each `//=>` result
// (the convention of doc-examples.helpers.ts, shared with the TSDoc @example blocks), so the
// samples a reader copies cannot drift from the code. A block is transpiled by TypeScript (no
// type check) to CommonJS and run in its own scope; its imports of 'rectified' and
// 'rectified/<subpath>' get the source modules, any other import the installed package. Every
// name a block imports from 'rectified…' — in code or in a comment such as
// `// or: import { gelu } from 'rectified/gelu'` — must be exported there, because a missing
// export would otherwise only show up as `undefined` in the reader's program.
// A block opts out with ```ts no-run; the document must say why next to it.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';
import { activationEntries, extraEntries, root } from '../scripts/activations.mjs';
import * as api from '../src/index.js';
import { checkResults, instrument, parseSteps } from './doc-examples.helpers.js';

const RUN = new Set(['ts', 'typescript', 'js', 'javascript']);
const NOT_RUN = new Set(['sh', 'bash', 'shell', 'text', 'json']);

interface Block {
  file: string;
  /** 1-based line of the opening fence. */
  line: number;
  lang: string;
  noRun: boolean;
  code: string;
}

function fencedBlocks(file: string): Block[] {
  const lines = readFileSync(join(root, file), 'utf8').split('\n');
  const found: Block[] = [];
  for (let i = 0; i < lines.length; i++) {
    const open = /^\s*```(\S*)\s*(.*)$/.exec(lines[i]);
    if (!open) continue;
    const end = lines.findIndex((l, j) => j > i && /^\s*```\s*$/.test(l));
    if (end < 0) throw new Error(`${file}:${i + 1}: unclosed code block`);
    found.push({ file, line: i + 1, lang: open[1], noRun: /\bno-run\b/.test(open[2]), code: lines.slice(i + 1, end).join('\n') });
    i = end;
  }
  return found;
}

const documents = [
  'README.md',
  ...readdirSync(join(root, 'docs'))
    .filter((f) => f.endsWith('.md'))
    .sort()
    .map((f) => `docs/${f}`),
];
const blocks = documents.flatMap(fencedBlocks);
const runnable = blocks.filter((b) => RUN.has(b.lang) && !b.noRun);

/** The source module of each package subpath: an activation's name, its kebab-case alias, rectified/simd. */
const subpathSources = new Map<string, string>();
for (const { name, alias, source } of activationEntries()) {
  for (const subpath of alias ? [name, alias] : [name]) subpathSources.set(`rectified/${subpath}`, join(root, source));
}
for (const { name, source } of extraEntries()) subpathSources.set(`rectified/${name}`, join(root, source));

async function load(specifier: string): Promise<Record<string, unknown>> {
  if (specifier === 'rectified') return api;
  if (specifier.startsWith('rectified/')) {
    const source = subpathSources.get(specifier);
    if (source === undefined) throw new Error(`${specifier} is not a subpath of the package (scripts/activations.mjs)`);
    return (await import(pathToFileURL(source).href)) as Record<string, unknown>;
  }
  return (await import(specifier)) as Record<string, unknown>;
}

/** `import { a, b as c } from 'rectified…'` anywhere in the block, comments included: [specifier, imported names]. */
function rectifiedImports(code: string): [string, string[]][] {
  return [...code.matchAll(/\bimport\s+(type\s+)?\{([^}]*)\}\s*from\s*['"](rectified(?:\/[^'"]*)?)['"]/g)]
    .filter((m) => m[1] === undefined)
    .map((m) => [
      m[3],
      m[2]
        .split(',')
        .map((s) => s.trim())
        .filter((s) => s !== '' && !s.startsWith('type '))
        .map((s) => s.split(/\s+as\s+/)[0]),
    ]);
}

/** The module specifiers a block's code (not its comments) imports. */
function importedModules(code: string): string[] {
  const source = ts.createSourceFile('block.ts', code, ts.ScriptTarget.Latest, false, ts.ScriptKind.TS);
  return source.statements
    .filter((s): s is ts.ImportDeclaration => ts.isImportDeclaration(s))
    .map((s) => (s.moduleSpecifier as ts.StringLiteral).text);
}

describe('code blocks of README.md and docs/*.md', () => {
  it('every block has a language, and README.md has blocks to run', () => {
    const unknown = blocks.filter((b) => !RUN.has(b.lang) && !NOT_RUN.has(b.lang));
    expect(unknown.map((b) => `${b.file}:${b.line} \`\`\`${b.lang}`)).toEqual([]);
    expect(runnable.filter((b) => b.file === 'README.md').length).toBeGreaterThan(0);
  });

  it.each(blocks.filter((b) => RUN.has(b.lang)).map((b) => [`${b.file}:${b.line}`, b] as const))(
    '%s imports only names that its module exports',
    async (_, block) => {
      for (const [specifier, names] of rectifiedImports(block.code)) {
        const mod = await load(specifier);
        expect(
          names.filter((n) => !(n in mod)),
          `not exported by ${specifier}`,
        ).toEqual([]);
      }
    },
  );

  it.each(runnable.map((b) => [`${b.file}:${b.line}`, b] as const))('%s runs and prints what it says', async (where, block) => {
    const steps = parseSteps(block.code.split('\n'));
    const { outputText, diagnostics } = ts.transpileModule(instrument(steps), {
      compilerOptions: { module: ts.ModuleKind.CommonJS, target: ts.ScriptTarget.ES2022 },
      reportDiagnostics: true,
    });
    expect((diagnostics ?? []).map((d) => ts.flattenDiagnosticMessageText(d.messageText, '\n'))).toEqual([]);
    const modules = new Map<string, unknown>();
    for (const specifier of importedModules(block.code)) modules.set(specifier, await load(specifier));
    const require = (specifier: string): unknown => {
      if (!modules.has(specifier)) throw new Error(`${where}: require('${specifier}') was not imported`);
      return modules.get(specifier);
    };
    const results: unknown[] = [];
    new Function('require', 'exports', 'module', '__results', outputText)(require, {}, { exports: {} }, results);
    checkResults(steps, results, where);
  });
});
