// A small multilayer perceptron on Float32Arrays: dense layers (row-major weights, out × in),
// the library's activation kernels between them, a linear output layer. Batches are row-major
// (rows × features). Forward keeps every layer's pre-activation z and output a for backward.
import { type Activation, type ActState, PRELU_INIT } from './activations.js';
import type { Rng } from './rng.js';

export interface Layer {
  inDim: number;
  /** Units (pre-activations per row). */
  units: number;
  /** Output features per row: units·widthFactor for hidden layers, units for the output layer. */
  outDim: number;
  /** units × inDim weights and units biases, with their gradients. */
  w: Float32Array;
  b: Float32Array;
  gw: Float32Array;
  gb: Float32Array;
  /** Null for the (linear) output layer. */
  act: Activation | null;
  state: ActState;
  /** Per-batch buffers (maxBatch rows): pre-activation, output and their gradients. */
  z: Float32Array;
  a: Float32Array;
  dz: Float32Array;
  da: Float32Array;
}

export interface Mlp {
  layers: Layer[];
  maxBatch: number;
  /** Input gradient buffer of the first layer (unused by training, kept for checks). */
  dx: Float32Array;
}

export interface MlpSpec {
  inputDim: number;
  hidden: readonly number[];
  outputDim: number;
  act: Activation;
  /** Defaults to the activation's own (He for rectifiers, Glorot for sigmoid). */
  init?: 'he' | 'glorot';
  maxBatch: number;
}

/**
 * Builds an MLP with Gaussian weights: He N(0, 2/fanIn) or Glorot N(0, 2/(fanIn+fanOut)), zero
 * biases; the output layer always uses Glorot. Draws from `rng` in layer order.
 */
export function createMlp(spec: MlpSpec, rng: Rng): Mlp {
  const layers: Layer[] = [];
  let inDim = spec.inputDim;
  const sizes = [...spec.hidden, spec.outputDim];
  sizes.forEach((units, i) => {
    const last = i === sizes.length - 1;
    const act = last ? null : spec.act;
    const outDim = act ? units * act.widthFactor : units;
    const init = last ? 'glorot' : (spec.init ?? spec.act.init);
    const std = init === 'he' ? Math.sqrt(2 / inDim) : Math.sqrt(2 / (inDim + units));
    const w = new Float32Array(units * inDim);
    for (let k = 0; k < w.length; k++) w[k] = std * rng.normal();
    const learnable = act?.learnable === true;
    const rows = spec.maxBatch;
    layers.push({
      inDim,
      units,
      outDim,
      w,
      b: new Float32Array(units),
      gw: new Float32Array(w.length),
      gb: new Float32Array(units),
      act,
      state: {
        units,
        weight: learnable ? new Float32Array(units).fill(PRELU_INIT) : new Float32Array(0),
        weightGrad: learnable ? new Float32Array(units) : null,
      },
      z: new Float32Array(rows * units),
      a: act ? new Float32Array(rows * outDim) : new Float32Array(0),
      dz: new Float32Array(rows * units),
      da: new Float32Array(rows * outDim),
    });
    inDim = outDim;
  });
  return { layers, maxBatch: spec.maxBatch, dx: new Float32Array(spec.maxBatch * spec.inputDim) };
}

/** Parameter/gradient pairs for the optimiser: weights, biases, PReLU slopes. */
export function parameters(m: Mlp): { param: Float32Array; grad: Float32Array }[] {
  const out: { param: Float32Array; grad: Float32Array }[] = [];
  for (const l of m.layers) {
    out.push({ param: l.w, grad: l.gw }, { param: l.b, grad: l.gb });
    if (l.state.weightGrad) out.push({ param: l.state.weight, grad: l.state.weightGrad });
  }
  return out;
}

/** Sets every gradient to zero. */
export function zeroGrad(m: Mlp): void {
  for (const l of m.layers) {
    l.gw.fill(0);
    l.gb.fill(0);
    l.state.weightGrad?.fill(0);
  }
}

const view = (buf: Float32Array, n: number): Float32Array => (n === buf.length ? buf : buf.subarray(0, n));

/** Forward pass of `rows` rows of x (rows × inputDim); returns the output (rows × outputDim) view. */
export function forward(m: Mlp, x: Float32Array, rows: number): Float32Array {
  if (rows > m.maxBatch) throw new RangeError(`batch of ${rows} rows exceeds maxBatch ${m.maxBatch}`);
  let input = x;
  let out = x;
  for (const l of m.layers) {
    const { inDim, units, w, b } = l;
    const z = l.z;
    for (let r = 0; r < rows; r++) {
      const xo = r * inDim;
      const zo = r * units;
      for (let j = 0; j < units; j++) {
        const wo = j * inDim;
        let s = b[j];
        for (let k = 0; k < inDim; k++) s += input[xo + k] * w[wo + k];
        z[zo + j] = s;
      }
    }
    if (l.act) {
      l.act.forward(view(l.a, rows * l.outDim), view(z, rows * units), l.state);
      out = l.a;
    } else out = z;
    input = out;
  }
  return view(out, rows * m.layers[m.layers.length - 1].outDim);
}

/**
 * Backward pass after forward(m, x, rows): `dOut` (rows × outputDim) is ∂loss/∂output.
 * Accumulates into the parameter gradients (zero them first); fills m.dx with ∂loss/∂x.
 */
export function backward(m: Mlp, x: Float32Array, rows: number, dOut: Float32Array): void {
  const layers = m.layers;
  const last = layers[layers.length - 1];
  last.dz.set(view(dOut, rows * last.units));
  for (let li = layers.length - 1; li >= 0; li--) {
    const l = layers[li];
    const { inDim, units, w, gw, gb, dz } = l;
    const input = li === 0 ? x : layers[li - 1].a;
    const dIn = li === 0 ? m.dx : layers[li - 1].da;
    for (let r = 0; r < rows; r++) {
      const xo = r * inDim;
      const zo = r * units;
      for (let k = 0; k < inDim; k++) dIn[xo + k] = 0;
      for (let j = 0; j < units; j++) {
        const g = dz[zo + j];
        if (g === 0) continue;
        gb[j] += g;
        const wo = j * inDim;
        for (let k = 0; k < inDim; k++) {
          gw[wo + k] += g * input[xo + k];
          dIn[xo + k] += g * w[wo + k];
        }
      }
    }
    if (li > 0) {
      const p = layers[li - 1];
      const act = p.act as Activation;
      act.backward(view(p.dz, rows * p.units), view(p.da, rows * p.outDim), view(p.z, rows * p.units), p.state);
    }
  }
}

/** Frobenius norm of each layer's weight gradient (input layer first). */
export function weightGradNorms(m: Mlp): number[] {
  return m.layers.map((l) => {
    let s = 0;
    for (let k = 0; k < l.gw.length; k++) s += l.gw[k] * l.gw[k];
    return Math.sqrt(s);
  });
}

/** Number of parameters (weights, biases, PReLU slopes). */
export function parameterCount(m: Mlp): number {
  return parameters(m).reduce((n, p) => n + p.param.length, 0);
}
