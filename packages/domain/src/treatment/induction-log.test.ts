import { describe, expect, it } from 'vitest';
import { buildInductionLog, type InductionLogEntry } from './induction-log.js';
import type { MedicationAdministrationInput } from './treatment-input.js';
import type { TreatmentInvalid } from './treatment-issues.js';
import { HOUR_MS } from './treatment-time.js';

const T0 = Date.parse('2027-02-01T08:00:00Z');
const dose = (id: string, atHours: number, mg = 4): MedicationAdministrationInput => ({
  id,
  drug: 'buprenorphine-naloxone',
  dose: mg,
  unit: 'mg',
  route: 'sublingual',
  givenAtMs: T0 + atHours * HOUR_MS,
  givenBy: 'rn-ward',
});
const cows = (id: string, atHours: number, total: number): { id: string; total: number; assessedAtMs: number } => ({
  id,
  total,
  assessedAtMs: T0 + atHours * HOUR_MS,
});
function ok(result: readonly InductionLogEntry[] | TreatmentInvalid): readonly InductionLogEntry[] {
  if ('status' in result) {
    throw new Error(JSON.stringify(result.issues));
  }
  return result;
}

describe('buildInductionLog', () => {
  it('ties each dose to the COWS before it and the first COWS after it', () => {
    const log = ok(
      buildInductionLog(
        [dose('d2', 3), dose('d1', 1)],
        [cows('c0', 0, 12), cows('c1', 2, 9), cows('c1b', 2.5, 8), cows('c2', 4, 4)],
      ),
    );
    expect(log.map((entry) => [entry.administrationId, entry.cowsBefore?.id, entry.cowsAfter?.id])).toEqual([
      ['d1', 'c0', 'c1'],
      ['d2', 'c1b', 'c2'],
    ]);
  });

  it('leaves cowsAfter null while the post-dose COWS is due', () => {
    const log = ok(buildInductionLog([dose('d1', 1)], [cows('c0', 1, 10)]));
    expect(log[0]).toMatchObject({ cowsBefore: { id: 'c0' }, cowsAfter: null });
  });

  it('does not take a COWS after the next dose as the post-dose COWS of the earlier one', () => {
    const log = ok(buildInductionLog([dose('d1', 1), dose('d2', 2)], [cows('c3', 3, 5)]));
    expect(log.map((entry) => entry.cowsAfter?.id ?? null)).toEqual([null, 'c3']);
  });

  it('leaves out other medicines and refuses a dose in the wrong unit', () => {
    const clonidine = { ...dose('x', 1), drug: 'clonidine' as const, dose: 0.1 };
    expect(ok(buildInductionLog([clonidine], []))).toEqual([]);
    expect(buildInductionLog([{ ...dose('d', 1), unit: 'ug' }], [])).toMatchObject({
      status: 'invalid',
      issues: [{ path: 'administrations[0].unit' }],
    });
  });
});
