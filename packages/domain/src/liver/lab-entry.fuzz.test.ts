import { describe, expect, it } from 'vitest';
import { assessLiver } from './assess-liver.js';
import { validateLabEntry, type LabEntryInput } from './lab-entry.js';

/** A small seeded generator so the bad inputs are the same on every run. */
function seeded(seed: number): () => number {
  let state = seed;
  return () => {
    state = (state * 1_103_515_245 + 12_345) % 2_147_483_648;
    return state / 2_147_483_648;
  };
}

const NOW = Date.UTC(2027, 0, 10, 9, 0);
const VALUES: readonly unknown[] = [
  undefined,
  null,
  '',
  'positive',
  'negative',
  'NaN',
  -1,
  0,
  0.4,
  1.5,
  40,
  20001,
  Number.NaN,
  Number.POSITIVE_INFINITY,
  {},
  [],
  true,
  '1742-6',
  1e308,
];
const LOINCS: readonly unknown[] = [
  '1742-6',
  '1920-8',
  '6768-6',
  '1975-2',
  '6301-6',
  '75649-4',
  '72732-1',
  'x',
  null,
  5,
];
const UNITS: readonly unknown[] = ['U/L', 'ukat/L', 'mg/dL', 'umol/L', '1', '', 'IU/mL', undefined, null, 3];

describe('validateLabEntry: 300 generated inputs', () => {
  it('never throws, and every invalid result names a field with a message key', () => {
    const next = seeded(42);
    const pick = <T>(list: readonly T[]): T => list[Math.floor(next() * list.length)] as T;
    let invalid = 0;
    for (let run = 0; run < 300; run += 1) {
      const input: LabEntryInput = {
        loinc: pick(LOINCS),
        value: pick(VALUES),
        unit: pick(UNITS),
        upperLimit: pick(VALUES),
        collectedAtMs: pick([NOW, NOW + 3_600_000, 'x', null, Number.NaN]),
      };
      const result = validateLabEntry(input, NOW);
      if (result.status === 'invalid') {
        invalid += 1;
        expect(result.issues.length).toBeGreaterThan(0);
        for (const issue of result.issues) {
          expect(issue.field).toMatch(/^(loinc|value|unit|upperLimit|collectedAt)$/);
          expect(issue.messageKey).toMatch(/^liver\.entry\./);
        }
      }
    }
    expect(invalid).toBeGreaterThan(200);
  });

  it('assessLiver reads a mix of good and unreadable stored records without throwing', () => {
    const next = seeded(7);
    const labs = Array.from({ length: 200 }, (_, index) => ({
      id: `lab${index}`,
      loinc: String(LOINCS[Math.floor(next() * LOINCS.length)]),
      value: next() < 0.5 ? Math.round(next() * 500) : 'negative',
      unit: ['U/L', 'ukat/L', 'mg/dL', 'umol/L', '1', '', 'IU/mL'][Math.floor(next() * 7)] ?? '',
      upperLimit: next() < 0.5 ? null : Math.round(next() * 200),
      collectedAtMs: NOW - Math.round(next() * 48) * 3_600_000,
    }));
    const result = assessLiver(labs, NOW);
    expect(result.basis.every((id) => !result.unreadableIds.includes(id))).toBe(true);
  });
});
