// Accuracy sweep of the WebAssembly SIMD smooth kernels (assembly/smooth/*.ts) against the
// library's float64 scalars (≤ 4 float64 ulp from exact, independent of the SIMD code) and the
// JS Float32Array kernels, over float32 inputs.
//
// Usage: node scripts/simd-sweep.mjs [--workers N] [--stride S] [--from 0|2^-24] [--only name,name]
//   [--kinds value,slope,backward]
//   (needs `npm install --no-save assemblyscript@~0.28` and a built dist/)
//
// Coverage, for each kernel and both signs (bit patterns of |x|):
//   dense: every S-th float32 (S = --stride, default 1 = all) with |x| < 128 (from ±0, so
//     every subnormal too: 2.25e9 inputs), or with 2⁻²⁴ ≤ |x| < 128 under --from 2^-24
//     (5.2e8; every 64th below);
//   sparse: every 64th float32 from 128 to FLT_MAX (and ±Infinity, NaN);
//   specials: ±0, ±Infinity, NaN, ±min subnormal, ±FLT_MAX, ±1, kinks, roots (SPECIAL below).
// Forward and derivative: result vs Math.fround(scalar(x)); backward: dy cycles through
// DYS element by element (so each dy meets every 4th x), vs Math.fround(dy·scalar′(x)).
// Extra parameter sets (after the first, the default) are swept with stride 16·S.
// Run time on the 2-core development machine: about 25 s per kernel at the default coverage
// (2.28e9 inputs, 2 workers), 25 minutes for all 45 kernels and their parameter sets.
// A result 1 ulp from Math.fround(reference) is not always the kernel's error: where the
// float64 reference lands exactly on a float32 midpoint (e.g. gelu at odd subnormals, where
// Φ(x) = 0.5 to float64 precision), Math.fround double-rounds and the kernel may be the one
// that is correctly rounded.
// Reported: max float32 ulp distance (±0 are one point; a zero of the wrong sign is counted as
// `zeroSign`), the number of results that differ from the JS kernel (NaN = NaN, −0 ≠ +0), and
// special values whose result differs bit for bit from the JS kernel (NaN: any NaN).
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { cpus } from 'node:os';
import { fileURLToPath } from 'node:url';
import { isMainThread, parentPort, Worker, workerData } from 'node:worker_threads';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const WASM = '/tmp/rectified-simd-sweep.wasm';
const DYS = [1, -3.5, 1e-30, 1e30];
const CHUNK = 1 << 20;

/** Families: name, parameter sets (first = default), extra special inputs. */
export const FAMILIES = [
  { name: 'sigmoid', params: [[]], special: [] },
  { name: 'silu', params: [[]], special: [-1.2784645427610737] },
  { name: 'geluTanh', params: [[]], special: [-0.7524614220710163] },
  { name: 'gelu', params: [[]], special: [-0.7517915246935645] },
  { name: 'elu', params: [[1], [0.5], [2], [0]], special: [] },
  {
    name: 'softplus',
    params: [
      [1, Infinity],
      [2, 20],
      [0.5, Infinity],
    ],
    special: [20, 10, 104],
  },
  { name: 'mish', params: [[]], special: [-1.1924312145154952] },
  { name: 'tanh', params: [[]], special: [] },
  // the last β puts βx within 1e−16 of silu′'s root at x = fround(1.1): the root series needs βx's rounding error
  {
    name: 'swish',
    params: [[1], [0.5], [-2], [0], [1.7], [-1.2784645427610737 / Math.fround(1.1)]],
    special: [-1.2784645427610737, 2.5569290855221474, Math.fround(1.1)],
  },
  { name: 'celu', params: [[1], [0.5], [3], [1e-20], [1e25]], special: [1e-30, -1e-30] },
  { name: 'selu', params: [[]], special: [] },
  { name: 'logSigmoid', params: [[]], special: [] },
  { name: 'softsign', params: [[]], special: [] },
  { name: 'hardSwish', params: [[]], special: [3, -3, -1.5] },
  { name: 'squareplus', params: [[4], [1], [0], [1e-30], [1e30]], special: [2048, -2048, 2049, -2049, 1e150, -1e150] },
];

const SPECIAL_COMMON = [
  0,
  -0,
  Infinity,
  -Infinity,
  NaN,
  1.401298464324817e-45,
  -1.401298464324817e-45,
  3.4028234663852886e38,
  -3.4028234663852886e38,
  1,
  -1,
  0.5,
  -0.5,
  2,
  -2,
  1.1754943508222875e-38,
  -1.1754943508222875e-38,
  5.960464477539063e-8,
  -5.960464477539063e-8,
  16,
  -16,
  88,
  -88,
  89,
  -89,
  104,
  -104,
  128,
  -128,
  300,
  -300,
  400,
  -400,
  1e30,
  -1e30,
];

export function compile() {
  execFileSync('npx', ['asc', 'assembly/test-entry.ts', '--enable', 'simd', '-O3', '--runtime', 'stub', '--use', 'abort=', '-o', WASM], {
    cwd: ROOT,
    stdio: 'inherit',
  });
  return readFileSync(WASM);
}

/** Instantiated module, its memory views and four CHUNK-sized scratch arrays (byte offsets). */
export async function instantiate(bytes, chunk = CHUNK) {
  const { instance } = await WebAssembly.instantiate(bytes, {});
  const e = instance.exports;
  const base = e.memory.buffer.byteLength;
  e.memory.grow(Math.ceil((4 * chunk * 4) / 65536) + 1);
  const at = (k) => base + k * chunk * 4;
  const view = (k) => new Float32Array(e.memory.buffer, at(k), chunk);
  return { e, at, view };
}

const f = new Float32Array(1);
const u = new Uint32Array(f.buffer);
function sameResult(a, b) {
  return Object.is(a, b) || (a !== a && b !== b);
}

/** Input bit-pattern ranges [start, end, step] over |x| (both signs are swept). */
function ranges(stride, fromTiny) {
  const LO = fromTiny ? 0x33800000 : 0; // 2^-24 or 0
  const HI = 0x43000000; // 128
  return [
    [0, LO, 64],
    [LO, HI, stride],
    [HI, 0x7f800001, 64],
    [0x7fc00000, 0x7fc00001, 1],
  ].filter(([a, b]) => a < b);
}

/** The chunk list of one sweep: [start, end, step, sign]. */
function chunks(stride, fromTiny) {
  const list = [];
  for (const sign of [0, 0x80000000])
    for (const [s, e, step] of ranges(stride, fromTiny))
      for (let a = s; a < e; a += step * CHUNK) list.push([a, Math.min(e, a + step * CHUNK), step, sign]);
  return list;
}

async function workerMain() {
  const { bytes, family, kind, paramIndex, jobs } = workerData;
  const lib = await import(`${ROOT}dist/index.js`);
  const { e, at, view } = await instantiate(bytes);
  const fam = FAMILIES.find((q) => q.name === family);
  const params = fam.params[paramIndex];
  const name = family + (kind === 'value' ? '' : 'Derivative');
  const ref = lib[name];
  const kernel = e[family + (kind === 'value' ? 'F32' : kind === 'slope' ? 'DerivativeF32' : 'BackwardF32')];
  const js = lib[family + (kind === 'value' ? 'F32' : kind === 'slope' ? 'DerivativeF32' : 'BackwardF32')];
  const X = view(0),
    O = view(1),
    G = view(2);
  const bitsX = new Uint32Array(X.buffer, X.byteOffset, CHUNK);
  const J = new Float32Array(CHUNK);
  const W = new Float32Array(CHUNK);
  const OI = new Int32Array(O.buffer, O.byteOffset, CHUNK),
    JI = new Int32Array(J.buffer),
    WI = new Int32Array(W.buffer);
  const [p0, p1] = params;
  const scalar = params.length === 0 ? (x) => ref(x) : params.length === 1 ? (x) => ref(x, p0) : (x) => ref(x, p0, p1);
  const res = {
    count: 0,
    maxUlp: 0,
    worstX: null,
    worstGot: null,
    worstWant: null,
    ulp1: 0,
    over1: 0,
    zeroSign: 0,
    jsDiff: 0,
    jsDiffExample: null,
  };
  for (const [s, end, step, sign] of jobs) {
    let m = 0;
    for (let b = s; b < end && m < CHUNK; b += step) bitsX[m++] = (b | sign) >>> 0;
    if (kind === 'backward') for (let i = 0; i < m; i++) G[i] = DYS[(i + (s >>> 4)) & 3];
    if (kind === 'backward') e[family + 'BackwardF32'](at(2), at(0), at(1), m, ...params);
    else kernel(at(0), at(1), m, ...params);
    const xs = X.subarray(0, m);
    if (kind === 'backward') js(J.subarray(0, m), G.subarray(0, m), xs, ...params);
    else js(J.subarray(0, m), xs, ...params);
    if (kind === 'backward') for (let i = 0; i < m; i++) W[i] = G[i] * scalar(X[i]);
    else for (let i = 0; i < m; i++) W[i] = scalar(X[i]);
    for (let i = 0; i < m; i++) {
      const bo = OI[i],
        bj = JI[i],
        bw = WI[i];
      if (bo !== bj && !(O[i] !== O[i] && J[i] !== J[i])) {
        res.jsDiff++;
        if (!res.jsDiffExample) res.jsDiffExample = [X[i], O[i], J[i]];
      }
      if (bo === bw) continue;
      const got = O[i],
        want = W[i];
      let d;
      if (got !== got || want !== want) d = got !== got && want !== want ? 0 : Infinity;
      else {
        if (got === 0 && want === 0) res.zeroSign++;
        d = Math.abs((bo < 0 ? -(bo & 0x7fffffff) : bo) - (bw < 0 ? -(bw & 0x7fffffff) : bw));
      }
      if (d === 1) res.ulp1++;
      else if (d > 1) res.over1++;
      if (d > res.maxUlp) Object.assign(res, { maxUlp: d, worstX: X[i], worstGot: got, worstWant: want });
    }
    res.count += m;
  }
  parentPort.postMessage(res);
}

async function specials(bytes, lib, fam, kind, params) {
  const { e, at, view } = await instantiate(bytes, 4096);
  const xs = [...SPECIAL_COMMON, ...fam.special.flatMap((v) => [v, Math.fround(v), -v])];
  // neighbours of the kinks/roots too
  for (const v of fam.special) {
    f[0] = v;
    for (let k = -3; k <= 3; k++) xs.push(new Float32Array(new Uint32Array([u[0] + k]).buffer)[0]);
  }
  const X = view(0),
    O = view(1),
    G = view(2);
  const n = xs.length * (kind === 'backward' ? DYS.length : 1);
  for (let i = 0; i < n; i++) {
    X[i] = xs[i % xs.length];
    G[i] = DYS[Math.floor(i / xs.length)];
  }
  const J = new Float32Array(n);
  const kname = family(fam, kind);
  if (kind === 'backward') {
    e[kname](at(2), at(0), at(1), n, ...params);
    lib[kname](J, G.subarray(0, n), X.subarray(0, n), ...params);
  } else {
    e[kname](at(0), at(1), n, ...params);
    lib[kname](J, X.subarray(0, n), ...params);
  }
  const bad = [];
  for (let i = 0; i < n; i++) if (!sameResult(O[i], J[i])) bad.push(kind === 'backward' ? [G[i], X[i], O[i], J[i]] : [X[i], O[i], J[i]]);
  // Tails and aliasing: every n from 0 to 40 (the tail paths and the pair loop), the result
  // must equal the full-length one, nothing past n may be written, and out = x (backward:
  // dx = dy, dx = x) must give the same results.
  const L = 40,
    S = view(3);
  const xs0 = Float32Array.from({ length: L + 8 }, (_, i) => [...xs, 0.3, -2.5, 7][i % (xs.length + 3)] * (1 + i / 97));
  const gs0 = Float32Array.from({ length: L + 8 }, (_, i) => DYS[i & 3]);
  const call = (xAt, outAt, gAt, m) => (kind === 'backward' ? e[kname](gAt, xAt, outAt, m, ...params) : e[kname](xAt, outAt, m, ...params));
  X.set(xs0);
  G.set(gs0);
  call(at(0), at(1), at(2), L);
  const full = Float32Array.from(O.subarray(0, L));
  for (let m = 0; m <= L; m++) {
    for (const mode of kind === 'backward' ? ['plain', 'dx=dy', 'dx=x'] : ['plain', 'out=x']) {
      X.set(xs0);
      G.set(gs0);
      O.fill(12345);
      let res;
      if (mode === 'plain') {
        call(at(0), at(1), at(2), m);
        res = O;
      } else if (mode === 'out=x') {
        call(at(0), at(0), at(2), m);
        res = X;
      } else if (mode === 'dx=dy') {
        call(at(0), at(2), at(2), m);
        res = G;
      } else {
        call(at(0), at(0), at(2), m);
        res = X;
      }
      for (let i = 0; i < m; i++) if (!sameResult(res[i], full[i])) bad.push([`n=${m} ${mode} [${i}]`, res[i], full[i]]);
      const untouched = mode === 'plain' ? O : res;
      const orig = mode === 'plain' ? null : mode === 'dx=dy' ? gs0 : xs0;
      for (let i = m; i < m + 8; i++) {
        const want = orig ? orig[i] : 12345;
        if (!sameResult(untouched[i], want)) bad.push([`n=${m} ${mode} wrote [${i}]`, untouched[i], want]);
      }
    }
  }
  void S;
  return { n, bad };
}

function family(fam, kind) {
  return fam.name + (kind === 'value' ? 'F32' : kind === 'slope' ? 'DerivativeF32' : 'BackwardF32');
}

async function main() {
  const args = process.argv.slice(2);
  const opt = (k, d) => (args.includes(k) ? args[args.indexOf(k) + 1] : d);
  const workers = +opt('--workers', Math.max(1, cpus().length));
  const stride = +opt('--stride', 1);
  const only = opt('--only', null)?.split(',');
  const kinds = opt('--kinds', 'value,slope,backward').split(',');
  const fromTiny = opt('--from', '0') === '2^-24';
  const bytes = compile();
  const lib = await import(`${ROOT}dist/index.js`);
  const { e } = await instantiate(bytes, 16);
  let failed = false;
  for (const fam of FAMILIES) {
    if (only && !only.includes(fam.name)) continue;
    if (!e[fam.name + 'F32']) continue;
    for (const kind of kinds) {
      fam.params.forEach(() => {});
      for (let pi = 0; pi < fam.params.length; pi++) {
        const params = fam.params[pi];
        const t0 = performance.now();
        const list = chunks(pi === 0 ? stride : stride * 16, fromTiny);
        const parts = await Promise.all(
          Array.from(
            { length: workers },
            (_, w) =>
              new Promise((resolve, reject) => {
                const wk = new Worker(fileURLToPath(import.meta.url), {
                  workerData: { bytes, family: fam.name, kind, paramIndex: pi, jobs: list.filter((_, j) => j % workers === w) },
                });
                wk.on('message', resolve);
                wk.on('error', reject);
              }),
          ),
        );
        const r = parts.reduce((a, b) => {
          const m = b.maxUlp > a.maxUlp ? b : a;
          return {
            ...m,
            count: a.count + b.count,
            ulp1: a.ulp1 + b.ulp1,
            over1: a.over1 + b.over1,
            zeroSign: a.zeroSign + b.zeroSign,
            jsDiff: a.jsDiff + b.jsDiff,
            jsDiffExample: a.jsDiffExample ?? b.jsDiffExample,
          };
        });
        const sp = await specials(bytes, lib, fam, kind, params);
        const ok = r.maxUlp <= 1 && r.zeroSign === 0 && sp.bad.length === 0;
        failed ||= !ok;
        const label = `${family(fam, kind)}(${params.join(', ')})`;
        console.log(
          `${ok ? 'ok  ' : 'FAIL'} ${label.padEnd(36)} n=${r.count} maxUlp=${r.maxUlp} ulp1=${r.ulp1} >1=${r.over1} zeroSign=${r.zeroSign} ` +
            `jsDiff=${r.jsDiff} specials=${sp.n - sp.bad.length}/${sp.n} ${((performance.now() - t0) / 1000).toFixed(0)}s` +
            (r.maxUlp > 0 ? ` worst x=${r.worstX} got=${r.worstGot} want=${r.worstWant}` : '') +
            (r.jsDiffExample ? ` jsDiffEx=${JSON.stringify(r.jsDiffExample)}` : '') +
            (sp.bad.length ? ` badSpecials=${JSON.stringify(sp.bad.slice(0, 6).map((a) => a.map(String)))}` : ''),
        );
      }
    }
  }
  process.exitCode = failed ? 1 : 0;
}

if (!isMainThread) await workerMain();
else if (process.argv[1] === fileURLToPath(import.meta.url)) await main();
