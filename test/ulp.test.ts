import { describe, expect, it } from 'vitest';
import { signedZeroMismatch, ulpDistance32, ulpDistance64 } from './ulp.js';

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
