import { LAB_TESTS, type LiverAnalyte } from '@kratom-care/domain';
import type { TLab } from '@kratom-care/contracts';

/** The liver tests charted as multiples of their upper limit (INR has none: DILIN reads it as is). */
export const TREND_TESTS = ['alt', 'ast', 'alp', 'totalBilirubin'] as const satisfies readonly LiverAnalyte[];
export type TrendTest = (typeof TREND_TESTS)[number];

/** One collection time with each test's value as a multiple of its upper limit (null when not measured). */
export interface TrendRow {
  readonly id: string;
  readonly atMs: number;
  readonly values: Readonly<Record<TrendTest, number | null>>;
}

/** Six decimals, as the domain rounds every liver ratio (Appendix C.1.6); for display only, nothing is decided here. */
const round6 = (value: number): number => Math.round(value * 1e6) / 1e6;

const MINUTE_MS = 60_000;

const LOINC_TO_TEST = new Map<string, TrendTest>(TREND_TESTS.map((test) => [LAB_TESTS[test].loinc, test]));

/**
 * Groups a patient's liver results by collection minute, oldest first, each value as a multiple of the
 * upper limit used (the lab's, converted, or the reference default; clinical reference §8 and Appendix
 * C.1.2–C.1.3), rounded to 6 decimals like every liver ratio (C.1.6). Results marked entered in error,
 * urine tests and INR are left out. The newest result of a test wins when one time has two.
 *
 * @param labs - Lab records in any order.
 * @returns The chart's and the table's rows.
 * @example trendRows([alt80of40]) // => [{ id: '…', atMs: …, values: { alt: 2, ast: null, alp: null, totalBilirubin: null } }]
 */
export function trendRows(labs: readonly TLab[]): TrendRow[] {
  const byTime = new Map<number, { id: string; values: Record<TrendTest, number | null> }>();
  const current = labs
    .filter((lab) => lab.status !== 'entered-in-error')
    .sort((a, b) => Date.parse(a.createdAt) - Date.parse(b.createdAt));
  for (const lab of current) {
    const test = LOINC_TO_TEST.get(lab.loinc);
    if (test === undefined || lab.canonicalValue === null || lab.canonicalUpperLimit === null) {
      continue;
    }
    // Results of one panel are entered one by one; those collected in the same minute are one moment.
    const atMs = Math.floor(Date.parse(lab.collectedAt) / MINUTE_MS) * MINUTE_MS;
    const row = byTime.get(atMs) ?? {
      id: lab.id,
      values: { alt: null, ast: null, alp: null, totalBilirubin: null },
    };
    row.values[test] = round6(lab.canonicalValue / lab.canonicalUpperLimit);
    byTime.set(atMs, row);
  }
  return [...byTime.entries()]
    .sort(([a], [b]) => a - b)
    .map(([atMs, row]) => ({ id: row.id, atMs, values: row.values }));
}
