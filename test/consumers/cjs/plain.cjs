// Plain CommonJS, no TypeScript: require the root and subpaths.
'use strict';
const assert = require('node:assert/strict');
const rectified = require('rectified');
const { gelu, geluTanh: notInGelu } = require('rectified/gelu');
const { geluTanh } = require('rectified/geluTanh');
const { leakyRelu } = require('rectified/leakyRelu');
const kebab = require('rectified/leaky-relu');

assert.equal(rectified.relu(-2), 0);
assert.equal(rectified.softplus(1000), 1000);
assert.equal(gelu(-10), -7.619853024160525e-23);
assert.equal(geluTanh(0), 0);
assert.equal(leakyRelu(-1), -0.01);
assert.equal(notInGelu, undefined, 'rectified/gelu exports the exact gelu only');
assert.equal(kebab.leakyRelu, leakyRelu, 'the kebab-case alias is the same module');
assert.equal(require('rectified/gelu-tanh').geluTanh, geluTanh);
assert.equal(rectified.gelu, gelu, 'root and subpath share one CJS module');
assert.equal(require('rectified/package.json').name, 'rectified');
assert.throws(() => require('rectified/dist/relu.cjs'), { code: 'ERR_PACKAGE_PATH_NOT_EXPORTED' });
const simd = require('rectified/simd');
assert.equal(simd.simdStatus(), 'uninitialised');
assert.equal(simd.initSync(), 'ready');
const x = Float32Array.from({ length: 300 }, (_, i) => i - 150);
assert.deepEqual(simd.reluF32(new Float32Array(300), x), rectified.reluF32(new Float32Array(300), x));
assert.equal(simd.creluF32, rectified.creluF32, 'a kernel without a SIMD form is the root one');
console.log('rectified plain require: ok');
