// The `expr //=> expected` convention of the documentation's examples, shared by the TSDoc
// `@example` blocks (examples.test.ts) and the code blocks of README.md and docs/*.md
// (doc-blocks.test.ts), so both read and check a documented value the same way.
//
// A line `expr //=> expected` (or `expr` followed by a line `//=> expected`) documents the value
// of `expr`; every other line, `// comment` lines included, is ordinary code. `expected` is one of
//   a number                 compared with Object.is (so −0 ≠ +0, and NaN = NaN)
//   [a, b, …]                an Array of those numbers, each compared with Object.is
//   Float32Array [a, b, …]   a Float32Array equal to Float32Array.of(a, b, …): each value is
//                            rounded to float32 as the constructor does, so 0.2 reads as
//                            Float32Array.of(0.2) does, not as the float64 0.2
//   true, false              a boolean
//   'text'                   a string (rectified/simd's status, for one)
// Anything else fails the check instead of being compared with a NaN from Number().
import { expect } from 'vitest';

export interface Step {
  /** The line's code (without the `//=>` part). */
  code: string;
  /** The documented value's text, for a line that documents one. */
  expected?: string;
}

export type Expected =
  | { kind: 'number'; value: number }
  | { kind: 'array'; values: number[] }
  | { kind: 'f32'; values: number[] }
  | { kind: 'other'; value: boolean | string };

/** Splits example lines into steps, joining a `//=> value` line to the expression above it. */
export function parseSteps(lines: readonly string[]): Step[] {
  const steps: Step[] = [];
  for (const line of lines) {
    const cont = /^\s*\/\/=>(.*)$/.exec(line);
    if (cont && steps.length > 0) {
      steps[steps.length - 1].expected = cont[1];
      continue;
    }
    const m = /^(.*?)\s*\/\/=>(.*)$/.exec(line);
    steps.push(m ? { code: m[1], expected: m[2] } : { code: line });
  }
  return steps;
}

/** The steps whose value is documented, in order (the order of `sink`'s entries). */
export function checkedSteps(steps: readonly Step[]): Step[] {
  return steps.filter((s) => s.expected !== undefined);
}

/** The steps as one script that pushes each documented expression's value onto `sink`. */
export function instrument(steps: readonly Step[], sink = '__results'): string {
  return steps.map((s) => (s.expected === undefined ? s.code : `${sink}.push(${s.code.replace(/;\s*$/, '')});`)).join('\n');
}

function parseNumber(text: string, context: string): number {
  const t = text.trim();
  const n = Number(t);
  if (t === '' || (Number.isNaN(n) && t !== 'NaN')) throw new Error(`not a number: "${t}" in //=> ${context}`);
  return n;
}

export function parseExpected(text: string): Expected {
  const t = text.trim();
  if (t === 'true' || t === 'false') return { kind: 'other', value: t === 'true' };
  const quoted = /^'(.*)'$/.exec(t);
  if (quoted) return { kind: 'other', value: quoted[1] };
  const list = (s: string) => (s.trim() === '' ? [] : s.split(',').map((v) => parseNumber(v, t)));
  const f32 = /^Float32Array \[(.*)\]$/.exec(t);
  if (f32) return { kind: 'f32', values: list(f32[1]).map(Math.fround) };
  const arr = /^\[(.*)\]$/.exec(t);
  if (arr) return { kind: 'array', values: list(arr[1]) };
  return { kind: 'number', value: parseNumber(t, t) };
}

function sameNumbers(actual: ArrayLike<unknown>, expected: readonly number[]): boolean {
  return actual.length === expected.length && expected.every((v, i) => Object.is(actual[i], v));
}

function show(value: unknown): string {
  if (value instanceof Float32Array) return `Float32Array [${Array.from(value).join(', ')}]`;
  if (Array.isArray(value)) return `[${value.map(String).join(', ')}]`;
  return Object.is(value, -0) ? '-0' : String(value);
}

/** Checks each documented step against its value in `results` (as filled by {@link instrument}). */
export function checkResults(steps: readonly Step[], results: readonly unknown[], where: string): void {
  const checks = checkedSteps(steps);
  expect(results.length, `${where}: ${results.length} values for ${checks.length} //=> lines`).toBe(checks.length);
  checks.forEach((s, i) => {
    const expected = parseExpected(s.expected as string);
    const actual = results[i];
    const ok =
      expected.kind === 'number'
        ? Object.is(actual, expected.value)
        : expected.kind === 'array'
          ? Array.isArray(actual) && sameNumbers(actual, expected.values)
          : expected.kind === 'f32'
            ? actual instanceof Float32Array && sameNumbers(actual, expected.values)
            : actual === expected.value;
    expect(ok, `${where}: ${s.code.trim()} is ${show(actual)}, documented //=> ${s.expected!.trim()}`).toBe(true);
  });
}
