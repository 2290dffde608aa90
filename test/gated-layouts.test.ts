// The layout options of the gated units' array forms ({ layout, innerSize }, src/internal/gated.ts)
// against the default layout: for random shapes [outer, rowSize, inner], both layouts and every
// unit of the manifest, each kernel equals moving the pairs to rows of halves value | gate along
// the last axis (a transpose, and for 'interleaved' a de-interleave), running the kernel with its
// defaults, and moving the results back — bit for bit.
// Also: the default rowSize with an innerSize, in-place and overlapping calls, and the bad options.
import { describe, expect, it } from 'vitest';
import { ACTIVATIONS } from '../scripts/manifest/index.js';
import * as api from '../src/index.js';
import { bits, expectThrow, view } from './helpers/kernel-inputs.js';
import { uniform } from './helpers/random.js';

type Kernel = (out: Float32Array, ...rest: unknown[]) => Float32Array;
const get = (name: string): Kernel => (api as unknown as Record<string, Kernel>)[name];
type Layout = 'halves' | 'interleaved';

const SPECIALS = [0, -0, Infinity, -Infinity, NaN, 1e-40, -7, 7, 7.000001, -7.000001, 3.4e38, -3.4e38];
/** n float32 values: mostly uniform in [−12, 12], one in eight a special value. */
function values(seed: number, n: number): Float32Array {
  const r = uniform(seed);
  return Float32Array.from({ length: n }, () => (r() < 0.125 ? SPECIALS[Math.floor(r() * SPECIALS.length)] : 24 * r() - 12));
}

/** Where pair j of slice (o, i) keeps its value a and gate b in x of shape [outer, rowSize, inner]. */
function positions(layout: Layout, rowSize: number, inner: number, o: number, j: number, i: number): [number, number] {
  const at = (r: number) => (o * rowSize + r) * inner + i;
  return layout === 'halves' ? [at(j), at(rowSize / 2 + j)] : [at(2 * j + 1), at(2 * j)];
}

interface Shape {
  outer: number;
  rowSize: number;
  inner: number;
}
/**
 * The permutation to the default layout: x moves to rows (o, i) of halves value | gate (slice
 * k = o·inner + i of `rowSize` elements); results of the forward and dy, [outer, rowSize/2, inner],
 * move to rows of rowSize/2.
 */
function permutation({ outer, rowSize, inner }: Shape, layout: Layout) {
  const half = rowSize / 2;
  const xTo: number[] = []; // index in x of the element at position p of the permuted array
  const yTo: number[] = [];
  for (let o = 0; o < outer; o++)
    for (let i = 0; i < inner; i++) {
      const pairs = Array.from({ length: half }, (_, j) => positions(layout, rowSize, inner, o, j, i));
      xTo.push(...pairs.map((p) => p[0]), ...pairs.map((p) => p[1]));
      for (let j = 0; j < half; j++) yTo.push((o * half + j) * inner + i);
    }
  const gather = (v: Float32Array, to: number[]) => Float32Array.from(to, (k) => v[k]);
  const scatter = (v: Float32Array, to: number[]) => {
    const out = new Float32Array(v.length);
    to.forEach((k, p) => {
      out[k] = v[p];
    });
    return out;
  };
  return {
    x: (v: Float32Array) => gather(v, xTo),
    xBack: (v: Float32Array) => scatter(v, xTo),
    y: (v: Float32Array) => gather(v, yTo),
    yBack: (v: Float32Array) => scatter(v, yTo),
  };
}

const gated = ACTIVATIONS.filter((a) => a.shape === 'gated');
const numeric = (name: string) => (ACTIVATIONS.find((a) => a.name === name)?.params ?? []).filter((p) => p.name !== 'rowSize');

it('covers every gated unit of the manifest', () => {
  expect(gated.map((a) => a.name)).toEqual(expect.arrayContaining(['glu', 'reglu', 'geglu', 'gegluTanh', 'swiglu']));
});

for (const a of gated) {
  const [f, df, bw] = ['F32', 'DerivativeF32', 'BackwardF32'].map((s) => get(a.name + s));
  // the numeric parameters at their defaults (passed as undefined), so that options come last
  const rest = (options: object | undefined) => [...numeric(a.name).map(() => undefined), options];
  describe(`${a.name}: layout and innerSize`, () => {
    const r = uniform(0x1a40 + a.name.length);
    const shapes: Shape[] = [
      { outer: 1, rowSize: 2, inner: 1 },
      { outer: 3, rowSize: 2, inner: 5 },
      { outer: 2, rowSize: 8, inner: 1 },
      { outer: 1, rowSize: 6, inner: 4 },
      ...Array.from({ length: 6 }, () => ({
        outer: 1 + Math.floor(r() * 4),
        rowSize: 2 * (1 + Math.floor(r() * 6)),
        inner: 1 + Math.floor(r() * 7),
      })),
    ];
    for (const [k, shape] of shapes.entries()) {
      for (const layout of ['halves', 'interleaved'] as const) {
        const { outer, rowSize, inner } = shape;
        const n = outer * rowSize * inner;
        const options = { layout, innerSize: inner };
        it(`[${outer}, ${rowSize}, ${inner}], ${layout}: forward, derivative and backward equal the default layout's, moved back`, () => {
          const x = values(0x900 + 16 * k + (layout === 'halves' ? 0 : 1), n);
          const dy = values(0xd00 + k, n / 2);
          const P = permutation(shape, layout);
          const px = P.x(x);
          const want = {
            f: P.yBack(f(new Float32Array(n / 2), px, rowSize)),
            d: P.xBack(df(new Float32Array(n), px, rowSize)),
            b: P.xBack(bw(new Float32Array(n), P.y(dy), px, rowSize)),
          };
          const before = bits(x);
          expect(bits(f(new Float32Array(n / 2), x, rowSize, ...rest(options)))).toEqual(bits(want.f));
          expect(bits(df(new Float32Array(n), x, rowSize, ...rest(options)))).toEqual(bits(want.d));
          expect(bits(bw(new Float32Array(n), dy, x, rowSize, ...rest(options)))).toEqual(bits(want.b));
          expect(bits(x)).toEqual(before);
          // rowSize defaults to x.length / innerSize: one outer slice
          if (outer === 1) expect(bits(f(new Float32Array(n / 2), x, undefined, ...rest(options)))).toEqual(bits(want.f));
          // in place, and on overlapping views of one buffer
          const y = x.slice();
          expect(bits(df(y, y, rowSize, ...rest(options)))).toEqual(bits(want.d));
          const t = x.slice();
          expect(bits(bw(t, dy, t, rowSize, ...rest(options)))).toEqual(bits(want.b));
          const [buf, xv] = view(n + 1, 1, x);
          expect(bits(f(buf.subarray(0, n / 2), xv, rowSize, ...rest(options)))).toEqual(bits(want.f));
          const [buf2, xv2] = view(n + 1, 0, x);
          expect(bits(df(buf2.subarray(1, n + 1), xv2, rowSize, ...rest(options)))).toEqual(bits(want.d));
        });
      }
    }
    it('the default options are the halves layout along the last axis', () => {
      const x = values(0x77, 24);
      const dy = values(0x78, 12);
      for (const options of [undefined, {}, { layout: 'halves' }, { innerSize: 1 }, { layout: undefined, innerSize: undefined }]) {
        expect(bits(f(new Float32Array(12), x, 6, ...rest(options)))).toEqual(bits(f(new Float32Array(12), x, 6)));
        expect(bits(df(new Float32Array(24), x, 6, ...rest(options)))).toEqual(bits(df(new Float32Array(24), x, 6)));
        expect(bits(bw(new Float32Array(24), dy, x, 6, ...rest(options)))).toEqual(bits(bw(new Float32Array(24), dy, x, 6)));
      }
    });
    it('rejects bad options with a TypeError or RangeError naming them', () => {
      const x = new Float32Array(24);
      const bad: [unknown, ErrorConstructor, ...RegExp[]][] = [
        [null, TypeError, /options must be an object/, /null/],
        [3, TypeError, /options/, /number 3/],
        ['interleaved', TypeError, /options/, /string "interleaved"/],
        [{ layout: 'rows' }, RangeError, /layout must be 'halves' or 'interleaved'/, /string "rows"/],
        [{ layout: 1 }, TypeError, /layout/, /number 1/],
        [{ layout: null }, TypeError, /layout/, /null/],
        [{ innerSize: 0 }, RangeError, /innerSize must be a positive integer/, /number 0/],
        [{ innerSize: 1.5 }, RangeError, /innerSize/, /1\.5/],
        [{ innerSize: '2' }, TypeError, /innerSize/, /string "2"/],
        [{ innerSize: 5 }, RangeError, /innerSize = 5 must divide the length 24/],
      ];
      for (const [options, type, ...patterns] of bad) {
        const rs = undefined;
        expectThrow(() => f(new Float32Array(12), x, rs, ...rest(options as object)), type, ...patterns);
        expectThrow(() => df(new Float32Array(24), x, rs, ...rest(options as object)), type, ...patterns);
        expectThrow(() => bw(new Float32Array(24), new Float32Array(12), x, rs, ...rest(options as object)), type, ...patterns);
      }
      // rowSize · innerSize must divide the length; rowSize must be even in either layout
      expectThrow(
        () => f(new Float32Array(12), x, 4, ...rest({ innerSize: 4 })),
        RangeError,
        /rowSize \* innerSize = 16 must divide the length 24/,
      );
      expectThrow(() => f(new Float32Array(12), x, undefined, ...rest({ innerSize: 8 })), RangeError, /rowSize must be even/, /3/);
      expectThrow(() => f(new Float32Array(12), x, 3, ...rest({ layout: 'interleaved' })), RangeError, /rowSize must be even/, /pairs/);
      // an empty x takes any valid innerSize
      const e = new Float32Array(0);
      expect(f(e, new Float32Array(0), undefined, ...rest({ layout: 'interleaved', innerSize: 3 }))).toBe(e);
    });
  });
}
