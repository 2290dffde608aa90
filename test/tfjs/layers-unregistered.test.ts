// A model saved with rectified activations and loaded where rectified/tfjs-layers was never
// registered (this file imports none of it; vitest runs each file in its own module graph):
// TF.js's own error, which names the class, and the class name says where it comes from.
import * as tfl from '@tensorflow/tfjs-layers';
import { beforeAll, describe, expect, it } from 'vitest';
import { setUp, tf } from './tf.js';

describe('loading without the registration', () => {
  beforeAll(() => setUp('cpu'), 120_000);

  async function artifacts(): Promise<tf.io.ModelArtifacts> {
    const m = tfl.sequential({ layers: [tfl.layers.dense({ units: 2, inputShape: [3], activation: 'relu' })] });
    let saved: tf.io.ModelArtifacts | undefined;
    await m.save(
      tf.io.withSaveHandler(async (a) => {
        saved = a;
        return { modelArtifactsInfo: { dateSaved: new Date(), modelTopologyType: 'JSON' } };
      }),
    );
    m.dispose();
    if (saved === undefined) throw new Error('nothing saved');
    return saved;
  }

  it('is not registered here', () => {
    const map = tf.serialization.SerializationMap.getMap().classNameMap;
    expect(Object.keys(map).filter((k) => k.startsWith('rectified') || k.startsWith('Rectified'))).toEqual([]);
  });

  it('an activation string fails with "Unknown activation: rectified/tfjs-layers:gelu", naming the module to import', async () => {
    const a = await artifacts();
    // the topology rectified/tfjs-layers writes for dense({ activation: activation('gelu') })
    const topology = JSON.parse(
      JSON.stringify(a.modelTopology).replace('"activation":"relu"', '"activation":"rectified/tfjs-layers:gelu"'),
    );
    await expect(tfl.loadLayersModel(tf.io.fromMemory({ ...a, modelTopology: topology }))).rejects.toThrow(
      /Unknown activation: rectified\/tfjs-layers:gelu\./,
    );
  });
});
