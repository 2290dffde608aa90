// The read-back path of rectified/tfjs (every backend but cpu and wasm: webgl, webgpu, custom),
// exercised on a backend registered under another name, and training with tf.train optimizers
// through the ops' registered gradients on cpu and wasm.
import { MathBackendCPU } from '@tensorflow/tfjs-backend-cpu';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import * as lib from '../../src/index.js';
import * as rtf from '../../src/tfjs/index.js';
import { bits, setUp, tf, uniform } from './tf.js';

describe('rectified/tfjs on a backend it does not know (read back, compute, write)', () => {
  beforeAll(async () => {
    await setUp('cpu');
    tf.registerBackend('rectified-other', () => new MathBackendCPU());
    await tf.setBackend('rectified-other');
  }, 120_000);
  afterAll(async () => {
    await tf.setBackend('cpu');
    tf.removeBackend('rectified-other');
  });

  it('gelu and softmax forward and backward kernels equal the library bit for bit, through readSync', () => {
    const b = tf.backend() as unknown as { readSync: (...a: unknown[]) => unknown };
    const readSync = b.readSync;
    let reads = 0;
    b.readSync = (...a) => {
      reads++;
      return readSync.apply(b, a);
    };
    const x = uniform(16, 3);
    const dyv = uniform(16, 4);
    try {
      const got = tf.tidy(() => {
        const xt = tf.tensor(x, [2, 8]);
        const dy = tf.tensor(dyv, [2, 8]);
        const g = rtf.gelu(xt);
        const s = rtf.softmax(xt);
        const e = tf.engine();
        const gd = e.runKernel('RectifiedGeluBackward', { dy, x: xt }, { params: [] }) as tf.Tensor;
        const sd = e.runKernel('RectifiedSoftmaxBackward', { dy, y: s }, { params: [] }) as tf.Tensor;
        return [g, s, gd, sd].map((t) => t.dataSync() as Float32Array);
      });
      const y = lib.softmaxF32(new Float32Array(16), x, 8);
      const want = [
        lib.geluF32(new Float32Array(16), x),
        y,
        lib.geluBackwardF32(new Float32Array(16), dyv, x),
        lib.softmaxBackwardF32(new Float32Array(16), dyv, y, 8),
      ];
      expect(got.map((a) => [...bits(a)])).toEqual(want.map((a) => [...bits(a)]));
      expect(reads).toBeGreaterThanOrEqual(6); // one per kernel input, besides dataSync's
    } finally {
      b.readSync = readSync;
    }
  });
});

for (const backend of ['cpu', 'wasm'] as const) {
  describe(`training through the ops' gradients on ${backend}`, () => {
    beforeAll(() => setUp(backend), 120_000);

    it('a two-layer net with gelu, a learnt prelu and swiglu: Adam lowers the loss, nothing leaks', () => {
      const before = tf.memory().numTensors;
      const xs = tf.tensor(uniform(64 * 4, 11, -2, 2), [64, 4]);
      const ys = tf.tidy(() => tf.sin(tf.sum(xs, 1, true)));
      const w1 = tf.tidy(() => tf.variable(tf.tensor(uniform(4 * 16, 12, -0.5, 0.5), [4, 16])));
      const alpha = tf.tidy(() => tf.variable(tf.fill([8], 0.25)));
      const w2 = tf.tidy(() => tf.variable(tf.tensor(uniform(8, 13, -0.5, 0.5), [8, 1])));
      const model = (): tf.Scalar =>
        tf.losses.meanSquaredError(ys, tf.matMul(rtf.prelu(rtf.swiglu(rtf.gelu(tf.matMul(xs, w1))), alpha), w2)) as tf.Scalar;
      const opt = tf.train.adam(0.05);
      const loss0 = tf.tidy(() => model().dataSync()[0]);
      for (let i = 0; i < 60; i++) tf.dispose(opt.minimize(model, true) ?? []);
      const loss1 = tf.tidy(() => model().dataSync()[0]);
      const alphaMoved = tf.tidy(() => tf.any(tf.notEqual(alpha, 0.25)).dataSync()[0]);
      opt.dispose();
      tf.dispose([xs, ys, w1, alpha, w2]);
      expect(tf.memory().numTensors).toBe(before);
      expect(loss1).toBeLessThan(0.5 * loss0);
      expect(alphaMoved).toBe(1);
    });
  });
}
