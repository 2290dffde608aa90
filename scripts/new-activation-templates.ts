// The two files `npm run new` writes for an activation (scripts/new-activation.ts): its module, with
// the five forms checking their arguments as every activation does and then throwing until the
// maths is written, and its test, which holds the five forms to the manifest's spot values.

/** src/activations/<folder>/<folder>.ts */
export function moduleTemplate(name: string, folder: string, category: string): string {
  const notWritten = `new Error('${name} is not written yet: see CONTRIBUTING.md, "A new activation"')`;
  return `/**
 * ${name}: one sentence on what it is and where it comes from.
 *
 * ![${name} and ${name}′, −4 ≤ x ≤ 4](../../../docs/plots/${folder}.svg)
 *
 * **Formula**
 *
 * \`\`\`text
 * ${name}(x) = …
 * ${name}′(x) = …
 * \`\`\`
 *
 * **Parameters**: None (framework names).
 *
 * **Special values**: NaN → NaN; ${name}(±0) = …; ${name}(−∞) = …; ${name}(+∞) = ….
 *
 * Five forms: \`${name}(x)\`, \`${name}Derivative(x)\`, \`${name}F32(out, x)\`, \`${name}DerivativeF32(out, x)\` and \`${name}BackwardF32(dx, dy, x)\` (out-first; \`out\` may be \`x\`). Import from \`rectified/${name}\` or \`rectified\`.
 *
 * @module ${name}
 * @category ${category}
 */
import { checkBackward, checkUnary } from '../../internal/check.js';
import { assertInput } from '../../internal/params.js';

/**
 * ${name}(x) = … (the formula, and the accuracy it meets).
 *
 * @param x - input
 * @returns the activation; NaN for NaN
 * @throws {TypeError} if x is not a number
 * @example
 * ${name}(0) //=> 0
 * @category ${category}
 */
export function ${name}(x: number): number {
  assertInput(x);
  throw ${notWritten};
}

/**
 * Derivative of {@link ${name}}.
 *
 * @param x - input
 * @returns the slope; NaN for NaN
 * @throws {TypeError} if x is not a number
 * @example
 * ${name}Derivative(0) //=> 0
 * @category ${category}
 */
export function ${name}Derivative(x: number): number {
  assertInput(x);
  throw ${notWritten};
}

/**
 * Elementwise {@link ${name}} into \`out\`; returns \`out\`. \`out\` may be \`x\`.
 *
 * @param out - destination, same length as x
 * @param x - input
 * @returns out
 * @throws {TypeError} if out or x is not a Float32Array
 * @throws {RangeError} if the lengths differ
 * @example
 * ${name}F32(new Float32Array(2), Float32Array.of(-1, 1)) //=> Float32Array [0, 0]
 * @category ${category}
 */
export function ${name}F32(out: Float32Array, x: Readonly<Float32Array>): Float32Array {
  checkUnary(out, x);
  throw ${notWritten};
}

/**
 * Elementwise {@link ${name}Derivative} into \`out\`; returns \`out\`. \`out\` may be \`x\`.
 *
 * @param out - destination, same length as x
 * @param x - input
 * @returns out
 * @throws {TypeError} if out or x is not a Float32Array
 * @throws {RangeError} if the lengths differ
 * @example
 * ${name}DerivativeF32(new Float32Array(2), Float32Array.of(-1, 1)) //=> Float32Array [0, 0]
 * @category ${category}
 */
export function ${name}DerivativeF32(out: Float32Array, x: Readonly<Float32Array>): Float32Array {
  checkUnary(out, x);
  throw ${notWritten};
}

/**
 * Fused backward pass of {@link ${name}}: dx[i] = dy[i]·${name}′(x[i]); returns \`dx\`.
 * \`dx\` may alias \`dy\` or \`x\`.
 *
 * @param dx - destination gradient w.r.t. x
 * @param dy - incoming gradient
 * @param x - the forward input
 * @returns dx
 * @throws {TypeError} if dx, dy or x is not a Float32Array
 * @throws {RangeError} if the lengths differ
 * @example
 * ${name}BackwardF32(new Float32Array(2), Float32Array.of(1, 1), Float32Array.of(-1, 1)) //=> Float32Array [0, 0]
 * @category ${category}
 */
export function ${name}BackwardF32(dx: Float32Array, dy: Readonly<Float32Array>, x: Readonly<Float32Array>): Float32Array {
  checkBackward(dx, dy, x);
  throw ${notWritten};
}
`;
}

/** test/activations/<folder>.test.ts */
export function testTemplate(name: string, folder: string): string {
  return `// ${name} (src/activations/${folder}/${folder}.ts) against the spot values of its manifest entry
// (scripts/manifest): x, f(x) and f′(x) from an independent high-precision computation (decimal.js),
// never from the code under test. Float64 forms within 4 ulp, Float32Array kernels within 1
// float32 ulp of the exact value rounded to float32, signed zeros and NaN exactly. The contract
// suite (test/contract-suite.test.ts) adds the array contract once the maths is written.
import { describe, expect, it } from 'vitest';
import { activation } from '../../scripts/manifest/index.js';
import { ${name}, ${name}BackwardF32, ${name}Derivative, ${name}DerivativeF32, ${name}F32 } from '../../src/index.js';
import { signedZeroMismatch, ulpDistance32, ulpDistance64 } from '../ulp.js';

const entry = activation('${name}');
const cases = entry.fixtures.kind === 'spot' ? entry.fixtures.cases : [];
const near64 = (got: number, want: number): boolean => (Number.isNaN(want) ? Number.isNaN(got) : !signedZeroMismatch(got, want) && ulpDistance64(got, want) <= 4);
const near32 = (got: number, want: number): boolean => {
  const w = Math.fround(want);
  return Number.isNaN(w) ? Number.isNaN(got) : !signedZeroMismatch(got, w) && ulpDistance32(got, w) <= 1;
};

describe('${name}', () => {
  it('has spot values in scripts/manifest (x, f(x), f′(x), from decimal.js)', () => {
    expect(cases.length).toBeGreaterThan(0);
  });

  it.each(cases)('${name}(%s) = %s and ${name}Derivative = %s within 4 ulp', (x, f, df) => {
    expect(near64(${name}(x), f), \`${name}(\${x}) = \${${name}(x)}\`).toBe(true);
    expect(near64(${name}Derivative(x), df), \`${name}Derivative(\${x}) = \${${name}Derivative(x)}\`).toBe(true);
  });

  it('${name}F32, ${name}DerivativeF32 and ${name}BackwardF32 (dy = 1) are within 1 float32 ulp of the spot values at float32 x', () => {
    const f32 = cases.filter(([x]) => Math.fround(x) === x || Number.isNaN(x));
    const x = Float32Array.from(f32.map(([v]) => v));
    const out = ${name}F32(new Float32Array(x.length), x);
    const slope = ${name}DerivativeF32(new Float32Array(x.length), x);
    const dx = ${name}BackwardF32(new Float32Array(x.length), new Float32Array(x.length).fill(1), x);
    const bad = f32.flatMap(([v, f, df], i) =>
      [near32(out[i], f), near32(slope[i], df), near32(dx[i], df)].every(Boolean) ? [] : [\`x = \${v}: \${out[i]}, \${slope[i]}, \${dx[i]}\`]);
    expect(f32.length, 'spot values at float32 inputs').toBeGreaterThan(0);
    expect(bad).toEqual([]);
  });
});
`;
}
