// The row-wise WebAssembly SIMD kernels (softmax, logSoftmax, logSumExp and their backward
// passes), run a whole number of rows at a time by src/simd/rows.ts. ABI: as assembly/index.ts,
// with two parameters after n: rowSize (f64, validated, dividing n) and tmp, the address of
// 16 KiB of scratch apart from the arrays (scratch chunk B):
//   fooF32(x, out, n, rowSize, tmp)            fooBackwardF32(dy, x, dx, n, rowSize, tmp)
// logSumExp's out and its backward pass's dy hold one value per row; dy must not overlap dx.
export * from './softmax';
export * from './backward';
export * from './maxout';
