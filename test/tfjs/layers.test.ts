// rectified/tfjs-layers on real tfjs-layers: activation strings in dense layers (predictions are
// the library kernel on the pre-activation, bit for bit), the parameter and learnt-weight layers,
// training with model.fit on cpu and wasm, and the save/load round trip through
// tf.io.withSaveHandler / tf.io.fromMemory with identical predictions and no tensor left behind.
import * as tfl from '@tensorflow/tfjs-layers';
import { beforeAll, describe, expect, it } from 'vitest';
import * as lib from '../../src/index.js';
import * as rtfl from '../../src/tfjs-layers/index.js';
import { bits, setUp, tf, uniform } from './tf.js';

function buildModel(): tfl.Sequential {
  const m = tfl.sequential();
  m.add(tfl.layers.dense({ units: 16, inputShape: [4], activation: rtfl.activation('gelu') }));
  m.add(rtfl.activationLayer({ activation: 'leakyRelu', params: { negativeSlope: 0.2 } }));
  m.add(rtfl.preluLayer());
  m.add(rtfl.sReluLayer());
  m.add(tfl.layers.dense({ units: 8, activation: rtfl.activation('squareplus') }));
  m.add(rtfl.activationLayer({ activation: 'swiglu', params: { beta: 1.5 } }));
  m.add(tfl.layers.dense({ units: 1 }));
  return m;
}

async function roundTrip(model: tfl.LayersModel): Promise<tfl.LayersModel> {
  let saved: tf.io.ModelArtifacts | undefined;
  await model.save(
    tf.io.withSaveHandler(async (a) => {
      saved = a;
      return { modelArtifactsInfo: { dateSaved: new Date(), modelTopologyType: 'JSON' } };
    }),
  );
  if (saved === undefined) throw new Error('nothing saved');
  return tfl.loadLayersModel(tf.io.fromMemory(saved));
}

describe('activation strings', () => {
  beforeAll(() => setUp('cpu'), 120_000);

  it.each(rtfl.stringActivations())('%s: a dense layer with activation(name) is the library kernel on its pre-activation', (name) => {
    const x = tf.tensor(uniform(5 * 8, 21), [5, 8]);
    const dense = tfl.layers.dense({ units: 6, activation: rtfl.activation(name), kernelInitializer: 'glorotUniform' });
    const y = dense.apply(x) as tf.Tensor;
    const [k, b] = dense.getWeights();
    const z = tf.add(tf.matMul(x, k), b);
    const want = (lib as unknown as Record<string, (o: Float32Array, x: Float32Array, ...r: number[]) => Float32Array>)[`${name}F32`](
      new Float32Array(30),
      z.dataSync() as Float32Array,
      ...(['softmax', 'logSoftmax', 'softmin', 'hardmax', 'sparsemax'].includes(name) ? [6] : []),
    );
    expect([...bits(y.dataSync() as Float32Array)]).toEqual([...bits(want)]);
    expect(dense.getConfig().activation).toBe(`rectified/tfjs-layers:${name}`);
    tf.dispose([x, y, z, dense.getWeights()]);
  });

  it('refuses names that need parameters or change the shape, saying what to use', () => {
    expect(() => rtfl.activation('glu' as rtfl.StringActivation)).toThrow(/use activationLayer/);
    expect(() => rtfl.activationLayer({ activation: 'elu', params: { beta: 1 } })).toThrow(
      new RangeError('activationLayer: elu has no parameter beta (it takes alpha)'),
    );
  });
});

for (const backend of ['cpu', 'wasm'] as const) {
  describe(`a model with rectified layers on ${backend}`, () => {
    beforeAll(() => setUp(backend), 120_000);

    it('trains (the loss falls), then saves and loads with identical predictions, leaking no tensor', async () => {
      const before = tf.memory().numTensors;
      const xs = tf.tensor(uniform(128 * 4, 31, -2, 2), [128, 4]);
      const ys = tf.tidy(() => tf.sin(tf.sum(xs, 1, true)));
      const model = buildModel();
      model.compile({ optimizer: tf.train.adam(0.01), loss: 'meanSquaredError' });
      const h = await model.fit(xs, ys, { epochs: 30, batchSize: 32, verbose: 0 });
      const loss = h.history.loss as number[];
      const loaded = await roundTrip(model);
      const [a, b] = [model.predict(xs) as tf.Tensor, loaded.predict(xs) as tf.Tensor];
      const same = [...bits(a.dataSync() as Float32Array)].every((v, i) => v === bits(b.dataSync() as Float32Array)[i]);
      const types = loaded.layers.map((l) => l.getClassName());
      const alphaTrained = tf.tidy(() => tf.any(tf.notEqual(loaded.layers[2].getWeights()[0], 0.25)).dataSync()[0]);
      tf.dispose([xs, ys, a, b]);
      model.dispose();
      loaded.dispose();
      (model.optimizer as tf.Optimizer).dispose();
      expect(loss[loss.length - 1]).toBeLessThan(0.5 * loss[0]);
      expect(same).toBe(true);
      expect(alphaTrained).toBe(1);
      expect(types).toEqual(['Dense', 'RectifiedActivation', 'RectifiedPReLU', 'RectifiedSReLU', 'Dense', 'RectifiedActivation', 'Dense']);
      expect(tf.memory().numTensors - before).toBe(0);
    }, 120_000);
  });
}
