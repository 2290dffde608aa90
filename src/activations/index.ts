// Barrel: one line per activation folder (test/exports.test.ts checks that none is missing).
export * from './crelu/crelu.js';
export * from './elu/elu.js';
export * from './gelu/index.js';
export * from './leaky-relu/leaky-relu.js';
export * from './mish/mish.js';
export * from './prelu/prelu.js';
export * from './relu/relu.js';
export * from './sigmoid/sigmoid.js';
export * from './silu/silu.js';
export * from './softplus/softplus.js';
export * from './squareplus/squareplus.js';
