import type { SelfCheckMessageKey } from './self-check.messages.en.js';
import {
  CHANGE_INTENTS,
  CO_USE_OPIOIDS,
  DEPRESSANT_SUBSTANCES,
  DOSE_UNITS,
  HIGH_POTENCY_FORMS,
  OTHER_SUBSTANCES,
  PRODUCT_FORMS,
  SUBSTANCE_FREQUENCIES,
  USE_DURATIONS,
  USE_FREQUENCIES,
  WITHDRAWAL_RISK_SUBSTANCES,
  type ChangeIntent,
  type DoseUnit,
  type OtherSubstance,
  type ProductForm,
  type SubstanceFrequency,
  type UseDuration,
  type UseFrequency,
} from './use-pattern-options.js';

/** Another substance the person uses. */
export interface OtherSubstanceUse {
  readonly substance: OtherSubstance;
  readonly frequency: SubstanceFrequency;
  /** Asked for alcohol and benzodiazepines/sedatives only: shaky, sweaty or very anxious in the morning or without. */
  readonly shakyWhenGoingWithout?: boolean;
}

/** The answers of the use-pattern step. */
export interface UsePatternInput {
  /** Every form the person uses (multi-select). */
  readonly productForms: readonly ProductForm[];
  /** Amount per dose in `doseUnit`; null when the person is not sure. */
  readonly amountPerDose: number | null;
  readonly doseUnit: DoseUnit;
  /** Doses on a day of use, a whole number from 1 to 50. */
  readonly dosesPerDay: number;
  readonly useFrequency: UseFrequency;
  readonly useDuration: UseDuration;
  /** When the last dose was taken, as a Date or an ISO 8601 string; the string 'not-sure' when unknown. */
  readonly lastDose: Date | string;
  readonly wantsToCutDownOrStop: ChangeIntent;
  readonly otherSubstances: readonly OtherSubstanceUse[];
}

/** The facts later rules need, derived from the answers. */
export interface UsePatternSummary {
  /** Grams of leaf per day; null unless every form is leaf powder measured in grams. */
  readonly dailyGrams: number | null;
  readonly dosesPerDay: number;
  /** Null when the time of the last dose is unknown, unreadable or in the future. */
  readonly hoursSinceLastDose: number | null;
  /** Uses an extract/concentrate or a 7-OH product. */
  readonly isHighPotency: boolean;
  /** Alcohol, benzodiazepines/sedatives or opioids used alongside kratom, in answer order. */
  readonly depressantCoUse: readonly OtherSubstance[];
  /** Alcohol or benzodiazepine use with shakes, sweats or strong anxiety in the morning or when going without. */
  readonly alcoholOrBenzoWithdrawalRisk: boolean;
  /** Which of alcohol and benzodiazepines/sedatives carry that withdrawal risk, in answer order. */
  readonly withdrawalRiskSubstances: readonly OtherSubstance[];
  /** Daily heroin, fentanyl or non-prescribed opioid pills alongside kratom (C.4.1). */
  readonly dailyOtherOpioidUse: boolean;
  /** Uses a kava-kratom tonic, at any frequency (C.4.7). */
  readonly usesKavaTonic: boolean;
  readonly isDailyUse: boolean;
}

const MS_PER_HOUR = 3_600_000;

/** The last dose as epoch milliseconds, or null if unknown or unreadable. */
function lastDoseTime(lastDose: UsePatternInput['lastDose']): number | null {
  if (lastDose === 'not-sure') {
    return null;
  }
  const time = lastDose instanceof Date ? lastDose.getTime() : new Date(lastDose).getTime();
  return Number.isFinite(time) ? time : null;
}

/**
 * Grams per day only for leaf powder weighed in grams. Capsules, teas, extracts and 7-OH products are never
 * turned into "grams of leaf": their strength per unit is unknown (K2, K3).
 */
function dailyLeafGrams(input: UsePatternInput): number | null {
  const isLeafPowderOnly = input.productForms.length > 0 && input.productForms.every((form) => form === 'leaf-powder');
  const amount = input.amountPerDose;
  if (!isLeafPowderOnly || input.doseUnit !== 'g' || amount === null || !(amount > 0)) {
    return null;
  }
  if (!Number.isInteger(input.dosesPerDay) || input.dosesPerDay < 1) {
    return null;
  }
  return Math.round(amount * input.dosesPerDay * 100) / 100;
}

/**
 * Summarises the use-pattern answers into the facts the result, risk notes and care-intensity rules use.
 * Impossible values (see {@link validateUsePattern}) give null rather than a wrong number.
 *
 * @param input - The use-pattern answers.
 * @param at - The moment of the self-check, used for the hours since the last dose.
 * @returns Daily grams (leaf powder in grams only), doses per day, hours since the last dose, potency,
 *   depressant co-use, alcohol/benzodiazepine withdrawal risk and whether use is daily.
 * @see Clinical reference §6 "Implement as" (gram totals only for leaf; never convert extract or 7-OH) and
 *   test vectors K1–K3; Rogers et al., Drug Alcohol Depend 2024 (frequency matters more than amount)
 * @example
 * // K1: 4 doses a day of 3 g leaf powder
 * summarizeUsePattern({ ...answers, productForms: ['leaf-powder'], amountPerDose: 3, doseUnit: 'g', dosesPerDay: 4 }, at)
 *   .dailyGrams // => 12
 */
export function summarizeUsePattern(input: UsePatternInput, at: Date): UsePatternSummary {
  const lastDose = lastDoseTime(input.lastDose);
  const elapsedMs = lastDose === null ? null : at.getTime() - lastDose;
  const depressantCoUse = input.otherSubstances
    .map((use) => use.substance)
    .filter((substance, index, all) => DEPRESSANT_SUBSTANCES.includes(substance) && all.indexOf(substance) === index);
  const withdrawalRiskSubstances = input.otherSubstances
    .filter((use) => WITHDRAWAL_RISK_SUBSTANCES.includes(use.substance) && use.shakyWhenGoingWithout === true)
    .map((use) => use.substance)
    .filter((substance, index, all) => all.indexOf(substance) === index);
  return {
    dailyGrams: dailyLeafGrams(input),
    dosesPerDay: input.dosesPerDay,
    hoursSinceLastDose: elapsedMs === null || elapsedMs < 0 ? null : elapsedMs / MS_PER_HOUR,
    isHighPotency: input.productForms.some((form) => HIGH_POTENCY_FORMS.includes(form)),
    depressantCoUse,
    alcoholOrBenzoWithdrawalRisk: withdrawalRiskSubstances.length > 0,
    withdrawalRiskSubstances,
    dailyOtherOpioidUse: input.otherSubstances.some(
      (use) => CO_USE_OPIOIDS.includes(use.substance) && use.frequency === 'daily',
    ),
    usesKavaTonic: input.productForms.includes('kava-kratom-tonic'),
    isDailyUse: input.useFrequency === 'daily',
  };
}

/** Why one answer cannot be right, named by its field so the form can show it next to that field. */
export interface UsePatternIssue {
  readonly field: keyof UsePatternInput;
  /** Position in a list field (`productForms`, `otherSubstances`). */
  readonly index?: number;
  readonly code:
    | 'required'
    | 'unknown-option'
    | 'not-positive'
    | 'not-whole-number-1-to-50'
    | 'invalid-date'
    | 'in-the-future'
    | 'duplicate';
  readonly messageKey: SelfCheckMessageKey;
}

const MAX_DOSES_PER_DAY = 50;

const isOneOf = <T extends string>(list: readonly T[], value: unknown): value is T =>
  (list as readonly unknown[]).includes(value);

/**
 * Finds impossible answers in the use-pattern step: no product form, a value that is not one of the
 * options, an amount of zero or less, doses per day that are not a whole number from 1 to 50, an unreadable
 * last-dose time or one in the future, and the same substance listed twice. These are software guards, not
 * clinical thresholds.
 *
 * @param input - The use-pattern answers.
 * @param at - The moment of the self-check; a last dose after it is impossible.
 * @returns One issue per bad field (and per bad list entry); empty when every answer is possible.
 * @example
 * validateUsePattern({ ...answers, dosesPerDay: 0 }, at) // => [{ field: 'dosesPerDay', code: 'not-whole-number-1-to-50', ... }]
 */
export function validateUsePattern(input: UsePatternInput, at: Date): readonly UsePatternIssue[] {
  const issues: UsePatternIssue[] = [];
  const add = (issue: UsePatternIssue): void => {
    issues.push(issue);
  };
  if (input.productForms.length === 0) {
    add({ field: 'productForms', code: 'required', messageKey: 'selfCheck.use.issue.productFormRequired' });
  }
  input.productForms.forEach((form, index) => {
    if (!isOneOf(PRODUCT_FORMS, form)) {
      add({ field: 'productForms', index, code: 'unknown-option', messageKey: 'selfCheck.use.issue.unknownOption' });
    }
  });
  if (input.amountPerDose !== null && !(Number.isFinite(input.amountPerDose) && input.amountPerDose > 0)) {
    add({ field: 'amountPerDose', code: 'not-positive', messageKey: 'selfCheck.use.issue.amountNotPositive' });
  }
  const doses = input.dosesPerDay;
  if (!Number.isInteger(doses) || doses < 1 || doses > MAX_DOSES_PER_DAY) {
    add({ field: 'dosesPerDay', code: 'not-whole-number-1-to-50', messageKey: 'selfCheck.use.issue.dosesPerDay' });
  }
  const singleChoices = [
    ['doseUnit', DOSE_UNITS, input.doseUnit],
    ['useFrequency', USE_FREQUENCIES, input.useFrequency],
    ['useDuration', USE_DURATIONS, input.useDuration],
    ['wantsToCutDownOrStop', CHANGE_INTENTS, input.wantsToCutDownOrStop],
  ] as const;
  for (const [field, list, value] of singleChoices) {
    if (!isOneOf<string>(list, value)) {
      add({ field, code: 'unknown-option', messageKey: 'selfCheck.use.issue.unknownOption' });
    }
  }
  if (input.lastDose !== 'not-sure') {
    const time = lastDoseTime(input.lastDose);
    if (time === null) {
      add({ field: 'lastDose', code: 'invalid-date', messageKey: 'selfCheck.use.issue.lastDoseInvalid' });
    } else if (time > at.getTime()) {
      add({ field: 'lastDose', code: 'in-the-future', messageKey: 'selfCheck.use.issue.lastDoseInFuture' });
    }
  }
  input.otherSubstances.forEach((use, index) => {
    if (!isOneOf(OTHER_SUBSTANCES, use.substance) || !isOneOf(SUBSTANCE_FREQUENCIES, use.frequency)) {
      add({ field: 'otherSubstances', index, code: 'unknown-option', messageKey: 'selfCheck.use.issue.unknownOption' });
    } else if (input.otherSubstances.findIndex((other) => other.substance === use.substance) !== index) {
      add({ field: 'otherSubstances', index, code: 'duplicate', messageKey: 'selfCheck.use.issue.duplicateSubstance' });
    }
  });
  return issues;
}
