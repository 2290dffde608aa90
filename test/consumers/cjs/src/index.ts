// A CommonJS app (tsc emits require calls) using rectified from the root and from subpaths.
import { gelu, geluF32, leakyRelu as leakyReluFromRoot, relu, softplus } from 'rectified';
import { crelu } from 'rectified/crelu';
import * as geluModule from 'rectified/gelu';
import { gelu as geluFromSubpath } from 'rectified/gelu';
import { geluTanh } from 'rectified/geluTanh';
import { geluTanh as geluTanhFromAlias } from 'rectified/gelu-tanh';
import { leakyRelu, leakyReluBackwardF32 } from 'rectified/leakyRelu';
import { leakyRelu as leakyReluFromAlias } from 'rectified/leaky-relu';
import { relu as reluFromSubpath, reluDerivative } from 'rectified/relu';

function check(label: string, actual: unknown, expected: unknown): void {
  if (!Object.is(actual, expected)) throw new Error(`${label}: got ${String(actual)}, expected ${String(expected)}`);
}

const r: number = relu(-2);
check('relu(-2)', r, 0);
check('relu(1.5)', relu(1.5), 1.5);
check('reluDerivative(0, 1)', reluDerivative(0, 1), 1);
check('gelu(-10)', gelu(-10), -7.619853024160525e-23);
check('softplus(1000)', softplus(1000), 1000);
check('leakyRelu(-1)', leakyRelu(-1), -0.01);
check('geluTanh(0)', geluTanh(0), 0);
const pair: [number, number] = crelu(-3);
check('crelu(-3)[1]', pair[1], 3);
// The root and the subpath give the same functions (one CJS build, no duplicate module).
check('relu root = subpath', relu, reluFromSubpath);
check('gelu root = subpath', gelu, geluFromSubpath);
check('leakyRelu root = subpath', leakyReluFromRoot, leakyRelu);
// A kebab-case alias is the same module as the subpath named after the function.
check('leakyRelu subpath = alias', leakyRelu, leakyReluFromAlias);
check('geluTanh subpath = alias', geluTanh, geluTanhFromAlias);

const x = Float32Array.of(-2, 0, 2);
const y: Float32Array = geluF32(new Float32Array(3), x);
check('geluF32(2)', y[2], Math.fround(gelu(2)));
const dx = leakyReluBackwardF32(new Float32Array(3), Float32Array.of(1, 1, 1), x, 0.5);
check('leakyReluBackwardF32', dx[0], 0.5);

// The declarations are real types, not `any`: these must be type errors.
// @ts-expect-error relu takes a number
check('relu(string) throws', (() => { try { relu('1'); return 'no'; } catch (e) { return e instanceof TypeError; } })(), true);
// @ts-expect-error rectified/gelu exports the exact gelu's forms only (geluTanh has its own subpath)
check('rectified/gelu has no geluTanh', geluModule.geluTanh, undefined);
// @ts-expect-error crelu returns a pair, not a number
const notANumber: number = crelu(1);
void notANumber;

console.log('rectified cjs consumer: ok');
