// The accuracy contract of docs/design.md ("Accuracy contract"), in one place for every accuracy test
// (spot.test.ts, accuracy.test.ts) and the accuracy report (scripts/accuracy.ts):
//   float64 scalar f and f′ ≤ 4 ulp everywhere, next to the zeros of the derivatives that cross 0
//   (silu′, gelu′, geluTanh′, mish′, swish′, the gated units' ∂/∂b) included; Float32Array kernels
//   (forward, derivative, backward with dy = 1) ≤ 1 ulp of float32; no NaN / Infinity /
//   signed-zero mismatch anywhere. Also how a fixture's params reach a kernel (kernelArgs).
import { ACTIVATIONS } from '../scripts/manifest/index.js';

/** Bound on float64 scalar results (f and f′), in ulps. */
export const F64_ULP = 4;
/** Bound on every Float32Array kernel result, in float32 ulps. */
export const F32_ULP = 1;

/**
 * Zeros of the derivatives that cross 0 inside their domain (the float64 nearest each zero):
 * the closed forms cancel there, so the reports show the points within NEAR_ZERO of them in a
 * row of their own. swish′(x, β) = silu′(βx): see derivativeZero.
 */
export const DERIVATIVE_ZEROS: Readonly<Record<string, number>> = {
  siluDerivative: -1.278464542761074,
  geluDerivative: -0.7517915246935645,
  geluTanhDerivative: -0.7524614220710163,
  mishDerivative: -1.1924312145154952,
};
/** The radius of the reports' near-zero rows (the same 4-ulp bound holds there). */
export const NEAR_ZERO = 0.2;

/** The zero of the derivative `name` at these params (swish′ at silu′'s zero over β), if any. */
export function derivativeZero(name: string, params: readonly number[]): number | undefined {
  if (name === 'swishDerivative') return params[0] ? DERIVATIVE_ZEROS.siluDerivative / params[0] : undefined;
  return DERIVATIVE_ZEROS[name];
}

/**
 * Whether a float64 result meets the contract, given its error in ulps (measured by the caller:
 * spot.test.ts counts ulps to the correctly rounded value, accuracy.test.ts measures fractional
 * ulps to the exact value) and whether its zero has the wrong sign.
 */
export function meets64(err: { ulp: number; signedZeroMismatch: boolean }): boolean {
  return !err.signedZeroMismatch && err.ulp <= F64_ULP;
}

/** Whether a Float32Array kernel result meets the contract (error in float32 ulps). */
export function meets32(err: { ulp: number; signedZeroMismatch: boolean }): boolean {
  return !err.signedZeroMismatch && err.ulp <= F32_ULP;
}

/**
 * Families whose Float32Array kernels take their parameters as one object (learnable,
 * per-channel units) instead of positionally: the fixture's params array, in order, fills
 * these fields (scripts/manifest's kernelParamFields).
 */
export const KERNEL_PARAM_FIELDS: Readonly<Record<string, readonly string[]>> = Object.fromEntries(
  ACTIVATIONS.flatMap((a) => (a.kernelParamFields ? [[a.name, a.kernelParamFields]] : [])),
);

/** The arguments after `x` of a family's Float32Array kernels for a fixture's params. */
export function kernelArgs(family: string, params: readonly number[]): unknown[] {
  const fields = KERNEL_PARAM_FIELDS[family];
  return fields ? [Object.fromEntries(fields.map((f, i) => [f, params[i]]))] : [...params];
}
