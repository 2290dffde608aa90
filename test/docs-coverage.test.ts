// The overview and the numerics page say they cover every activation; this keeps that true when
// an activation is added. An activation is an exported function that is not one of another's
// forms (…Derivative, …F32, …Backward, …ParameterDerivatives, …SampleSlopes).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import * as api from '../src/index.js';

const FORM =
  /(Derivative|DerivativeF32|F32|Backward|BackwardF32|DerivativeFromOutput|BackwardFromOutputF32|ParameterDerivatives|SampleSlopes)$/;
const activations = Object.keys(api)
  .filter((k) => typeof (api as Record<string, unknown>)[k] === 'function' && !FORM.test(k))
  .sort();
const read = (file: string) => readFileSync(join(__dirname, '..', file), 'utf8');

describe('docs cover every activation', () => {
  it('finds the activations', () => {
    expect(activations).toContain('relu');
    expect(activations).toContain('gegluTanh');
    expect(activations).not.toContain('reluF32');
  });

  it('docs/overview.md has one table row per activation, each a link to its function', () => {
    const rows = [...read('docs/overview.md').matchAll(/^\| \{@link [\w-]+!(\w+) \| (\w+)\}/gm)];
    expect(rows.filter((m) => m[1] !== m[2])).toEqual([]);
    expect(rows.map((m) => m[1]).sort()).toEqual(activations);
  });

  it('docs/numerics.md names every activation', () => {
    const text = read('docs/numerics.md');
    expect(activations.filter((name) => !new RegExp(`\\b${name}\\b`).test(text))).toEqual([]);
  });
});
