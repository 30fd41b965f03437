import { validateLabEntry, type LiverLabValue } from './lab-entry.js';
import { LIVER_ANALYTES, type LiverAnalyte } from './liver-tests.js';

/** A stored lab record as the assessment reads it: the entry as it was accepted, plus its id. */
export interface StoredLab {
  readonly id: string;
  readonly loinc: string;
  readonly value: number | string;
  readonly unit?: string | null;
  readonly upperLimit?: number | null;
  readonly collectedAtMs: number;
}

/** A liver value chosen for the assessment, with the record it came from. */
export interface PanelValue extends LiverLabValue {
  readonly id: string;
}

/** The values one assessment reads: at most one per liver test. */
export interface LiverPanel {
  /** The newest liver collection at or before `at`, or null when there is none. */
  readonly anchorAtMs: number | null;
  readonly values: Readonly<Partial<Record<LiverAnalyte, PanelValue>>>;
  /** Stored records that no longer pass the entry checks; never used, listed so nothing is silently dropped. */
  readonly unreadableIds: readonly string[];
}

/** How far back from the newest liver result a value still counts as part of the same panel (24 h). */
export const LIVER_PANEL_WINDOW_MS = 24 * 60 * 60 * 1000;

/**
 * Picks the values one liver assessment reads: the newest liver result at or before `at` sets the
 * panel's time, and each test contributes its newest result in the 24 hours up to it, (anchor − 24 h,
 * anchor]. Older results are not mixed in: an ALP from last month must not make today's ALT look
 * "mixed". Equal times: the record later in the list wins. Urine tests are ignored here.
 *
 * @param labs - The patient's stored lab records, any order.
 * @param atMs - The moment of the assessment, epoch milliseconds; later records are ignored.
 * @returns The panel, its time, and any record that could not be read.
 * @see Clinical reference §8 "R-ratio ... using values at presentation/onset"; the 24-hour panel window
 *   is our own [DESIGN] choice for clinical review
 * @example selectLiverPanel([altToday, alpToday, alpLastMonth], now).values.alp?.id // => alpToday's id
 */
export function selectLiverPanel(labs: readonly StoredLab[], atMs: number): LiverPanel {
  const readable: PanelValue[] = [];
  const unreadableIds: string[] = [];
  for (const record of labs) {
    if (record.collectedAtMs > atMs) {
      continue;
    }
    // Re-check with the record's own time as "now": only the time-independent rules matter here.
    const checked = validateLabEntry(record, record.collectedAtMs);
    if (checked.status === 'invalid') {
      unreadableIds.push(record.id);
    } else if (checked.lab.kind === 'quantitative') {
      readable.push({ ...checked.lab, id: record.id });
    }
  }
  if (readable.length === 0) {
    return { anchorAtMs: null, values: {}, unreadableIds };
  }
  const anchorAtMs = Math.max(...readable.map((value) => value.collectedAtMs));
  const values: Partial<Record<LiverAnalyte, PanelValue>> = {};
  for (const test of LIVER_ANALYTES) {
    let chosen: PanelValue | undefined;
    for (const value of readable) {
      const inWindow = value.collectedAtMs > anchorAtMs - LIVER_PANEL_WINDOW_MS;
      if (value.test === test && inWindow && (chosen === undefined || value.collectedAtMs >= chosen.collectedAtMs)) {
        chosen = value;
      }
    }
    if (chosen !== undefined) {
      values[test] = chosen;
    }
  }
  return { anchorAtMs, values, unreadableIds };
}
