/**
 * WebAssembly SIMD kernels: every Float32Array kernel of `rectified` (`reluF32`,
 * `reluDerivativeF32`, `reluBackwardF32`, … including the gated, row-wise and per-channel ones),
 * with the same names, arguments, checks, errors and results, computed four lanes at a time by a
 * small WebAssembly module (embedded as base64: no file to serve, no bundler or loader setup).
 *
 * ```ts
 * import { init, reluF32, leakyReluBackwardF32 } from 'rectified/simd';
 *
 * await init(); // once, anywhere: 'ready', or 'unsupported' (then everything runs in JavaScript)
 * reluF32(out, x); // as rectified's reluF32
 * ```
 *
 * **Initialisation.** Importing compiles nothing (the package has no side effects). {@link init}
 * compiles the module asynchronously and returns one promise for every call; {@link initSync}
 * compiles synchronously (Node, workers; Chromium before 114 refuses a module over 4 KiB on the
 * main thread). Neither throws: without WebAssembly SIMD (feature-tested with
 * `WebAssembly.validate`), or where compilation is refused (a Content-Security-Policy without
 * `'wasm-unsafe-eval'`), the status becomes `'unsupported'`. Before initialisation, and for good
 * when unsupported, every kernel runs its JavaScript form, so code works in every state;
 * {@link simdStatus} says which. `init({ disable: true })` forces the JavaScript path.
 *
 * **Which kernels.** {@link simdKernels} lists the kernels the module has, each as forward,
 * derivative and backward: the piecewise ones (relu, leakyRelu, prelu with a scalar weight,
 * relu6, hardTanh, hardSigmoid, threshold, heaviside, shiftedRelu, softshrink, hardshrink,
 * sparsePlus), which give the JavaScript kernels' results bit for bit, and the smooth ones
 * (sigmoid, silu, swish, elu, celu, selu, tanh, gelu, geluTanh, mish, softplus, logSigmoid,
 * softsign, hardSwish, squareplus), computed in
 * float64 lanes with range reduction and polynomials (no table lookups) and rounded once: within
 * 1 float32 ulp of the exact value, like the JavaScript kernels (checked against the same
 * fixtures, and swept over every float32 of |x| < 128 while they were written), with NaN, ±0 and
 * ±Infinity exactly as theirs; elsewhere the two may differ in the last bit. The row-wise ones:
 * softmax, logSoftmax and logSumExp with their backward passes (same row statistics as the
 * JavaScript kernels: the max subtracted, its own term kept out of the sum, compensated row sums;
 * within 1 float32 ulp, special rows — a NaN, a +∞, only −∞ — exactly as theirs), and maxout's
 * three kernels (bit for bit; groups of 4 vectorised). Every other export *is* the JavaScript
 * kernel of `rectified` (crelu, the gated units, sShapedRelu, rrelu, tanhshrink, …).
 * A SIMD kernel also runs the JavaScript one for arrays shorter than 16 elements (where the call
 * into WebAssembly costs more than it saves), for a Float32Array parameter (prelu's per-channel
 * weight, weightGrad), for a parameter given as −0, and, for the row-wise kernels, for rows (or
 * groups) longer than 4096 elements unless every array comes from {@link allocF32}, and for rows
 * along another axis (an `innerSize` other than 1: the JavaScript kernels' block walk already
 * reads memory in order, and the module's kernels take contiguous rows). softmin and hardmax are
 * the JavaScript kernels.
 *
 * **Arrays.** Any Float32Arrays work, with the JavaScript kernels' aliasing rules (`out` may be
 * `x`, `dx` may be `dy` or `x`, partially overlapping views give the non-overlapping result):
 * they are copied into the module's memory 4096 elements at a time, computed, and copied out.
 * Arrays from {@link allocF32} live in that memory and are computed in place, without copies —
 * with one rule: an allocF32 that grows the memory detaches every earlier view on it, so take a
 * fresh view with {@link refreshF32} (a SIMD kernel given a stale or freed view throws a
 * TypeError saying so). {@link freeF32} returns a block for reuse. Allocate up front where you
 * can: the first time any ArrayBuffer in a JavaScript process is detached (a WebAssembly memory
 * growing, here or in TF.js's or ONNX Runtime's wasm backends), V8 stops assuming buffers are never
 * detached, and every optimised typed-array loop in the page runs slower from then on (a plain
 * copy loop measured 0.9 → 1.2 ns/element); copying through the module's fixed scratch memory
 * never grows it.
 *
 * @module simd
 * @category WebAssembly
 */
import { WASM_KERNELS } from './wasm-module.generated.js';

export { allocF32, freeF32, refreshF32 } from './heap.js';
export * from './kernels.generated.js';
export { type InitOptions, init, initSync, type SimdStatus, simdStatus } from './runtime.js';

/**
 * The kernels this build runs with WebAssembly SIMD once {@link simdStatus} is `'ready'`,
 * sorted by name; every other kernel of rectified/simd is the JavaScript kernel.
 *
 * @returns the kernels' names, e.g. `'reluF32'`, `'reluDerivativeF32'`, `'reluBackwardF32'`
 * @example
 * simdKernels().includes('reluBackwardF32') //=> true
 * simdKernels().includes('softmaxF32') //=> true
 * simdKernels().includes('creluF32') //=> false
 * @category WebAssembly
 */
export function simdKernels(): string[] {
  return Object.keys(WASM_KERNELS).sort();
}
