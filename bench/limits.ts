// What limits each kernel that misses a target, as measured while tuning the kernels (bench
// runs and scratch loops; see docs/performance.md and the git log of the kernels). render.ts and
// render-simd.ts print the entry of every ✗ row after what the same run measured about it (the
// copy floor, the share of copies, the derivative, the kernel without copies against the peer);
// keys: the kernel for the JavaScript targets, `<kernel> (simd)`, `<kernel> (tfjs-wasm)`,
// `<kernel> (ort)`. A miss with neither says so.

const gatedBackward =
  'writes both halves (n values) and forms both partials, where the forward writes n/2: the 1.5× target was set for elementwise passes';

const FLOAT32_PEER =
  'a float32 kernel four lanes per instruction (XNNPACK in tfjs-backend-wasm, MLAS in onnxruntime-web) against our float64 lanes, two per instruction, which the 1-ulp contract needs: a float32x4 sigmoid measured 1.4 ns/element in the feasibility prototype but 3 ulp; the peers\u2019 own accuracy is in docs/tfjs-accuracy.md (tfjs-wasm: sigmoid 2.95 ulp, softmax 1.85, selu 49)';

export const limits: Readonly<Record<string, string>> = {
  // rectified/simd against the WebAssembly engines: every miss is a float32 op faster than our
  // float64 lanes even without copies (the evidence line before each of these).
  'eluF32 (tfjs-wasm)': FLOAT32_PEER,
  'eluDerivativeF32 (tfjs-wasm)': FLOAT32_PEER,
  'eluBackwardF32 (tfjs-wasm)': FLOAT32_PEER,
  'sigmoidF32 (tfjs-wasm)': FLOAT32_PEER,
  'siluF32 (tfjs-wasm)': FLOAT32_PEER,
  'creluF32 (tfjs-wasm)':
    'crelu has no SIMD kernel yet (it writes 2n values, a shape the module does not stamp): this is the JavaScript kernel, which runs at about the copy loop, against XNNPACK\u2019s relu and concat on the wasm heap',
  'softmaxF32 (tfjs-wasm)': FLOAT32_PEER,
  'softmaxF32 (ort)': FLOAT32_PEER,
  'logSoftmaxF32 (ort)': FLOAT32_PEER,
  'tanhF32 (ort)': FLOAT32_PEER,
  'hardSigmoidF32 (ort)':
    'ours returns the JavaScript kernel\u2019s correctly rounded result bit for bit (float64 lanes, a rounding-boundary check, the exact path for ties); onnxruntime-web computes max(0, min(1, αx + β)) in float32, rounding twice: docs/tfjs-accuracy.md measured TF.js\u2019s float32 hardSigmoid at 1,229 ulp',
  'hardSigmoidF32 (simd)':
    'about 30 SIMD operations per four elements for correct rounding (widening to float64, an error bracket, narrowing, the check) against 2 for relu; every float32 input checked bit-identical to the JavaScript kernel',
  'leakyReluF32 (simd)':
    'the default slope 0.01 is not a float32, so the bit-identical product is formed in float64 lanes (two widenings and a narrowing per four elements)',
  eluF32:
    'an expm1 for every element: the branch-free kernel evaluates the negative piece for positive x too (a branch on the sign mispredicts on random signs)',
  softplusF32: 'log(1 + e^{−|x|}) costs a table exponential and a degree-4+4 log1p step per element, already fused into one table step',
  geluF32:
    'eight coefficient loads per element from the Gaussian tail table (a bundled module-level table is a `var` that V8 reloads and bounds-checks on every access) on top of the exponential',
  creluBackwardF32: 'reads dy of 2n values and x of n against the forward’s n in and 2n out; the forward itself runs at ≈ 1× the copy loop',
  mishBackwardF32: 'mish′ needs a second rational term and a division per element, and the near-root test per pair',
  geluTanhBackwardF32: 'geluTanh′ needs a second polynomial term and a division per element, and the near-root test per pair',
  squareplusBackwardF32:
    'a square root and a division per element; sharing one reciprocal would take the cancelling x < 0 form to ≈ 2⁻²⁸ relative, too close to the 1-ulp contract',
  gluBackwardF32: gatedBackward,
  regluBackwardF32: gatedBackward,
  gegluBackwardF32: gatedBackward,
  gegluTanhBackwardF32: gatedBackward,
  swigluBackwardF32: gatedBackward,
  swigluOssBackwardF32: gatedBackward,
};
