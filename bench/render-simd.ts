// The rectified/simd parts of bench/RESULTS.md: the SIMD targets with what the same run measured
// about each miss, and rectified against the WebAssembly engines at every size.
import { limits } from './limits.js';
import { at, best, type Kind, kinds, mark, num, p50, ratio, simdKey, sizeLabel, suffix, tfKey, zeroKey } from './render-common.js';
import { memcpyBound, type SizeResult, type StatKey, type WorkerResult } from './types.js';

/** The WebAssembly SIMD targets: rectified/simd against memcpy, the JS kernels and the WASM engines. */
const halfOfJs = [
  'sigmoid',
  'silu',
  'swish',
  'elu',
  'celu',
  'selu',
  'tanh',
  'geluTanh',
  'mish',
  'softplus',
  'logSigmoid',
  'softsign',
  'hardSwish',
  'squareplus',
  'softmax',
  'logSoftmax',
  'logSumExp',
];
const pct = (v: number): string => `${Math.round(v * 100)} %`;

/**
 * What the same run measured about a SIMD miss: for a ×memcpy miss, the WebAssembly copy floor
 * through the same path; for a ×JS miss, how much of the time the copies take (zero-copy vs
 * copying), the rest being the kernel's arithmetic; for a backward ×forward miss, the derivative
 * alone against the forward.
 */
function simdEvidence(target: string, k: Kind, s: SizeResult): string {
  const ns = (key: StatKey): number => p50(s.stats[key]) / s.n;
  const memcpy = ns('memcpy');
  if (target === 'SIMD ×memcpy' || target === 'zero-copy ×memcpy') {
    const inPlace = target === 'zero-copy ×memcpy';
    const floor = ns(inPlace ? 'floorInPlace' : 'floorChunked');
    const kernel = ns(inPlace ? 'zeroForward' : 'simdForward');
    if (Number.isNaN(floor)) return '';
    return `a bare v128 copy loop (four vectors per iteration) ${inPlace ? 'in place' : 'through the same chunked copies'} runs at ${ratio(floor / memcpy)}× memcpy (${num(floor)} vs ${num(memcpy)} ns/element): the kernel is ${ratio(kernel / floor)}× that floor`;
  }
  if (target === 'SIMD ×JS') {
    const copying = ns(simdKey[k]);
    const zero = ns(zeroKey[k]);
    return `zero-copy ${num(zero)} vs copying ${num(copying)} ns/element: the copies are ${pct(1 - zero / copying)} of the time, the float64-lane arithmetic the rest`;
  }
  if (target === 'best ÷ tfjs-wasm' || target === 'best ÷ ort') {
    const zero = ns(zeroKey[k]);
    const peer =
      target === 'best ÷ ort'
        ? `onnxruntime-web end to end ${num(ns('ort'))}`
        : `tfjs-wasm end to end ${num(ns(tfKey.wasm[k]))}, its op alone ${num(ns('wasmOp'))}`;
    return `without copies (zero-copy) the kernel takes ${num(zero)} ns/element, against ${peer}`;
  }
  if (target === 'SIMD backward ×forward') {
    return `the SIMD derivative alone is ${ratio(ns('simdDerivative') / ns('simdForward'))}× the forward: f′ costs more than f, and dy is one more array in`;
  }
  return '';
}

export function simdTargets(results: WorkerResult[], n: number): string[] {
  const lines = ['| target | kernel | measured | limit | |', '| --- | --- | ---: | ---: | :-: |'];
  let pass = 0;
  let total = 0;
  const misses: string[] = [];
  const row = (target: string, kernel: string, v: number, limit: number, s: SizeResult, k: Kind): void => {
    if (Number.isNaN(v)) return;
    const ok = v <= limit;
    total++;
    if (ok) pass++;
    else {
      const peer = target === 'best ÷ ort' ? 'ort' : target === 'best ÷ tfjs-wasm' ? 'tfjs-wasm' : 'simd';
      const why = [simdEvidence(target, k, s), limits[`${kernel} (${peer})`]].filter((t) => t !== undefined && t !== '');
      misses.push(`- ${target}, ${kernel} ${ratio(v)} (limit ${limit}): ${why.length > 0 ? why.join('; ') : 'not analysed'}`);
    }
    lines.push(`| ${target} | ${kernel} | ${ratio(v)} | ${limit} | ${mark(ok, v)} |`);
  };
  for (const r of results) {
    const s = at(r, n);
    if (s === undefined || s.stats.simdForward === undefined) continue;
    const memcpy = p50(s.stats.memcpy);
    if (memcpyBound.includes(r.activation)) {
      row('SIMD ×memcpy', `${r.activation}F32`, p50(s.stats.simdForward) / memcpy, 3, s, 'forward');
      row('zero-copy ×memcpy', `${r.activation}F32`, p50(s.stats.zeroForward) / memcpy, 1.5, s, 'forward');
    }
    if (halfOfJs.includes(r.activation) || r.activation === 'gelu') {
      for (const k of kinds)
        row(
          'SIMD ×JS',
          `${r.activation}${suffix[k]}`,
          p50(s.stats[simdKey[k]]) / p50(s.stats[k]),
          r.activation === 'gelu' ? 0.55 : 0.5,
          s,
          k,
        );
      if (r.kind === 'elementwise')
        row(
          'SIMD backward ×forward',
          `${r.activation}BackwardF32`,
          p50(s.stats.simdBackward) / p50(s.stats.simdForward),
          1.3,
          s,
          'backward',
        );
    }
    for (const k of kinds) {
      row('best ÷ tfjs-wasm', `${r.activation}${suffix[k]}`, best(s, k) / p50(s.stats[tfKey.wasm[k]]), 1, s, k);
      if (k === 'forward') row('best ÷ ort', `${r.activation}F32`, best(s, k) / p50(s.stats.ort), 1, s, k);
    }
  }
  lines.push('', `${pass} of ${total} met.`, '');
  if (misses.length > 0) lines.push('What limits the misses:', '', ...misses, '');
  return lines;
}

/**
 * "Faster than onnxruntime-web and tfjs-backend-wasm end to end at every size from 1e3 up": one
 * row per kernel that a peer has, best ÷ peer at each size, with the misses listed.
 */
export function peerTable(results: WorkerResult[], sizes: number[]): string[] {
  const ns = sizes.filter((n) => n >= 1000);
  const lines = [
    '## Against the WebAssembly engines at every size',
    '',
    "rectified's faster path (JS or rectified/simd, copying) ÷ the peer end to end; < 1 is faster. tfjs-wasm: tfjs-backend-wasm (forward: the op; derivative and backward: tf.grad); ort: onnxruntime-web (forward only).",
    '',
    `| kernel | peer | ${ns.map((n) => `n = ${sizeLabel(n)}`).join(' | ')} |`,
    `| --- | --- | ${ns.map(() => '---:').join(' | ')} |`,
  ];
  const misses: string[] = [];
  for (const r of results) {
    for (const k of kinds) {
      for (const peer of ['tfjs-wasm', 'ort'] as const) {
        if (peer === 'ort' && k !== 'forward') continue;
        const key: StatKey = peer === 'ort' ? 'ort' : tfKey.wasm[k];
        const v = ns.map((n) => {
          const s = at(r, n);
          return s === undefined ? NaN : best(s, k) / p50(s.stats[key]);
        });
        if (v.every(Number.isNaN)) continue;
        const kernel = `${r.activation}${suffix[k]}`;
        v.forEach((x, i) => {
          if (x > 1)
            misses.push(
              `- ${kernel} vs ${peer} at n = ${sizeLabel(ns[i])}: ${ratio(x)}${limits[`${kernel} (${peer})`] ? ` — ${limits[`${kernel} (${peer})`]}` : ''}`,
            );
        });
        lines.push(`| ${kernel} | ${peer} | ${v.map((x) => `${ratio(x)}${x > 1 ? ' ✗' : ''}`).join(' | ')} |`);
      }
    }
  }
  lines.push('', misses.length === 0 ? 'Faster than both at every size.' : `${misses.length} misses:`, '', ...misses, '');
  return lines;
}
