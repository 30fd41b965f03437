import { describe, expect, it } from 'vitest';
import { clampPage, MAX_PAGE_SIZE } from './page.js';

describe('clampPage', () => {
  it('keeps a sensible request as it is', () => {
    expect(clampPage({ limit: 20, offset: 40 })).toEqual({ limit: 20, offset: 40 });
  });

  it('caps the limit at the maximum page size and raises it to at least 1', () => {
    expect(clampPage({ limit: 10_000, offset: 0 }).limit).toBe(MAX_PAGE_SIZE);
    expect(clampPage({ limit: 0, offset: 0 }).limit).toBe(1);
  });

  it('turns negative, fractional and NaN values into safe integers', () => {
    expect(clampPage({ limit: 2.7, offset: -5 })).toEqual({ limit: 2, offset: 0 });
    expect(clampPage({ limit: Number.NaN, offset: Number.NaN })).toEqual({ limit: 1, offset: 0 });
  });
});
