import { describe, expect, it } from 'vitest';
import { MILD_PATH } from '../../../test/fixtures';
import { INITIAL_STATE } from '../state/self-check-state';
import { computeResult } from './compute-result';

const AT = new Date('2025-03-01T12:00:00Z');

describe('computeResult', () => {
  it('gives nothing while required answers are missing', () => {
    expect(computeResult(INITIAL_STATE, AT)).toBeNull();
  });

  it('scores a mild path as mild KUD with the outpatient suggestion (rule 4)', () => {
    const computed = computeResult(MILD_PATH, AT);
    expect(computed?.result.kud).toMatchObject({ count: 2, severity: 'mild' });
    expect(computed?.result.careIntensity).toMatchObject({ level: 'O', ruleNumber: 4 });
    expect(computed?.result.withdrawalSelfRating?.sowsTotal).toBe(0);
    expect(computed?.scores.phq9).toBeNull();
  });

  it('still routes to 988 when PHQ-9 item 9 was answered and the screen then skipped', () => {
    const computed = computeResult(
      {
        ...MILD_PATH,
        answers: { ...MILD_PATH.answers, phq9: { selfHarmThoughts: 1 } },
        skipped: { phq9: true, gad7: true },
      },
      AT,
    );
    expect(computed?.phq9SelfHarm).toBe(true);
    expect(computed?.result.crisis.show988).toBe(true);
    expect(computed?.suicidalThoughtsAnswered).toBe(false);
  });

  it('suggests supervised inpatient withdrawal for alcohol use with morning shakes (rule 2)', () => {
    const computed = computeResult(
      {
        ...MILD_PATH,
        use: {
          ...MILD_PATH.use,
          otherSubstances: ['alcohol'],
          substanceDetails: { alcohol: { frequency: 'daily', shakyWhenGoingWithout: true } },
        },
      },
      AT,
    );
    expect(computed?.result.careIntensity).toMatchObject({ level: 'H', ruleNumber: 2 });
  });

  it('counts "no safe place to stay" towards rule 2', () => {
    const computed = computeResult({ ...MILD_PATH, use: { ...MILD_PATH.use, safePlace: 'no' } }, AT);
    expect(computed?.result.careIntensity.reasonKeys).toContain('selfCheck.care.reason.noSafePlace');
  });

  it('reads the last dose in the browser time zone and gives the hours since', () => {
    const computed = computeResult(
      { ...MILD_PATH, use: { ...MILD_PATH.use, lastDoseNotSure: false, lastDose: '2025-02-28T06:00' } },
      AT,
    );
    // Tests run with TZ=UTC (root vitest config), so 06:00 local is 30 hours before 12:00 UTC the next day.
    expect(computed?.result.withdrawalCourse).toMatchObject({ phase: 'peak-window', hoursSinceLastDose: 30 });
  });
});
