// One test per framework name of rectified/registry (the rows of ./name-rows.ts): the rectified
// function it resolves to, the defaults it binds, its kink convention, and its values at a few
// points — f in float64 within 4 ulp and f32 within 1 float32 ulp of the framework's own
// definition computed in decimal.js (./reference.ts). The last test fails when the registry has a
// name the rows do not cover.
import { describe, expect, it } from 'vitest';
import { type Activation, activation, activationNames } from '../../src/registry/index.js';
import { roundToFloat32, roundToFloat64, toDecimal } from '../fixtures/reference.mjs';
import { ulpDistance32, ulpDistance64 } from '../ulp.js';
import { type Def, ROWS } from './name-rows.js';
import type * as R from './reference.js';

const XS = [-4.5, -1.25, -0.3, 0.7, 1.5, 3.25];
const PAIRS: [number, number][] = [
  [1.5, -0.7],
  [-2, 1.25],
  [0.5, 3],
];
const ROWS_OF: number[][] = [
  [1, 2, 3],
  [-1, 0.5, 4, 2],
];

function within(got: number, exact: ReturnType<R.Ref>, label: string): string[] {
  return ulpDistance64(got, roundToFloat64(exact)) <= 4 ? [] : [`${label}: got ${got}, want ${roundToFloat64(exact)}`];
}
function within32(got: number, exact: ReturnType<R.Ref>, label: string): string[] {
  return ulpDistance32(got, roundToFloat32(exact)) <= 1 ? [] : [`${label}: got ${got}, want ${roundToFloat32(exact)}`];
}

function values(act: Activation, def: Def): string[] {
  const bad: string[] = [];
  if ('el' in def && act.kind === 'elementwise') {
    const y = act.f32(new Float32Array(XS.length), Float32Array.from(XS));
    XS.forEach((x, i) => {
      bad.push(...within(act.f(x), def.el(toDecimal(x)), `f(${x})`), ...within32(y[i]!, def.el(toDecimal(x)), `f32 at ${x}`));
    });
  } else if ('gated' in def && act.kind === 'gated') {
    const y = act.f32(new Float32Array(PAIRS.length), Float32Array.from(PAIRS.flat()), 2);
    PAIRS.forEach(([a, b], i) => {
      const want = def.gated(toDecimal(a), toDecimal(b));
      bad.push(...within(act.f(a, b), want, `f(${a}, ${b})`), ...within32(y[i]!, want, `f32 at (${a}, ${b})`));
    });
  } else if ('rows' in def && (act.kind === 'rowwise' || act.kind === 'reduction')) {
    for (const r of ROWS_OF) {
      const want = def.rows(r.map(toDecimal));
      const got = act.kind === 'rowwise' ? act.f(r) : [act.f(r)];
      const got32 = act.f32(new Float32Array(want.length), Float32Array.from(r), r.length);
      want.forEach((w, i) => {
        bad.push(...within(got[i]!, w, `f([${r}])[${i}]`), ...within32(got32[i]!, w, `f32([${r}])[${i}]`));
      });
    }
  } else bad.push(`kind ${act.kind} does not fit the reference`);
  return bad;
}

const covered = new Set<string>();
for (const [fw, rows] of Object.entries(ROWS)) {
  describe(`${fw} names`, () => {
    for (const r of rows) {
      for (const n of r.names) {
        const name = `${fw}:${n}`;
        covered.add(name);
        it(`${name} is ${r.fn}(${Object.entries(r.params)
          .map(([k, v]) => `${k} = ${v}`)
          .join(', ')}) with the framework's values`, () => {
          const act = activation(name, r.over);
          expect(act.canonical).toBe(r.fn);
          expect(act.framework).toBe(fw);
          expect(act.params).toEqual(r.params);
          expect(act.kinks).toEqual(r.kinks ?? []);
          expect(values(act, r.def)).toEqual([]);
          for (const [x, slope] of r.kinks ?? []) {
            if (act.kind !== 'elementwise') throw new Error('kinks on a non-elementwise name');
            expect(act.derivative(x)).toBe(slope);
            const xs = Float32Array.of(x - 0.5, x, x + 0.5);
            expect(act.derivativeF32(new Float32Array(3), xs)[1]).toBe(slope);
            expect(act.backwardF32(new Float32Array(3), Float32Array.of(2, 2, 2), xs)[1]).toBe(2 * slope);
          }
        });
      }
    }
  });
}

it('every framework name the registry resolves has its test above', () => {
  expect(activationNames().filter((n) => n.includes(':') && !covered.has(n))).toEqual([]);
  expect([...covered].filter((n) => !activationNames().includes(n))).toEqual([]);
});
