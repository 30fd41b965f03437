import type { TAssessment, TVitals } from '@kratom-care/contracts';
import { describe, expect, it } from 'vitest';
import {
  scoreRows,
  serialScoresOf,
  summarizeSeries,
  toAlignedData,
  toAxisValue,
  vitalsRows,
  withdrawalAxis,
} from './withdrawal-series';

const DOSE = '2027-01-31T08:00:00.000Z';
const DOSE_MS = Date.parse(DOSE);
const at = (hours: number) => new Date(DOSE_MS + hours * 3_600_000).toISOString();

const envelope = (id: string, recordedAt: string, status: TAssessment['status'] = 'final') => ({
  id,
  patientId: 'p1',
  version: 1,
  status,
  recordedAt,
  recordedBy: 'u1',
  recordedByName: 'Casey Example',
  createdAt: recordedAt,
  updatedAt: recordedAt,
  enteredInError: null,
});

const assessment = (
  id: string,
  instrumentId: string,
  total: number,
  hours: number,
  status: TAssessment['status'] = 'final',
): TAssessment => ({
  ...envelope(id, at(hours), status),
  instrumentId,
  instrumentVersion: '1',
  total,
  bandId: instrumentId === 'cows' ? 'mild' : null,
});

const vitals = (id: string, hours: number, values: Partial<TVitals>): TVitals => ({
  ...envelope(id, at(hours)),
  takenAt: at(hours),
  ...values,
});

describe('the hours-since-dose axis', () => {
  it('uses the last kratom dose when intake records one', () => {
    expect(withdrawalAxis(DOSE)).toEqual({ kind: 'hours-since-dose', lastDoseAtMs: DOSE_MS });
  });

  it.each([null, undefined, '', 'not a time'])('falls back to clock time for %s', (lastDoseAt) => {
    expect(withdrawalAxis(lastDoseAt)).toEqual({ kind: 'clock' });
  });

  it('counts hours since the dose, negative before it, to a hundredth of an hour', () => {
    const axis = withdrawalAxis(DOSE);
    expect(toAxisValue(DOSE_MS, axis)).toBe(0);
    expect(toAxisValue(DOSE_MS + 5.5 * 3_600_000, axis)).toBe(5.5);
    expect(toAxisValue(DOSE_MS + 20 * 60_000, axis)).toBe(0.33);
    expect(toAxisValue(DOSE_MS - 2 * 3_600_000, axis)).toBe(-2);
  });

  it('answers epoch seconds on a clock axis (uPlot time scale)', () => {
    expect(toAxisValue(DOSE_MS, { kind: 'clock' })).toBe(DOSE_MS / 1000);
  });
});

describe('score rows', () => {
  const listed = [
    assessment('c3', 'cows', 14, 30),
    assessment('p1', 'phq9', 12, 2),
    assessment('c1', 'cows', 6, 10),
    assessment('c2', 'cows', 40, 20, 'entered-in-error'),
    assessment('s1', 'sows', 20, 12),
    assessment('s2', 'sows-handelsman-1987', 18, 13),
  ];

  it('keeps one scale, oldest first, without records entered in error', () => {
    const rows = scoreRows(listed, ['cows']);
    expect(rows.map((row) => [row.id, row.values.cows])).toEqual([
      ['c1', 6],
      ['c3', 14],
    ]);
    expect(rows[0]).toMatchObject({ bandId: 'mild', recordedByName: 'Casey Example' });
  });

  it('charts the two SOWS variants side by side, legacy sows read as kratom-adapted', () => {
    const rows = scoreRows(listed, ['sows-handelsman-1987', 'sows-kratom-adapted']);
    expect(rows.map((row) => row.values)).toEqual([
      { 'sows-handelsman-1987': null, 'sows-kratom-adapted': 20 },
      { 'sows-handelsman-1987': 18, 'sows-kratom-adapted': null },
    ]);
  });

  it('gives the monitoring rules COWS and SOWS only, current records only', () => {
    expect(serialScoresOf(listed)).toEqual([
      { id: 'c3', instrument: 'cows', total: 14, assessedAtMs: DOSE_MS + 30 * 3_600_000 },
      { id: 'c1', instrument: 'cows', total: 6, assessedAtMs: DOSE_MS + 10 * 3_600_000 },
      { id: 's1', instrument: 'sows', total: 20, assessedAtMs: DOSE_MS + 12 * 3_600_000 },
      { id: 's2', instrument: 'sows', total: 18, assessedAtMs: DOSE_MS + 13 * 3_600_000 },
    ]);
  });

  it('aligns rows into uPlot data on the chosen axis', () => {
    const rows = scoreRows(listed, ['cows']);
    expect(toAlignedData(rows, ['cows'], withdrawalAxis(DOSE))).toEqual([
      [10, 30],
      [6, 14],
    ]);
  });
});

describe('vitals rows', () => {
  it('keeps the sets that measured a shown sign, with gaps as null, oldest first', () => {
    const rows = vitalsRows(
      [
        vitals('v2', 6, { heartRate: 104, systolic: 150 }),
        vitals('v1', 2, { heartRate: 88, systolic: 128, diastolic: 82 }),
        vitals('v3', 7, { temperature: 37.4 }),
      ],
      ['heartRate', 'systolic', 'diastolic'],
    );
    expect(rows.map((row) => [row.id, row.values])).toEqual([
      ['v1', { heartRate: 88, systolic: 128, diastolic: 82 }],
      ['v2', { heartRate: 104, systolic: 150, diastolic: null }],
    ]);
    expect(toAlignedData(rows, ['heartRate', 'diastolic'], withdrawalAxis(DOSE))).toEqual([
      [2, 6],
      [88, 104],
      [82, null],
    ]);
  });
});

describe('the summary beside a chart', () => {
  it('names the latest reading and the change since the first', () => {
    const rows = scoreRows([assessment('a', 'cows', 6, 1), assessment('b', 'cows', 14, 5)], ['cows']);
    expect(summarizeSeries(rows, 'cows')).toEqual({
      latest: { value: 14, atMs: DOSE_MS + 5 * 3_600_000, bandId: 'mild' },
      change: 8,
    });
  });

  it('has no change with one reading and no latest with none', () => {
    expect(summarizeSeries(scoreRows([assessment('a', 'cows', 6, 1)], ['cows']), 'cows').change).toBeNull();
    expect(summarizeSeries([], 'cows')).toEqual({ latest: null, change: null });
  });
});
