// TF.js in Node for the rectified/tfjs tests: tfjs-core with the cpu and wasm backends and
// tfjs-core's own gradients (for the losses and matMul around our ops), loaded as the bench
// loads them (bench/tfjs.ts explains the esbuild bundle of register_all_gradients).
import * as tf from '@tensorflow/tfjs-core';
import '@tensorflow/tfjs-backend-cpu';
import { buildGradientBundle, initWasm, loadGradients, type TfjsBackend, useBackend } from '../../bench/tfjs.js';
import { ACTIVATIONS, type Activation } from '../../scripts/manifest/index.js';

export { tf };

let ready: Promise<void> | undefined;

/** Loads the gradients and the wasm backend once, and leaves `backend` current. */
export async function setUp(backend: TfjsBackend = 'cpu'): Promise<void> {
  ready ??= (async () => {
    await loadGradients(buildGradientBundle());
    await initWasm();
  })();
  await ready;
  await useBackend(backend);
}

/** Deterministic float32 values in [lo, hi) (a 32-bit LCG), for inputs and upstream gradients. */
export function uniform(n: number, seed: number, lo = -4, hi = 4): Float32Array {
  const out = new Float32Array(n);
  let s = seed >>> 0;
  for (let i = 0; i < n; i++) {
    s = (Math.imul(s, 1664525) + 1013904223) >>> 0;
    out[i] = lo + ((hi - lo) * s) / 2 ** 32;
  }
  return out;
}

/** The manifest's activations with the parameters the tests run their op with. */
export function opCases(): { a: Activation; params: number[] }[] {
  // the ops with tensor parameters have their own tests (ops.test.ts, ops-snake.test.ts); a loss has no op (test/tfjs/ops-manifest.test.ts)
  return ACTIVATIONS.filter((a) => !['prelu', 'sShapedRelu', 'snake', 'snakeBeta'].includes(a.name) && a.shape !== 'loss').map((a) => {
    const listed = a.contract?.params.find((p) => p.length > 0);
    const params = a.name === 'maxout' ? [4] : a.name === 'swiglu' ? [1.5] : listed !== undefined ? [...listed] : [];
    return { a, params };
  });
}

/** The bits of a Float32Array, so toEqual compares −0 and NaN payloads exactly. */
export const bits = (a: Float32Array): Uint32Array => new Uint32Array(a.buffer, a.byteOffset, a.length);
