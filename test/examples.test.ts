// Runs every `@example` in the TSDoc of src/ and checks each `//=>` result, so the documented
// values cannot drift from the code. An example line `expr //=> expected` is evaluated in one
// scope per example block (so `const` lines before it are visible), with every export of the
// package in scope. `expected` is a number, `[a, b]` or `Float32Array [a, b, …]`.
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import * as api from '../src/index.js';

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

function parseExpected(text: string): number | number[] | { f32: number[] } {
  const t = text.trim();
  const list = (s: string) => (s.trim() === '' ? [] : s.split(',').map((v) => Number(v.trim())));
  const f32 = /^Float32Array \[(.*)\]$/.exec(t);
  if (f32) return { f32: list(f32[1]) };
  const arr = /^\[(.*)\]$/.exec(t);
  if (arr) return list(arr[1]);
  return Number(t);
}

const all = sourceFiles(join(__dirname, '../src')).flatMap(examples);
const exportedFunctions = Object.entries(api).filter(([, v]) => typeof v === 'function');

describe('documentation examples', () => {
  it('every exported function has an @example', () => {
    const documented = new Set(all.map((e) => e.name));
    expect(exportedFunctions.map(([k]) => k).filter((k) => !documented.has(k))).toEqual([]);
  });

  for (const ex of all) {
    it(`${ex.name} examples print what they say`, () => {
      // Join continuation lines (an expected value on the next line starting with //=>).
      const steps: { code: string; expected?: string }[] = [];
      for (const line of ex.lines) {
        const cont = /^\s*\/\/=>(.*)$/.exec(line);
        if (cont && steps.length > 0) {
          steps[steps.length - 1].expected = cont[1];
          continue;
        }
        const m = /^(.*?)\s*\/\/=>(.*)$/.exec(line);
        steps.push(m ? { code: m[1], expected: m[2] } : { code: line });
      }
      const checks = steps.filter((s) => s.expected !== undefined);
      expect(checks.length).toBeGreaterThan(0);
      const names = Object.keys(api);
      const script = steps
        .map((s) => (s.expected === undefined ? s.code : `__results.push(${s.code.replace(/;\s*$/, '')});`))
        .join('\n');
      const results: unknown[] = [];
      new Function('__results', ...names, script)(results, ...names.map((n) => (api as Record<string, unknown>)[n]));
      checks.forEach((s, i) => {
        const expected = parseExpected(s.expected as string);
        const actual = results[i];
        if (typeof expected === 'number') {
          expect(Object.is(actual, expected), `${s.code} = ${String(actual)}, documented ${s.expected}`).toBe(true);
        } else if (Array.isArray(expected)) {
          expect(actual).toEqual(expected);
        } else {
          expect(actual).toBeInstanceOf(Float32Array);
          expect(Array.from(actual as Float32Array)).toEqual(expected.f32);
        }
      });
    });
  }
});
