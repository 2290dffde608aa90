// The float64 ∂/∂b = a·g′(b) of glu, geglu, gegluTanh and swiglu (β = 1, 1.702, 0.3) within
// 4 ulp of the exact product: a seeded random search against decimal.js aimed at the worst case
// (test/helpers/gated-search.ts). The fixtures' dense grids (docs/accuracy.md) cover the same
// ground deterministically.
import { describe, expect, it } from 'vitest';
import { gegluDerivative, gegluTanhDerivative, gluDerivative, swigluDerivative } from '../src/index.js';
import { DERIVATIVE_ZEROS, F64_ULP } from './contract.js';
import { GELU, GELU_TANH, swishGate } from './helpers/gated.js';
import { SIGMOID_SLOPE, type SlopeUnit, searchSlope } from './helpers/gated-search.js';

const swiglu = (beta: number): SlopeUnit => ({
  name: `swiglu(a, b, ${beta})`,
  db: (a, b) => swigluDerivative(a, b, beta)[1],
  gate: swishGate(beta),
  lo: -30 / beta,
  hi: 30 / beta,
  zero: DERIVATIVE_ZEROS.siluDerivative / beta,
});
const UNITS: SlopeUnit[] = [
  { name: 'glu', db: (a, b) => gluDerivative(a, b)[1], gate: SIGMOID_SLOPE, lo: -40, hi: 40 },
  { name: 'geglu', db: (a, b) => gegluDerivative(a, b)[1], gate: GELU, lo: -37, hi: 10, zero: DERIVATIVE_ZEROS.geluDerivative },
  {
    name: 'gegluTanh',
    db: (a, b) => gegluTanhDerivative(a, b)[1],
    gate: GELU_TANH,
    lo: -21,
    hi: 10,
    zero: DERIVATIVE_ZEROS.geluTanhDerivative,
  },
  swiglu(1),
  swiglu(1.702),
  swiglu(0.3),
];

describe('gated units: ∂/∂b = a·g′(b) against decimal.js, seeded random search', () => {
  UNITS.forEach((unit, i) => {
    const r = searchSlope(unit, 0x5eed + i, 2500);
    it(`${unit.name}: ∂/∂b at ${r.n} points is within ${F64_ULP} ulp (max ${r.max.toFixed(3)} ulp at ${r.at})`, () => {
      expect(r.over.slice(0, 8)).toEqual([]);
    });
  });
});
