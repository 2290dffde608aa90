// Spot checks against committed high-precision reference values (test/fixtures/spot.json, made
// by test/fixtures/generate.mjs with decimal.js at 80 digits): every activation and derivative
// at ~25 points each, including the tails, within the accuracy contract of docs/design.md:
// float64 scalars ≤ 4 ulp (next to the derivatives' zeros too); Float32Array kernels ≤ 1 float32 ulp
// (forward, derivative, and backward with dy = 1); no NaN/Infinity/signed-zero mismatch.
// The bounds are test/contract.ts's (shared with accuracy.test.ts); here the ulp error is the
// integer distance to the correctly rounded value.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import * as api from '../src/index.js';
import { erfc } from '../src/internal/erfc.js';
import { kernelArgs, meets32, meets64 } from './contract.js';
import { signedZeroMismatch, ulpDistance32, ulpDistance64 } from './ulp.js';

interface Point {
  x: string;
  exact: string;
  expected: string;
}
interface Case {
  name: string;
  params: number[];
  f64: Point[];
  f32: Point[];
}

const fixture = JSON.parse(readFileSync(join(__dirname, 'fixtures/spot.json'), 'utf8')) as { cases: Case[] };
type Fn = (...args: number[]) => number;
type Kernel = (out: Float32Array, x: Float32Array, ...params: unknown[]) => Float32Array;
type Backward = (dx: Float32Array, dy: Float32Array, x: Float32Array, ...params: unknown[]) => Float32Array;
const lookup = api as unknown as Record<string, Fn | Kernel | Backward | undefined>;

function scalarOf(name: string): Fn {
  if (name === 'erfc') return (x) => erfc(x);
  const fn = lookup[name];
  if (typeof fn !== 'function') throw new Error(`no export ${name}`);
  return fn as Fn;
}

function withinContract64(actual: number, p: Point): boolean {
  const expected = Number(p.expected);
  return meets64({ ulp: ulpDistance64(actual, expected), signedZeroMismatch: signedZeroMismatch(actual, expected) });
}

describe('float64 scalars match the high-precision reference', () => {
  for (const c of fixture.cases) {
    it(`${c.name}(x${c.params.map((p) => `, ${p}`).join('')}) at ${c.f64.length} points`, () => {
      const fn = scalarOf(c.name);
      const failures: string[] = [];
      for (const p of c.f64) {
        const x = Number(p.x);
        const actual = fn(x, ...c.params);
        if (!withinContract64(actual, p)) {
          failures.push(`x = ${p.x}: got ${String(actual)}, exact ${p.exact} (${ulpDistance64(actual, Number(p.expected))} ulp)`);
        }
      }
      expect(failures).toEqual([]);
    });
  }
});

describe('Float32Array kernels match the high-precision reference within 1 ulp', () => {
  for (const c of fixture.cases) {
    if (c.name === 'erfc') continue;
    const kernel = lookup[`${c.name}F32`] as Kernel | undefined;
    const backward = c.name.endsWith('Derivative')
      ? (lookup[`${c.name.slice(0, -'Derivative'.length)}BackwardF32`] as Backward | undefined)
      : undefined;
    const args = kernelArgs(c.name.replace(/Derivative$/, ''), c.params);
    it(`${c.name}F32 at ${c.f32.length} float32 points`, () => {
      expect(kernel).toBeTypeOf('function');
      const x = Float32Array.from(c.f32, (p) => Number(p.x));
      const results: [string, Float32Array][] = [[`${c.name}F32`, (kernel as Kernel)(new Float32Array(x.length), x, ...args)]];
      if (backward) {
        const dy = new Float32Array(x.length).fill(1);
        results.push([`backward (dy = 1)`, backward(new Float32Array(x.length), dy, x, ...args)]);
      }
      const failures: string[] = [];
      for (const [label, out] of results) {
        c.f32.forEach((p, i) => {
          const expected = Number(p.expected);
          const actual = out[i];
          if (!meets32({ ulp: ulpDistance32(actual, expected), signedZeroMismatch: signedZeroMismatch(actual, expected) })) {
            failures.push(`${label} x = ${p.x}: got ${String(actual)}, expected ${p.expected}`);
          }
        });
      }
      expect(failures).toEqual([]);
    });
  }
});
