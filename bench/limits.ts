// What limits each kernel that misses an issue-9 target, as measured while tuning the kernels
// (bench runs and scratch loops; see the git log of src/internal/fast-exp32.ts and the kernels).
// render.ts prints the entry of every ✗ row; a miss without an entry says so.

const gatedBackward =
  'writes both halves (n values) and forms both partials, where the forward writes n/2: the 1.5× target was set for elementwise passes';

export const limits: Readonly<Record<string, string>> = {
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
  'eluF32 (tfjs-wasm)':
    'tfjs-backend-wasm’s elu is SIMD C (4 lanes); its own time swings between runs (≈ 1.3 ns/element in some, ≈ 5.7 in others, where eluF32 is 0.75× of it) while eluF32 stays at ≈ 4.3',
  'eluDerivativeF32 (tfjs-wasm)': 'as eluF32 against tfjs-wasm: SIMD C for the gradient, with the same run-to-run swings',
  'eluBackwardF32 (tfjs-wasm)': 'as eluF32 against tfjs-wasm: SIMD C for the gradient, with the same run-to-run swings',
};
