// The library's activations as the trainer sees them: a forward and a backward over a whole
// batch (rows of `units` pre-activations), using only the Float32Array kernels of `rectified`.
// CReLU doubles a layer's output width (the next layer's fan-in is 2·units); PReLU carries one
// learnable slope per unit, whose gradient preluBackwardF32 accumulates.
import {
  creluBackwardF32,
  creluF32,
  eluBackwardF32,
  eluF32,
  geluBackwardF32,
  geluF32,
  geluTanhBackwardF32,
  geluTanhF32,
  leakyReluBackwardF32,
  leakyReluF32,
  mishBackwardF32,
  mishF32,
  preluBackwardF32,
  preluF32,
  reluBackwardF32,
  reluF32,
  sigmoidBackwardF32,
  sigmoidF32,
  siluBackwardF32,
  siluF32,
  softplusBackwardF32,
  softplusF32,
  squareplusBackwardF32,
  squareplusF32,
  tanhBackwardF32,
  tanhF32,
} from '../src/index.js';

/** Per-layer state an activation may need: the row width and PReLU's slopes and their gradient. */
export interface ActState {
  /** Pre-activations per row (the layer's units). */
  units: number;
  /** PReLU: one slope per unit (empty for the others). */
  weight: Float32Array;
  /** PReLU: accumulated ∂loss/∂weight (null: do not accumulate, and for the others). */
  weightGrad: Float32Array | null;
}

export interface Activation {
  /** The library's name, as on the command line. */
  name: string;
  /** Output elements per unit: 2 for crelu, else 1. */
  widthFactor: 1 | 2;
  /** Initialisation the literature pairs with it: He (rectifier family) or Glorot (sigmoid). */
  init: 'he' | 'glorot';
  /** Has a learnable parameter per unit (prelu). */
  learnable: boolean;
  /** out (rows × units·widthFactor) = f(z) (rows × units). */
  forward(out: Float32Array, z: Float32Array, s: ActState): void;
  /** dz = da · f′(z), and PReLU's weight gradient accumulated into s.weightGrad. */
  backward(dz: Float32Array, da: Float32Array, z: Float32Array, s: ActState): void;
}

type Kernel = (out: Float32Array, x: Float32Array) => Float32Array;
type Backward = (dx: Float32Array, dy: Float32Array, x: Float32Array) => Float32Array;

function plain(name: string, f: Kernel, b: Backward, init: 'he' | 'glorot' = 'he'): Activation {
  return {
    name,
    widthFactor: 1,
    init,
    learnable: false,
    forward: (out, z) => void f(out, z),
    backward: (dz, da, z) => void b(dz, da, z),
  };
}

/** Every activation of the library, in the README's order. */
export const ACTIVATIONS: readonly Activation[] = [
  plain('relu', reluF32, reluBackwardF32),
  plain(
    'leakyRelu',
    (o, x) => leakyReluF32(o, x, 0.01),
    (d, g, x) => leakyReluBackwardF32(d, g, x, 0.01),
  ),
  {
    name: 'prelu',
    widthFactor: 1,
    init: 'he',
    learnable: true,
    forward: (out, z, s) => void preluF32(out, z, s.weight, 1),
    backward: (dz, da, z, s) => void preluBackwardF32(dz, da, z, s.weight, 1, s.weightGrad ?? undefined),
  },
  {
    name: 'crelu',
    widthFactor: 2,
    init: 'he',
    learnable: false,
    forward: (out, z, s) => void creluF32(out, z, s.units),
    backward: (dz, da, z, s) => void creluBackwardF32(dz, da, z, s.units),
  },
  plain(
    'elu',
    (o, x) => eluF32(o, x, 1),
    (d, g, x) => eluBackwardF32(d, g, x, 1),
  ),
  plain('gelu', geluF32, geluBackwardF32),
  plain('geluTanh', geluTanhF32, geluTanhBackwardF32),
  plain('silu', siluF32, siluBackwardF32),
  plain(
    'softplus',
    (o, x) => softplusF32(o, x),
    (d, g, x) => softplusBackwardF32(d, g, x),
  ),
  plain('mish', mishF32, mishBackwardF32),
  plain(
    'squareplus',
    (o, x) => squareplusF32(o, x, 4),
    (d, g, x) => squareplusBackwardF32(d, g, x, 4),
  ),
  plain('sigmoid', sigmoidF32, sigmoidBackwardF32, 'glorot'),
  plain('tanh', tanhF32, tanhBackwardF32, 'glorot'),
];

/** PReLU's initial slope (PyTorch's nn.PReLU default). */
export const PRELU_INIT = 0.25;

/** The activation named `name` (the library's camelCase name). */
export function activation(name: string): Activation {
  const a = ACTIVATIONS.find((x) => x.name === name);
  if (!a) throw new Error(`unknown activation "${name}"; choose from ${ACTIVATIONS.map((x) => x.name).join(', ')}`);
  return a;
}
