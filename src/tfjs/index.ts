/**
 * rectified's activations as TensorFlow.js ops: `rtf.gelu(x)`, `rtf.squareplus(x, b)`,
 * `rtf.swiglu(x)`, `rtf.prelu(x, alpha)`, … each a registered kernel (the library's Float32Array
 * kernel on the cpu backend's arrays or the wasm backend's heap, a read-back elsewhere) with its
 * gradient registered, so `tf.grad`, `tf.variableGrads` and the optimizers work. Needs the
 * optional peer `@tensorflow/tfjs-core`; the root and the activation subpaths never load it.
 * See docs/tfjs.md.
 *
 * @module
 */
export * from './ops.js';
export * from './ops-gated.js';
export * from './ops-modern.js';
export * from './ops-rows.js';
export * from './ops-shrinkage.js';
export { snake, snakeBeta } from './ops-snake.js';
export * from './ops-sparsemax.js';
export type { SpecName } from './specs.js';
export { prelu, type SShapedReluTensors, sShapedRelu } from './weighted.js';
