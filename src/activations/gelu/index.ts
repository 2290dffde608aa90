export * from './gelu.js';
export * from './gelu-tanh.js';
