// Exhaustive check of the bit-identical WebAssembly SIMD kernels (assembly/rectifiers): every
// float32 bit pattern (2^32 inputs, NaNs and ±Infinity included) through the rectified/simd kernel
// and the JavaScript kernel of the root, compared bit for bit (any NaN equals any NaN: payloads
// may differ). Backward: dy cycles through DYS element by element, so every dy meets every x of
// a residue class mod 5, and the five classes are covered once each over five passes when
// --full-backward is given (otherwise one pass).
//
// Usage: npx tsx scripts/simd-exact-sweep.ts name[:p0,p1] … [--kinds value,slope,backward]
//   e.g. hardSigmoid hardSigmoid:0.2,0.5 softshrink:0.3
// Prints, per kernel, the number of inputs and of disagreements with the first few of them;
// exits 1 on any disagreement. Run time at the defaults: seconds per piecewise kernel, about a
// minute for hardSigmoid (its JavaScript kernel's exact affine step is the slow side).
import * as js from '../src/index.js';
import * as simd from '../src/simd/index.js';

type Kernel = (...args: unknown[]) => Float32Array;
const DYS = [1, -3.5, 1e-30, 1e30, -0];
const CHUNK = 1 << 22;

const args = process.argv.slice(2);
const kindsAt = args.indexOf('--kinds');
const kinds = kindsAt >= 0 ? args[kindsAt + 1]!.split(',') : ['value', 'slope', 'backward'];
const fullBackward = args.includes('--full-backward');
const specs = args.filter((a, i) => !a.startsWith('--') && (kindsAt < 0 || i !== kindsAt + 1));

if (simd.initSync() !== 'ready') throw new Error('rectified/simd is not ready here');
// Allocating may grow the module's memory and detach the earlier views: refresh them all after.
const blocks = [simd.allocF32(CHUNK), simd.allocF32(CHUNK), simd.allocF32(CHUNK)];
const [x, dy, got] = blocks.map((b) => simd.refreshF32(b)) as [Float32Array, Float32Array, Float32Array];
const want = new Float32Array(CHUNK);
const xb = new Uint32Array(x.buffer, x.byteOffset, CHUNK);
const gotBits = new Uint32Array(got.buffer, got.byteOffset, CHUNK);
const wantBits = new Uint32Array(want.buffer);
const dyPlain = new Float32Array(CHUNK);

let failed = false;
for (const spec of specs) {
  const [name, list] = spec.split(':') as [string, string | undefined];
  const params = list ? list.split(',').map(Number) : [];
  for (const kind of kinds) {
    const kernel = `${name}${kind === 'value' ? '' : kind === 'slope' ? 'Derivative' : 'Backward'}F32`;
    const s = (simd as unknown as Record<string, Kernel>)[kernel];
    const j = (js as unknown as Record<string, Kernel>)[kernel];
    if (!s || !j || !simd.simdKernels().includes(kernel)) throw new Error(`${kernel} has no SIMD form`);
    const passes = kind === 'backward' && fullBackward ? DYS.length : 1;
    const bad: string[] = [];
    let count = 0;
    let mismatches = 0;
    const started = performance.now();
    for (let pass = 0; pass < passes; pass++) {
      for (let start = 0; start < 2 ** 32; start += CHUNK) {
        for (let i = 0; i < CHUNK; i++) xb[i] = start + i;
        if (kind === 'backward') {
          for (let i = 0; i < CHUNK; i++) dy[i] = DYS[(start + i + pass) % DYS.length]!;
          dyPlain.set(dy);
          s(got, dy, x, ...params);
          j(want, dyPlain, x, ...params);
        } else {
          s(got, x, ...params);
          j(want, x, ...params);
        }
        for (let i = 0; i < CHUNK; i++) {
          if (gotBits[i] === wantBits[i] || (got[i] !== got[i] && want[i] !== want[i])) continue;
          mismatches++;
          if (bad.length < 5)
            bad.push(
              `x=${x[i]}${kind === 'backward' ? ` dy=${dy[i]}` : ''}: simd ${Object.is(got[i], -0) ? '-0' : got[i]}, js ${Object.is(want[i], -0) ? '-0' : want[i]}`,
            );
        }
        count += CHUNK;
      }
    }
    const secs = ((performance.now() - started) / 1000).toFixed(1);
    console.log(
      `${kernel}(${params.join(', ')}): ${count} inputs, ${mismatches} differ (${secs} s)${bad.length ? `\n  ${bad.join('\n  ')}` : ''}`,
    );
    if (mismatches > 0) failed = true;
  }
}
process.exit(failed ? 1 : 0);
