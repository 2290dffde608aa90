// Test-only entry (scripts/simd-sweep.mjs, scripts/simd-bench.mjs): the smooth kernels alone.
export * from './smooth/index';
