import { describe, expect, it } from 'vitest';
import { describeWithdrawalCourse } from './withdrawal-timeline.js';

describe('describeWithdrawalCourse', () => {
  it.each([
    [0, 'before-usual-onset'],
    [5.99, 'before-usual-onset'],
    [6, 'onset-window'],
    [23.99, 'onset-window'],
    [24, 'peak-window'],
    [71.99, 'peak-window'],
    [72, 'easing'],
    [239.99, 'easing'],
    [240, 'after-acute'],
    [24 * 60, 'after-acute'],
  ] as const)('places %s hours since the last dose in the %s phase', (hours, phase) => {
    expect(describeWithdrawalCourse(hours).phase).toBe(phase);
  });

  it.each([null, -1, Number.NaN, Number.POSITIVE_INFINITY])('gives the unknown phase for %s hours', (hours) => {
    const course = describeWithdrawalCourse(hours);
    expect(course.phase).toBe('unknown');
    expect(course.hoursSinceLastDose).toBeNull();
    expect(course.caveatKeys).toContain('selfCheck.withdrawal.caveat.lastDoseUnknown');
  });

  it('gives the expected course covering both published onset windows, marked as low-quality evidence', () => {
    const course = describeWithdrawalCourse(10);
    expect(course.expected).toEqual({
      onsetHours: [6, 48],
      peakDays: [1, 3],
      acuteEasesByDays: [3, 10],
      psychologicalWeeks: true,
    });
    expect(course.evidence).toBe('low');
    expect(course.hoursSinceLastDose).toBe(10);
  });

  it('always says the evidence is weak, varies with use and is information only', () => {
    const caveats = describeWithdrawalCourse(30).caveatKeys;
    expect(caveats).toEqual([
      'selfCheck.withdrawal.caveat.lowEvidence',
      'selfCheck.withdrawal.caveat.windowsDiffer',
      'selfCheck.withdrawal.caveat.variesWithUse',
      'selfCheck.withdrawal.caveat.informationOnly',
    ]);
  });

  it('lists the usual symptoms, physical first and craving last', () => {
    const symptoms = describeWithdrawalCourse(30).symptomKeys;
    expect(symptoms[0]).toBe('selfCheck.withdrawal.symptom.muscleAches');
    expect(symptoms.at(-1)).toBe('selfCheck.withdrawal.symptom.craving');
    expect(new Set(symptoms).size).toBe(symptoms.length);
  });

  it('names a message for every phase', () => {
    expect(describeWithdrawalCourse(30).phaseKey).toBe('selfCheck.withdrawal.phase.peakWindow');
    expect(describeWithdrawalCourse(null).phaseKey).toBe('selfCheck.withdrawal.phase.unknown');
  });
});
