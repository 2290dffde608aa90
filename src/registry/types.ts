// The public types of rectified/registry: what activation(name) returns, one interface per kind
// of function (elementwise, gated, row-wise, row reduction), told apart by `kind`.

/**
 * The frameworks whose names the registry knows, as name prefixes (`'torch:leaky_relu'`):
 * `torch` PyTorch (`torch.nn.functional` and `torch.nn` class names), `keras` Keras 3
 * (`keras.activations`, layer names), `keras2` Keras 2 / tf.keras (TensorFlow ≤ 2.15), `jax`
 * `jax.nn`, `onnx` ONNX operators, `hf` Hugging Face transformers' `ACT2FN` config strings.
 * @category Registry
 */
export type Framework = 'torch' | 'keras' | 'keras2' | 'jax' | 'onnx' | 'hf';

/** A parameter override: a number, or the string or boolean of a variant switch such as gelu's `approximate`. @category Registry */
export type ParamValue = number | string | boolean;

/**
 * Parameters by name, replacing the defaults that the name binds: rectified's names
 * (`negativeSlope`) or the framework's (`negative_slope`, ONNX `alpha`).
 * @category Registry
 */
export type Overrides = Readonly<Record<string, ParamValue>>;

/** What every resolved activation carries besides its forms. @category Registry */
export interface ActivationInfo {
  /** the name as asked for, e.g. `'torch:leaky_relu'` or `'gelu_new'` */
  name: string;
  /** the table the name was found in; null for rectified's own function names */
  framework: Framework | null;
  /** the rectified function the forms compute, e.g. `'leakyRelu'`, `'geluTanh'`, or a registry-only `'identity'`, `'exponential'`, `'sparseSigmoid'` */
  canonical: string;
  /** the bound parameters, in rectified's names and order (the framework's defaults, then the overrides) */
  params: Readonly<Record<string, number>>;
  /**
   * Points where the framework's derivative convention differs from the canonical function's,
   * as [x, f′(x)] (JAX's leaky_relu′(0) = 1, PyTorch's hardswish′(−3) = −0.5): derivative,
   * derivativeF32 and backwardF32 return these there. Empty for most names.
   */
  kinks: readonly (readonly [x: number, derivative: number])[];
}

/** An elementwise activation with its parameters bound. @category Registry */
export interface ElementwiseActivation extends ActivationInfo {
  kind: 'elementwise';
  /**
   * f(x) in float64.
   * @param x - input
   */
  f(x: number): number;
  /**
   * f′(x) in float64 (the framework's value at its listed kinks).
   * @param x - input
   */
  derivative(x: number): number;
  /**
   * f elementwise into out; returns out (which may be x).
   * @param out - destination, x's length
   * @param x - input
   */
  f32(out: Float32Array, x: Readonly<Float32Array>): Float32Array;
  /**
   * f′ elementwise into out; returns out (which may be x).
   * @param out - destination, x's length
   * @param x - input
   */
  derivativeF32(out: Float32Array, x: Readonly<Float32Array>): Float32Array;
  /**
   * dx[i] = dy[i]·f′(x[i]); returns dx (which may be dy or x).
   * @param dx - destination gradient
   * @param dy - incoming gradient
   * @param x - the forward input
   */
  backwardF32(dx: Float32Array, dy: Readonly<Float32Array>, x: Readonly<Float32Array>): Float32Array;
}

/** A gated unit a·g(b) over rows of two halves a | b, parameters bound. @category Registry */
export interface GatedActivation extends ActivationInfo {
  kind: 'gated';
  /**
   * a·g(b) in float64.
   * @param a - the linear half's value
   * @param b - the gate half's value
   */
  f(a: number, b: number): number;
  /**
   * [∂/∂a, ∂/∂b] in float64.
   * @param a - the linear half's value
   * @param b - the gate half's value
   */
  derivative(a: number, b: number): [number, number];
  /**
   * Rows of rowSize (halves a | b) into rows of rowSize/2; returns out.
   * @param out - destination, x.length/2
   * @param x - input rows
   * @param rowSize - even, dividing x.length (default x.length)
   */
  f32(out: Float32Array, x: Readonly<Float32Array>, rowSize?: number): Float32Array;
  /**
   * The two partial derivatives, laid out as x; returns out.
   * @param out - destination, x's length
   * @param x - input rows
   * @param rowSize - even, dividing x.length (default x.length)
   */
  derivativeF32(out: Float32Array, x: Readonly<Float32Array>, rowSize?: number): Float32Array;
  /**
   * The gradients of both halves; returns dx.
   * @param dx - destination, x's length
   * @param dy - incoming gradient, one per output
   * @param x - the forward input rows
   * @param rowSize - even, dividing x.length (default x.length)
   */
  backwardF32(dx: Float32Array, dy: Readonly<Float32Array>, x: Readonly<Float32Array>, rowSize?: number): Float32Array;
}

/** softmax or logSoftmax over rows; the backward passes take the forward output y. @category Registry */
export interface RowwiseActivation extends ActivationInfo {
  kind: 'rowwise';
  /**
   * One row in float64.
   * @param x - the row
   */
  f(x: ArrayLike<number>): number[];
  /**
   * dx of one row.
   * @param dy - incoming gradient of the row
   * @param y - the forward output of the row
   */
  backward(dy: ArrayLike<number>, y: ArrayLike<number>): number[];
  /**
   * Row by row into out; returns out.
   * @param out - destination, x's length
   * @param x - input rows
   * @param rowSize - dividing x.length (default x.length)
   */
  f32(out: Float32Array, x: Readonly<Float32Array>, rowSize?: number): Float32Array;
  /**
   * dx row by row; returns dx.
   * @param dx - destination, y's length
   * @param dy - incoming gradient
   * @param y - the forward output
   * @param rowSize - dividing y.length (default y.length)
   */
  backwardF32(dx: Float32Array, dy: Readonly<Float32Array>, y: Readonly<Float32Array>, rowSize?: number): Float32Array;
}

/** logSumExp: one value per row; the backward passes take the forward input x. @category Registry */
export interface ReductionActivation extends ActivationInfo {
  kind: 'reduction';
  /**
   * One row's value in float64.
   * @param x - the row
   */
  f(x: ArrayLike<number>): number;
  /**
   * dx of one row.
   * @param dy - the incoming gradient of the row's value
   * @param x - the forward input row
   */
  backward(dy: number, x: ArrayLike<number>): number[];
  /**
   * One output per row; returns out.
   * @param out - destination, one per row
   * @param x - input rows
   * @param rowSize - dividing x.length (default x.length)
   */
  f32(out: Float32Array, x: Readonly<Float32Array>, rowSize?: number): Float32Array;
  /**
   * dx row by row; returns dx.
   * @param dx - destination, x's length
   * @param dy - incoming gradient, one per row
   * @param x - the forward input rows
   * @param rowSize - dividing x.length (default x.length)
   */
  backwardF32(dx: Float32Array, dy: Readonly<Float32Array>, x: Readonly<Float32Array>, rowSize?: number): Float32Array;
}

/** What {@link activation} returns: narrow it on `kind`. @category Registry */
export type Activation = ElementwiseActivation | GatedActivation | RowwiseActivation | ReductionActivation;
