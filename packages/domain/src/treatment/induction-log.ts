import { administrationIssues } from './medication-dose.js';
import { cowsIssues } from './observation-issues.js';
import type { CowsResultInput, MedicationAdministrationInput, TreatmentDrug } from './treatment-input.js';
import { invalid, type TreatmentInvalid } from './treatment-issues.js';
import { latestAtOrBefore } from './treatment-time.js';

/** One buprenorphine dose with the COWS before and after it. */
export interface InductionLogEntry {
  readonly administrationId: string;
  readonly givenAtMs: number;
  readonly doseMg: number;
  /** The latest COWS at or before the dose; null when none. */
  readonly cowsBefore: CowsResultInput | null;
  /** The first COWS after the dose and before the next one; null while it is still due. */
  readonly cowsAfter: CowsResultInput | null;
}

const BUPRENORPHINE: ReadonlySet<TreatmentDrug> = new Set(['buprenorphine-naloxone', 'buprenorphine']);

/**
 * The induction log: each buprenorphine(-naloxone) dose, oldest first, tied to the COWS before it and the
 * first COWS after it (before the next dose). A null `cowsAfter` marks the post-dose COWS as still due.
 *
 * @param administrations - Administrations of any medicine; only buprenorphine counts.
 * @param cows - COWS results.
 * @returns The entries, or invalid naming the bad field.
 * @see Issue 10 §4 "Records" (the induction log) and §3 (hourly reminders after a buprenorphine dose until
 *   the post-dose COWS is recorded); clinical reference §7 (buprenorphine induction)
 * @example buildInductionLog([dose8mgAt10], [cows12At9, cows6At11])[0]?.cowsAfter?.total // => 6
 */
export function buildInductionLog(
  administrations: readonly MedicationAdministrationInput[],
  cows: readonly CowsResultInput[],
): readonly InductionLogEntry[] | TreatmentInvalid {
  const issues = [
    ...administrations.flatMap((given, index) => administrationIssues(`administrations[${index}]`, given)),
    ...cowsIssues(cows),
  ];
  if (issues.length > 0) {
    return invalid(issues);
  }
  const doses = administrations
    .filter((given) => BUPRENORPHINE.has(given.drug))
    .sort((a, b) => a.givenAtMs - b.givenAtMs);
  const byTime = [...cows].sort((a, b) => a.assessedAtMs - b.assessedAtMs);
  return doses.map((given, index) => {
    const nextDoseAtMs = doses[index + 1]?.givenAtMs ?? Number.POSITIVE_INFINITY;
    const after = byTime.find((result) => result.assessedAtMs > given.givenAtMs && result.assessedAtMs <= nextDoseAtMs);
    return {
      administrationId: given.id,
      givenAtMs: given.givenAtMs,
      doseMg: given.dose,
      cowsBefore: latestAtOrBefore(cows, (result) => result.assessedAtMs, given.givenAtMs) ?? null,
      cowsAfter: after ?? null,
    };
  });
}
