import { describe, expect, it } from 'vitest';
import {
  hasDecimals,
  takenAtIssue,
  VITAL_SIGN_FIELDS,
  VITAL_SIGNS,
  VITALS_CLOCK_SKEW_MS,
  vitalSignIssue,
  vitalsIssues,
  type VitalSignField,
} from './vital-signs.js';

describe('vital signs data-entry limits', () => {
  it('codes each measurement with its FHIR R4 vital-signs LOINC code and UCUM unit', () => {
    expect(Object.values(VITAL_SIGNS).map((sign) => [sign.field, sign.loinc, sign.ucum])).toEqual([
      ['heartRate', '8867-4', '/min'],
      ['systolic', '8480-6', 'mm[Hg]'],
      ['diastolic', '8462-4', 'mm[Hg]'],
      ['temperature', '8310-5', 'Cel'],
      ['respiratoryRate', '9279-1', '/min'],
      ['oxygenSaturation', '59408-5', '%'],
    ]);
  });

  // Every boundary: the limit itself is accepted, one step beyond it is refused.
  it.each([
    ['heartRate', 20, 300, 1],
    ['systolic', 40, 300, 1],
    ['diastolic', 20, 200, 1],
    ['temperature', 25, 45, 0.1],
    ['respiratoryRate', 2, 80, 1],
    ['oxygenSaturation', 40, 100, 1],
  ] as const)('accepts %s from %d to %d and refuses one step outside', (field, min, max, step) => {
    expect(vitalSignIssue(field, min)).toBeUndefined();
    expect(vitalSignIssue(field, max)).toBeUndefined();
    expect(vitalSignIssue(field, Math.round((min - step) * 10) / 10)).toMatchObject({ field, rule: 'range' });
    expect(vitalSignIssue(field, Math.round((max + step) * 10) / 10)).toMatchObject({ field, rule: 'range' });
    expect(VITAL_SIGNS[field]).toMatchObject({ min, max });
  });

  it.each([
    ['heartRate', 80.5, 'Must be a whole number'],
    ['systolic', 120.2, 'Must be a whole number'],
    ['temperature', 37.15, 'Must have at most one decimal place'],
  ] as const)('refuses %s = %d as too precise', (field, value, message) => {
    expect(vitalSignIssue(field, value)).toEqual({ field, rule: 'decimals', message });
  });

  it('accepts tenths of a degree despite binary floating point', () => {
    expect(vitalSignIssue('temperature', 37.1)).toBeUndefined();
    expect(vitalSignIssue('temperature', 36.6)).toBeUndefined();
    expect(hasDecimals(0.1 + 0.2, 1)).toBe(true);
  });

  it.each([Number.NaN, Number.POSITIVE_INFINITY, Number.NEGATIVE_INFINITY])('refuses %d', (value) => {
    for (const field of VITAL_SIGN_FIELDS) {
      expect(vitalSignIssue(field, value)).toMatchObject({ field, rule: 'range' });
    }
  });
});

describe('a whole vitals record', () => {
  it('needs at least one measurement', () => {
    expect(vitalsIssues({})).toEqual([
      { field: 'heartRate', rule: 'at-least-one', message: 'Enter at least one measurement' },
    ]);
  });

  it.each(VITAL_SIGN_FIELDS)('accepts %s alone', (field: VitalSignField) => {
    expect(vitalsIssues({ [field]: VITAL_SIGNS[field].max })).toEqual([]);
  });

  it('wants systolic above diastolic when both are given (equal is refused)', () => {
    expect(vitalsIssues({ systolic: 121, diastolic: 120 })).toEqual([]);
    expect(vitalsIssues({ systolic: 120, diastolic: 120 })).toEqual([
      { field: 'systolic', rule: 'systolic-above-diastolic', message: 'Must be above the diastolic value' },
    ]);
    expect(vitalsIssues({ systolic: 90, diastolic: 100 })).toMatchObject([{ rule: 'systolic-above-diastolic' }]);
  });

  it('reports every bad field, in field order', () => {
    expect(vitalsIssues({ heartRate: 10, temperature: 50, oxygenSaturation: 101 }).map((issue) => issue.field)).toEqual(
      ['heartRate', 'temperature', 'oxygenSaturation'],
    );
  });
});

describe('when the vitals were taken', () => {
  const now = Date.parse('2027-01-01T10:00:00.000Z');

  it('accepts now and up to the clock skew ahead, and refuses one millisecond more', () => {
    expect(takenAtIssue(now, now)).toBeUndefined();
    expect(takenAtIssue(now - 365 * 24 * 3600 * 1000, now)).toBeUndefined();
    expect(takenAtIssue(now + VITALS_CLOCK_SKEW_MS, now)).toBeUndefined();
    expect(takenAtIssue(now + VITALS_CLOCK_SKEW_MS + 1, now)).toEqual({
      field: 'takenAt',
      rule: 'future',
      message: 'Must not be in the future',
    });
  });
});
