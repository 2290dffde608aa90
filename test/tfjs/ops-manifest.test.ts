// rectified/tfjs against scripts/manifest: one op per activation, with the library's parameters
// (names, order and defaults), so the op table (src/tfjs/specs.ts) cannot drift from the list.
import { describe, expect, it } from 'vitest';
import { ACTIVATIONS } from '../../scripts/manifest/index.js';
import * as rtf from '../../src/tfjs/index.js';
import { SPECS } from '../../src/tfjs/specs.js';

const WEIGHTED = ['prelu', 'sShapedRelu', 'snake', 'snakeBeta'];
/**
 * The activations, which are what rectified/tfjs provides; a loss (softmaxCrossEntropy) has no op
 * there: its kernel returns a number, and TF.js has tf.losses.softmaxCrossEntropy.
 */
const ACTIVATIONS_ONLY = ACTIVATIONS.filter((a) => a.shape !== 'loss');

describe('rectified/tfjs ops and the manifest', () => {
  it('exports exactly one op per activation of the manifest', () => {
    const fns = Object.entries(rtf)
      .filter(([, v]) => typeof v === 'function')
      .map(([k]) => k)
      .sort();
    expect(fns).toEqual(ACTIVATIONS_ONLY.map((a) => a.name).sort());
  });

  it('has a kernel spec for every activation but those with tensor weights', () => {
    expect(Object.keys(SPECS).sort()).toEqual(
      ACTIVATIONS_ONLY.map((a) => a.name)
        .filter((n) => !WEIGHTED.includes(n))
        .sort(),
    );
  });

  it.each(ACTIVATIONS_ONLY.filter((a) => !WEIGHTED.includes(a.name)))(
    '$name: the op takes the manifest parameters, in order, with its defaults',
    (a) => {
      const spec = SPECS[a.name as keyof typeof SPECS];
      // rowSize and innerSize come from the tensor's shape (the op works along the last axis)
      const listed = a.params.filter((p) => p.name !== 'rowSize' && p.name !== 'innerSize');
      expect(spec.params).toEqual(listed.map((p) => p.name));
      listed.forEach((p, i) => {
        if (typeof p.default === 'number') expect(spec.defaults[i], p.name).toBe(p.default);
        else if (p.name !== 'threshold' || a.name !== 'softplus') expect(spec.defaults[i], p.name).toBeUndefined();
      });
    },
  );

  it.each(ACTIVATIONS_ONLY.filter((a) => !WEIGHTED.includes(a.name)))('$name: the layout follows the manifest shape', (a) => {
    const layout = {
      elementwise: 'elementwise',
      wide: 'wide',
      gated: 'gated',
      grouped: 'grouped',
      rowwise: 'rowwise',
      rowReduction: 'reduce',
      loss: null,
    }[a.shape];
    expect(SPECS[a.name as keyof typeof SPECS].layout).toBe(layout);
  });

  it('softplus: threshold, which the manifest lists without a number, defaults to Infinity as softplusF32', () => {
    expect(SPECS.softplus.defaults[1]).toBe(Infinity);
  });
});
