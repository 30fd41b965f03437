import { describe, expect, it } from 'vitest';
import { checkLofexidineCeiling, type LofexidineCeilingResult } from './lofexidine-ceiling.js';
import type { MedicationAdministrationInput } from './treatment-input.js';
import type { TreatmentInvalid } from './treatment-issues.js';
import { HOUR_MS } from './treatment-time.js';

const NOW = Date.parse('2027-02-01T12:00:00Z');
let next = 0;
const given = (
  mg: number,
  agoMs: number,
  drug: MedicationAdministrationInput['drug'] = 'lofexidine',
): MedicationAdministrationInput => ({
  id: `adm-${(next += 1)}`,
  drug,
  dose: mg,
  unit: 'mg',
  route: 'oral',
  givenAtMs: NOW - agoMs,
  givenBy: 'rn-ward',
});
function ok(result: LofexidineCeilingResult | TreatmentInvalid): LofexidineCeilingResult {
  if ('status' in result) {
    throw new Error(JSON.stringify(result.issues));
  }
  return result;
}

describe('checkLofexidineCeiling', () => {
  it.each([
    [0.71, 'within-limits'],
    [0.72, 'within-limits'],
    [0.721, 'block-single-dose'],
  ])('a single dose of %d mg → %s (maximum 0.72 mg)', (mg, expected) => {
    expect(ok(checkLofexidineCeiling([], NOW, { dose: mg, unit: 'mg' })).outcome).toBe(expected);
  });

  it('sums whole micrograms, so 2.70 mg + 0.18 mg is exactly the 2.88 mg maximum and allowed', () => {
    const result = ok(
      checkLofexidineCeiling(
        [
          given(0.54, 10 * HOUR_MS),
          given(0.54, 8 * HOUR_MS),
          given(0.54, 6 * HOUR_MS),
          given(0.54, 4 * HOUR_MS),
          given(0.54, 2 * HOUR_MS),
        ],
        NOW,
        { dose: 0.18, unit: 'mg' },
      ),
    );
    expect(result).toMatchObject({
      outcome: 'within-limits',
      givenLast24hUg: 2700,
      totalWithRequestUg: 2880,
      remainingUg: 180,
    });
  });

  it.each([
    [0.17, 'within-limits'],
    [0.18, 'within-limits'],
    [0.19, 'block-daily-maximum'],
  ])('after 2.70 mg, a dose of %d mg → %s', (mg, expected) => {
    const doses = [given(0.72, 9 * HOUR_MS), given(0.72, 6 * HOUR_MS), given(0.72, 3 * HOUR_MS), given(0.54, HOUR_MS)];
    expect(ok(checkLofexidineCeiling(doses, NOW, { dose: mg, unit: 'mg' })).outcome).toBe(expected);
  });

  it.each([
    [24 * HOUR_MS + 1, 0],
    [24 * HOUR_MS, 0],
    [24 * HOUR_MS - 1, 720],
    [0, 720],
  ])('a dose given %i ms ago counts %i µg: the window is (now − 24 h, now]', (agoMs, counted) => {
    expect(ok(checkLofexidineCeiling([given(0.72, agoMs)], NOW)).givenLast24hUg).toBe(counted);
  });

  it('does not count a dose stamped after now, nor other medicines', () => {
    const doses = [given(0.72, -60_000), given(0.1, HOUR_MS, 'clonidine')];
    expect(ok(checkLofexidineCeiling(doses, NOW)).givenLast24hUg).toBe(0);
  });

  it('says when a blocked dose fits again: when enough of the oldest doses leave the window', () => {
    const doses = [
      given(0.72, 20 * HOUR_MS),
      given(0.72, 15 * HOUR_MS),
      given(0.72, 10 * HOUR_MS),
      given(0.72, 5 * HOUR_MS),
    ];
    const result = ok(checkLofexidineCeiling(doses, NOW, { dose: 0.72, unit: 'mg' }));
    expect(result.outcome).toBe('block-daily-maximum');
    // The dose given 20 h ago leaves the window 4 h from now.
    expect(result.nextAllowedAtMs).toBe(NOW + 4 * HOUR_MS);
    expect(ok(checkLofexidineCeiling(doses, NOW + 4 * HOUR_MS, { dose: 0.72, unit: 'mg' })).outcome).toBe(
      'within-limits',
    );
    expect(ok(checkLofexidineCeiling(doses, NOW + 4 * HOUR_MS - 1, { dose: 0.72, unit: 'mg' })).outcome).toBe(
      'block-daily-maximum',
    );
  });

  it('without a request, reports the daily maximum reached once 2.88 mg is given', () => {
    const doses = [
      given(0.72, 20 * HOUR_MS),
      given(0.72, 15 * HOUR_MS),
      given(0.72, 10 * HOUR_MS),
      given(0.72, 5 * HOUR_MS),
    ];
    expect(ok(checkLofexidineCeiling(doses, NOW))).toMatchObject({ outcome: 'block-daily-maximum', remainingUg: 0 });
    expect(ok(checkLofexidineCeiling(doses.slice(1), NOW))).toMatchObject({
      outcome: 'within-limits',
      remainingUg: 720,
    });
  });

  it('accepts micrograms: 720 ug is 0.72 mg', () => {
    expect(ok(checkLofexidineCeiling([], NOW, { dose: 720, unit: 'ug' }))).toMatchObject({
      requestedUg: 720,
      outcome: 'within-limits',
    });
  });

  it.each([
    [{ dose: 0.72, unit: 'g' as const }, 'request.unit'],
    [{ dose: 0, unit: 'mg' as const }, 'request.dose'],
    [{ dose: 0.0001, unit: 'mg' as const }, 'request.dose'],
  ])('refuses a bad requested dose, naming the field (%#)', (request, path) => {
    expect(checkLofexidineCeiling([], NOW, request)).toMatchObject({ status: 'invalid', issues: [{ path }] });
  });

  it('refuses an administration in the wrong unit, naming the field', () => {
    const bad = { ...given(0.72, HOUR_MS), unit: 'mL' as const };
    expect(checkLofexidineCeiling([bad], NOW)).toMatchObject({
      status: 'invalid',
      issues: [{ path: 'administrations[0].unit', rule: 'unit' }],
    });
  });
});
