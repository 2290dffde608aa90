// The piecewise-linear kernels: comparisons, selections and products, bit-identical to the
// JavaScript kernels (NaN, ±0 and ±Infinity included).
export * from './rectifiers/relu';
export * from './rectifiers/leaky';
export * from './rectifiers/clamp';
export * from './rectifiers/step';
export * from './rectifiers/hard-sigmoid';
