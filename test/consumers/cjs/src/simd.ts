// A CommonJS app using rectified/simd: initSync, SIMD kernels, the allocator, and init's promise.
import { leakyReluF32 as jsLeakyReluF32, reluF32 as jsReluF32 } from 'rectified';
import { allocF32, creluF32, freeF32, init, initSync, leakyReluF32, refreshF32, reluF32, simdKernels, simdStatus } from 'rectified/simd';
import { creluF32 as jsCreluF32 } from 'rectified/crelu';

function check(label: string, actual: unknown, expected: unknown): void {
  if (!Object.is(actual, expected)) throw new Error(`${label}: got ${String(actual)}, expected ${String(expected)}`);
}

check('simdStatus() before init', simdStatus(), 'uninitialised');
check('initSync()', initSync(), 'ready');
check('simdKernels() lists reluF32', simdKernels().includes('reluF32'), true);
check('a kernel without a SIMD form is the JavaScript one', creluF32, jsCreluF32);

const n = 1000;
const x = Float32Array.from({ length: n }, (_, i) => Math.sin(i) * 4);
const out: Float32Array = leakyReluF32(new Float32Array(n), x, 0.1);
const want = jsLeakyReluF32(new Float32Array(n), x, 0.1);
check('leakyReluF32 equals the root kernel', out.every((v, i) => Object.is(v, want[i])), true);

const a = refreshF32(allocF32(n));
a.set(x);
reluF32(a, a);
const r = jsReluF32(new Float32Array(n), x);
check('reluF32 in place on an allocF32 array', a.every((v, i) => Object.is(v, r[i])), true);
freeF32(a);

// @ts-expect-error initSync returns the status, not a promise
void initSync().then;

init().then((status) => {
  check('init() after initSync()', status, 'ready');
  console.log('rectified/simd cjs consumer: ok');
});
