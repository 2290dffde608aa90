// rectified/tfjs ops on real TF.js (tfjs-core with the cpu and wasm backends): each op's forward
// and backward are rectified's kernels bit for bit, its gradient agrees with finite differences,
// tensors do not leak, and inputs of the wrong kind are refused.
import { beforeAll, describe, expect, it } from 'vitest';
import * as lib from '../../src/index.js';
import * as rtf from '../../src/tfjs/index.js';
import { kernelArgs, SPECS } from '../../src/tfjs/specs.js';
import { bits, opCases, setUp, tf, uniform } from './tf.js';

type Op = (x: tf.Tensor, ...p: number[]) => tf.Tensor;
const opOf = (name: string): Op => (rtf as unknown as Record<string, Op>)[name];
const SHAPE = [3, 8];
const CASES = opCases();

/** The library's forward and backward of `name` on a [rows, 8] input, as the op's spec calls them. */
function library(name: string, x: Float32Array, dy: Float32Array | null, params: number[]): { y: Float32Array; dx: Float32Array | null } {
  const spec = SPECS[name as keyof typeof SPECS];
  const args = kernelArgs(spec.layout, SHAPE, params);
  const outLength = { elementwise: 24, rowwise: 24, wide: 48, gated: 12, grouped: 6, reduce: 3 }[spec.layout];
  const y = new Float32Array(outLength);
  const f = lib as unknown as Record<string, (...a: unknown[]) => Float32Array>;
  f[`${name}F32`](y, x, ...args);
  if (dy === null) return { y, dx: null };
  const dx = new Float32Array(x.length);
  f[`${name}BackwardF32`](dx, dy, spec.layout === 'rowwise' ? y : x, ...args);
  return { y, dx };
}

for (const backend of ['cpu', 'wasm'] as const) {
  describe(`rectified/tfjs on the ${backend} backend`, () => {
    beforeAll(() => setUp(backend), 120_000);

    it.each(CASES)('$a.name: forward and backward are the library kernels bit for bit, with no tensor left behind', ({ a, params }) => {
      const x = uniform(24, 0x1234 + a.name.length);
      const before = tf.memory().numTensors;
      const { y, dy, dx } = tf.tidy(() => {
        const xt = tf.tensor(x, SHAPE);
        const yt = opOf(a.name)(xt, ...params);
        const dyv = uniform(yt.size, 0xd1ce);
        const g = tf.grad((t: tf.Tensor) => opOf(a.name)(t, ...params))(xt, tf.tensor(dyv, yt.shape));
        return { y: yt.dataSync() as Float32Array, dy: dyv, dx: g.dataSync() as Float32Array };
      });
      expect(tf.memory().numTensors).toBe(before);
      const want = library(a.name, x, dy, params);
      expect(bits(y)).toEqual(bits(want.y));
      expect(bits(dx)).toEqual(bits(want.dx ?? new Float32Array(0)));
    });

    it('prelu and sShapedRelu: forward, dx and the parameter gradients are the library kernels bit for bit', () => {
      const x = uniform(24, 0xbeef);
      const dyv = uniform(24, 0xfeed);
      const w = Float32Array.of(0.1, -0.2, 0.3, 0.05, 0.25, 0, -0.5, 0.7);
      const before = tf.memory().numTensors;
      const got = tf.tidy(() => {
        const xt = tf.tensor(x, SHAPE);
        const wt = tf.tensor1d(w);
        const dy = tf.tensor(dyv, SHAPE);
        const y = rtf.prelu(xt, wt).dataSync();
        const [gx, gw] = tf.grads((a: tf.Tensor, b: tf.Tensor) => rtf.prelu(a, b))([xt, wt], dy);
        const p = { tl: tf.scalar(-1.5), al: tf.scalar(-0.25), tr: tf.scalar(1.25), ar: tf.scalar(-0.6) };
        const ys = rtf.sShapedRelu(xt, p).dataSync();
        const gs = tf.grads((t: tf.Tensor, tl: tf.Tensor, al: tf.Tensor, tr: tf.Tensor, ar: tf.Tensor) =>
          rtf.sShapedRelu(t, { tl, al, tr, ar }),
        )([xt, p.tl, p.al, p.tr, p.ar], dy);
        return { y, gx: gx.dataSync(), gw: gw.dataSync(), ys, gs: gs.map((g) => g.dataSync()) };
      });
      expect(tf.memory().numTensors).toBe(before);
      const y = lib.preluF32(new Float32Array(24), x, w);
      const gw = new Float32Array(8);
      const gx = lib.preluBackwardF32(new Float32Array(24), dyv, x, w, 1, gw);
      expect([got.y, got.gx, got.gw].map((a) => [...bits(a as Float32Array)])).toEqual([y, gx, gw].map((a) => [...bits(a)]));
      const acc = { tl: new Float32Array(1), al: new Float32Array(1), tr: new Float32Array(1), ar: new Float32Array(1) };
      const sp32 = { tl: Float32Array.of(-1.5), al: Float32Array.of(-0.25), tr: Float32Array.of(1.25), ar: Float32Array.of(-0.6) };
      // the op's parameters are float32 tensors: −0.6 is rounded to float32 as in sp32
      expect([...bits(got.ys as Float32Array)]).toEqual([...bits(lib.sShapedReluF32(new Float32Array(24), x, sp32))]);
      const sdx = lib.sShapedReluBackwardF32(new Float32Array(24), dyv, x, sp32, 1, acc);
      expect(got.gs.map((a) => [...bits(a as Float32Array)])).toEqual([sdx, acc.tl, acc.al, acc.tr, acc.ar].map((a) => [...bits(a)]));
    });

    it("runs on the backend's own memory: no readSync and no write of our making during an op and its gradient", () => {
      const b = tf.backend() as unknown as { readSync: (...a: unknown[]) => unknown; write: (...a: unknown[]) => unknown };
      const x = tf.tensor(uniform(24, 7), SHAPE);
      const dy = tf.tensor(uniform(24, 8), SHAPE);
      const [readSync, write] = [b.readSync, b.write];
      let reads = 0;
      let writes = 0;
      b.readSync = (...a) => {
        reads++;
        return readSync.apply(b, a);
      };
      // wasm's makeOutput allocates through write(null): only writes of values count
      b.write = (...a) => {
        if (a[0] != null) writes++;
        return write.apply(b, a);
      };
      try {
        // the kernels themselves, registered by a first call, without the tape's own tensors
        tf.tidy(() => rtf.gelu(x));
        reads = writes = 0;
        tf.tidy(() => {
          tf.engine().runKernel('RectifiedGelu', { x }, { params: [] });
          tf.engine().runKernel('RectifiedGeluBackward', { dy, x }, { params: [] });
        });
      } finally {
        b.readSync = readSync;
        b.write = write;
        tf.dispose([x, dy]);
      }
      // cpu adopts each output array through write (which keeps it, no copy); wasm writes in place
      expect({ reads, writes }).toEqual({ reads: 0, writes: backend === 'cpu' ? 2 : 0 });
    });
  });
}

describe('rectified/tfjs gradients against finite differences (cpu)', () => {
  beforeAll(() => setUp('cpu'), 120_000);
  // Points away from every kink (0, ±1, ±0.5, 6, the contract thresholds) so that the central
  // difference of the float32 op, h = 2⁻⁶, is within truncation h²|f‴|/6 and rounding 2⁻²⁴|f|/h.
  const SMOOTH_X = Float32Array.from([-2.7, -1.7, -0.7, -0.3, 0.3, 0.7, 1.7, 2.7, -2.2, -1.3, 0.2, 0.4, 1.4, 2.2, -0.2, 1.1]);
  // sparsemax's kinks are where its support changes (x_i = τ; SMOOTH_X's first row has 1.7 = τ):
  // rows whose entries are ≥ 0.08 from their τ (1/3 and 0.8)
  const KINKS_ELSEWHERE: Record<string, Float32Array> = {
    sparsemax: Float32Array.from([0.1, 0.5, -0.4, -1, 0.9, -2, 0.25, 0.6, 1.5, -0.5, 0.3, 0.7, -1.2, 0, 1.1, -0.8]),
  };
  it.each(CASES)('$a.name: tf.grad of Σ w·op(x) is the central difference', ({ a, params }) => {
    const X = KINKS_ELSEWHERE[a.name] ?? SMOOTH_X;
    const w = uniform(
      { elementwise: 16, rowwise: 16, wide: 32, gated: 8, grouped: 4, reduce: 2 }[SPECS[a.name as keyof typeof SPECS].layout],
      99,
      0.5,
      1.5,
    );
    const shape = [2, 8];
    const f = (t: tf.Tensor): tf.Tensor => tf.sum(tf.mul(tf.reshape(opOf(a.name)(t, ...params), [-1]), tf.tensor1d(w)));
    const g = tf.tidy(() => tf.grad(f)(tf.tensor(X, shape)).dataSync());
    const h = 2 ** -6;
    for (let i = 0; i < X.length; i++) {
      const at = (d: number): number =>
        tf.tidy(() => {
          const v = X.slice();
          v[i] += d;
          return f(tf.tensor(v, shape)).dataSync()[0];
        });
      const fd = (at(h) - at(-h)) / (2 * h);
      expect(Math.abs(g[i] - fd), `${a.name} at x[${i}] = ${X[i]}: grad ${g[i]}, difference ${fd}`).toBeLessThan(
        2e-3 * Math.max(1, Math.abs(fd)),
      );
    }
  });
});

describe('rectified/tfjs argument errors', () => {
  beforeAll(() => setUp('cpu'), 120_000);
  it('refuses other dtypes and non-tensors with a TypeError naming what it got', () => {
    const i = tf.tensor1d([1, 2], 'int32');
    expect(() => rtf.gelu(i)).toThrow(
      new TypeError("gelu: x must be a float32 tensor, got dtype int32 (cast it with tf.cast(x, 'float32'))"),
    );
    expect(() => rtf.prelu(tf.tensor1d([1]), i)).toThrow(/prelu: weight must be a float32 tensor, got dtype int32/);
    expect(() => rtf.softmax(Float32Array.of(1) as unknown as tf.Tensor)).toThrow(
      new TypeError('softmax: x must be a tf.Tensor, got Float32Array'),
    );
    expect(() => rtf.leakyRelu(tf.tensor1d([1]), '0.1' as unknown as number)).toThrow(
      new TypeError('leakyRelu: negativeSlope must be a number, got string "0.1"'),
    );
    expect(() => (rtf.threshold as (x: tf.Tensor) => tf.Tensor)(tf.tensor1d([1]))).toThrow(
      new TypeError('threshold: threshold must be a number, got undefined (missing)'),
    );
    i.dispose();
  });
  it('refuses parameters out of their domain and shapes that do not fit with a RangeError', () => {
    const x = tf.tensor2d([[1, 2, 3]]);
    expect(() => rtf.leakyRelu(x, NaN)).toThrow(RangeError);
    expect(() => rtf.glu(x)).toThrow(new RangeError('glu: the last axis must be even (halves a | b), got 3'));
    expect(() => rtf.maxout(x, 2)).toThrow(new RangeError('maxout: pieces must be a positive integer dividing the last axis (3), got 2'));
    expect(() => rtf.softmax(tf.scalar(1))).toThrow(RangeError);
    expect(() => rtf.prelu(x, tf.tensor1d([1, 2]))).toThrow(
      new RangeError('prelu: weight must have shape [] or [1] or [3] (the last axis of x), got [2]'),
    );
    x.dispose();
  });
});
