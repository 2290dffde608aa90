// The WebAssembly module of rectified/simd (assembly/, compiled by `npm run build:wasm`): the
// committed src/simd/*.generated.ts are what the build writes from the current sources, asc's
// output is deterministic (so that check is meaningful), and the module is self-contained: no
// imports (no env.abort), its memory exported, every kernel named after a kernel of rectified.
import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { compileWasm, generatedFiles, kernelTable } from '../scripts/build-wasm.mjs';
import { NOT_ELEMENTWISE, ROWWISE } from '../scripts/simd-kernels.mjs';
import * as api from '../src/index.js';
import { Wasm } from './wasm.js';

let bytes: Uint8Array;
beforeAll(async () => {
  bytes = await compileWasm();
}, 120_000);

describe('npm run build:wasm', () => {
  it('compiles assembly/index.ts to the same bytes every time (asc is deterministic)', async () => {
    const again = await compileWasm();
    expect(again.length).toBe(bytes.length);
    expect(Buffer.from(again).equals(Buffer.from(bytes))).toBe(true);
  }, 120_000);

  it('has written the committed src/simd/wasm-module.generated.ts and kernels.generated.ts from the current sources', () => {
    for (const [file, text] of generatedFiles(bytes)) {
      expect(readFileSync(file, 'utf8') === text, `${file} is stale: run npm run build:wasm`).toBe(true);
    }
  });
});

describe('the compiled module', () => {
  it('imports nothing (no env.abort: --use abort=) and exports its memory and heapBase', () => {
    const module = new Wasm.Module(bytes);
    expect(Wasm.Module.imports(module)).toEqual([]);
    const exports = Wasm.Module.exports(module);
    expect(exports).toContainEqual({ name: 'memory', kind: 'memory' });
    expect(exports).toContainEqual({ name: 'heapBase', kind: 'function' });
  });

  it('exports only functions named after elementwise or row-wise Float32Array kernels of rectified, besides memory and heapBase', () => {
    const exports = Wasm.Module.exports(new Wasm.Module(bytes));
    const kernels = exports.filter((e) => e.name !== 'memory' && e.name !== 'heapBase');
    for (const e of kernels) {
      expect(e.kind, e.name).toBe('function');
      expect(typeof (api as Record<string, unknown>)[e.name], e.name).toBe('function');
      expect(e.name).toMatch(/F32$/);
      const family = e.name.replace(/(Derivative|Backward)?F32$/, '');
      if (!Object.hasOwn(ROWWISE, family)) expect(NOT_ELEMENTWISE).not.toContain(family);
    }
    expect(Object.keys(kernelTable(bytes)).sort()).toEqual(kernels.map((e) => e.name).sort());
  });

  it("takes the JavaScript kernel's required parameters after (x, out, n) or (dy, x, dx, n), as the ABI of assembly/index.ts says", () => {
    const instance = new Wasm.Instance(new Wasm.Module(bytes), {});
    for (const [name, fn] of Object.entries(instance.exports)) {
      if (!name.endsWith('F32')) continue;
      const js = (api as Record<string, (...a: unknown[]) => unknown>)[name]!;
      const arrays = name.endsWith('BackwardF32') ? 3 : 2;
      const wasmParams = (fn as (...a: unknown[]) => unknown).length - arrays - 1;
      expect(wasmParams, name).toBeGreaterThanOrEqual(js.length - arrays); // at least the required ones
    }
  });
});
