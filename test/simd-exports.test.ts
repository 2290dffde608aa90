// rectified/simd (src/simd/index.ts) exports every Float32Array kernel of the root under the same
// name and with the same `length`, plus its own API and nothing else; a kernel without a SIMD
// form IS the root's function; simdKernels() lists the others, never a family that is neither
// elementwise nor row-wise;
// and the root package does not depend on src/simd.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ACTIVATIONS, exportsOf } from '../scripts/manifest/index.js';
import { minLength, NOT_ELEMENTWISE, ROWWISE } from '../scripts/simd-kernels.mjs';
import * as api from '../src/index.js';
import * as simd from '../src/simd/index.js';

const root = api as Record<string, unknown>;
const sub = simd as Record<string, unknown>;
const rootKernels = Object.keys(api)
  .filter((k) => k.endsWith('F32'))
  .sort();
const API = ['allocF32', 'freeF32', 'init', 'initSync', 'refreshF32', 'simdKernels', 'simdStatus'];
/** The piecewise-linear kernels this module was built with (assembly/rectifiers). */
const RECTIFIERS = ['relu', 'leakyRelu', 'prelu', 'relu6', 'hardTanh', 'hardSigmoid', 'threshold', 'heaviside', 'shiftedRelu'];

describe('rectified/simd exports', () => {
  it('every Float32Array kernel of the root (gated, row-wise and per-channel included: every F32 form of scripts/manifest), and its own API, and nothing else', () => {
    expect(rootKernels).toEqual(
      ACTIVATIONS.flatMap(exportsOf)
        .filter((k) => k.endsWith('F32'))
        .sort(),
    );
    expect(Object.keys(simd).sort()).toEqual([...rootKernels, ...API].sort());
  });

  it.each(rootKernels)('%s: a function with the root kernel’s name and length', (name) => {
    const f = sub[name] as (...a: unknown[]) => unknown;
    const g = root[name] as (...a: unknown[]) => unknown;
    expect(typeof f).toBe('function');
    expect(f.name).toBe(name);
    expect(f.length).toBe(g.length);
  });

  it('a kernel simdKernels() does not list is the root’s function itself; one it lists is a wrapper', () => {
    const listed = new Set(simd.simdKernels());
    for (const name of rootKernels) {
      if (listed.has(name)) expect(sub[name], name).not.toBe(root[name]);
      else expect(sub[name], name).toBe(root[name]);
    }
  });
});

describe('simdKernels()', () => {
  const listed = simd.simdKernels();

  it('lists kernels of the root only, sorted, each once', () => {
    expect(listed.every((k) => rootKernels.includes(k))).toBe(true);
    expect([...listed].sort()).toEqual(listed);
    expect(new Set(listed).size).toBe(listed.length);
  });

  it('lists the forward, derivative and backward kernels of the nine piecewise-linear activations', () => {
    for (const f of RECTIFIERS) for (const s of ['F32', 'DerivativeF32', 'BackwardF32']) expect(listed).toContain(f + s);
  });

  it('lists no kernel of a family that is neither elementwise nor row-wise (crelu, the gated units, sShapedRelu)', () => {
    const family = (k: string) => k.replace(/(Derivative|Backward)?F32$/, '');
    expect(listed.filter((k) => NOT_ELEMENTWISE.includes(family(k)) && !Object.hasOwn(ROWWISE, family(k)))).toEqual([]);
    expect(Object.keys(ROWWISE).sort()).toEqual(['logSoftmax', 'logSumExp', 'maxout', 'softmax']);
    for (const f of ['crelu', 'glu', 'swiglu', 'softmax', 'logSumExp', 'maxout', 'sShapedRelu']) expect(NOT_ELEMENTWISE).toContain(f);
  });

  it('returns a fresh array each call (the caller may modify it)', () => {
    const a = simd.simdKernels();
    a.length = 0;
    expect(simd.simdKernels()).toEqual(listed);
  });
});

describe('the root package', () => {
  const files: string[] = [];
  const walk = (dir: string): void => {
    for (const d of readdirSync(dir, { withFileTypes: true })) {
      if (d.isDirectory()) walk(join(dir, d.name));
      else if (d.name.endsWith('.ts')) files.push(join(dir, d.name));
    }
  };
  walk(join(__dirname, '../src'));

  it('imports nothing from src/simd outside src/simd (src/index.ts and every activation stay as they were)', () => {
    const outside = files.filter((f) => !f.includes(join('src', 'simd')));
    expect(outside.length).toBeGreaterThan(40);
    const importers = outside.filter((f) => /from\s+['"][^'"]*simd[^'"]*['"]/.test(readFileSync(f, 'utf8')));
    expect(importers).toEqual([]);
  });
});

describe('src/simd/index.ts module comment', () => {
  it('states the short-array threshold that src/simd/wrap.ts uses', () => {
    const text = readFileSync(join(__dirname, '../src/simd/index.ts'), 'utf8');
    expect(text).toContain(`shorter than ${minLength()} elements`);
  });
});
