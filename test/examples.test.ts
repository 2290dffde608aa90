// Runs every `@example` in the TSDoc of src/ and checks each `//=>` result, so the documented
// values cannot drift from the code. An example line `expr //=> expected` is evaluated in one
// scope per example block (so `const` lines before it are visible), with every export of the
// package in scope — of `rectified/simd` (src/simd/index.ts) for the examples in src/simd, where
// a block may `await`. `expected` is a number, a boolean, `[a, b]`, `Float32Array [a, b, …]` or `'text'`.
import { readFileSync, readdirSync } from 'node:fs';
import { join, sep } from 'node:path';
import { describe, expect, it } from 'vitest';
import * as api from '../src/index.js';
import * as simd from '../src/simd/index.js';

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

function parseExpected(text: string): number | boolean | number[] | { f32: number[] } | { text: string } {
  const t = text.trim();
  if (t === 'true' || t === 'false') return t === 'true';
  const quoted = /^'(.*)'$/.exec(t);
  if (quoted) return { text: quoted[1] };
  const list = (s: string) => (s.trim() === '' ? [] : s.split(',').map((v) => Number(v.trim())));
  const f32 = /^Float32Array \[(.*)\]$/.exec(t);
  if (f32) return { f32: list(f32[1]) };
  const arr = /^\[(.*)\]$/.exec(t);
  if (arr) return list(arr[1]);
  return Number(t);
}

const all = sourceFiles(join(__dirname, '../src')).flatMap(examples);
const exportedFunctions = Object.entries(api).filter(([, v]) => typeof v === 'function');
const inSimd = (file: string): boolean => file.includes(`${sep}src${sep}simd${sep}`);
const AsyncFunction = Object.getPrototypeOf(async () => undefined).constructor as new (...args: string[]) => (...values: unknown[]) => Promise<void>;

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
      const scope = (inSimd(ex.file) ? simd : api) as Record<string, unknown>;
      const names = Object.keys(scope);
      const script = steps
        .map((s) => (s.expected === undefined ? s.code : `__results.push(${s.code.replace(/;\s*$/, '')});`))
        .join('\n');
      const results: unknown[] = [];
      if (inSimd(ex.file)) await new AsyncFunction('__results', ...names, script)(results, ...names.map((n) => scope[n]));
      else new Function('__results', ...names, script)(results, ...names.map((n) => scope[n]));
      checks.forEach((s, i) => {
        const expected = parseExpected(s.expected as string);
        const actual = results[i];
        if (typeof expected === 'boolean') {
          expect(actual, s.code).toBe(expected);
        } else if (typeof expected === 'object' && 'text' in expected) {
          expect(actual).toBe(expected.text);
        } else if (typeof expected === 'number') {
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
