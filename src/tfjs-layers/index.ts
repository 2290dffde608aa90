/**
 * rectified's activations in `@tensorflow/tfjs-layers` models: activation strings for any layer
 * (`activation('squareplus')`), {@link activationLayer} with parameters, and the learnt
 * {@link preluLayer} and {@link sReluLayer}, all registered with `tf.serialization` so that
 * `model.save` and `tf.loadLayersModel` round-trip; call {@link register} before loading a model
 * this program did not build. Its own subpath because tfjs-layers is a second optional peer
 * (rectified/tfjs needs tfjs-core only). See docs/tfjs.md.
 *
 * @module
 */
export { type ActivationIdentifier, activation, registerActivations, type StringActivation, stringActivations } from './activations.js';
export {
  type ActivationLayerArgs,
  activationLayer,
  type PReLULayerArgs,
  preluLayer,
  RectifiedActivationLayer,
  RectifiedPReLULayer,
  RectifiedSReLULayer,
  register,
  type Shape,
  type SReLULayerArgs,
  sReluLayer,
} from './layers.js';
