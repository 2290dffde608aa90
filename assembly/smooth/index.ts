// Every smooth-activation WebAssembly SIMD kernel, under the JS kernel's name (ABI: pointers to
// 16-byte-aligned float32 data, n ≥ 0, then the JS kernel's numeric parameters as f64).
export * from './sigmoid';
export * from './silu';
export * from './gelu-tanh';
export * from './gelu';
export * from './elu';
export * from './softplus';
export * from './mish';
export * from './tanh';
export * from './swish';
export * from './celu';
export * from './selu';
export * from './log-sigmoid';
export * from './softsign';
export * from './hard-swish';
export * from './squareplus';
