// Speed of the WebAssembly SIMD smooth kernels against the JS Float32Array kernels, n = 1e6
// (uniform on [−8, 8), bench/kernels.ts's makeInput), data already in wasm memory for the wasm
// kernels; ns/element as the median and the minimum of ROUNDS alternating runs in one process,
// after warm-up (the minimum is the steadier figure on a shared machine).
// Usage: node scripts/simd-bench.mjs [--only name,name] [--rounds R] [--n N]
import { compile, FAMILIES, instantiate } from './simd-sweep.mjs';

const args = process.argv.slice(2);
const opt = (k, d) => (args.includes(k) ? args[args.indexOf(k) + 1] : d);
const only = opt('--only', null)?.split(',');
const ROUNDS = +opt('--rounds', 31);
const N = +opt('--n', 1e6);
const lib = await import('../dist/index.js');
const { e, at, view } = await instantiate(compile(), N);
const X = view(0),
  G = view(2);
let s = 0x9e3779b9 | 0;
for (let i = 0; i < N; i++) {
  s ^= s << 13;
  s ^= s >>> 17;
  s ^= s << 5;
  X[i] = ((s >>> 0) / 4294967296) * 16 - 8;
  G[i] = 1 - ((s >>> 7) & 1) * 2.5;
}
const xs = Float32Array.from(X.subarray(0, N)),
  gs = Float32Array.from(G.subarray(0, N));
const out = new Float32Array(N);

function timeIt(fn) {
  const t0 = process.hrtime.bigint();
  fn();
  return Number(process.hrtime.bigint() - t0) / N;
}
const median = (a) => a.slice().sort((p, q) => p - q)[a.length >> 1];
const rows = [];
for (const fam of FAMILIES) {
  if (only && !only.includes(fam.name)) continue;
  if (!e[fam.name + 'F32']) continue;
  const p = fam.params[0];
  for (const [suffix, w, j] of [
    ['F32', () => e[fam.name + 'F32'](at(0), at(1), N, ...p), () => lib[fam.name + 'F32'](out, xs, ...p)],
    ['DerivativeF32', () => e[fam.name + 'DerivativeF32'](at(0), at(1), N, ...p), () => lib[fam.name + 'DerivativeF32'](out, xs, ...p)],
    [
      'BackwardF32',
      () => e[fam.name + 'BackwardF32'](at(2), at(0), at(1), N, ...p),
      () => lib[fam.name + 'BackwardF32'](out, gs, xs, ...p),
    ],
  ]) {
    for (let i = 0; i < 10; i++) {
      w();
      j();
    }
    const tw = [],
      tj = [];
    for (let r = 0; r < ROUNDS; r++) {
      tw.push(timeIt(w));
      tj.push(timeIt(j));
    }
    const mw = median(tw),
      mj = median(tj),
      lw = Math.min(...tw),
      lj = Math.min(...tj);
    rows.push([fam.name + suffix, mw, mj]);
    console.log(
      `${(fam.name + suffix).padEnd(26)} median wasm ${mw.toFixed(2)} js ${mj.toFixed(2)} ratio ${(mw / mj).toFixed(2)} | ` +
        `min wasm ${lw.toFixed(2)} js ${lj.toFixed(2)} ratio ${(lw / lj).toFixed(2)}`,
    );
  }
}
