// Runs every `@example` in the TSDoc of src/ and checks each `//=>` result, so the documented
// values cannot drift from the code. Each example block runs as one scope (so `const` lines
// before a checked line are visible), with every export of the package in scope — of
// `rectified/simd` (src/simd/index.ts) for the examples in src/simd, where a block may `await`,
// and of the root and `rectified/registry` for those in src/registry;
// the `//=>` convention is in doc-examples.helpers.ts (shared with the README and docs/ code blocks).
import { readdirSync, readFileSync } from 'node:fs';
import { join, sep } from 'node:path';
import { describe, expect, it } from 'vitest';
import * as api from '../src/index.js';
import * as registry from '../src/registry/index.js';
import * as simd from '../src/simd/index.js';
import { checkedSteps, checkResults, instrument, parseSteps } from './doc-examples.helpers.js';

interface Example {
  file: string;
  name: string;
  lines: string[];
}

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((d) =>
    d.isDirectory() ? sourceFiles(join(dir, d.name)) : d.name.endsWith('.ts') ? [join(dir, d.name)] : [],
  );
}

function examples(file: string): Example[] {
  const text = readFileSync(file, 'utf8');
  const found: Example[] = [];
  // A doc comment is `/**` … `*/` with no `*/` inside, directly followed by the export.
  for (const match of text.matchAll(/\/\*\*((?:(?!\*\/)[\s\S])*)\*\/\s*export function (\w+)/g)) {
    const lines = match[1].split('\n').map((l) => l.replace(/^\s*\* ?/, ''));
    const start = lines.findIndex((l) => l.startsWith('@example'));
    if (start < 0) continue;
    const body: string[] = [];
    for (const line of lines.slice(start + 1)) {
      if (line.startsWith('@')) break;
      if (line.trim() !== '') body.push(line);
    }
    found.push({ file, name: match[2], lines: body });
  }
  return found;
}

const all = sourceFiles(join(__dirname, '../src')).flatMap(examples);
const exportedFunctions = Object.entries(api).filter(([, v]) => typeof v === 'function');
const inSimd = (file: string): boolean => file.includes(`${sep}src${sep}simd${sep}`);
const inRegistry = (file: string): boolean => file.includes(`${sep}src${sep}registry${sep}`);
const AsyncFunction = Object.getPrototypeOf(async () => undefined).constructor as new (
  ...args: string[]
) => (...values: unknown[]) => Promise<void>;

describe('documentation examples', () => {
  it('every exported function has an @example', () => {
    const documented = new Set(all.map((e) => e.name));
    expect(exportedFunctions.map(([k]) => k).filter((k) => !documented.has(k))).toEqual([]);
  });

  it('every function rectified/simd exports has an @example (its own, or the JavaScript kernel it is)', () => {
    const documented = new Set(all.filter((e) => inSimd(e.file)).map((e) => e.name));
    const own = Object.entries(simd).filter(([k, v]) => typeof v === 'function' && v !== (api as Record<string, unknown>)[k]);
    expect(own.length).toBeGreaterThan(5);
    expect(own.map(([k]) => k).filter((k) => !documented.has(k))).toEqual([]);
  });

  for (const ex of all) {
    it(`${ex.name} examples print what they say${inSimd(ex.file) ? ' (rectified/simd)' : ''}`, async () => {
      const steps = parseSteps(ex.lines);
      expect(checkedSteps(steps).length).toBeGreaterThan(0);
      // rectified/registry's examples see its exports beside the root's.
      const scope = (inSimd(ex.file) ? simd : inRegistry(ex.file) ? { ...api, ...registry } : api) as Record<string, unknown>;
      const names = Object.keys(scope);
      const results: unknown[] = [];
      const values = names.map((n) => scope[n]);
      if (inSimd(ex.file)) await new AsyncFunction('__results', ...names, instrument(steps))(results, ...values);
      else new Function('__results', ...names, instrument(steps))(results, ...values);
      checkResults(steps, results, `${ex.name} (${ex.file})`);
    });
  }
});
