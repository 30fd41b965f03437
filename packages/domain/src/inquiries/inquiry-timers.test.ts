import { describe, expect, it } from 'vitest';
import { inquiryTimers, median } from './inquiry-timers.js';

const SUBMITTED = '2026-01-01T10:00:00.000Z';

describe('inquiryTimers', () => {
  it('counts the wait until now while nobody has made contact', () => {
    expect(inquiryTimers(SUBMITTED, null, '2026-01-01T10:59:59.000Z', 60)).toEqual({
      minutesWaiting: 59,
      firstContactOverdue: false,
    });
    expect(inquiryTimers(SUBMITTED, null, '2026-01-01T11:00:00.000Z', 60)).toEqual({
      minutesWaiting: 60,
      firstContactOverdue: false,
    });
    expect(inquiryTimers(SUBMITTED, null, '2026-01-01T11:01:00.000Z', 60)).toEqual({
      minutesWaiting: 61,
      firstContactOverdue: true,
    });
  });

  it('stops the clock at the first contact', () => {
    const contacted = inquiryTimers(SUBMITTED, '2026-01-01T10:20:00.000Z', '2026-01-03T00:00:00.000Z', 60);
    expect(contacted).toEqual({ minutesWaiting: 20, firstContactOverdue: false });
    const late = inquiryTimers(SUBMITTED, '2026-01-01T12:00:00.000Z', '2026-01-03T00:00:00.000Z', 60);
    expect(late).toEqual({ minutesWaiting: 120, firstContactOverdue: true });
  });

  it('never shows a negative wait (a clock a little behind the database)', () => {
    expect(inquiryTimers(SUBMITTED, null, '2026-01-01T09:59:00.000Z', 60).minutesWaiting).toBe(0);
  });
});

describe('median', () => {
  it.each([
    [[], null],
    [[5], 5],
    [[3, 1, 10, 4], 3.5],
    [[9, 1, 5], 5],
  ])('median(%j) is %s', (values, expected) => {
    expect(median(values)).toBe(expected);
  });
});
