import { describe, expect, it } from 'vitest';
import { MILD_PATH } from '../../../test/fixtures';
import { INITIAL_STATE } from '../state/self-check-state';
import { computeResult } from './use-computed-result';

const AT = new Date('2025-03-01T12:00:00Z');

describe('computeResult (the answers handed to the domain)', () => {
  it('has no outcome while required answers are missing, but still a safety part', () => {
    const { evaluation } = computeResult(INITIAL_STATE, AT);
    expect(evaluation.status).toBe('incomplete');
    expect(evaluation.outcome).toBeNull();
    expect(evaluation.safety.show988).toBe(false);
  });

  it('keeps the 988 alert for PHQ-9 item 9 above 0 when every other answer is missing or invalid', () => {
    const { evaluation } = computeResult(
      { ...INITIAL_STATE, answers: { ...INITIAL_STATE.answers, phq9: { selfHarmThoughts: 1, sleep: 7 } } },
      AT,
    );
    expect(evaluation.status).toBe('incomplete');
    expect(evaluation.safety.phq9Item9).toBe(true);
    expect(evaluation.safety.show988).toBe(true);
    expect(evaluation.safety.alerts.map((alert) => alert.kind)).toEqual(['phq9-item9']);
  });

  it('scores a mild path as outpatient counselling, with its rule, steps and options', () => {
    const { evaluation } = computeResult(MILD_PATH, AT);
    expect(evaluation.outcome?.kud).toMatchObject({ count: 2, severity: 'mild' });
    expect(evaluation.outcome?.care).toMatchObject({ level: 'O', ruleNumber: 4 });
    expect(evaluation.outcome?.summaryCard.nextSteps.length).toBeGreaterThan(0);
  });

  it('passes "no safe place to stay" on to the care rules', () => {
    const { evaluation } = computeResult({ ...MILD_PATH, use: { ...MILD_PATH.use, safePlace: 'no' } }, AT);
    expect(evaluation.outcome?.care.reasonKeys).toContain('selfCheck.care.reason.noSafePlace');
  });

  it('reads the last dose in the browser time zone and gives the hours since', () => {
    const { evaluation } = computeResult(
      { ...MILD_PATH, use: { ...MILD_PATH.use, lastDoseNotSure: false, lastDose: '2025-02-28T06:00' } },
      AT,
    );
    // Tests run with TZ=UTC (root vitest config), so 06:00 local is 30 hours before 12:00 UTC the next day.
    expect(evaluation.outcome?.withdrawal.course.hoursSinceLastDose).toBe(30);
  });
});
