import { describe, expect, it } from 'vitest';
import { SELF_CHECK_MESSAGES_EN } from './self-check.messages.en.js';
import { describeWithdrawalCourse } from './withdrawal-timeline.js';

describe('describeWithdrawalCourse', () => {
  // C.4.6: the phases follow the article's window, onset 12–48 h after the last dose.
  it.each([
    [0, 'before-usual-onset'],
    [6, 'before-usual-onset'],
    [11.99, 'before-usual-onset'],
    [12, 'onset-window'],
    [24, 'onset-window'],
    [47.99, 'onset-window'],
    [48, 'after-onset-window'],
    [24 * 60, 'after-onset-window'],
  ] as const)('places %s hours since the last dose in the %s phase', (hours, phase) => {
    expect(describeWithdrawalCourse(hours).phase).toBe(phase);
  });

  it.each([null, -1, Number.NaN, Number.POSITIVE_INFINITY])('gives the unknown phase for %s hours', (hours) => {
    const course = describeWithdrawalCourse(hours);
    expect(course.phase).toBe('unknown');
    expect(course.hoursSinceLastDose).toBeNull();
    expect(course.caveatKeys).toContain('selfCheck.withdrawal.caveat.lastDoseUnknown');
  });

  it("gives the article's course, 12–48 h onset lasting days to weeks, marked as low-quality evidence", () => {
    const course = describeWithdrawalCourse(10);
    expect(course.expected).toEqual({ onsetHours: [12, 48], lasts: 'days-to-weeks' });
    expect(course.expectedLines).toEqual([
      { key: 'selfCheck.withdrawal.expected.onsetHours', values: { min: 12, max: 48 } },
      { key: 'selfCheck.withdrawal.expected.daysToWeeks' },
    ]);
    expect(course.evidence).toBe('low');
    expect(course.hoursSinceLastDose).toBe(10);
  });

  it('mentions the earlier 6 h onset of other sources only as a caveat', () => {
    const course = describeWithdrawalCourse(30);
    expect(course.caveatKeys).toEqual([
      'selfCheck.withdrawal.caveat.lowEvidence',
      'selfCheck.withdrawal.caveat.otherSourcesEarlier',
      'selfCheck.withdrawal.caveat.variesWithUse',
      'selfCheck.withdrawal.caveat.informationOnly',
    ]);
    const phaseAndExpected = [course.phaseKey, ...course.expectedLines.map((line) => line.key)];
    for (const key of phaseAndExpected) {
      expect(SELF_CHECK_MESSAGES_EN[key], key).not.toMatch(/\b6\b|6 to 24|peak|worst/);
    }
  });

  it('names the window in the phase sentences', () => {
    expect(SELF_CHECK_MESSAGES_EN[describeWithdrawalCourse(5).phaseKey]).toMatch(/less than 12 hours/);
    expect(SELF_CHECK_MESSAGES_EN[describeWithdrawalCourse(30).phaseKey]).toMatch(/12 to 48 hours/);
    expect(SELF_CHECK_MESSAGES_EN[describeWithdrawalCourse(50).phaseKey]).toMatch(/several days to a few weeks/);
  });

  it('lists the usual symptoms, physical first and craving last, with research sources only', () => {
    const course = describeWithdrawalCourse(30);
    expect(course.symptomKeys[0]).toBe('selfCheck.withdrawal.symptom.muscleAches');
    expect(course.symptomKeys.at(-1)).toBe('selfCheck.withdrawal.symptom.craving');
    expect(new Set(course.symptomKeys).size).toBe(course.symptomKeys.length);
    expect(course.sourceIds).toEqual(['singh-2014', 'mcwhirter-morris-2010', 'galbis-reig-2016']);
  });

  it('names a message for every phase', () => {
    expect(describeWithdrawalCourse(30).phaseKey).toBe('selfCheck.withdrawal.phase.onsetWindow');
    expect(describeWithdrawalCourse(null).phaseKey).toBe('selfCheck.withdrawal.phase.unknown');
  });
});
