// Float32Array arguments are recognised by their internal brand (issue "First contact you can
// trust"): an Object.create(Float32Array.prototype) look-alike is a TypeError in every position of
// every kernel, and a Float32Array of another realm (node:vm) works like one of this realm.
import { runInNewContext } from 'node:vm';
import { describe, expect, it } from 'vitest';
import { ACTIVATIONS, exportsOf } from '../scripts/manifest/index.js';
import * as api from '../src/index.js';
import {
  preluBackwardF32,
  preluF32,
  rreluBackwardF32,
  rreluDerivativeF32,
  rreluF32,
  rreluSampleSlopes,
  softmaxCrossEntropyF32,
  sShapedReluBackwardF32,
  sShapedReluF32,
} from '../src/index.js';
import { expectError, same } from './contract.helpers.js';

// ---- 4. Float32Array arguments are checked by their brand, not their prototype ----------------
describe('Float32Array checks: look-alikes are rejected, Float32Arrays of another realm accepted', () => {
  type Kernel = (...args: unknown[]) => unknown;
  const kernels = Object.entries(api).filter(([name, f]) => typeof f === 'function' && /F32$/.test(name)) as [string, Kernel][];
  const fake = (n: number): Float32Array => Object.create(Float32Array.prototype, { length: { value: n } }) as Float32Array;
  const OtherF32 = runInNewContext('Float32Array') as Float32ArrayConstructor;
  /** Required trailing arguments of the families that have them (the others use their defaults). */
  const extra = (name: string): unknown[] =>
    name.startsWith('maxout')
      ? [2]
      : name.startsWith('threshold')
        ? [0.5, -1]
        : name.startsWith('sShapedRelu')
          ? [{ tl: -1, al: 0.5, tr: 1, ar: 2 }]
          : [];
  const N = 8;
  const X = Float32Array.of(-3, -1, -0, 0, 0.25, 1, 2.5, 40);
  const G = Float32Array.of(1, -2, 0.5, 3, -1, 4, 2, -0.5, 1, 2, 3, 4, 5, 6, 7, 8);
  /** Same-realm arguments that the kernel accepts: x (and dy) of the lengths its layout needs. */
  function validArgs(name: string, f: Kernel): Float32Array[] {
    const backward = /Backward(FromOutput)?F32$/.test(name);
    for (const m of [N, 2 * N, N / 2, 1]) {
      const arrays = backward ? [new Float32Array(N), G.slice(0, m), X.slice()] : [new Float32Array(m), X.slice()];
      try {
        f(...arrays, ...extra(name));
        return arrays;
      } catch {
        // another layout
      }
    }
    throw new Error(`no valid layout found for ${name}`);
  }
  it('the table covers every Float32Array kernel scripts/manifest lists (117), and nothing else', () => {
    const listed = ACTIVATIONS.flatMap((a) => exportsOf(a).filter((e) => e.endsWith('F32')));
    expect(kernels.map(([name]) => name).sort()).toEqual(listed.sort());
    expect(listed.length).toBeGreaterThanOrEqual(117);
  });

  it('extra() gives the required trailing arguments of every activation whose kernels have some', () => {
    const required = ACTIVATIONS.filter((a) => a.params.some((p) => p.default === null && p.name !== 'rowSize')).map((a) => a.name);
    expect(required.filter((name) => extra(`${name}F32`).length === 0)).toEqual([]);
  });
  // a loss's kernel returns a number and takes a target and options: its own test below
  const losses = ACTIVATIONS.filter((a) => a.shape === 'loss').map((a) => `${a.name}F32`);
  it('the losses: softmaxCrossEntropyF32', () => {
    expect(losses).toEqual(['softmaxCrossEntropyF32']);
  });
  for (const [name, f] of kernels.filter(([n]) => !losses.includes(n))) {
    const argNames = /Backward(FromOutput)?F32$/.test(name)
      ? ['dx', 'dy', /softmax|softmin|hardmax|sparsemax|FromOutput/i.test(name) ? 'y' : 'x']
      : ['out', 'x'];
    it(`${name} throws a TypeError naming ${argNames.join(', ')} when it is an Object.create(Float32Array.prototype) look-alike`, () => {
      argNames.forEach((argName, k) => {
        const args: unknown[] = argNames.map(() => new Float32Array(N));
        args[k] = fake(N);
        expectError(() => f(...args, ...extra(name)), TypeError, new RegExp(`^${argName} must be a Float32Array`), /not a typed array/);
      });
    });
    it(`${name} gives the same bits for Float32Arrays of another realm (node:vm) as for its own`, () => {
      const own = validArgs(name, f);
      const want = own.map((a) => a.slice());
      f(...want, ...extra(name));
      const other = own.map((a) => new OtherF32(a));
      expect(other[0] instanceof Float32Array).toBe(false); // the case instanceof got wrong
      expect(f(...other, ...extra(name))).toBe(other[0]);
      other.forEach((a, k) => {
        expect(same(Float32Array.from(a), want[k])).toEqual([]);
      });
    });
  }
  it('softmaxCrossEntropyF32 rejects look-alike dlogits, logits, probability target and weight (TypeError naming each), and accepts another realm', () => {
    const x = Float32Array.of(1, -2, 0.5, 3, 0, -1);
    const t = Float32Array.of(0.25, 0.75, 0, 0, 1, 0);
    const w = Float32Array.of(1, 2, 0.5);
    expectError(() => softmaxCrossEntropyF32(fake(6), x, [0, 1], 3), TypeError, /^dlogits must be a Float32Array/, /not a typed array/);
    expectError(() => softmaxCrossEntropyF32(null, fake(6), [0, 1], 3), TypeError, /^logits must be a Float32Array/, /not a typed array/);
    expectError(() => softmaxCrossEntropyF32(null, x, fake(6), 3), TypeError, /^target must be class labels/);
    expectError(() => softmaxCrossEntropyF32(null, x, [0, 1], 3, { weight: fake(3) }), TypeError, /^weight must be a Float32Array/);
    const dl = new Float32Array(6);
    const loss = softmaxCrossEntropyF32(dl, x, t, 3, { weight: w, labelSmoothing: 0.1 });
    const other = new OtherF32(6);
    expect(softmaxCrossEntropyF32(other, new OtherF32(x), new OtherF32(t), 3, { weight: new OtherF32(w), labelSmoothing: 0.1 })).toBe(loss);
    expect(same(Float32Array.from(other), dl)).toEqual([]);
  });
  it('rreluSampleSlopes rejects a look-alike out (TypeError) and writes nothing into it', () => {
    const out = fake(2);
    expectError(() => rreluSampleSlopes(out, 1), TypeError, /^out must be a Float32Array/);
    expect(Object.getOwnPropertyNames(out)).toEqual(['length']);
  });
  it('rreluSampleSlopes fills a Float32Array of another realm with the same slopes', () => {
    const other = new OtherF32(5);
    expect(rreluSampleSlopes(other, 42)).toBe(other);
    expect(same(Float32Array.from(other), rreluSampleSlopes(new Float32Array(5), 42))).toEqual([]);
  });
  it('preluF32 / preluBackwardF32 reject a look-alike weight or weightGrad with a TypeError naming it, and accept another realm', () => {
    const x = new Float32Array(4);
    expectError(() => preluF32(new Float32Array(4), x, fake(2)), TypeError, /^weight must be a Float32Array/, /not a typed array/);
    expectError(() => preluBackwardF32(new Float32Array(4), x, x, 0.25, 1, fake(1)), TypeError, /^weightGrad must be a Float32Array/);
    const w = new OtherF32([0.5, 0.25]);
    expect(same(preluF32(new Float32Array(4), Float32Array.of(-1, -1, -2, 2), w), Float32Array.of(-0.5, -0.25, -1, 2))).toEqual([]);
    const g = new OtherF32(2);
    preluBackwardF32(new Float32Array(4), Float32Array.of(1, 1, 1, 1), Float32Array.of(-1, -1, -2, 2), w, 1, g);
    expect(same(Float32Array.from(g), Float32Array.of(-3, -1))).toEqual([]); // Σ dy·min(x, 0) per channel
  });
  it('rrelu kernels reject look-alike slopes with a TypeError naming slopes (was a RangeError), and accept another realm', () => {
    const x = Float32Array.of(-2, -2);
    expectError(() => rreluF32(new Float32Array(2), x, 0, 1, fake(2)), TypeError, /^slopes must be a Float32Array/);
    expectError(() => rreluDerivativeF32(new Float32Array(2), x, 0, 1, fake(2)), TypeError, /^slopes must be a Float32Array/);
    expectError(() => rreluBackwardF32(new Float32Array(2), x, x, 0, 1, fake(2)), TypeError, /^slopes must be a Float32Array/);
    expect(same(rreluF32(new Float32Array(2), x, 0, 1, new OtherF32([0.25, 0.5])), Float32Array.of(-0.5, -1))).toEqual([]);
  });
  it('sShapedRelu kernels reject a look-alike parameter or gradient array with a TypeError naming it, and accept another realm', () => {
    const x = Float32Array.of(-3, 0, 3, 5);
    const p = { tl: -1, al: 0.5, tr: 1, ar: 2 };
    expectError(
      () => sShapedReluF32(new Float32Array(4), x, { ...p, al: fake(1) }),
      TypeError,
      /^params\.al must be a number or a Float32Array/,
      /not a typed array/,
    );
    const grads = { tl: new Float32Array(1), al: new Float32Array(1), tr: new Float32Array(1), ar: fake(1) };
    expectError(() => sShapedReluBackwardF32(new Float32Array(4), x, x, p, 1, grads), TypeError, /^paramGrads\.ar must be a Float32Array/);
    // al = 0.5 per channel (one channel) from another realm: the left piece −1 + 0.5·(−3 + 1) = −2.
    expect(same(sShapedReluF32(new Float32Array(4), x, { ...p, al: new OtherF32([0.5]) }), Float32Array.of(-2, 0, 5, 9))).toEqual([]);
  });
});
