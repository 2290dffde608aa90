// The spot-value tests every activation added by `npm run new` starts with: its manifest entry's
// x, f(x), f′(x) (decimal.js, never the code under test), the float64 forms within 4 ulp and the
// three Float32Array kernels (backward with dy = 1) within 1 float32 ulp at the float32 x, signed
// zeros and NaN exactly. Call inside the activation's describe block.
import { expect, it } from 'vitest';
import { activation } from '../../scripts/manifest/index.js';
import * as api from '../../src/index.js';
import { signedZeroMismatch, ulpDistance32, ulpDistance64 } from '../ulp.js';

type Scalar = (x: number) => number;
type Kernel = (out: Float32Array, x: Float32Array) => Float32Array;
type Backward = (dx: Float32Array, dy: Float32Array, x: Float32Array) => Float32Array;

const near64 = (got: number, want: number): boolean =>
  Number.isNaN(want) ? Number.isNaN(got) : !signedZeroMismatch(got, want) && ulpDistance64(got, want) <= 4;
const near32 = (got: number, want: number): boolean => {
  const w = Math.fround(want);
  return Number.isNaN(w) ? Number.isNaN(got) : !signedZeroMismatch(got, w) && ulpDistance32(got, w) <= 1;
};

/** The three spot-value tests of `name`'s five forms (at their default parameters). */
export function spotValueTests(name: string): void {
  const entry = activation(name);
  const cases = entry.fixtures.kind === 'spot' ? entry.fixtures.cases : [];
  const lib = api as unknown as Record<string, Scalar & Kernel & Backward>;
  const f: Scalar = lib[name]!;
  const df: Scalar = lib[`${name}Derivative`]!;
  const fF32: Kernel = lib[`${name}F32`]!;
  const dfF32: Kernel = lib[`${name}DerivativeF32`]!;
  const backwardF32: Backward = lib[`${name}BackwardF32`]!;

  it('has spot values in scripts/manifest (x, f(x), f′(x), from decimal.js)', () => {
    expect(cases.length).toBeGreaterThan(0);
  });

  it.each(cases)(`${name}(%s) = %s and ${name}Derivative = %s within 4 ulp`, (x, fx, dfx) => {
    expect(near64(f(x), fx), `${name}(${x}) = ${f(x)}`).toBe(true);
    expect(near64(df(x), dfx), `${name}Derivative(${x}) = ${df(x)}`).toBe(true);
  });

  it(`${name}F32, ${name}DerivativeF32 and ${name}BackwardF32 (dy = 1) are within 1 float32 ulp of the spot values at float32 x`, () => {
    const f32 = cases.filter(([x]) => Math.fround(x) === x || Number.isNaN(x));
    const x = Float32Array.from(f32.map(([v]) => v));
    const out = fF32(new Float32Array(x.length), x);
    const slope = dfF32(new Float32Array(x.length), x);
    const dx = backwardF32(new Float32Array(x.length), new Float32Array(x.length).fill(1), x);
    const bad = f32.flatMap(([v, fx, dfx], i) =>
      [near32(out[i], fx), near32(slope[i], dfx), near32(dx[i], dfx)].every(Boolean) ? [] : [`x = ${v}: ${out[i]}, ${slope[i]}, ${dx[i]}`],
    );
    expect(f32.length, 'spot values at float32 inputs').toBeGreaterThan(0);
    expect(bad).toEqual([]);
  });
}
