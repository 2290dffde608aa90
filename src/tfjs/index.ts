// rectified/tfjs: rectified's activations as TensorFlow.js ops with registered kernels and
// gradients. @tensorflow/tfjs-core is an optional peer dependency, imported only from this
// subpath: the root and the activation subpaths never load TF.js.
export * from './ops.js';
export { prelu, sShapedRelu, type SShapedReluTensors } from './weighted.js';
