// The three states of rectified/simd, each in a fresh instance of the module (vi.resetModules):
// 'uninitialised' (nothing compiled at import; every kernel runs its JavaScript form), 'ready'
// (initSync, init, both, in either order; init returns one promise) and 'unsupported' (forced
// with { disable: true }, or simulated: no SIMD in WebAssembly.validate, compilation refused as
// by a Content-Security-Policy, no WebAssembly at all), where everything still works in
// JavaScript and nothing throws.
import { afterEach, describe, expect, it, vi } from 'vitest';
import * as api from '../src/index.js';
import { inputs } from './simd-data.js';
import { Wasm } from './wasm.js';

type Simd = typeof import('../src/simd/index.js');
async function fresh(): Promise<Simd> {
  vi.resetModules();
  return import('../src/simd/index.js');
}

afterEach(() => {
  vi.restoreAllMocks();
  vi.unstubAllGlobals();
});

const X = inputs(1000, 11);
/** Runs leakyReluF32 and reluBackwardF32 on 1000 elements through `m`: equal to the root's? */
function agreesWithJs(m: Simd): boolean {
  const same = (a: Float32Array, b: Float32Array) => a.every((v, i) => Object.is(v, b[i]));
  const dy = inputs(1000, 12);
  return (
    same(m.leakyReluF32(new Float32Array(1000), X), api.leakyReluF32(new Float32Array(1000), X)) &&
    same(m.reluBackwardF32(new Float32Array(1000), dy, X), api.reluBackwardF32(new Float32Array(1000), dy, X))
  );
}
/** allocF32 without the module: an ordinary array, which freeF32 ignores and refreshF32 returns. */
function plainAllocation(m: Simd): boolean {
  const a = m.allocF32(10);
  const ordinary = a.buffer.byteLength === 40 && a.every((v) => v === 0);
  m.freeF32(a);
  return ordinary && m.refreshF32(a) === a;
}

describe('uninitialised', () => {
  it('importing rectified/simd compiles and validates nothing (no side effects)', async () => {
    const spies = (['validate', 'compile', 'instantiate'] as const).map((k) => vi.spyOn(Wasm, k));
    const m = await fresh();
    expect(m.simdStatus()).toBe('uninitialised');
    for (const s of spies) expect(s).not.toHaveBeenCalled();
  });

  it('the kernels give the JavaScript kernels’ results, and allocF32 ordinary arrays', async () => {
    const m = await fresh();
    expect(agreesWithJs(m)).toBe(true);
    expect(plainAllocation(m)).toBe(true);
    expect(m.simdStatus()).toBe('uninitialised');
  });
});

describe('ready', () => {
  it('initSync() returns ready, and so does every later call, init() included', async () => {
    const m = await fresh();
    expect(m.initSync()).toBe('ready');
    expect(m.simdStatus()).toBe('ready');
    expect(m.initSync()).toBe('ready');
    await expect(m.init()).resolves.toBe('ready');
    expect(agreesWithJs(m)).toBe(true);
  });

  it('init() returns one promise for every call, resolving to ready; the kernels run JavaScript until then', async () => {
    const m = await fresh();
    const p = m.init();
    expect(m.init()).toBe(p);
    expect(m.simdStatus()).toBe('uninitialised');
    expect(agreesWithJs(m)).toBe(true);
    await expect(p).resolves.toBe('ready');
    expect(m.simdStatus()).toBe('ready');
    expect(m.init()).toBe(p);
    expect(m.initSync()).toBe('ready');
  });

  it('initSync() while init() is pending makes it ready at once; the promise then resolves to ready too', async () => {
    const m = await fresh();
    const p = m.init();
    expect(m.initSync()).toBe('ready');
    await expect(p).resolves.toBe('ready');
    expect(agreesWithJs(m)).toBe(true);
  });

  it('after initSync(), allocF32 arrays live in the module memory (a buffer of whole 64 KiB pages)', async () => {
    const m = await fresh();
    m.initSync();
    const a = m.allocF32(10);
    expect(a.buffer.byteLength % 65536).toBe(0);
    expect(a.byteOffset % 16).toBe(0);
  });
});

describe('unsupported', () => {
  it('init({ disable: true }) settles on unsupported without compiling; everything runs in JavaScript', async () => {
    const compile = vi.spyOn(Wasm, 'compile');
    const m = await fresh();
    await expect(m.init({ disable: true })).resolves.toBe('unsupported');
    expect(m.initSync()).toBe('unsupported');
    expect(compile).not.toHaveBeenCalled();
    expect(agreesWithJs(m)).toBe(true);
    expect(plainAllocation(m)).toBe(true);
  });

  it('initSync({ disable: true }) returns unsupported, and init() then resolves to it', async () => {
    const m = await fresh();
    expect(m.initSync({ disable: true })).toBe('unsupported');
    await expect(m.init()).resolves.toBe('unsupported');
    expect(agreesWithJs(m)).toBe(true);
  });

  it('initSync() and init() give unsupported when WebAssembly.validate says SIMD is missing, compiling nothing', async () => {
    vi.spyOn(Wasm, 'validate').mockReturnValue(false);
    const compile = vi.spyOn(Wasm, 'compile');
    const m = await fresh();
    expect(m.initSync()).toBe('unsupported');
    const m2 = await fresh();
    await expect(m2.init()).resolves.toBe('unsupported');
    expect(compile).not.toHaveBeenCalled();
    expect(agreesWithJs(m2)).toBe(true);
  });

  it('compilation refused (as by a CSP without wasm-unsafe-eval): unsupported from initSync(), init() resolves to it, no throw', async () => {
    const refusal = () => new Error('WebAssembly.Module(): Wasm code generation disallowed by embedder');
    const real = Wasm;
    vi.stubGlobal('WebAssembly', {
      validate: (b: Uint8Array) => real.validate(b),
      Module: function Module() {
        throw refusal();
      },
      Instance: real.Instance,
      compile: () => Promise.reject(refusal()),
      instantiate: real.instantiate,
    });
    const m = await fresh();
    expect(m.initSync()).toBe('unsupported');
    const m2 = await fresh();
    await expect(m2.init()).resolves.toBe('unsupported');
    expect(agreesWithJs(m2)).toBe(true);
    expect(plainAllocation(m2)).toBe(true);
  });

  it('no WebAssembly at all: unsupported, and the kernels work', async () => {
    vi.stubGlobal('WebAssembly', undefined);
    const m = await fresh();
    expect(m.initSync()).toBe('unsupported');
    expect(agreesWithJs(m)).toBe(true);
  });
});
