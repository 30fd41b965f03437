import { describe, expect, it } from 'vitest';
import { paddedRange, xRange } from './chart-range';

describe('chart ranges', () => {
  it('centres a single reading on a time axis with an hour either side', () => {
    expect(xRange([1_780_000_000], 'time')).toEqual([1_780_000_000 - 3600, 1_780_000_000 + 3600]);
    expect(xRange([1_780_000_000, 1_780_000_000], 'time')).toEqual([1_780_000_000 - 3600, 1_780_000_000 + 3600]);
  });

  it('gives a single reading on an hours axis one hour either side', () => {
    expect(xRange([12], 'number')).toEqual([11, 13]);
  });

  it('lets several readings fit their span with 5% to spare', () => {
    const range = xRange([0, 100], 'time');
    expect(typeof range).toBe('function');
    expect(paddedRange(0, 100)).toEqual([-5, 105]);
    expect(paddedRange(null, null)).toEqual([-0.05, 1.05]);
    expect(paddedRange(7, 7)).toEqual([6, 8]);
  });
});
