// `npm run bench [-- --quick] [-- --only=relu,gelu] [-- --no-tfjs]`: times every Float32Array
// forward, derivative and backward kernel and writes bench/RESULTS.md with its raw figures in
// bench/RESULTS.json (a quick or --only run: bench/RESULTS.partial.md and .json). Not part of
// `npm test`. `-- --render` rewrites RESULTS.md from RESULTS.json without timing anything (after
// a change to render.ts or limits.ts: the figures stay those of the run). `-- --add=snake,xielu`
// times the named activations with the full run's settings and puts their rows into RESULTS.md
// and RESULTS.json in place of (or beside) that run's: every ratio of a row is still taken in
// one child process, and the header names the added rows with their own date and load.
//
// Each activation runs in its own child process (worker.ts) so that JIT state cannot leak
// between activations: a one-process harness once saw preluBackwardF32 at 77× the copy loop,
// 7 ns/element when run alone. Each child times its own copy-loop baseline before and after the
// library kernels, so every ratio compares medians taken in the same process minutes apart at
// most, and the drift between the two copy runs shows how noisy the machine was.
import { spawn } from 'node:child_process';
import { existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { arch, cpus, loadavg, type as osType, release, tmpdir, totalmem } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { buildSync } from 'esbuild';
import { activationNames, activations } from './kernels.js';
import { onnxOpDescriptions, onnxVersion } from './onnx.js';
import { type RunInfo, render, sizeLabel } from './render.js';
import { buildGradientBundle, tfjsOpDescriptions, tfjsVersions } from './tfjs.js';
import { resultMarker, type WasmVariant, type WorkerConfig, type WorkerResult } from './types.js';

const here = dirname(fileURLToPath(import.meta.url));
const args = process.argv.slice(2);
if (args.includes('--render')) {
  const info = JSON.parse(readFileSync(join(here, 'RESULTS.json'), 'utf8')) as RunInfo;
  writeFileSync(join(here, 'RESULTS.md'), render(info) + '\n');
  console.log(`rewrote ${join(here, 'RESULTS.md')} from RESULTS.json`);
  process.exit(0);
}
const quick = args.includes('--quick');
const withTfjs = !args.includes('--no-tfjs');
const withOrt = !args.includes('--no-ort');
const only = args
  .find((a) => a.startsWith('--only='))
  ?.slice('--only='.length)
  .split(',');
const add = args
  .find((a) => a.startsWith('--add='))
  ?.slice('--add='.length)
  .split(',');
if (add !== undefined && (quick || only !== undefined || !withTfjs || !withOrt)) {
  throw new Error("--add times with the full run's settings and peers: not with --quick, --only, --no-tfjs or --no-ort");
}
for (const name of add ?? only ?? []) {
  if (!activationNames.includes(name))
    throw new RangeError(`unknown activation ${JSON.stringify(name)} (bench/kernels.ts lists ${activationNames.length})`);
}
const names = add ?? only ?? [...activationNames];

const timing = quick
  ? { minCpuTimeMs: 100, minSamples: 4, warmupMs: 20, sampleTargetMs: 1 }
  : { minCpuTimeMs: 400, minSamples: 10, warmupMs: 100, sampleTargetMs: 2 };

let gradientBundle: string | null = null;
let gradientNote = 'tf.grad not timed (--no-tfjs).';
if (withTfjs) {
  try {
    gradientBundle = buildGradientBundle();
    gradientNote = 'backward (and derivative) rows compare with tf.grad(op)(x, dy) end to end (x and dy to tensors, grad, dataSync).';
  } catch (e) {
    gradientNote = `tf.grad not timed: bundling tfjs-core's gradients failed (${e instanceof Error ? e.message : String(e)}).`;
  }
}
const config: WorkerConfig = {
  sizes: quick ? [1e4, 1e6] : [1e3, 1e4, 1e5, 1e6],
  small: [16, 256],
  ...timing,
  tfjs: withTfjs,
  ort: withOrt,
  gradientBundle,
};

// The library as an application bundles it (see kernels.ts): esbuild, one ESM module, not minified.
const libraryBundle = join(tmpdir(), `rectified-bench-library-${process.pid}.mjs`);
buildSync({
  entryPoints: [join(here, '../src/index.ts')],
  bundle: true,
  format: 'esm',
  platform: 'neutral',
  outfile: libraryBundle,
  logLevel: 'error',
});
// rectified/simd likewise (its wasm module is embedded as base64 in the bundle).
const simdBundle = join(tmpdir(), `rectified-bench-simd-${process.pid}.mjs`);
const simdEntry = join(here, '../src/simd/index.ts');
const withSimd = existsSync(simdEntry);
if (withSimd)
  buildSync({ entryPoints: [simdEntry], bundle: true, format: 'esm', platform: 'neutral', outfile: simdBundle, logLevel: 'error' });
const childEnv = {
  ...process.env,
  RECTIFIED_BENCH_LIBRARY: pathToFileURL(libraryBundle).href,
  ...(withSimd ? { RECTIFIED_BENCH_SIMD: pathToFileURL(simdBundle).href } : {}),
};

function runChild(name: string): Promise<WorkerResult> {
  const argv = ['--expose-gc', '--import', 'tsx', join(here, 'worker.ts'), name, JSON.stringify(config)];
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, argv, { stdio: ['ignore', 'pipe', 'pipe'], env: childEnv });
    let out = '';
    let err = '';
    child.stdout.on('data', (d: Buffer) => {
      out += d.toString();
    });
    child.stderr.on('data', (d: Buffer) => {
      err += d.toString();
    });
    child.on('error', reject);
    child.on('close', (code) => {
      const line = out.split('\n').find((l) => l.startsWith(resultMarker));
      if (code === 0 && line !== undefined) return resolve(JSON.parse(line.slice(resultMarker.length)) as WorkerResult);
      // The wasm backend's emscripten glue prints whole minified sources in stack traces: keep it short.
      const tail = err
        .trim()
        .split('\n')
        .slice(-6)
        .map((l) => l.slice(0, 200))
        .join(' / ');
      reject(new Error(`exit code ${String(code)}: ${tail}`));
    });
  });
}

const started = new Date();
const loadAtStart = loadavg()
  .map((l) => l.toFixed(2))
  .join(' ');
const t0 = performance.now();
const results: WorkerResult[] = [];
const failures: string[] = [];
for (const [i, name] of names.entries()) {
  try {
    const r = await runChild(name);
    results.push(r);
    if (r.tfjsError !== null) failures.push(`${name}: ${r.tfjsError}`);
    if (r.ortError !== null) failures.push(`${name}: ${r.ortError}`);
    if (r.leakedTensors !== 0) failures.push(`${name}: ${r.leakedTensors} tfjs tensors leaked`);
    console.log(`[${i + 1}/${names.length}] ${name}: ${r.seconds.toFixed(1)} s`);
  } catch (e) {
    failures.push(`${name}: child failed — ${e instanceof Error ? e.message : String(e)}`);
    console.log(`[${i + 1}/${names.length}] ${name}: FAILED`);
  }
}
const seconds = (performance.now() - t0) / 1e3;
rmSync(libraryBundle, { force: true });
rmSync(simdBundle, { force: true });

const wasm: WasmVariant | null = results.find((r) => r.wasm !== null)?.wasm ?? null;
const versions = withTfjs ? tfjsVersions() : {};
const wasmText = !withTfjs
  ? 'not run (--no-tfjs)'
  : wasm === null
    ? 'did not load (see failures)'
    : `${wasm.binary} (SIMD ${wasm.simd ? 'yes' : 'no'}, multithreading ${wasm.multithread ? `yes, ${wasm.threads} threads` : 'no: single-threaded'})`;
// Array layouts that are not plain elementwise (kernels.ts notes), one line per distinct layout.
const described = add === undefined ? names : [...activationNames];
const layouts = new Map<string, string[]>();
for (const a of activations) {
  if (a.note !== null && described.includes(a.name)) layouts.set(a.note, [...(layouts.get(a.note) ?? []), a.name]);
}
const layoutText = [...layouts].map(([note, who]) => `${who.join(', ')}: ${note}`).join('; ');
const cpu = cpus();
const header = [
  '# Benchmark results',
  '',
  `- Machine: ${cpu[0]?.model ?? 'unknown'}, ${cpu.length} logical cores, ${(totalmem() / 2 ** 30).toFixed(1)} GiB; ${osType()} ${release()} ${arch()}; load average at start ${loadavg()
    .map((l) => l.toFixed(2))
    .join(' ')}`,
  `- Node ${process.version} (V8 ${process.versions.v8})`,
  `- Date: ${started.toISOString()}; ${quick ? 'quick run (`npm run bench -- --quick`)' : 'full run (`npm run bench`)'}, ${seconds.toFixed(0)} s`,
  `- TF.js: ${
    Object.entries(versions)
      .map(([k, v]) => `@tensorflow/${k} ${v}`)
      .join(', ') || '—'
  }; wasm backend: ${wasmText}`,
  `- onnxruntime-web: ${
    withOrt
      ? `${onnxVersion()} (WASM SIMD, one thread); one-node models: ${Object.entries(onnxOpDescriptions)
          .filter(([k]) => described.includes(k))
          .map(([k, v]) => `${k} \`${v}\``)
          .join(', ')}`
      : 'not run (--no-ort)'
  }`,
  `- rectified/simd: ${withSimd ? (results.find((r) => r.simd !== null)?.simd?.status ?? 'not loaded') : 'absent'}; SIMD kernels: ${results.find((r) => r.simd !== null)?.simd?.kernels.length ?? 0} (the other exports run the JS kernels)`,
  `- Sizes: ${config.sizes.map(sizeLabel).join(', ')} elements (ns/element and ratios); ${config.small.join(' and ')} (ns per call, library only)`,
  '',
  '## Method',
  '',
  '- Timer: mitata 1.0 `measure` — a library call, so the harness controls processes and baselines and stays out of vitest; ' +
    `explicit warm-up (≥ 2 calls and ${timing.warmupMs} ms) so the JIT has optimised the code, then adaptive batching (short calls repeated in ~${timing.sampleTargetMs} ms samples), ` +
    `at least ${timing.minSamples} samples and ${timing.minCpuTimeMs} ms, outliers trimmed; every figure is the **median** (p50), which a noisy neighbour on a shared machine moves far less than the mean.`,
  '- Library: timed as an application bundles it — an esbuild bundle of src/index.ts (one ESM module scope), built once per run. ' +
    "Through per-file modules (tsx on src/, or tsup's shared dist chunks in plain Node) V8 does not inline the table exponential across the module boundary, " +
    'which measured up to 2× slower on the exponential kernels (sigmoidF32 10.6 vs 5.8 ns/element).',
  '- Isolation: one child process per activation (`node --expose-gc --import tsx bench/worker.ts <activation>`), run one after another. ' +
    'Each child times, per size: copy loop, forward, derivative, backward, naive loop, copy loop again, memcpy; then rectified/simd on the same user arrays (chunks copied through its memory) and on arrays allocated in its memory (zero-copy); then TF.js; then onnxruntime-web. ' +
    "×copy divides by the median of that child's two copy-loop runs; their before→after drift is reported under each table. " +
    "The order is deliberate: once any ArrayBuffer in a process has been detached (a WebAssembly memory growing, as TF.js's and ORT's wasm backends and a growing zero-copy allocator do), " +
    'V8 re-checks detachment on every optimised typed-array access, which slowed the plain copy loop from 0.9 to 1.2 ns/element (and the earlier harness, which imported TF.js before timing, read 2.0–2.2): ' +
    'the pure-JS figures are taken before anything can detach a buffer, so the copy loop is as fast as it can run.',
  '- Inputs: deterministic xorshift, uniform on [−8, 8] (both signs, so branches mispredict as in real data); dy likewise; outputs allocated once per size. ' +
    'Every timed call (library, copy, naive, TF.js) cycles through ⌈65536/n⌉ different input arrays: replaying one 1e4-element array lets the branch predictor learn its signs ' +
    '(reluF32 measured 2.7 ns/element on one array vs 7 on four), which would hide the mispredictions; 256 KiB in all, so small sizes stay cache-resident. ' +
    `ns/element is per input element, whatever the output length${layoutText === '' ? '' : ` (${layoutText})`}. ` +
    'Library defaults: leakyRelu 0.01, prelu scalar 0.25 (no weightGrad), elu α = 1, softplus β = 1, squareplus b = 4.',
  "- memcpy: `out.set(x)`, the physical limit (no per-element JavaScript). SIMD: `rectified/simd` after `initSync()`, its kernels on the user's arrays; zero-copy: the same kernels on arrays from its `allocF32`. " +
    "ort: onnxruntime-web (WASM SIMD, one thread) end to end — a one-node ONNX model per activation, `new ort.Tensor`, `session.run`, the output's data. " +
    "tfjs-wasm op: the op alone on tensors uploaded beforehand (no upload, no read-back): the backend's kernel itself, in float32.",
  '- ×copy: kernel ÷ plain `out[i] = x[i]` loop. ×naive: forward kernel ÷ the textbook loop (`Math.max(0, x)`, `Math.exp(x) − 1`, `1/(1 + Math.exp(−x))`, ' +
    '`x/(1 + Math.exp(−x))`, `Math.log(1 + Math.exp(x))`, `x·tanh(log(1 + exp x))`, gelu with the Abramowitz–Stegun 7.1.26 erf that tfjs-backend-cpu uses, `½x(1 + tanh(…))`, `(x + √(x² + 4))/2`, ' +
    'glu `a/(1 + Math.exp(−b))` per pair, and per row with the max m subtracted: softmax `Math.exp(x − m)` summed then divided, logSoftmax `x − (m + Math.log(Σ))`, logSumExp `m + Math.log(Σ)`, softmaxCrossEntropy logSoftmax as above then the label’s entry, softmax as above then minus the one-hot, scaled by 1/N: the loss and dlogits its forward row computes).',
  `- ×tfjs-cpu / ×tfjs-wasm: kernel ÷ TF.js end to end — \`tf.tensor1d(x)\`, the op, \`dataSync()\`, inside \`tf.tidy\` — with ops ${Object.entries(
    tfjsOpDescriptions,
  )
    .filter(([k]) => described.includes(k))
    .map(([k, v]) => `${k}: \`${v}\``)
    .join(', ')}. ` +
    `Forward rows compare with the op; ${gradientNote} tfjs-core's gradients are registered from an esbuild bundle of its \`dist/register_all_gradients.js\` (its Node entry ships none). ` +
    'The derivative has no TF.js op; its row uses the same tf.grad timing (f′(x) is the gradient with dy = 1). Activations without a TF.js op (glu, the rarer elementwise ones) show — there. ' +
    'softmax, logSoftmax and logSumExp have no derivative form (their rows show —) and no backward ≤ 1.5× forward target (the figure is still listed).',
  '- Ratios < 1 mean the library is faster. Expect run-to-run noise of 10–20 % on a shared machine; ratios are steadier than absolute ns.',
  '',
];

// Only a full run of every activation replaces the committed RESULTS.md; a quick or --only run
// goes to RESULTS.partial.md (git-ignored), so a check cannot overwrite the full figures.
const file = join(here, quick || only !== undefined ? 'RESULTS.partial.md' : 'RESULTS.md');
const info: RunInfo = add === undefined ? { quick, header, results, failures } : mergeIntoFullRun(header, results, failures);
writeFileSync(file, render(info) + '\n');
writeFileSync(file.replace(/\.md$/, '.json'), JSON.stringify(info) + '\n');
console.log(`wrote ${file} in ${seconds.toFixed(0)} s`);

/** The committed full run with the --add rows in the manifest's order; its machine and date lines kept, the added rows named. */
function mergeIntoFullRun(fresh: string[], added: WorkerResult[], addedFailures: string[]): RunInfo {
  const full = JSON.parse(readFileSync(join(here, 'RESULTS.json'), 'utf8')) as RunInfo;
  if (full.quick) throw new Error('bench/RESULTS.json is not a full run: run `npm run bench` first');
  const byName = new Map(full.results.map((r) => [r.activation, r]));
  for (const r of added) byName.set(r.activation, r);
  const kept = (prefix: string): string => full.header.find((l) => l.startsWith(prefix)) ?? '';
  const previousAdds = full.header.filter((l) => l.startsWith('- Added after the full run'));
  const addLine =
    `- Added after the full run (\`npm run bench -- --add=${add!.join(',')}\`, same settings, one child process each): ` +
    `${add!.join(', ')} on ${started.toISOString()}, ${seconds.toFixed(0)} s, load average at start ${loadAtStart}`;
  const header = fresh.flatMap((line) => {
    if (line.startsWith('- Machine:')) return [kept('- Machine:')];
    // no added activation has a TF.js op (or its backend failed): the full run's wasm line stands
    if (line.startsWith('- TF.js:') && wasm === null) return [kept('- TF.js:')];
    if (line.startsWith('- Date:')) return [kept('- Date:'), ...previousAdds, addLine];
    return [line];
  });
  return {
    quick: false,
    header,
    results: activationNames.flatMap((n) => byName.get(n) ?? []),
    failures: [...full.failures.filter((f) => !add!.some((n) => f.startsWith(`${n}:`))), ...addedFailures],
  };
}
