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
export { activation, registerActivations, stringActivations, type ActivationIdentifier, type StringActivation } from './activations.js';
export {
  activationLayer, preluLayer, register, RectifiedActivationLayer, RectifiedPReLULayer, RectifiedSReLULayer, sReluLayer,
  type ActivationLayerArgs, type PReLULayerArgs, type SReLULayerArgs, type Shape,
} from './layers.js';
