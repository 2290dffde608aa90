// Activation strings for tfjs-layers: `tf.layers.dense({ units, activation: activation('gelu') })`.
// TF.js resolves an activation string through tf.serialization's class map (getActivation builds
// { className: string, config: {} }), so registering one small Serializable per activation with
// tf.serialization.registerClass makes the string work in every layer that takes an activation,
// and model.save stores it as that class name. No TF.js file is patched.
//
// The class names are `rectified/tfjs-layers:<name>`: namespaced, so they never replace a TF.js
// built-in (gelu, swish, mish, …), and a model loaded where this module was not registered fails
// with TF.js's "Unknown activation: rectified/tfjs-layers:gelu", which names what to import.

import type { Tensor } from '@tensorflow/tfjs-core';
import { serialization } from '@tensorflow/tfjs-core';
import type { layers } from '@tensorflow/tfjs-layers';
import { apply } from '../tfjs/define.js';
import { SPECS, type SpecName } from '../tfjs/specs.js';

export const PREFIX = 'rectified/tfjs-layers:';

/**
 * The activations usable as a string: those that keep the shape and need no parameter beyond the
 * library's defaults (the layouts that change the last axis, and maxout, threshold, need
 * {@link activationLayer}; prelu and sShapedRelu with learnt weights are layers of their own).
 */
const STRING_ACTIVATIONS = (Object.keys(SPECS) as SpecName[]).filter((n) => {
  const s = SPECS[n];
  return (s.layout === 'elementwise' || s.layout === 'rowwise') && s.defaults.every((d) => d !== undefined);
});

/** The name of an activation usable as a string (see {@link stringActivations}). @category TF.js layers */
export type StringActivation = SpecName;

/** The activations usable as a string through {@link activation}. @category TF.js layers */
export function stringActivations(): StringActivation[] {
  return [...STRING_ACTIVATIONS];
}

/** tfjs-layers' type of a layer's `activation` argument. @category TF.js layers */
export type ActivationIdentifier = NonNullable<Parameters<typeof layers.dense>[0]['activation']>;

/** A tfjs-layers activation object: what getActivation returns for our strings. */
abstract class RectifiedActivation extends serialization.Serializable {
  abstract readonly op: SpecName;
  apply(x: Tensor): Tensor {
    return apply(this.op, x, []);
  }
  getConfig(): serialization.ConfigDict {
    return {};
  }
}

function activationClass(op: SpecName): serialization.SerializableConstructor<RectifiedActivation> {
  return class extends RectifiedActivation {
    static readonly className = `${PREFIX}${op}`;
    readonly op = op;
  };
}

let registered = false;

/**
 * Registers the activation strings (idempotent); {@link activation} and the layers call it.
 *
 * @category TF.js layers
 */
export function registerActivations(): void {
  if (registered) return;
  for (const op of STRING_ACTIVATIONS) serialization.registerClass(activationClass(op));
  registered = true;
}

/**
 * The activation string of `name` for any tfjs-layers layer (dense, conv2d, activation, …), the
 * class registered. Typed as TF.js's activation identifier, so no cast is needed:
 * `tf.layers.dense({ units: 8, activation: activation('squareplus') })`.
 *
 * @param name - one of {@link stringActivations}
 * @throws {RangeError} if `name` is not one of {@link stringActivations}
 * @category TF.js layers
 */
export function activation(name: StringActivation): ActivationIdentifier {
  if (!(STRING_ACTIVATIONS as readonly string[]).includes(name)) {
    throw new RangeError(
      `activation: name must be one of ${STRING_ACTIVATIONS.join(', ')}, got ${String(name)} (use activationLayer for parameters or shape-changing activations)`,
    );
  }
  registerActivations();
  // tfjs-layers types `activation` as a union of its own names; ours resolves the same way.
  return `${PREFIX}${name}` as ActivationIdentifier;
}
