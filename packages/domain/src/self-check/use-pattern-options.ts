import type { SelfCheckMessageKey } from './self-check.messages.en.js';

/** A choice the self-check offers, with the message key for its label. */
export interface UsePatternOption<T extends string> {
  readonly id: T;
  readonly labelKey: SelfCheckMessageKey;
}

export const PRODUCT_FORMS = [
  'leaf-powder',
  'capsule',
  'tea-or-brew',
  'extract-or-concentrate',
  '7-oh-product',
  'kava-kratom-tonic',
] as const;
export type ProductForm = (typeof PRODUCT_FORMS)[number];

/**
 * Forms that carry the high-potency warning.
 *
 * @see Clinical reference §6 "Implement as": product ∈ {extract-or-concentrate, 7-OH-product} [DESIGN]
 */
export const HIGH_POTENCY_FORMS: readonly ProductForm[] = ['extract-or-concentrate', '7-oh-product'];

export const DOSE_UNITS = ['g', 'capsule', 'mL', 'tablet', 'glass', 'other'] as const;
export type DoseUnit = (typeof DOSE_UNITS)[number];

/** How often kratom is used. `dosesPerDay` counts the doses on a day of use. */
export const USE_FREQUENCIES = ['daily', 'most-days', 'weekly', 'less-often'] as const;
export type UseFrequency = (typeof USE_FREQUENCIES)[number];

export const USE_DURATIONS = ['under-1-month', '1-6-months', '6-12-months', '1-5-years', 'over-5-years'] as const;
export type UseDuration = (typeof USE_DURATIONS)[number];

export const CHANGE_INTENTS = ['yes', 'no', 'not-sure'] as const;
export type ChangeIntent = (typeof CHANGE_INTENTS)[number];

export const OTHER_SUBSTANCES = [
  'alcohol',
  'benzodiazepines-or-sedatives',
  'opioids',
  'prescribed-opioids',
  'stimulants',
  'cannabis',
  'other',
] as const;
export type OtherSubstance = (typeof OTHER_SUBSTANCES)[number];

export const SUBSTANCE_FREQUENCIES = ['daily', 'weekly', 'less-often'] as const;
export type SubstanceFrequency = (typeof SUBSTANCE_FREQUENCIES)[number];

/**
 * Substances that, with kratom, add to the risk of slowed breathing.
 *
 * @see Clinical reference §11 (kratom or 7-OH with benzodiazepines, alcohol, opioids or other sedatives)
 */
export const DEPRESSANT_SUBSTANCES: readonly OtherSubstance[] = [
  'alcohol',
  'benzodiazepines-or-sedatives',
  'opioids',
  'prescribed-opioids',
];

/**
 * Other opioids whose daily use alongside kratom raises the care suggestion to at least M: heroin, fentanyl
 * and opioid pills not prescribed to the person (the `opioids` choice). Opioid medicine taken as prescribed
 * is its own choice and does not fire this rule.
 *
 * @see Clinical reference Appendix C.4.1 (daily heroin, fentanyl or non-prescribed pills → at least M)
 */
export const CO_USE_OPIOIDS: readonly OtherSubstance[] = ['opioids'];

/**
 * Substances for which the self-check also asks about shakes, sweats or anxiety when going without.
 *
 * @see Clinical reference §10 rule 2 (current or likely alcohol or benzodiazepine withdrawal)
 */
export const WITHDRAWAL_RISK_SUBSTANCES: readonly OtherSubstance[] = ['alcohol', 'benzodiazepines-or-sedatives'];

const options = <T extends string>(
  ids: readonly T[],
  keys: Readonly<Record<T, SelfCheckMessageKey>>,
): readonly UsePatternOption<T>[] => ids.map((id) => ({ id, labelKey: keys[id] }));

/** Every choice of the use-pattern step, in display order, with label keys. */
export const USE_PATTERN_OPTIONS = {
  productForms: options(PRODUCT_FORMS, {
    'leaf-powder': 'selfCheck.use.form.leafPowder',
    capsule: 'selfCheck.use.form.capsule',
    'tea-or-brew': 'selfCheck.use.form.teaOrBrew',
    'extract-or-concentrate': 'selfCheck.use.form.extract',
    '7-oh-product': 'selfCheck.use.form.sevenOh',
    'kava-kratom-tonic': 'selfCheck.use.form.kavaTonic',
  }),
  doseUnits: options(DOSE_UNITS, {
    g: 'selfCheck.use.unit.g',
    capsule: 'selfCheck.use.unit.capsule',
    mL: 'selfCheck.use.unit.mL',
    tablet: 'selfCheck.use.unit.tablet',
    glass: 'selfCheck.use.unit.glass',
    other: 'selfCheck.use.unit.other',
  }),
  useFrequencies: options(USE_FREQUENCIES, {
    daily: 'selfCheck.use.frequency.daily',
    'most-days': 'selfCheck.use.frequency.mostDays',
    weekly: 'selfCheck.use.frequency.weekly',
    'less-often': 'selfCheck.use.frequency.lessOften',
  }),
  useDurations: options(USE_DURATIONS, {
    'under-1-month': 'selfCheck.use.duration.under1Month',
    '1-6-months': 'selfCheck.use.duration.1to6Months',
    '6-12-months': 'selfCheck.use.duration.6to12Months',
    '1-5-years': 'selfCheck.use.duration.1to5Years',
    'over-5-years': 'selfCheck.use.duration.over5Years',
  }),
  changeIntents: options(CHANGE_INTENTS, {
    yes: 'selfCheck.use.change.yes',
    no: 'selfCheck.use.change.no',
    'not-sure': 'selfCheck.use.change.notSure',
  }),
  otherSubstances: options(OTHER_SUBSTANCES, {
    alcohol: 'selfCheck.use.substance.alcohol',
    'benzodiazepines-or-sedatives': 'selfCheck.use.substance.benzos',
    opioids: 'selfCheck.use.substance.opioids',
    'prescribed-opioids': 'selfCheck.use.substance.prescribedOpioids',
    stimulants: 'selfCheck.use.substance.stimulants',
    cannabis: 'selfCheck.use.substance.cannabis',
    other: 'selfCheck.use.substance.other',
  }),
  substanceFrequencies: options(SUBSTANCE_FREQUENCIES, {
    daily: 'selfCheck.use.substanceFrequency.daily',
    weekly: 'selfCheck.use.substanceFrequency.weekly',
    'less-often': 'selfCheck.use.substanceFrequency.lessOften',
  }),
} as const;

/** Question labels of the use-pattern step. */
export const USE_PATTERN_QUESTION_KEYS = {
  productForms: 'selfCheck.use.question.productForms',
  amountPerDose: 'selfCheck.use.question.amountPerDose',
  amountNotSure: 'selfCheck.use.question.amountNotSure',
  dosesPerDay: 'selfCheck.use.question.dosesPerDay',
  useFrequency: 'selfCheck.use.question.useFrequency',
  useDuration: 'selfCheck.use.question.useDuration',
  lastDose: 'selfCheck.use.question.lastDose',
  lastDoseNotSure: 'selfCheck.use.question.lastDoseNotSure',
  wantsToCutDownOrStop: 'selfCheck.use.question.wantsToCutDownOrStop',
  otherSubstances: 'selfCheck.use.question.otherSubstances',
  substanceFrequency: 'selfCheck.use.question.substanceFrequency',
  shakyWhenGoingWithout: 'selfCheck.use.question.shakyWhenGoingWithout',
} as const satisfies Readonly<Record<string, SelfCheckMessageKey>>;
