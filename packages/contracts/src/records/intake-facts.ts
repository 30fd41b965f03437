import type { CoUseFact, KratomUseFacts, OtherSubstanceFact } from '@kratom-care/domain';
import type { TIntakeBody } from './intake.js';
import { CO_USE_OF_SUBSTANCE, HIGH_POTENCY_FORMS, LEAF_GRAM_FORMS } from './intake-fields.js';

/*
 * A stored intake as the domain's rules read it: the decision-support panel's kratom and co-use facts,
 * and the problem list's facts. Declared once here so every reader of an intake maps it the same way.
 */

const ms = (at: string | undefined): number | null => (at === undefined ? null : Date.parse(at));

/**
 * The panel's kratom facts from an intake: grams of leaf per day, every product form with whether its
 * amount is grams of leaf, the last dose, and the intake as the basis.
 *
 * @param recordId - The intake record's id.
 * @param body - The stored intake.
 * @returns The facts the induction gate, dose band and naltrexone washout read.
 * @see Clinical reference §7 and Appendix C.2.2 (a band only when all use is leaf logged in grams)
 */
export function intakeKratomFacts(recordId: string, body: TIntakeBody): KratomUseFacts {
  return {
    gramsPerDay: body.kratom.gramsPerDay ?? null,
    products: body.kratom.products.map((product) => ({
      form: product.form,
      gramsLogged: product.unit === 'g' && LEAF_GRAM_FORMS.has(product.form),
    })),
    lastDoseAtMs: ms(body.kratom.lastDoseAt),
    basis: [recordId],
  };
}

/**
 * The panel's co-use facts from an intake: each other substance the medication rules know (alcohol,
 * benzodiazepines, opioids other than kratom, other sedatives), with its last use. A substance marked
 * `stopped` is not current use.
 *
 * @param recordId - The intake record's id (each fact's id, so the warning names its basis).
 * @param body - The stored intake.
 * @returns The co-use facts.
 * @see Clinical reference §11 "Evidence" and issue 10 §4 "Warnings"
 */
export function intakeCoUseFacts(recordId: string, body: TIntakeBody): CoUseFact[] {
  return body.otherSubstances.flatMap((other) => {
    const substance = CO_USE_OF_SUBSTANCE[other.substance];
    return substance === null || other.frequency === 'stopped'
      ? []
      : [{ id: recordId, substance, lastUseAtMs: ms(other.lastUseAt) }];
  });
}

/** The problem list's intake facts (the scores and liver findings come from their own records). */
export interface IntakeProblemFacts {
  readonly currentWithdrawal: boolean;
  readonly highPotencyProductUse: boolean;
  readonly otherSubstances: readonly OtherSubstanceFact[];
  readonly pregnant: boolean;
}

/**
 * @param body - The stored intake.
 * @returns The facts `deriveProblemList` reads from an intake; `other` substances go by their name.
 */
export function intakeProblemFacts(body: TIntakeBody): IntakeProblemFacts {
  return {
    currentWithdrawal: body.diagnosis.currentWithdrawal,
    highPotencyProductUse: body.kratom.products.some((product) => HIGH_POTENCY_FORMS.has(product.form)),
    otherSubstances: body.otherSubstances
      .filter((other) => other.frequency !== 'stopped')
      .map((other) => ({
        substance: other.substance === 'other' ? (other.name ?? 'other') : other.substance,
        lastUseAtMs: ms(other.lastUseAt),
      })),
    pregnant: body.medicalHistory.pregnancy === 'yes',
  };
}
