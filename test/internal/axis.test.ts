import { describe, expect, it } from 'vitest';
import { innerSizeOf } from '../../src/internal/axis.js';

describe('innerSizeOf', () => {
  it('defaults to 1 (the last axis)', () => {
    expect(innerSizeOf(undefined, 3, 12)).toBe(1);
  });
  it('accepts an inner size whose product with rowSize divides the length', () => {
    expect(innerSizeOf(4, 3, 24)).toBe(4);
    expect(innerSizeOf(2, 5, 0)).toBe(2);
  });
  it('throws a RangeError naming the value for a non-integer or non-positive size', () => {
    expect(() => innerSizeOf(0, 3, 12)).toThrow(new RangeError('innerSize must be a positive integer, got number 0'));
    expect(() => innerSizeOf(1.5, 3, 12)).toThrow(RangeError);
  });
  it('throws a TypeError for a non-number', () => {
    expect(() => innerSizeOf('2' as unknown as number, 3, 12)).toThrow(TypeError);
  });
  it('throws a RangeError when rowSize·innerSize does not divide the length', () => {
    expect(() => innerSizeOf(4, 3, 16)).toThrow(new RangeError('rowSize * innerSize = 12 must divide the length 16'));
  });
});
