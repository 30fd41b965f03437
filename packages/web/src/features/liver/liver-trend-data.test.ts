import type { TLab } from '@kratom-care/contracts';
import { describe, expect, it } from 'vitest';
import { trendRows } from './liver-trend-data';

let next = 0;
function lab(loinc: string, value: number, upperLimit: number, collectedAt: string, extra: Partial<TLab> = {}): TLab {
  next += 1;
  return {
    id: `lab-${String(next)}`,
    patientId: 'p1',
    version: 1,
    status: 'final',
    recordedAt: collectedAt,
    recordedBy: 'u1',
    recordedByName: 'Casey Example',
    createdAt: new Date(Date.parse('2026-03-01T00:00:00Z') + next * 1000).toISOString(),
    updatedAt: collectedAt,
    enteredInError: null,
    loinc,
    test: 'x',
    value,
    unit: 'U/L',
    upperLimit,
    collectedAt,
    canonicalValue: value,
    canonicalUnit: 'U/L',
    canonicalUpperLimit: upperLimit,
    upperLimitDefaulted: false,
    ...extra,
  };
}

describe('liver trend rows', () => {
  it('groups results by collection minute, oldest first, as multiples of the upper limit (H1: ALT 3.6×)', () => {
    const rows = trendRows([
      lab('1742-6', 126, 35, '2026-03-02T08:00:00.000Z'),
      lab('1975-2', 5.6, 1.2, '2026-03-02T08:00:42.000Z'),
      lab('1742-6', 80, 40, '2026-03-01T08:00:00.000Z'),
    ]);
    expect(rows.map((row) => row.values)).toEqual([
      { alt: 2, ast: null, alp: null, totalBilirubin: null },
      { alt: 3.6, ast: null, alp: null, totalBilirubin: 4.666667 },
    ]);
    expect(rows[0]?.atMs).toBe(Date.parse('2026-03-01T08:00:00.000Z'));
  });

  it('leaves out results entered in error, urine tests and INR', () => {
    const rows = trendRows([
      lab('1742-6', 500, 40, '2026-03-02T08:00:00.000Z', { status: 'entered-in-error' }),
      lab('75649-4', 0, 0, '2026-03-02T08:00:00.000Z', { canonicalValue: null, canonicalUpperLimit: null }),
      lab('6301-6', 1.6, 0, '2026-03-02T08:00:00.000Z', { canonicalUpperLimit: null }),
    ]);
    expect(rows).toEqual([]);
  });

  it('uses the newer entry when one time has two results of a test', () => {
    const rows = trendRows([
      lab('6768-6', 130, 130, '2026-03-02T08:00:00.000Z'),
      lab('6768-6', 260, 130, '2026-03-02T08:00:00.000Z'),
    ]);
    expect(rows[0]?.values.alp).toBe(2);
  });
});
