// How rectified/registry resolves names and binds parameters: own names, prefixes, bare names on
// which the frameworks agree or not, case, unknown and unsupported names with their messages,
// overrides by either name, variants, required parameters, the bound forms (rectified's own
// functions when nothing is bound) and the kink wrappers' Float32Array contract.
import { describe, expect, it } from 'vitest';
import * as r from '../../src/index.js';
import { activation, activationNames } from '../../src/registry/index.js';
import { expectThrow } from '../helpers/kernel-inputs.js';

const el = (name: string, overrides?: Record<string, number | string | boolean>) => {
  const a = activation(name, overrides);
  if (a.kind !== 'elementwise') throw new Error(`${name} is ${a.kind}`);
  return a;
};
const bits = (a: Float32Array) => [...new Uint32Array(a.buffer, a.byteOffset, a.length)];

describe("rectified's own names", () => {
  it('resolve to themselves with framework null and rectified defaults', () => {
    for (const name of ['relu', 'leakyRelu', 'gelu', 'geluTanh', 'swish', 'softplus', 'hardSigmoid', 'glu', 'softmax', 'logSumExp']) {
      const a = activation(name);
      expect([a.canonical, a.framework], name).toEqual([name, null]);
    }
    expect(activation('leakyRelu').params).toEqual({ negativeSlope: 0.01 });
    expect(activation('softplus').params).toEqual({ beta: 1, threshold: Infinity });
    expect(activation('hardSigmoid').params).toEqual({ alpha: 1 / 6, beta: 0.5 });
  });

  it('with nothing to bind, the forms are rectified’s own functions (not wrappers)', () => {
    const g = el('gelu');
    expect([g.f, g.derivative, g.f32, g.derivativeF32, g.backwardF32]).toEqual([
      r.gelu,
      r.geluDerivative,
      r.geluF32,
      r.geluDerivativeF32,
      r.geluBackwardF32,
    ]);
    expect(el('relu').f).toBe(r.relu); // atZero reaches the derivative forms only
    const s = activation('softmax');
    expect(s.kind === 'rowwise' && s.f === r.softmax && s.backwardF32 === r.softmaxBackwardF32).toBe(true);
  });

  it('bind parameters into every form, gated units after rowSize', () => {
    const a = el('leakyRelu', { negativeSlope: 0.2 });
    const x = Float32Array.of(-2, 3);
    expect(a.f(-2)).toBe(r.leakyRelu(-2, 0.2));
    expect(bits(a.f32(new Float32Array(2), x))).toEqual(bits(r.leakyReluF32(new Float32Array(2), x, 0.2)));
    expect(bits(a.backwardF32(new Float32Array(2), Float32Array.of(1, 1), x))).toEqual(
      [Math.fround(0.2), 1].map((v) => bits(Float32Array.of(v))[0]),
    );
    expect(el('relu', { atZero: 1 }).derivative(0)).toBe(1);
    const s = activation('swiglu', { beta: 2 });
    if (s.kind !== 'gated') throw new Error('swiglu is gated');
    expect(s.f(1.5, -0.5)).toBe(r.swiglu(1.5, -0.5, 2));
    const rows = Float32Array.of(1, 2, -1, 0.5, 3, -2, 0.25, 4);
    expect(bits(s.f32(new Float32Array(4), rows, 4))).toEqual(bits(r.swigluF32(new Float32Array(4), rows, 4, 2)));
    expect(bits(s.f32(new Float32Array(4), rows))).toEqual(bits(r.swigluF32(new Float32Array(4), rows, undefined, 2)));
  });

  it('registry-only names: identity, exponential, sparseSigmoid', () => {
    expect(el('identity').f(-0)).toBe(-0);
    expect(el('exponential').f(1)).toBe(Math.exp(1));
    expect(el('sparseSigmoid').f(0.5)).toBe(0.75);
    expect(el('sparseSigmoid').derivative(1)).toBe(0);
  });
});

describe('bare framework names', () => {
  it('resolve when every framework that has them agrees', () => {
    expect([activation('gelu_new').canonical, activation('gelu_new').framework]).toEqual(['geluTanh', 'hf']);
    expect(activation('quick_gelu').params).toEqual({ beta: 1.702 });
    expect(activation('relu2').canonical).toBe('squaredRelu');
    expect([activation('hard_swish').canonical, activation('hard_swish').framework]).toEqual(['hardSwish', 'keras']);
    expect(activation('linear').canonical).toBe('identity');
    expect(activation('hardswish').kinks).toEqual([
      [-3, -0.5],
      [3, 1.5],
    ]);
  });

  it("a bare name that is rectified's own is rectified's (gelu is exact, softplus unthresholded)", () => {
    expect([activation('gelu').canonical, activation('gelu').framework]).toEqual(['gelu', null]);
    expect(activation('softplus').params.threshold).toBe(Infinity);
  });

  it('are a RangeError naming every reading when the frameworks differ', () => {
    expectThrow(
      () => activation('leaky_relu'),
      RangeError,
      /ambiguous/,
      /torch:leaky_relu → leakyRelu;/,
      /keras:leaky_relu → leakyRelu\(negativeSlope = 0\.2\)/,
      /jax:leaky_relu → leakyRelu\(f′\(0\) = 1\)/,
      /prefix/,
    );
    expectThrow(() => activation('LeakyReLU'), RangeError, /negativeSlope = 0\.3/);
    expectThrow(() => activation('hard_sigmoid'), RangeError, /keras2:hard_sigmoid → hardSigmoid\(alpha = 0\.2\)/);
  });

  it('match case-insensitively when that is unambiguous', () => {
    expect(activation('RELU').canonical).toBe('relu');
    expect(activation('Gelu_New').canonical).toBe('geluTanh');
    expect(activation('torch:LEAKY_RELU').params).toEqual({ negativeSlope: 0.01 });
    expect(activation('onnx:leakyrelu').canonical).toBe('leakyRelu');
    expect(activation('TORCH:gelu').framework).toBe('torch');
    expectThrow(() => activation('leakyrelu'), RangeError, /ambiguous/);
  });
});

describe('unknown and unsupported names', () => {
  it('an unknown name lists the closest names', () => {
    expectThrow(() => activation('gleu'), RangeError, /^unknown activation 'gleu'; did you mean 'gelu', 'glu'\?$/);
    expectThrow(() => activation('torch:gleu'), RangeError, /^unknown activation 'torch:gleu'; did you mean 'torch:gelu', 'torch:glu'\?$/);
    expectThrow(() => activation('keras:hard_sigmod'), RangeError, /did you mean 'keras:hard_sigmoid'\?/);
    expectThrow(() => activation('qwertyuiop'), RangeError, /unknown activation 'qwertyuiop'; activationNames\(\) lists the names/);
    expectThrow(() => activation('tf:relu'), RangeError, /unknown framework 'tf'/, /torch, pytorch, keras/);
  });

  it('an unsupported name says why', () => {
    expectThrow(() => activation('hf:gelu_10'), RangeError, /'hf:gelu_10' is not supported: ClippedGELUActivation/);
    expectThrow(() => activation('gelu_10'), RangeError, /'gelu_10' \(hf\) is not supported/);
    expectThrow(() => activation('keras:crelu'), RangeError, /rectified\/crelu/);
    expectThrow(() => activation('hf:laplace'), RangeError, /not supported/);
  });

  it('a name that is not a string, or overrides that are not an object, is a TypeError', () => {
    expectThrow(() => activation(3 as unknown as string), TypeError, /name must be a string, got number 3/);
    expectThrow(() => activation('relu', null as unknown as Record<string, number>), TypeError, /overrides must be an object/, /null/);
  });
});

describe('overrides', () => {
  it("by the framework's name or rectified's, not both", () => {
    expect(activation('torch:leaky_relu', { negative_slope: 0.1 }).params).toEqual({ negativeSlope: 0.1 });
    expect(activation('torch:leaky_relu', { negativeSlope: 0.1 }).params).toEqual({ negativeSlope: 0.1 });
    expect(activation('onnx:HardSigmoid', { alpha: 0.25, beta: 0.4 }).params).toEqual({ alpha: 0.25, beta: 0.4 });
    expect(activation('keras:soft_shrink', { threshold: 1 }).params).toEqual({ lambd: 1 });
    expectThrow(
      () => activation('torch:leaky_relu', { negative_slope: 0.1, negativeSlope: 0.2 }),
      RangeError,
      /given twice, as 'negative_slope' and 'negativeSlope'/,
    );
  });

  it('an unknown parameter is a RangeError listing those the name takes', () => {
    expectThrow(
      () => activation('torch:elu', { alfa: 1 }),
      RangeError,
      /^unknown parameter 'alfa' for activation 'torch:elu'; it takes 'alpha'$/,
    );
    expectThrow(() => activation('jax:softplus', { beta: 2 }), RangeError, /it takes none/);
    expectThrow(() => activation('gelu', { approximate: 'tanh' }), RangeError, /unknown parameter 'approximate'/);
    expectThrow(() => activation('hf:leaky_relu', { negative_slope: 0.2 }), RangeError, /unknown parameter/);
  });

  it('a value of the wrong type is a TypeError; one the function rejects, its own RangeError, here', () => {
    expectThrow(() => activation('elu', { alpha: '1' }), TypeError, /alpha must be a number, got string "1"/);
    expectThrow(() => activation('elu', { alpha: -1 }), RangeError, /alpha must be finite and >= 0, got number -1/);
    expectThrow(() => activation('torch:softplus', { beta: 0 }), RangeError, /beta/);
    expectThrow(() => activation('relu', { atZero: 2 }), RangeError, /atZero/);
    expectThrow(() => activation('swiglu', { beta: NaN }), RangeError, /beta/);
  });

  it('required parameters must be given', () => {
    expectThrow(() => activation('torch:threshold'), RangeError, /'torch:threshold' needs threshold and value \(no default in torch\)/);
    expectThrow(() => activation('onnx:PRelu'), RangeError, /needs weight/);
    expectThrow(() => activation('threshold', { threshold: 1 }), RangeError, /needs value \(no default\)/);
  });

  it("variants switch the function by the framework's values", () => {
    expect(activation('torch:gelu', { approximate: 'tanh' }).canonical).toBe('geluTanh');
    expect(activation('torch:gelu', { approximate: 'none' }).canonical).toBe('gelu');
    expect(activation('onnx:Gelu', { approximate: 'tanh' }).canonical).toBe('geluTanh');
    expect(activation('jax:gelu', { approximate: false }).canonical).toBe('gelu');
    expect(activation('keras:gelu', { approximate: true }).canonical).toBe('geluTanh');
    expectThrow(
      () => activation('torch:gelu', { approximate: true }),
      RangeError,
      /approximate must be one of 'none', 'tanh', got boolean true/,
    );
    expectThrow(() => activation('jax:gelu', { approximate: 'tanh' }), RangeError, /one of false, true/);
  });

  it("PyTorch's softplus threshold is reproduced only when asked for", () => {
    expect(el('torch:softplus').f(25)).toBe(r.softplus(25));
    expect(el('torch:softplus').f(25)).not.toBe(25);
    expect(el('torch:softplus', { threshold: 20 }).f(25)).toBe(25);
  });
});

describe('kink conventions on top of the Float32Array contract', () => {
  const jax = el('jax:leaky_relu', { negative_slope: 0.125 });
  const x = Float32Array.of(-2, 0, -0, 3, NaN, 0);
  const want = [0.125, 1, 1, 1, NaN, 1];

  it('derivativeF32 and backwardF32 give the framework’s value at the kink, also in place and on overlapping views', () => {
    const same = (a: Float32Array, b: readonly number[]) => expect([...a].map(String)).toEqual(b.map(String));
    same(jax.derivativeF32(new Float32Array(6), x), want);
    const y = x.slice();
    expect(jax.derivativeF32(y, y)).toBe(y);
    same(y, want);
    const buf = new Float32Array(7);
    buf.set(x, 1);
    same(jax.derivativeF32(buf.subarray(0, 6), buf.subarray(1, 7)), want);
    const dy = Float32Array.of(4, 4, 4, 4, 4, -0);
    const wantDx = [0.5, 4, 4, 4, NaN, -0];
    same(jax.backwardF32(new Float32Array(6), dy, x), wantDx);
    const g = dy.slice();
    same(jax.backwardF32(g, g, x), wantDx);
    const xx = x.slice();
    same(jax.backwardF32(xx, dy, xx), wantDx);
    expect(Object.is(jax.backwardF32(new Float32Array(6), dy, x)[5], -0)).toBe(true);
  });

  it('and check their arguments with the messages of every kernel', () => {
    expectThrow(() => jax.derivativeF32(new Float32Array(2), new Float32Array(3)), RangeError, /out and x must have the same length/);
    expectThrow(() => jax.derivativeF32(x as unknown as Float32Array, undefined as unknown as Float32Array), TypeError, /out comes first/);
    expectThrow(
      () => jax.backwardF32(new Float32Array(2), [1, 2] as unknown as Float32Array, new Float32Array(2)),
      TypeError,
      /dy must be a Float32Array/,
    );
    expectThrow(() => jax.derivative('0' as unknown as number), TypeError, /x must be a number/);
    expect(jax.derivativeF32(new Float32Array(0), new Float32Array(0)).length).toBe(0);
    expect([jax.derivative(0), jax.derivative(-0), jax.derivative(-1), jax.derivative(NaN)]).toEqual([1, 1, 0.125, NaN]);
  });
});

it('activationNames lists own names first, then every prefixed framework name once', () => {
  const names = activationNames();
  expect(new Set(names).size).toBe(names.length);
  expect(names.slice(0, 3)).toEqual(['relu', 'leakyRelu', 'prelu']);
  expect(names).toEqual(
    expect.arrayContaining([
      'torch:LeakyReLU',
      'keras:hard_silu',
      'keras2:hard_sigmoid',
      'jax:sparse_sigmoid',
      'onnx:ThresholdedRelu',
      'hf:quick_gelu',
    ]),
  );
  // Each resolves, or asks for the parameters it has no default for.
  const needs = names.filter((n) => {
    try {
      return activation(n).name !== n;
    } catch (e) {
      return !(e instanceof RangeError && / needs /.test(e.message));
    }
  });
  expect(needs).toEqual([]);
});
