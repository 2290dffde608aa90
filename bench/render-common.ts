// Helpers shared by render.ts and render-simd.ts: the three kernel kinds, number formats, and
// the lookups of one child's figures.
import type { SizeResult, Stat, StatKey, WorkerResult } from './types.js';

export type Kind = 'forward' | 'derivative' | 'backward';
export const kinds: readonly Kind[] = ['forward', 'derivative', 'backward'];
export const suffix: Record<Kind, string> = { forward: 'F32', derivative: 'DerivativeF32', backward: 'BackwardF32' };
export const tfKey: Record<'cpu' | 'wasm', Record<Kind, StatKey>> = {
  cpu: { forward: 'cpu', derivative: 'cpuGrad', backward: 'cpuGrad' },
  wasm: { forward: 'wasm', derivative: 'wasmGrad', backward: 'wasmGrad' },
};

export const sizeLabel = (n: number): string => (n >= 1000 ? n.toExponential().replace('e+', 'e') : String(n));
export const num = (v: number): string => (!Number.isFinite(v) ? '—' : v < 10 ? v.toFixed(2) : v < 100 ? v.toFixed(1) : v.toFixed(0));
export const ratio = (v: number): string => (Number.isFinite(v) ? v.toFixed(2) : '—');
export const p50 = (s: Stat | undefined): number => (s === undefined ? NaN : s.p50);
/**
 * The row label; softmax, logSoftmax and logSumExp have no derivative form, so that row is all —.
 * A loss has one kernel: its forward row is the call writing dlogits, its backward row the call
 * with dlogits = null (the loss alone).
 */
export const label = (r: WorkerResult, k: Kind): string =>
  k === 'derivative' && !r.derivative
    ? `${r.activation} derivative (n/a: no elementwise form)`
    : r.kind === 'loss' && k === 'backward'
      ? `${r.activation}F32 loss only (dlogits = null)`
      : `${r.activation}${suffix[k]}`;

/** The copy-loop baseline of one child at one size: the median of its before and after runs. */
export function copyNs(s: SizeResult): number {
  return (p50(s.stats.copyBefore) + p50(s.stats.copyAfter)) / 2;
}

export function at(r: WorkerResult, n: number): SizeResult | undefined {
  return r.sizes.find((s) => s.n === n) ?? r.small.find((s) => s.n === n);
}

export const simdKey: Record<Kind, StatKey> = { forward: 'simdForward', derivative: 'simdDerivative', backward: 'simdBackward' };
export const zeroKey: Record<Kind, StatKey> = { forward: 'zeroForward', derivative: 'zeroDerivative', backward: 'zeroBackward' };

/** rectified's best time from a user's Float32Array: the JS kernel or rectified/simd (copying). */
export function best(s: SizeResult, k: Kind): number {
  const simd = p50(s.stats[simdKey[k]]);
  const js = p50(s.stats[k]);
  return Number.isNaN(simd) ? js : Math.min(js, simd);
}

/** The fastest peer end to end (TF.js cpu and wasm, onnxruntime-web; forward only for ORT). */
export function bestPeer(s: SizeResult, k: Kind): number {
  const peers = [p50(s.stats[tfKey.cpu[k]]), p50(s.stats[tfKey.wasm[k]]), k === 'forward' ? p50(s.stats.ort) : NaN].filter(
    (v) => !Number.isNaN(v),
  );
  return peers.length === 0 ? NaN : Math.min(...peers);
}

export const mark = (ok: boolean, v: number): string => (Number.isNaN(v) ? '?' : ok ? '✓' : '✗');
