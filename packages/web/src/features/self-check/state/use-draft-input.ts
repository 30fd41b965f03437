import {
  WITHDRAWAL_RISK_SUBSTANCES,
  validateUsePattern,
  type OtherSubstance,
  type OtherSubstanceUse,
  type UsePatternInput,
} from '@kratom-care/domain';
import type { UseDraft } from './use-draft';

/** A problem with one field of the use step: the field's element id and the message key to show. */
export interface UseFieldError {
  readonly fieldId: string;
  readonly messageKey: string;
  /** The substance a follow-up error is about; its label fills `{substance}`. */
  readonly substance?: OtherSubstance;
}

export const USE_FIELD_IDS = {
  productForms: 'use-product-forms',
  amountPerDose: 'use-amount',
  doseUnit: 'use-unit',
  dosesPerDay: 'use-doses-per-day',
  useFrequency: 'use-frequency',
  useDuration: 'use-duration',
  lastDose: 'use-last-dose',
  wantsToCutDownOrStop: 'use-wants-change',
  otherSubstances: 'use-other-substances',
  safePlace: 'use-safe-place',
} as const;

export const substanceFieldId = (substance: OtherSubstance, part: 'frequency' | 'shaky'): string =>
  `use-substance-${substance}-${part}`;

/** Parses typed numbers, accepting a decimal comma ("2,5") as many keyboards type it. */
export function parseNumber(text: string): number | null {
  const trimmed = text.trim().replace(',', '.');
  if (trimmed === '' || !/^\d*\.?\d*$/.test(trimmed)) {
    return null;
  }
  const value = Number(trimmed);
  return Number.isFinite(value) ? value : null;
}

/** Reads a `datetime-local` value in the browser's time zone; null when empty or unreadable. */
export function parseLocalDateTime(text: string): Date | null {
  if (!/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}/.test(text)) {
    return null;
  }
  const date = new Date(text);
  return Number.isNaN(date.getTime()) ? null : date;
}

function missingAnswers(draft: UseDraft): UseFieldError[] {
  const required = (fieldId: string, messageKey: string, missing: boolean): UseFieldError[] =>
    missing ? [{ fieldId, messageKey }] : [];
  const substanceErrors = draft.otherSubstances.flatMap((substance) => {
    const details = draft.substanceDetails[substance] ?? {};
    const about = (errors: UseFieldError[]): UseFieldError[] => errors.map((error) => ({ ...error, substance }));
    return about([
      ...required(
        substanceFieldId(substance, 'frequency'),
        'use.error.substanceFrequency',
        details.frequency === undefined,
      ),
      ...required(
        substanceFieldId(substance, 'shaky'),
        'use.error.shaky',
        WITHDRAWAL_RISK_SUBSTANCES.includes(substance) && details.shakyWhenGoingWithout === undefined,
      ),
    ]);
  });
  return [
    ...required(USE_FIELD_IDS.productForms, 'use.error.productForms', draft.productForms.length === 0),
    ...required(
      USE_FIELD_IDS.amountPerDose,
      'use.error.amount',
      !draft.amountNotSure && draft.amountPerDose.trim() === '',
    ),
    ...required(USE_FIELD_IDS.doseUnit, 'use.error.unit', !draft.amountNotSure && draft.doseUnit === undefined),
    ...required(USE_FIELD_IDS.dosesPerDay, 'use.error.dosesPerDay', draft.dosesPerDay.trim() === ''),
    ...required(USE_FIELD_IDS.useFrequency, 'use.error.frequency', draft.useFrequency === undefined),
    ...required(USE_FIELD_IDS.useDuration, 'use.error.duration', draft.useDuration === undefined),
    ...required(USE_FIELD_IDS.lastDose, 'use.error.lastDose', !draft.lastDoseNotSure && draft.lastDose === ''),
    ...required(USE_FIELD_IDS.wantsToCutDownOrStop, 'use.error.wantsChange', draft.wantsToCutDownOrStop === undefined),
    ...substanceErrors,
  ];
}

function toInput(draft: UseDraft): UsePatternInput {
  const lastDose = draft.lastDoseNotSure ? null : parseLocalDateTime(draft.lastDose);
  const amount = draft.amountNotSure ? null : parseNumber(draft.amountPerDose);
  const otherSubstances = draft.otherSubstances.map((substance): OtherSubstanceUse => {
    const details = draft.substanceDetails[substance] ?? {};
    const use = { substance, frequency: details.frequency ?? 'less-often' } as const;
    return details.shakyWhenGoingWithout === undefined
      ? use
      : { ...use, shakyWhenGoingWithout: details.shakyWhenGoingWithout };
  });
  return {
    productForms: draft.productForms,
    // An amount that is not a number is passed on as NaN so the domain's own check names it.
    amountPerDose: draft.amountNotSure ? null : (amount ?? Number.NaN),
    // With the amount unknown the unit carries no meaning; 'other' keeps the answers well-formed.
    doseUnit: draft.doseUnit ?? 'other',
    dosesPerDay: parseNumber(draft.dosesPerDay) ?? Number.NaN,
    useFrequency: draft.useFrequency ?? 'daily',
    useDuration: draft.useDuration ?? 'under-1-month',
    lastDose: draft.lastDoseNotSure ? 'not-sure' : (lastDose ?? draft.lastDose),
    wantsToCutDownOrStop: draft.wantsToCutDownOrStop ?? 'not-sure',
    otherSubstances,
  };
}

const DOMAIN_FIELD_IDS: Readonly<Record<keyof UsePatternInput, string>> = USE_FIELD_IDS;

/**
 * Checks the use step and, when every answer is given and possible, turns the draft into the domain's
 * use-pattern answers. Missing answers are reported first; possible-value checks are the domain's.
 *
 * @param draft - The form as typed.
 * @param at - Now; a last dose after it is impossible.
 * @returns The errors (one per field) and, when there are none, the answers.
 */
export function checkUseDraft(draft: UseDraft, at: Date): { errors: UseFieldError[]; input: UsePatternInput | null } {
  const missing = missingAnswers(draft);
  const input = toInput(draft);
  const domainErrors = validateUsePattern(input, at)
    .map((issue) => ({ fieldId: DOMAIN_FIELD_IDS[issue.field], messageKey: issue.messageKey }))
    .filter((error) => !missing.some((m) => m.fieldId === error.fieldId));
  const errors = [...missing, ...domainErrors].filter(
    (error, index, all) => all.findIndex((other) => other.fieldId === error.fieldId) === index,
  );
  return { errors, input: errors.length === 0 ? input : null };
}
