// The accuracy contract of docs/design.md ("Accuracy contract"), in one place for every accuracy test
// (spot.test.ts, accuracy.test.ts) and the accuracy report (scripts/accuracy.ts):
//   float64 scalar f and f′ ≤ 4 ulp; silu′, gelu′, geluTanh′ and mish′ ≤ 8 ulp farther than 0.2
//   from the derivative's zero and an absolute error ≤ 4·2⁻⁵² closer in; Float32Array kernels
//   (forward, derivative, backward with dy = 1) ≤ 1 ulp of float32; no NaN / Infinity /
//   signed-zero mismatch anywhere. Also how a fixture's params reach a kernel (kernelArgs).
import { ACTIVATIONS } from '../scripts/manifest/index.js';

/** Bound on float64 scalar results (f and f′), in ulps. */
export const F64_ULP = 4;
/** Bound on every Float32Array kernel result, in float32 ulps. */
export const F32_ULP = 1;
/** The relaxed bound of the four derivatives that cross zero. */
export const RELAXED = { radius: 0.2, ulp: 8, abs: 4 * Number.EPSILON } as const;

/** Zeros of the derivatives that cross 0 inside their domain (the float64 nearest each zero). */
export const DERIVATIVE_ZEROS: Readonly<Record<string, number>> = {
  siluDerivative: -1.278464542761074,
  geluDerivative: -0.7517915246935645,
  geluTanhDerivative: -0.7524614220710163,
  mishDerivative: -1.1924312145154952,
};

/** The float64 bound at input x of the scalar `name`: either in ulps or an absolute error. */
export type Bound64 = { readonly kind: 'ulp'; readonly max: number } | { readonly kind: 'abs'; readonly max: number };

export function bound64(name: string, x: number): Bound64 {
  const zero = DERIVATIVE_ZEROS[name];
  if (zero === undefined) return { kind: 'ulp', max: F64_ULP };
  if (Math.abs(x - zero) > RELAXED.radius) return { kind: 'ulp', max: RELAXED.ulp };
  return { kind: 'abs', max: RELAXED.abs };
}

/**
 * Whether a float64 result meets the contract, given its error in ulps and its absolute error
 * (each measured by the caller: spot.test.ts counts ulps to the correctly rounded value,
 * accuracy.test.ts measures fractional ulps to the exact value) and whether its zero has the
 * wrong sign.
 */
export function meets64(name: string, x: number, err: { ulp: number; abs: number; signedZeroMismatch: boolean }): boolean {
  if (err.signedZeroMismatch) return false;
  const b = bound64(name, x);
  return b.kind === 'ulp' ? err.ulp <= b.max : err.abs <= b.max;
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
