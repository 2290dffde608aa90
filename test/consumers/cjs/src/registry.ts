// A CommonJS app (tsc emits require calls) using rectified/registry: activations by framework name, typed by kind.
import { geluTanh, leakyRelu } from 'rectified';
import { activation, activationNames, type Activation, type ElementwiseActivation } from 'rectified/registry';

function check(label: string, actual: unknown, expected: unknown): void {
  if (!Object.is(actual, expected)) throw new Error(`${label}: got ${String(actual)}, expected ${String(expected)}`);
}

const act: Activation = activation('torch:leaky_relu', { negative_slope: 0.2 });
check('canonical', act.canonical, 'leakyRelu');
check('params', act.params.negativeSlope, 0.2);
if (act.kind !== 'elementwise') throw new Error('torch:leaky_relu is elementwise');
const el: ElementwiseActivation = act;
check('f(-1)', el.f(-1), leakyRelu(-1, 0.2));
check('f32', el.f32(new Float32Array(1), Float32Array.of(-1))[0], Math.fround(-0.2));
const hf = activation('hf:gelu_new');
check('hf:gelu_new is the root geluTanh', hf.kind === 'elementwise' && hf.f, geluTanh);
check('names', activationNames().includes('onnx:HardSigmoid'), true);
let message = '';
try {
  activation('gleu');
} catch (e) {
  message = e instanceof RangeError ? e.message : 'not a RangeError';
}
check('unknown name', message, "unknown activation 'gleu'; did you mean 'gelu', 'glu'?");

// The declarations are real types: these must be type errors.
const unnarrowed = activation('glu');
// @ts-expect-error the row-wise kinds have backward, not derivative: narrow on kind first
void unnarrowed.derivative;
// @ts-expect-error overrides are numbers, strings or booleans
void (() => activation('relu', { atZero: [1] }));

console.log('rectified/registry cjs consumer: ok');
