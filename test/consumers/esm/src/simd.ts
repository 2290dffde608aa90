// An ESM app using rectified/simd: init (top-level await), SIMD kernels, the allocator.
import { leakyReluF32 as jsLeakyReluF32, reluF32 as jsReluF32 } from 'rectified';
import { allocF32, creluF32, freeF32, init, leakyReluF32, refreshF32, reluF32, simdKernels, simdStatus, type SimdStatus } from 'rectified/simd';
import { creluF32 as jsCreluF32 } from 'rectified/crelu';

function check(label: string, actual: unknown, expected: unknown): void {
  if (!Object.is(actual, expected)) throw new Error(`${label}: got ${String(actual)}, expected ${String(expected)}`);
}

check('simdStatus() before init', simdStatus(), 'uninitialised');
const status: SimdStatus = await init();
check('await init()', status, 'ready');
check('simdKernels() lists reluF32', simdKernels().includes('reluF32'), true);
check('a kernel without a SIMD form is the JavaScript one', creluF32, jsCreluF32);

const n = 1000;
const x = Float32Array.from({ length: n }, (_, i) => Math.sin(i) * 4);
const out: Float32Array = leakyReluF32(new Float32Array(n), x, 0.1);
const want = jsLeakyReluF32(new Float32Array(n), x, 0.1);
check('leakyReluF32 equals the root kernel', out.every((v, i) => Object.is(v, want[i])), true);

const a = allocF32(n);
const b = refreshF32(a); // the rule after allocations (here the same array)
b.set(x);
reluF32(b, b);
const r = jsReluF32(new Float32Array(n), x);
check('reluF32 in place on an allocF32 array', b.every((v, i) => Object.is(v, r[i])), true);
freeF32(b);

// The declarations are real types: these must be type errors.
// @ts-expect-error init takes options, not a number
void init(1);
// @ts-expect-error the status is one of three strings
const wrong: 'ready' | 'unsupported' = simdStatus();
void wrong;

console.log('rectified/simd esm consumer: ok');
