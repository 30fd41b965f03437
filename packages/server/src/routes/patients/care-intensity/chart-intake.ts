import { CO_USE_OF_SUBSTANCE, HIGH_POTENCY_FORMS, ZIntakeBody } from '@kratom-care/contracts';

/*
 * The parts of the current intake (issue 10 §2, the `intake` record type) that the care-intensity rules
 * read. A stored body the intake declaration no longer describes counts as no intake: its facts are
 * "not recorded", never guessed.
 */

/** What a current intake says, in the words the rules need. */
export interface ChartIntake {
  readonly id: string;
  readonly productForms: readonly string[];
  /** Daily use of alcohol or benzodiazepines, e.g. `alcohol daily`. */
  readonly dailyWithdrawalRiskUse: readonly string[];
  /** Daily use of heroin, fentanyl or opioid pills, e.g. `heroin-or-fentanyl daily`. */
  readonly dailyOtherOpioidUse: readonly string[];
  readonly highPotency: boolean;
  readonly redFlags: readonly string[];
  readonly pregnant: boolean;
  readonly safePlaceToWithdraw: 'yes' | 'no' | 'unknown';
  /** During withdrawal, unable to keep fluids down > 24 h; undefined on intakes recorded before it was asked. */
  readonly cannotKeepFluidsDown: 'yes' | 'no' | 'unknown' | undefined;
  readonly wantsToChange: 'yes' | 'unsure' | 'no';
}

/**
 * Reads a stored intake body through the intake declaration's own schema.
 *
 * @param id - The intake record's id.
 * @param body - The stored body.
 * @returns The facts, or undefined when the body is not an intake the declaration describes.
 * @see Clinical reference §10 rule 2 ("current or likely withdrawal from alcohol or benzodiazepines"; "unable
 *   to keep down fluids for >24 h", docs/decisions/0037-intake-fluids-and-queue-target.md) and
 *   Appendix C.4.1 (daily opioid co-use); docs/decisions/0025-plan-versions-and-notes.md ([DESIGN] readings)
 */
export function readChartIntake(id: string, body: unknown): ChartIntake | undefined {
  const parsed = ZIntakeBody.safeParse(body);
  if (!parsed.success) {
    return undefined;
  }
  const intake = parsed.data;
  const daily = (kinds: readonly string[]) =>
    intake.otherSubstances
      .filter((other) => other.frequency === 'daily' && kinds.includes(CO_USE_OF_SUBSTANCE[other.substance] ?? ''))
      .map((other) => `${other.substance} daily`);
  return {
    id,
    productForms: intake.kratom.products.map((product) => product.form),
    dailyWithdrawalRiskUse: daily(['alcohol', 'benzodiazepine']),
    dailyOtherOpioidUse: daily(['opioid']),
    highPotency: intake.kratom.products.some((product) => HIGH_POTENCY_FORMS.has(product.form)),
    redFlags: intake.redFlags,
    pregnant: intake.medicalHistory.pregnancy === 'yes',
    safePlaceToWithdraw: intake.social.safePlaceToWithdraw,
    cannotKeepFluidsDown: intake.medicalHistory.cannotKeepFluidsDown,
    wantsToChange: intake.goals.wantsToChange,
  };
}
