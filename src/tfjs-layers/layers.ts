// tfjs-layers layers: any rectified activation with its parameters (leakyRelu's slope, elu's
// alpha, swish's beta, squareplus's b, maxout's pieces, the gated units and the softmax family
// along the last axis), and the two with learnt weights, PReLU and S-shaped ReLU (one value per
// channel of the last axis, as Keras's PReLU with shared_axes over the others). Each is
// registered with tf.serialization.registerClass, so model.save and tf.loadLayersModel round-trip.
// Their class names are plain identifiers (RectifiedActivation, RectifiedPReLU, RectifiedSReLU):
// tfjs-layers derives default layer and weight names from them, which must be valid tensor names.

import type { Tensor } from '@tensorflow/tfjs-core';
import { abs, add, serialization, tidy } from '@tensorflow/tfjs-core';
import { initializers, layers } from '@tensorflow/tfjs-layers';
import { describe } from '../internal/check.js';
import { apply } from '../tfjs/define.js';
import { outputShape, SPECS, type SpecName } from '../tfjs/specs.js';
import { prelu, sShapedRelu } from '../tfjs/weighted.js';
import { registerActivations } from './activations.js';

/** A tfjs-layers shape: null for an axis of unknown size (the batch). @category TF.js layers */
export type Shape = (number | null)[];
type LayerArgs = NonNullable<ConstructorParameters<typeof layers.Layer>[0]>;
const one = (t: Tensor | Tensor[]): Tensor => (Array.isArray(t) ? t[0] : t);
const single = (s: Shape | Shape[]): Shape => (Array.isArray(s[0]) ? (s as Shape[])[0] : (s as Shape));

/** The arguments of {@link activationLayer}, besides tfjs-layers' own (name, inputShape, …). @category TF.js layers */
export interface ActivationLayerArgs extends LayerArgs {
  /** the activation (any op of rectified/tfjs with scalar parameters) */
  activation: SpecName;
  /** its parameters by name (`{ negativeSlope: 0.2 }`, `{ pieces: 4 }`); omitted: the library's defaults */
  params?: Record<string, number>;
}

/** The layer of {@link activationLayer}. @category TF.js layers */
export class RectifiedActivationLayer extends layers.Layer {
  static readonly className = 'RectifiedActivation';
  readonly activation: SpecName;
  readonly params: Readonly<Record<string, number>>;

  /** @param args - the activation, its parameters and tfjs-layers' layer arguments */
  constructor(args: ActivationLayerArgs) {
    super(args);
    if (!Object.hasOwn(SPECS, args.activation)) {
      throw new RangeError(`activationLayer: activation must be one of ${Object.keys(SPECS).join(', ')}, got ${describe(args.activation)}`);
    }
    this.activation = args.activation;
    const known = SPECS[args.activation].params;
    for (const k of Object.keys(args.params ?? {})) {
      if (!known.includes(k))
        throw new RangeError(`activationLayer: ${args.activation} has no parameter ${k} (it takes ${known.join(', ') || 'none'})`);
    }
    this.params = { ...args.params };
  }

  private args(): (number | undefined)[] {
    return SPECS[this.activation].params.map((p) => this.params[p]);
  }

  override computeOutputShape(inputShape: Shape | Shape[]): Shape {
    const s = single(inputShape);
    const spec = SPECS[this.activation];
    if (spec.layout === 'elementwise' || spec.layout === 'rowwise') return s;
    const last = s[s.length - 1];
    if (last === null) return [...s.slice(0, -1), null];
    const params = this.args().map((v, i) => v ?? spec.defaults[i] ?? NaN);
    return [...s.slice(0, 1), ...outputShape(this.activation, spec.layout, s.slice(1) as number[], params)];
  }

  override call(inputs: Tensor | Tensor[]): Tensor {
    return tidy(() => apply(this.activation, one(inputs), this.args()));
  }

  override getConfig(): serialization.ConfigDict {
    return { ...super.getConfig(), activation: this.activation, params: { ...this.params } };
  }
}

/** The arguments of {@link preluLayer}, besides tfjs-layers' own. @category TF.js layers */
export interface PReLULayerArgs extends LayerArgs {
  /** the initial slope for x ≤ 0 (default 0.25, as PyTorch) */
  alphaInitializer?: number;
}

/** The layer of {@link preluLayer}: one learnt slope per channel of the last axis. @category TF.js layers */
export class RectifiedPReLULayer extends layers.Layer {
  static readonly className = 'RectifiedPReLU';
  readonly alphaInitializer: number;
  private alpha: ReturnType<layers.Layer['addWeight']> | null = null;

  /** @param args - the initial slope and tfjs-layers' layer arguments */
  constructor(args: PReLULayerArgs = {}) {
    super(args);
    this.alphaInitializer = args.alphaInitializer ?? 0.25;
  }

  override build(inputShape: Shape | Shape[]): void {
    const s = single(inputShape);
    const channels = s[s.length - 1] ?? 1;
    this.alpha = this.addWeight('alpha', [channels], 'float32', initializers.constant({ value: this.alphaInitializer }));
    this.built = true;
  }

  override call(inputs: Tensor | Tensor[]): Tensor {
    if (this.alpha === null) throw new Error('RectifiedPReLULayer: call before build');
    const alpha = this.alpha;
    return tidy(() => prelu(one(inputs), alpha.read()));
  }

  override getConfig(): serialization.ConfigDict {
    return { ...super.getConfig(), alphaInitializer: this.alphaInitializer };
  }
}

/** Initial values of {@link sReluLayer}'s weights (per channel), besides tfjs-layers' own arguments. @category TF.js layers */
export interface SReLULayerArgs extends LayerArgs {
  /** the left threshold (default 0) */
  tlInitializer?: number;
  /** the left slope (default 0.2) */
  alInitializer?: number;
  /** the width tr − tl (default 1) */
  widthInitializer?: number;
  /** the right slope (default 1) */
  arInitializer?: number;
}

/**
 * The layer of {@link sReluLayer}: S-shaped ReLU with tl, al, ar and the width tr − tl learnt per
 * channel; tr = tl + |width| keeps tl ≤ tr, which sShapedRelu requires, through any update (the
 * parameterisation of keras-contrib's SReLU).
 *
 * @category TF.js layers
 */
export class RectifiedSReLULayer extends layers.Layer {
  static readonly className = 'RectifiedSReLU';
  readonly init: Readonly<Record<'tl' | 'al' | 'width' | 'ar', number>>;
  private weightsOf: Record<'tl' | 'al' | 'width' | 'ar', ReturnType<layers.Layer['addWeight']>> | null = null;

  /** @param args - the initial values and tfjs-layers' layer arguments */
  constructor(args: SReLULayerArgs = {}) {
    super(args);
    this.init = {
      tl: args.tlInitializer ?? 0,
      al: args.alInitializer ?? 0.2,
      width: args.widthInitializer ?? 1,
      ar: args.arInitializer ?? 1,
    };
  }

  override build(inputShape: Shape | Shape[]): void {
    const s = single(inputShape);
    const c = s[s.length - 1] ?? 1;
    const w = (name: 'tl' | 'al' | 'width' | 'ar') =>
      this.addWeight(name, [c], 'float32', initializers.constant({ value: this.init[name] }));
    this.weightsOf = { tl: w('tl'), al: w('al'), width: w('width'), ar: w('ar') };
    this.built = true;
  }

  override call(inputs: Tensor | Tensor[]): Tensor {
    const v = this.weightsOf;
    if (v === null) throw new Error('RectifiedSReLULayer: call before build');
    return tidy(() => {
      const tl = v.tl.read();
      return sShapedRelu(one(inputs), { tl, al: v.al.read(), tr: add(tl, abs(v.width.read())), ar: v.ar.read() });
    });
  }

  override getConfig(): serialization.ConfigDict {
    const { tl, al, width, ar } = this.init;
    return { ...super.getConfig(), tlInitializer: tl, alInitializer: al, widthInitializer: width, arInitializer: ar };
  }
}

let registered = false;

/**
 * Registers the activation strings and the three layer classes with tf.serialization (idempotent).
 * The layer factories call it; call it yourself before tf.loadLayersModel of a model you did not
 * build in this process.
 *
 * @category TF.js layers
 */
export function register(): void {
  registerActivations();
  if (registered) return;
  for (const cls of [RectifiedActivationLayer, RectifiedPReLULayer, RectifiedSReLULayer]) serialization.registerClass(cls);
  registered = true;
}

/**
 * A layer applying any rectified activation with its parameters.
 *
 * @param args - `{ activation: 'leakyRelu', params: { negativeSlope: 0.2 } }` and tfjs-layers' layer arguments
 * @category TF.js layers
 */
export function activationLayer(args: ActivationLayerArgs): RectifiedActivationLayer {
  register();
  return new RectifiedActivationLayer(args);
}

/**
 * PReLU with a learnt slope per channel of the last axis.
 *
 * @param args - the initial slope (default 0.25) and tfjs-layers' layer arguments
 * @category TF.js layers
 */
export function preluLayer(args?: PReLULayerArgs): RectifiedPReLULayer {
  register();
  return new RectifiedPReLULayer(args);
}

/**
 * S-shaped ReLU with its four parameters learnt per channel of the last axis.
 *
 * @param args - the initial values and tfjs-layers' layer arguments
 * @category TF.js layers
 */
export function sReluLayer(args?: SReLULayerArgs): RectifiedSReLULayer {
  register();
  return new RectifiedSReLULayer(args);
}
