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
// float32 ulp of the exact value rounded to float32, signed zeros and NaN exactly (test/helpers/spot-values.ts).
// The contract suite (test/contract-suite.test.ts) adds the array contract once the maths is written.
import { describe } from 'vitest';
import { spotValueTests } from '../helpers/spot-values.js';

describe('${name}', () => {
  spotValueTests('${name}');
});
`;
}
