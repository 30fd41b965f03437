import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { clampLimit, decodeCursor, encodeCursor, MAX_PAGE_SIZE, toKeysetPage } from './keyset.js';

describe('keyset cursors', () => {
  it('read back exactly what they carry, for any sort values', () => {
    const value = fc.oneof(fc.string(), fc.integer(), fc.constant(null));
    fc.assert(
      fc.property(fc.array(value, { minLength: 1, maxLength: 4 }), (values) => {
        const cursor = encodeCursor(values);
        expect(cursor).toMatch(/^[A-Za-z0-9_-]+$/);
        expect(decodeCursor(cursor, values.length)).toEqual(values);
      }),
    );
  });

  it('refuse a cursor of another arity, of other value types, or not made by encodeCursor', () => {
    expect(decodeCursor(encodeCursor(['a', 'b']), 3)).toBeUndefined();
    expect(decodeCursor(Buffer.from('[{"a":1}]').toString('base64url'), 1)).toBeUndefined();
    expect(decodeCursor(Buffer.from('{"0":"a"}').toString('base64url'), 1)).toBeUndefined();
    expect(decodeCursor('not base64 json', 1)).toBeUndefined();
    expect(decodeCursor('bm90IGpzb24', 1)).toBeUndefined();
    expect(decodeCursor('', 1)).toBeUndefined();
    expect(decodeCursor('a'.repeat(2001), 1)).toBeUndefined();
  });
});

describe('keyset pages', () => {
  it('cut limit + 1 fetched rows to a page whose cursor points after its last row', () => {
    const rows = [{ id: 'a' }, { id: 'b' }, { id: 'c' }];
    const page = toKeysetPage(rows, 2, (row) => [row.id]);
    expect(page.rows).toEqual([{ id: 'a' }, { id: 'b' }]);
    expect(decodeCursor(page.nextCursor ?? '', 1)).toEqual(['b']);
    expect(toKeysetPage(rows, 3, (row) => [row.id])).toEqual({ rows, nextCursor: null });
  });

  it('clamp the page size to 1..MAX_PAGE_SIZE, whole numbers only', () => {
    expect(clampLimit(20)).toBe(20);
    expect(clampLimit(0)).toBe(1);
    expect(clampLimit(-5)).toBe(1);
    expect(clampLimit(2.7)).toBe(2);
    expect(clampLimit(10_000)).toBe(MAX_PAGE_SIZE);
    expect(clampLimit(Number.NaN)).toBe(1);
    expect(MAX_PAGE_SIZE).toBe(100);
  });
});
