import { canonicalInstrumentId, type SerialScore, type VitalSignField } from '@kratom-care/domain';
import type { TAssessment, TVitals } from '@kratom-care/contracts';

/** The withdrawal scales of the tab, by their current ids (the API lists the two SOWS variants apart). */
export const WITHDRAWAL_INSTRUMENT_IDS = ['cows', 'sows-handelsman-1987', 'sows-kratom-adapted'] as const;
export type WithdrawalInstrumentId = (typeof WITHDRAWAL_INSTRUMENT_IDS)[number];

const HOUR_MS = 3_600_000;

/**
 * What the charts' x axis measures. Hours since the last kratom dose when intake records one (issue 10
 * §3, "the hours since the last dose on the axis"); otherwise clock time, and the page says why.
 */
export type WithdrawalAxis =
  { readonly kind: 'hours-since-dose'; readonly lastDoseAtMs: number } | { readonly kind: 'clock' };

/**
 * @param lastDoseAt - `kratom.lastDoseAt` of the current intake, or null/undefined when none is recorded.
 * @returns Hours since that dose, or clock time when there is no (readable) dose time.
 * @example withdrawalAxis('2027-01-31T08:00:00Z') // => { kind: 'hours-since-dose', lastDoseAtMs: 1801641600000 }
 */
export function withdrawalAxis(lastDoseAt: string | null | undefined): WithdrawalAxis {
  const ms = lastDoseAt === null || lastDoseAt === undefined ? Number.NaN : Date.parse(lastDoseAt);
  return Number.isFinite(ms) ? { kind: 'hours-since-dose', lastDoseAtMs: ms } : { kind: 'clock' };
}

/**
 * The x value of a moment: hours since the dose (negative before it, to one hundredth of an hour), or
 * epoch seconds for a clock axis (uPlot's time scale counts seconds).
 *
 * @param atMs - The moment, epoch milliseconds.
 * @param axis - The axis.
 * @returns The x value.
 * @example toAxisValue(dose + 5.5 * 3_600_000, { kind: 'hours-since-dose', lastDoseAtMs: dose }) // => 5.5
 */
export function toAxisValue(atMs: number, axis: WithdrawalAxis): number {
  if (axis.kind === 'clock') {
    return atMs / 1000;
  }
  return Math.round(((atMs - axis.lastDoseAtMs) / HOUR_MS) * 100) / 100;
}

/**
 * @param assessment - A listed assessment.
 * @returns The withdrawal scale it belongs to (legacy `sows` reads as the kratom-adapted SOWS), or undefined.
 */
export function withdrawalInstrumentOf(
  assessment: Pick<TAssessment, 'instrumentId'>,
): WithdrawalInstrumentId | undefined {
  const id = canonicalInstrumentId(assessment.instrumentId);
  return (WITHDRAWAL_INSTRUMENT_IDS as readonly string[]).includes(id ?? '')
    ? (id as WithdrawalInstrumentId)
    : undefined;
}

/** A record that counts: not marked entered in error. */
const current = (record: { readonly status: string }): boolean => record.status !== 'entered-in-error';

/**
 * The COWS and SOWS of a patient as the monitoring rules read them (`nextScoreDue`, `scoreTrend`): other
 * instruments and records entered in error are left out; both SOWS variants are SOWS.
 *
 * @param assessments - Listed assessments, any order, any instrument.
 * @returns Serial scores in the order given.
 */
export function serialScoresOf(assessments: readonly TAssessment[]): SerialScore[] {
  return assessments.filter(current).flatMap((assessment) => {
    const instrument = withdrawalInstrumentOf(assessment);
    if (instrument === undefined) {
      return [];
    }
    return [
      {
        id: assessment.id,
        instrument: instrument === 'cows' ? ('cows' as const) : ('sows' as const),
        total: assessment.total,
        assessedAtMs: Date.parse(assessment.recordedAt),
      },
    ];
  });
}

/** One row of a chart: a moment, one value per series (null = not measured), and what the table adds. */
export interface ChartRow {
  readonly id: string;
  readonly atMs: number;
  readonly values: Readonly<Record<string, number | null>>;
  /** The COWS band id, for the band column and the summary. */
  readonly bandId?: string | null;
  readonly recordedByName?: string | null;
}

/**
 * The rows of a score chart: the current records of the given scales, oldest first, one series per scale.
 *
 * @param assessments - Listed assessments, any order.
 * @param instruments - The scales to chart together (COWS alone; the two SOWS variants side by side).
 * @returns Rows whose `values` are keyed by instrument id.
 */
export function scoreRows(
  assessments: readonly TAssessment[],
  instruments: readonly WithdrawalInstrumentId[],
): ChartRow[] {
  return assessments
    .filter(current)
    .flatMap((assessment) => {
      const instrument = withdrawalInstrumentOf(assessment);
      if (instrument === undefined || !instruments.includes(instrument)) {
        return [];
      }
      const values = Object.fromEntries(instruments.map((id) => [id, id === instrument ? assessment.total : null]));
      return [
        {
          id: assessment.id,
          atMs: Date.parse(assessment.recordedAt),
          values,
          bandId: assessment.bandId,
          recordedByName: assessment.recordedByName,
        },
      ];
    })
    .sort(byTime);
}

/** The vital signs a chart may show, as the vitals record names them. */
export type VitalField = VitalSignField;

/**
 * The rows of a vitals chart: the current sets that measured at least one of the fields, oldest first,
 * by the time they were taken; a field a set did not measure is a gap (null), never a zero.
 *
 * @param vitals - Listed vitals, any order.
 * @param fields - The signs this chart shows.
 * @returns Rows whose `values` are keyed by field.
 */
export function vitalsRows(vitals: readonly TVitals[], fields: readonly VitalField[]): ChartRow[] {
  return vitals
    .filter(current)
    .filter((set) => fields.some((field) => set[field] !== undefined))
    .map((set) => ({
      id: set.id,
      atMs: Date.parse(set.takenAt),
      values: Object.fromEntries(fields.map((field) => [field, set[field] ?? null])),
      recordedByName: set.recordedByName,
    }))
    .sort(byTime);
}

function byTime(a: ChartRow, b: ChartRow): number {
  return a.atMs - b.atMs || a.id.localeCompare(b.id);
}

/**
 * uPlot's data: the x values, then one array per series, all the same length, x ascending.
 *
 * @param rows - Rows oldest first.
 * @param seriesIds - The series, in drawing order.
 * @param axis - The x axis.
 * @returns `[xs, ...ys]`.
 */
export function toAlignedData(
  rows: readonly ChartRow[],
  seriesIds: readonly string[],
  axis: WithdrawalAxis,
): [number[], ...(number | null)[][]] {
  const xs = rows.map((row) => toAxisValue(row.atMs, axis));
  const ys = seriesIds.map((id) => rows.map((row) => row.values[id] ?? null));
  return [xs, ...ys];
}

/** What the one-line summary beside a chart says about one series. */
export interface SeriesSummary {
  readonly latest: { readonly value: number; readonly atMs: number; readonly bandId: string | null } | null;
  /** Latest minus the first reading in view; null with fewer than two readings. */
  readonly change: number | null;
}

/**
 * @param rows - Rows oldest first.
 * @param seriesId - The series.
 * @returns Its latest reading and the change since its first (decision 0011: the summary next to a chart).
 */
export function summarizeSeries(rows: readonly ChartRow[], seriesId: string): SeriesSummary {
  const readings = rows.filter((row) => typeof row.values[seriesId] === 'number');
  const first = readings[0];
  const last = readings.at(-1);
  if (first === undefined || last === undefined) {
    return { latest: null, change: null };
  }
  const lastValue = last.values[seriesId] ?? 0;
  return {
    latest: { value: lastValue, atMs: last.atMs, bandId: last.bandId ?? null },
    change: readings.length < 2 ? null : Math.round((lastValue - (first.values[seriesId] ?? 0)) * 10) / 10,
  };
}
