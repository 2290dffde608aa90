// The entry of the WebAssembly module (scripts/build-wasm.mjs compiles it with asc --enable simd
// -O3 --runtime stub --use abort=). Every export named after a Float32Array kernel of rectified
// (`reluF32`, `reluDerivativeF32`, `reluBackwardF32`, …) is picked up by src/simd: it runs in
// place of the JavaScript kernel once the module is initialised.
//
// The ABI of a kernel:
//   unary     fooF32(x: usize, out: usize, n: i32, p0: f64, p1: f64, …): void
//             fooDerivativeF32(x, out, n, p0, …)
//   backward  fooBackwardF32(dy: usize, x: usize, dx: usize, n: i32, p0: f64, …): void
// Pointers are byte addresses in this module's memory, 16-byte aligned; n ≥ 0 (kernels handle
// the tail); out may equal x, dx may equal dy or x, and there is no other overlap. The p are the
// JavaScript kernel's numeric parameters in order, already validated, never −0. Kernels never
// allocate: the JavaScript side owns all memory from heapBase() up.
export * from './rectifiers';
export * from './smooth/index';
export * from './rows/index';
export * from './rectifiers/shrink';
export * from './rectifiers/sparse-plus';

/** The first byte after the module's static data: src/simd's scratch and heap start here. */
export function heapBase(): usize {
  return __heap_base;
}
