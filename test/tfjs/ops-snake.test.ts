// rectified/tfjs's snake and snakeBeta (src/tfjs/ops-snake.ts) on real TF.js (cpu and wasm
// backends): forward, dx and the parameter gradients are the library kernels bit for bit, with
// per-channel tensor parameters on the last axis; no tensor leaks; bad parameters are refused.
import { beforeAll, describe, expect, it } from 'vitest';
import * as lib from '../../src/index.js';
import * as rtf from '../../src/tfjs/index.js';
import { bits, setUp, tf, uniform } from './tf.js';

const SHAPE = [3, 8];
const same = (a: ArrayLike<number>[], b: Float32Array[]) =>
  expect(a.map((v) => [...bits(Float32Array.from(v))])).toEqual(b.map((v) => [...bits(v)]));

for (const backend of ['cpu', 'wasm'] as const) {
  describe(`rtf.snake and rtf.snakeBeta on the ${backend} backend`, () => {
    beforeAll(() => setUp(backend), 120_000);

    it('snake with a per-channel alpha: y, dx and ∂/∂alpha are snakeF32 and snakeBackwardF32 bit for bit', () => {
      const x = uniform(24, 0x5a4e);
      const dyv = uniform(24, 0xd00d);
      const alpha = Float32Array.from({ length: 8 }, (_, c) => (c % 2 === 0 ? 0.5 + c / 4 : -1.5 + c / 8));
      const before = tf.memory().numTensors;
      const got = tf.tidy(() => {
        const xt = tf.tensor(x, SHAPE);
        const at = tf.tensor1d(alpha);
        const y = rtf.snake(xt, at).dataSync();
        const [gx, ga] = tf.grads((a: tf.Tensor, b: tf.Tensor) => rtf.snake(a, b))([xt, at], tf.tensor(dyv, SHAPE));
        return [y, gx.dataSync(), ga.dataSync()];
      });
      expect(tf.memory().numTensors).toBe(before);
      const ga = new Float32Array(8);
      const dx = lib.snakeBackwardF32(new Float32Array(24), dyv, x, alpha, 1, ga);
      same(got as Float32Array[], [lib.snakeF32(new Float32Array(24), x, alpha), dx, ga]);
    });

    it('snakeBeta with scalar tensors and with numbers: y, dx, ∂/∂alpha and ∂/∂beta bit for bit', () => {
      const x = uniform(24, 0xbe7a);
      const dyv = uniform(24, 0xfade);
      const before = tf.memory().numTensors;
      const got = tf.tidy(() => {
        const xt = tf.tensor(x, SHAPE);
        const a = tf.scalar(2);
        const b = tf.scalar(0.5);
        const y = rtf.snakeBeta(xt, a, b).dataSync();
        const yn = rtf.snakeBeta(xt, 2, 0.5).dataSync();
        const g = tf.grads((t: tf.Tensor, p: tf.Tensor, q: tf.Tensor) => rtf.snakeBeta(t, p, q))([xt, a, b], tf.tensor(dyv, SHAPE));
        return [y, yn, ...g.map((v) => v.dataSync())];
      });
      expect(tf.memory().numTensors).toBe(before);
      const grads = { alpha: new Float32Array(1), beta: new Float32Array(1) };
      const dx = lib.snakeBetaBackwardF32(new Float32Array(24), dyv, x, Float32Array.of(2), Float32Array.of(0.5), 1, grads);
      const y = lib.snakeBetaF32(new Float32Array(24), x, 2, 0.5);
      same(got as Float32Array[], [y, y, dx, grads.alpha, grads.beta]);
    });

    it('refuses a zero alpha, mismatched shapes and parameter counts', () => {
      const x = tf.tensor(uniform(24, 1), SHAPE);
      expect(() => rtf.snake(x, 0)).toThrow(new RangeError('alpha[0] must be finite and nonzero, got number 0'));
      expect(() => rtf.snake(x, tf.tensor1d([1, 2]))).toThrow(
        new RangeError('snake: alpha must have shape [] or [1] or [8] (the last axis of x), got [2]'),
      );
      expect(() => rtf.snakeBeta(x, tf.ones([8]), 1)).toThrow(
        new RangeError('snakeBeta: alpha and beta must have the same number of values, got alpha: 8, beta: 1'),
      );
      x.dispose();
    });
  });
}
