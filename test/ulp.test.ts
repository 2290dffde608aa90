import { describe, expect, it } from 'vitest';
import {
  absError,
  FLOAT32,
  signedZeroMismatch,
  ulpDistance32,
  ulpDistance64,
  ulpError32,
  ulpError64,
  ulpExponent,
  ulpOfExact,
} from './ulp.js';

describe('ulpDistance64', () => {
  it('is 0 for equal values and for +0 vs −0', () => {
    expect(ulpDistance64(1.5, 1.5)).toBe(0);
    expect(ulpDistance64(0, -0)).toBe(0);
  });
  it('counts one step between neighbours, across powers of two', () => {
    expect(ulpDistance64(1, 1 + Number.EPSILON)).toBe(1);
    expect(ulpDistance64(1, 1 - Number.EPSILON / 2)).toBe(1);
    expect(ulpDistance64(2, 1)).toBe(2 ** 52);
  });
  it('counts subnormal steps and crosses zero', () => {
    expect(ulpDistance64(5e-324, 0)).toBe(1);
    expect(ulpDistance64(5e-324, -5e-324)).toBe(2);
    expect(ulpDistance64(2 ** -1022, 2 ** -1022 - 5e-324)).toBe(1);
  });
  it('treats NaN and infinities as equal only to themselves', () => {
    expect(ulpDistance64(NaN, NaN)).toBe(0);
    expect(ulpDistance64(NaN, 1)).toBe(Infinity);
    expect(ulpDistance64(Infinity, Infinity)).toBe(0);
    expect(ulpDistance64(Infinity, Number.MAX_VALUE)).toBe(Infinity);
    expect(ulpDistance64(-Infinity, Infinity)).toBe(Infinity);
  });
});

describe('ulpDistance32', () => {
  it('counts float32 steps', () => {
    expect(ulpDistance32(1, Math.fround(1 + 2 ** -23))).toBe(1);
    expect(ulpDistance32(Math.fround(1e-45), 0)).toBe(1);
    expect(ulpDistance32(Math.fround(1e-45), -Math.fround(1e-45))).toBe(2);
    expect(ulpDistance32(-0, 0)).toBe(0);
  });
  it('rejects values that are not float32', () => {
    expect(() => ulpDistance32(0.1, 0.1)).toThrow(RangeError);
  });
});

describe('signedZeroMismatch', () => {
  it('flags a zero of the wrong sign only', () => {
    expect(signedZeroMismatch(0, -0)).toBe(true);
    expect(signedZeroMismatch(-0, 0)).toBe(true);
    expect(signedZeroMismatch(-0, -0)).toBe(false);
    expect(signedZeroMismatch(5e-324, 0)).toBe(false);
  });
});

describe('ulpExponent / ulpOfExact', () => {
  it('is the spacing of the format at the exact value', () => {
    expect(ulpOfExact(1.5, 0)).toBe(Number.EPSILON);
    expect(ulpOfExact(-3, 0.25)).toBe(2 * Number.EPSILON);
    expect(ulpOfExact(1, 0.5, FLOAT32)).toBe(2 ** -23);
  });
  it('takes the binade below when the exact value rounds up to a power of two', () => {
    // v = 1 − 2^-55 rounds to 1; ulp(v) = 2^-53, r = −2^-55/2^-53 = −0.25
    expect(ulpOfExact(1, -0.25)).toBe(2 ** -53);
    expect(ulpOfExact(-1, 0.25)).toBe(2 ** -53);
    expect(ulpOfExact(1, 0.25)).toBe(2 ** -52);
    expect(ulpOfExact(Math.fround(2 ** -20), -0.1, FLOAT32)).toBe(2 ** -44);
  });
  it('is the least subnormal spacing for subnormals and zero', () => {
    expect(ulpOfExact(5e-324, 0)).toBe(5e-324);
    expect(ulpOfExact(2 ** -1022, -0.25)).toBe(5e-324);
    expect(ulpOfExact(0, 0)).toBe(5e-324);
    expect(ulpExponent(0, 0, FLOAT32)).toBe(-149);
    expect(ulpExponent(2 ** -130, 0, FLOAT32)).toBe(-149);
  });
});

describe('ulpError64 / ulpError32 (fractional, against y + r·ulp)', () => {
  it('is |r| for the correctly rounded result and grows by one per step', () => {
    expect(ulpError64(1.5, 1.5, 0.25)).toBe(0.25);
    expect(ulpError64(1.5 + 2 * Number.EPSILON, 1.5, 0.25)).toBe(1.75);
    expect(ulpError64(1.5 - Number.EPSILON, 1.5, 0.25)).toBe(1.25);
    expect(ulpError64(-1.5 - Number.EPSILON, -1.5, -0.25)).toBe(0.75);
  });
  it('measures in the lower binade below a power of two', () => {
    // v = 1 − 0.25·2^-53: the result 1 − 2^-53 is 0.75 ulp(v) off, 1 is 0.25 off
    expect(ulpError64(1 - 2 ** -53, 1, -0.25)).toBe(0.75);
    expect(ulpError64(1, 1, -0.25)).toBe(0.25);
    expect(ulpError64(1 + Number.EPSILON, 1, -0.25)).toBe(2.25);
  });
  it('handles subnormals, zero and results that underflow in the scaling', () => {
    expect(ulpError64(5e-324, 0, 0.3)).toBeCloseTo(0.7, 12);
    expect(ulpError64(-5e-324, -0, 0)).toBe(1);
    expect(ulpError64(3 * 5e-324, 5e-324, 0)).toBe(2);
    expect(ulpError64(2 ** -1022, 2 ** -1022 - 5e-324, 0.5)).toBe(0.5);
    expect(ulpError64(0, 1e-300, 0)).toBe((2 ** 52 * 1e-300) / 2 ** Math.floor(Math.log2(1e-300)));
  });
  it('handles huge values and steps across the binade above', () => {
    expect(ulpError64(Number.MAX_VALUE, Number.MAX_VALUE, -0.5)).toBe(0.5);
    expect(ulpError64(2 ** 1000, 2 ** 1000 - 2 ** 947, 0)).toBe(1); // one step of the lower binade's spacing
    expect(ulpError64(2 ** 1000 - 2 ** 947, 2 ** 1000, 0)).toBe(0.5); // half a step of the upper one
  });
  it('is 0 for matching NaN/infinities and Infinity for a mismatch', () => {
    expect(ulpError64(NaN, NaN, 0)).toBe(0);
    expect(ulpError64(Infinity, Infinity, 0)).toBe(0);
    expect(ulpError64(NaN, 1, 0)).toBe(Infinity);
    expect(ulpError64(Number.MAX_VALUE, Infinity, 0)).toBe(Infinity);
    expect(ulpError64(-Infinity, Infinity, 0)).toBe(Infinity);
    expect(ulpError32(Infinity, Math.fround(3.4e38), 0)).toBe(Infinity);
  });
  it('ulpError32 counts float32 ulps and rejects non-float32 values', () => {
    const one = 1;
    const up = Math.fround(1 + 2 ** -23);
    expect(ulpError32(up, one, 0.1)).toBeCloseTo(0.9, 12);
    expect(ulpError32(Math.fround(2 ** -149), 0, 0)).toBe(1);
    expect(ulpError32(-0, 0, 0)).toBe(0);
    expect(() => ulpError32(0.1, Math.fround(0.1), 0)).toThrow(RangeError);
  });
});

describe('absError', () => {
  it('is the absolute distance to y + r·ulp(v)', () => {
    expect(absError(1, 1, 0.5)).toBe(2 ** -53);
    expect(absError(0, 2 ** -60, 0)).toBe(2 ** -60);
    expect(absError(NaN, NaN, 0)).toBe(0);
    expect(absError(1, NaN, 0)).toBe(Infinity);
  });
});
