export * from './activations/index.js';
