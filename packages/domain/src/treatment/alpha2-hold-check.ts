import { DEFAULT_TREATMENT_CONFIG, type HoldThresholds, type TreatmentConfig } from './treatment-config.js';
import { treatmentConfigIssues } from './treatment-config-issues.js';
import type { VitalsInput } from './treatment-input.js';
import { invalid, timeIssue, type TreatmentInvalid } from './treatment-issues.js';
import { vitalsInputIssues } from './observation-issues.js';
import { HOUR_MS, latestAtOrBefore } from './treatment-time.js';

export type Alpha2Drug = 'clonidine' | 'lofexidine';

/** The vital signs a hold check reads. */
export const HOLD_VITALS = ['systolic', 'diastolic', 'heartRate'] as const;
export type HoldVital = (typeof HOLD_VITALS)[number];

/** `give` means no hold criterion is met on fresh vitals; the clinician still decides. */
export type HoldOutcome = 'hold' | 'check-vitals' | 'give';

/** One vital sign as the check saw it. */
export interface HoldReading {
  readonly vital: HoldVital;
  /** The latest value, or null when none was recorded. */
  readonly value: number | null;
  readonly vitalsId: string | null;
  readonly takenAtMs: number | null;
  readonly threshold: number;
  /** `low`: below the threshold; `stale`: older than `vitalsMaxAgeHours` (shown, never trusted). */
  readonly state: 'ok' | 'low' | 'missing' | 'stale' | 'stale-low';
}

export interface HoldCheckResult {
  readonly drug: Alpha2Drug;
  readonly outcome: HoldOutcome;
  /** Fresh readings below their threshold: the reasons for a hold. */
  readonly holdReasons: readonly HoldVital[];
  /** Readings missing or stale: "check vitals before this dose". */
  readonly checkVitals: readonly HoldVital[];
  readonly readings: readonly HoldReading[];
  readonly vitalsMaxAgeHours: number;
}

const THRESHOLD_OF: Readonly<Record<HoldVital, keyof HoldThresholds>> = {
  systolic: 'systolicBelow',
  diastolic: 'diastolicBelow',
  heartRate: 'heartRateBelow',
};

function readingFor(
  vital: HoldVital,
  vitals: readonly VitalsInput[],
  threshold: number,
  nowMs: number,
  maxAgeMs: number,
): HoldReading {
  // Each sign's own latest value: a temperature taken alone after a full set does not hide the pressure.
  const withValue = vitals.filter((record) => record[vital] !== undefined);
  const latest = latestAtOrBefore(withValue, (record) => record.takenAtMs, nowMs);
  const value = latest?.[vital];
  if (latest === undefined || value === undefined) {
    return { vital, value: null, vitalsId: null, takenAtMs: null, threshold, state: 'missing' };
  }
  const isLow = value < threshold;
  const isStale = nowMs - latest.takenAtMs > maxAgeMs;
  let state: HoldReading['state'] = isLow ? 'low' : 'ok';
  if (isStale) {
    state = isLow ? 'stale-low' : 'stale';
  }
  return { vital, value, vitalsId: latest.id, takenAtMs: latest.takenAtMs, threshold, state };
}

/**
 * Checks a clonidine or lofexidine dose against the latest vitals: hold when a fresh systolic, diastolic
 * or heart-rate value is below its threshold; otherwise "check vitals" when any of them is missing or
 * older than `vitalsMaxAgeHours` (even when that stale value was low: it is shown beside); otherwise give.
 * Vitals exactly `vitalsMaxAgeHours` old still count.
 *
 * @param drug - Clonidine or lofexidine (each has its own thresholds in the config).
 * @param vitals - Vitals records; records stamped after now do not count yet.
 * @param nowMs - When the dose is due.
 * @param config - Clinic settings: thresholds and `vitalsMaxAgeHours`.
 * @returns The outcome, its reasons and every reading used; or invalid.
 * @see Clinical reference §7 "Clonidine hold parameters" (local order set: hold if SBP < 90, DBP < 60 or
 *   HR < 60 [SECONDARY], configurable) and lofexidine label ("reduce, delay or skip the dose for significant
 *   hypotension or bradycardia" [SECONDARY]); vectors T5–T7
 * @see Appendix C.2.3 (missing or stale vitals: "check vitals before this dose", never "give")
 * @example
 * // T5: clonidine due; SBP 88, HR 70 → hold (SBP < 90)
 * checkAlpha2Hold('clonidine', [{ id: 'v1', takenAtMs: now, systolic: 88, heartRate: 70 }], now).outcome // => 'hold'
 */
export function checkAlpha2Hold(
  drug: Alpha2Drug,
  vitals: readonly VitalsInput[],
  nowMs: number,
  config: TreatmentConfig = DEFAULT_TREATMENT_CONFIG,
): HoldCheckResult | TreatmentInvalid {
  const issues = [
    ...[timeIssue('nowMs', nowMs)].filter((issue) => issue !== undefined),
    ...vitalsInputIssues(vitals),
    ...treatmentConfigIssues(config),
  ];
  if (issues.length > 0) {
    return invalid(issues);
  }
  const thresholds = drug === 'clonidine' ? config.clonidineHold : config.lofexidineHold;
  const maxAgeMs = config.vitalsMaxAgeHours * HOUR_MS;
  const readings = HOLD_VITALS.map((vital) =>
    readingFor(vital, vitals, thresholds[THRESHOLD_OF[vital]], nowMs, maxAgeMs),
  );
  const holdReasons = readings.filter((reading) => reading.state === 'low').map((reading) => reading.vital);
  const checkVitals = readings
    .filter((reading) => reading.state === 'missing' || reading.state === 'stale' || reading.state === 'stale-low')
    .map((reading) => reading.vital);
  // A fresh low value is reason enough to hold, even when another sign is missing (T5 has no diastolic).
  let outcome: HoldOutcome = checkVitals.length > 0 ? 'check-vitals' : 'give';
  if (holdReasons.length > 0) {
    outcome = 'hold';
  }
  return { drug, outcome, holdReasons, checkVitals, readings, vitalsMaxAgeHours: config.vitalsMaxAgeHours };
}
