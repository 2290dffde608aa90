// rectified/tfjs-layers: rectified's activations in @tensorflow/tfjs-layers models, as activation
// strings (activation('gelu')) and layers (activationLayer, preluLayer, sReluLayer), all
// registered with tf.serialization so that saved models load again. Its own subpath because
// tfjs-layers is a second optional peer: rectified/tfjs needs tfjs-core only.
export { activation, registerActivations, stringActivations, type ActivationIdentifier, type StringActivation } from './activations.js';
export {
  activationLayer, preluLayer, register, RectifiedActivationLayer, RectifiedPReLULayer, RectifiedSReLULayer, sReluLayer,
  type ActivationLayerArgs, type PReLULayerArgs, type SReLULayerArgs,
} from './layers.js';
