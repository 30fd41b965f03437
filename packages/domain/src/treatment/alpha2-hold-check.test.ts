import { describe, expect, it } from 'vitest';
import { checkAlpha2Hold, type HoldCheckResult } from './alpha2-hold-check.js';
import { DEFAULT_TREATMENT_CONFIG } from './treatment-config.js';
import type { VitalsInput } from './treatment-input.js';
import type { TreatmentInvalid } from './treatment-issues.js';
import { HOUR_MS } from './treatment-time.js';

const NOW = Date.parse('2027-02-01T12:00:00Z');
const NORMAL = { systolic: 118, diastolic: 74, heartRate: 72 };
const fresh = (values: Partial<typeof NORMAL>, takenAtMs = NOW - HOUR_MS): VitalsInput => ({
  id: 'v1',
  takenAtMs,
  ...NORMAL,
  ...values,
});
function ok(result: HoldCheckResult | TreatmentInvalid): HoldCheckResult {
  if ('status' in result) {
    throw new Error(JSON.stringify(result.issues));
  }
  return result;
}
const outcome = (vitals: readonly VitalsInput[], drug: 'clonidine' | 'lofexidine' = 'clonidine'): string =>
  ok(checkAlpha2Hold(drug, vitals, NOW)).outcome;

describe('checkAlpha2Hold', () => {
  it.each([
    ['systolic', 89, 'hold'],
    ['systolic', 90, 'give'],
    ['systolic', 91, 'give'],
    ['diastolic', 59, 'hold'],
    ['diastolic', 60, 'give'],
    ['diastolic', 61, 'give'],
    ['heartRate', 59, 'hold'],
    ['heartRate', 60, 'give'],
    ['heartRate', 61, 'give'],
  ] as const)('clonidine with %s %i → %s (hold only strictly below the threshold)', (vital, value, expected) => {
    expect(outcome([fresh({ [vital]: value })])).toBe(expected);
  });

  it.each(['clonidine', 'lofexidine'] as const)('%s with a fresh low value holds and names it', (drug) => {
    const result = ok(checkAlpha2Hold(drug, [fresh({ heartRate: 52 })], NOW));
    expect(result).toMatchObject({ drug, outcome: 'hold', holdReasons: ['heartRate'], checkVitals: [] });
  });

  it('uses each drug’s own thresholds', () => {
    const config = {
      ...DEFAULT_TREATMENT_CONFIG,
      lofexidineHold: { systolicBelow: 95, diastolicBelow: 60, heartRateBelow: 55 },
    };
    const vitals = [fresh({ systolic: 92, heartRate: 58 })];
    expect(ok(checkAlpha2Hold('lofexidine', vitals, NOW, config))).toMatchObject({
      outcome: 'hold',
      holdReasons: ['systolic'],
    });
    expect(ok(checkAlpha2Hold('clonidine', vitals, NOW, config))).toMatchObject({
      outcome: 'hold',
      holdReasons: ['heartRate'],
    });
  });

  it.each([
    [4 * HOUR_MS - 1, 'give'],
    [4 * HOUR_MS, 'give'],
    [4 * HOUR_MS + 1, 'check-vitals'],
  ])('vitals %i ms old → %s (stale only when older than vitalsMaxAgeHours)', (ageMs, expected) => {
    expect(outcome([fresh({}, NOW - ageMs)])).toBe(expected);
  });

  it('says "check vitals", never "give", when a stale reading was abnormal, and shows it', () => {
    const result = ok(checkAlpha2Hold('clonidine', [fresh({ systolic: 80 }, NOW - 5 * HOUR_MS)], NOW));
    expect(result.outcome).toBe('check-vitals');
    expect(result.readings.find((reading) => reading.vital === 'systolic')).toMatchObject({
      value: 80,
      state: 'stale-low',
    });
  });

  it('says "check vitals" when there are no vitals at all', () => {
    expect(ok(checkAlpha2Hold('lofexidine', [], NOW))).toMatchObject({
      outcome: 'check-vitals',
      checkVitals: ['systolic', 'diastolic', 'heartRate'],
    });
  });

  it('says "check vitals" when one needed sign is missing and the others are fine', () => {
    const vitals: VitalsInput[] = [{ id: 'v', takenAtMs: NOW - HOUR_MS, systolic: 120, diastolic: 80 }];
    expect(ok(checkAlpha2Hold('clonidine', vitals, NOW))).toMatchObject({
      outcome: 'check-vitals',
      checkVitals: ['heartRate'],
    });
  });

  it('takes each sign’s latest value, so a later temperature alone does not hide the pressure', () => {
    const vitals: VitalsInput[] = [
      { id: 'full', takenAtMs: NOW - 2 * HOUR_MS, ...NORMAL, systolic: 86 },
      { id: 'temp', takenAtMs: NOW - HOUR_MS, temperature: 37.2 },
      { id: 'hr', takenAtMs: NOW - 30 * 60 * 1000, heartRate: 80 },
    ];
    const result = ok(checkAlpha2Hold('clonidine', vitals, NOW));
    expect(result.outcome).toBe('hold');
    expect(result.readings.map((reading) => reading.vitalsId)).toEqual(['full', 'full', 'hr']);
  });

  it('ignores vitals stamped after now', () => {
    const vitals = [fresh({ systolic: 80 }, NOW + 60_000)];
    expect(outcome(vitals)).toBe('check-vitals');
  });

  it('honours a configured vitalsMaxAgeHours', () => {
    const config = { ...DEFAULT_TREATMENT_CONFIG, vitalsMaxAgeHours: 1 };
    expect(ok(checkAlpha2Hold('clonidine', [fresh({}, NOW - 90 * 60 * 1000)], NOW, config)).outcome).toBe(
      'check-vitals',
    );
  });

  it.each([
    [{ id: 'v', takenAtMs: NOW, heartRate: 900 }, 'vitals[0].heartRate'],
    [{ id: 'v', takenAtMs: NOW, temperature: 98.6 }, 'vitals[0].temperature'],
    [{ id: 'v', takenAtMs: Number.POSITIVE_INFINITY, heartRate: 70 }, 'vitals[0].takenAtMs'],
  ])('refuses an implausible vital, naming the field (%#)', (vitals, path) => {
    expect(checkAlpha2Hold('clonidine', [vitals], NOW)).toMatchObject({ status: 'invalid', issues: [{ path }] });
  });
});
