import { describe, expect, it, vi } from 'vitest';
import { timeOrderedUuid } from './audit-chain.js';

describe('audit ids', () => {
  it('are UUIDv7: version 7, the RFC variant, the time in the first 48 bits', () => {
    const before = Date.now();
    const id = timeOrderedUuid();
    const after = Date.now();
    expect(id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-7[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    const millis = parseInt(id.slice(0, 8) + id.slice(9, 13), 16);
    expect(millis).toBeGreaterThanOrEqual(before);
    expect(millis).toBeLessThanOrEqual(after);
  });

  it('sort by time across milliseconds, and differ within one', () => {
    vi.useFakeTimers({ now: new Date('2026-12-03T10:00:00.000Z'), toFake: ['Date'] });
    try {
      const first = timeOrderedUuid();
      const sameMillisecond = timeOrderedUuid();
      vi.setSystemTime(new Date('2026-12-03T10:00:00.001Z'));
      const later = timeOrderedUuid();
      expect(sameMillisecond).not.toBe(first);
      expect(first < later && sameMillisecond < later).toBe(true);
    } finally {
      vi.useRealTimers();
    }
  });
});
