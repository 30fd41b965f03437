import { LOFEXIDINE_MAX_DAILY_UG, LOFEXIDINE_MAX_SINGLE_DOSE_UG } from './treatment-config.js';
import type { MedicationAdministrationInput, TreatmentDoseUnit } from './treatment-input.js';
import { administrationIssues, doseInMicrograms, doseIssues } from './medication-dose.js';
import { invalid, timeIssue, type TreatmentInvalid, type TreatmentIssue } from './treatment-issues.js';
import { HOUR_MS } from './treatment-time.js';

/** A proposed next lofexidine dose. */
export interface LofexidineDoseRequest {
  readonly dose: number;
  readonly unit: TreatmentDoseUnit;
}

export type LofexidineCeilingOutcome = 'within-limits' | 'block-single-dose' | 'block-daily-maximum';

export interface LofexidineCeilingResult {
  readonly outcome: LofexidineCeilingOutcome;
  /** Lofexidine given in (now − 24 h, now], in micrograms. */
  readonly givenLast24hUg: number;
  /** What may still be given now without passing the daily maximum (0 at or past it). */
  readonly remainingUg: number;
  readonly requestedUg: number | null;
  /** Given plus requested; null without a request. */
  readonly totalWithRequestUg: number | null;
  /**
   * Earliest time the requested dose would fit under the daily maximum, as older doses leave the rolling
   * window; now when it fits now; null without a request or when the dose alone is over a ceiling.
   */
  readonly nextAllowedAtMs: number | null;
  readonly maxSingleDoseUg: number;
  readonly maxDailyUg: number;
  /** The administrations counted, oldest first. */
  readonly countedAdministrationIds: readonly string[];
}

function requestIssues(request: LofexidineDoseRequest | undefined): TreatmentIssue[] {
  return request === undefined
    ? []
    : doseIssues('request', { drug: 'lofexidine', dose: request.dose, unit: request.unit, route: 'oral' });
}

/**
 * Checks lofexidine against its label ceilings: a single dose of at most 0.72 mg, and at most 2.88 mg over
 * a rolling 24 hours, the window (now − 24 h, now], so a dose given exactly 24 h ago no longer counts.
 * Doses are summed as whole micrograms. With a requested dose it says whether that dose would pass either
 * ceiling and, if only the daily one, when it would fit.
 *
 * @param administrations - Administrations of any medicine; only lofexidine counts.
 * @param nowMs - Now.
 * @param request - The next dose being considered, if any.
 * @returns The outcome, the amounts and the counted administrations; or invalid.
 * @see Clinical reference §7 "Alpha-2 agonists" (maximum single dose 0.72 mg, daily 2.88 mg, lofexidine
 *   label [SECONDARY]) and "Implement as" (c); vector T8
 * @see Appendix C.2.4 (rolling 24 hours, the window's open end, integer micrograms)
 * @example
 * // T8: 4 × 0.72 mg in the past 24 h, a 5th requested → block-daily-maximum
 * checkLofexidineCeiling(fourDoses, now, { dose: 0.72, unit: 'mg' }).outcome // => 'block-daily-maximum'
 */
export function checkLofexidineCeiling(
  administrations: readonly MedicationAdministrationInput[],
  nowMs: number,
  request?: LofexidineDoseRequest,
): LofexidineCeilingResult | TreatmentInvalid {
  const issues = [
    ...[timeIssue('nowMs', nowMs)].filter((issue) => issue !== undefined),
    ...administrations.flatMap((given, index) => administrationIssues(`administrations[${index}]`, given)),
    ...requestIssues(request),
  ];
  if (issues.length > 0) {
    return invalid(issues);
  }
  const windowStartMs = nowMs - 24 * HOUR_MS;
  const counted = administrations
    .filter((given) => given.drug === 'lofexidine' && given.givenAtMs > windowStartMs && given.givenAtMs <= nowMs)
    .map((given) => ({ id: given.id, atMs: given.givenAtMs, ug: doseInMicrograms(given.dose, given.unit) ?? 0 }))
    .sort((a, b) => a.atMs - b.atMs);
  const givenUg = counted.reduce((sum, given) => sum + given.ug, 0);
  const remainingUg = Math.max(0, LOFEXIDINE_MAX_DAILY_UG - givenUg);
  const requestedUg = request === undefined ? null : (doseInMicrograms(request.dose, request.unit) ?? 0);
  const base = {
    givenLast24hUg: givenUg,
    remainingUg,
    requestedUg,
    totalWithRequestUg: requestedUg === null ? null : givenUg + requestedUg,
    maxSingleDoseUg: LOFEXIDINE_MAX_SINGLE_DOSE_UG,
    maxDailyUg: LOFEXIDINE_MAX_DAILY_UG,
    countedAdministrationIds: counted.map((given) => given.id),
  };
  if (requestedUg === null) {
    return {
      ...base,
      outcome: givenUg >= LOFEXIDINE_MAX_DAILY_UG ? 'block-daily-maximum' : 'within-limits',
      nextAllowedAtMs: null,
    };
  }
  if (requestedUg > LOFEXIDINE_MAX_SINGLE_DOSE_UG) {
    return { ...base, outcome: 'block-single-dose', nextAllowedAtMs: null };
  }
  if (givenUg + requestedUg <= LOFEXIDINE_MAX_DAILY_UG) {
    return { ...base, outcome: 'within-limits', nextAllowedAtMs: nowMs };
  }
  // Each counted dose leaves the window exactly 24 h after it was given; find the first moment enough has left.
  let stillCounted = givenUg;
  let nextAllowedAtMs = nowMs;
  for (const given of counted) {
    stillCounted -= given.ug;
    nextAllowedAtMs = given.atMs + 24 * HOUR_MS;
    if (stillCounted + requestedUg <= LOFEXIDINE_MAX_DAILY_UG) {
      break;
    }
  }
  return { ...base, outcome: 'block-daily-maximum', nextAllowedAtMs };
}
