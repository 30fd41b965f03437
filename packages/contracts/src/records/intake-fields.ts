import { KRATOM_PRODUCT_FORMS, type CoUseSubstance, type RedFlagId } from '@kratom-care/domain';

/*
 * The vocabularies of the intake record (issue 10 §2), declared once: the schema, the server's
 * fact mapping and the web form all read these lists. Plausibility limits are data-entry limits that
 * catch typing slips, not clinical thresholds. Why this shape: docs/decisions/0023-intake-and-diagnosis.md.
 */

/**
 * Units an amount of kratom per day may be recorded in: grams, or the product's own unit.
 *
 * @see Clinical reference §6 "Implement as" (use-log units `g`, `capsule`, `mL`, `tablet`, `glass`); `shot`
 *   is our [DESIGN] addition for the domain's `shot` product form
 */
export const KRATOM_AMOUNT_UNITS = ['g', 'capsule', 'tablet', 'mL', 'glass', 'shot'] as const;
export type TKratomAmountUnit = (typeof KRATOM_AMOUNT_UNITS)[number];

/**
 * Largest plausible amount per day in each unit, to catch typing slips ([DESIGN] data-entry limits,
 * not clinical ones: §6 and §7 report use of 20 to over 40 g/day, so 250 g leaves wide room).
 */
export const KRATOM_AMOUNT_MAX: Readonly<Record<TKratomAmountUnit, number>> = {
  g: 250,
  capsule: 500,
  tablet: 100,
  mL: 5000,
  glass: 50,
  shot: 50,
};

/**
 * Forms whose amount in grams is grams of leaf (tea: the grams of leaf brewed). Extract and 7-OH grams
 * are never counted as grams of leaf.
 *
 * @see Clinical reference §6 "Implement as" and Appendix C.2.2
 */
export const LEAF_GRAM_FORMS: ReadonlySet<string> = new Set(['leaf-powder', 'capsule', 'tea']);

/** Forms that count as 7-OH or concentrate use (the high-potency warning, §6). */
export const HIGH_POTENCY_FORMS: ReadonlySet<string> = new Set(['extract-or-concentrate', '7-oh-product']);

export { KRATOM_PRODUCT_FORMS };

/** How kratom is taken ([DESIGN] data-entry choices). */
export const KRATOM_ROUTES = ['swallowed', 'drink', 'sublingual', 'smoked', 'other'] as const;

/** Most doses a day the form accepts. */
export const DOSES_PER_DAY_MAX = 48;
/** Longest duration of use the form accepts, in months (60 years). */
export const USE_DURATION_MONTHS_MAX = 720;

/** Other substances the intake asks about. */
export const INTAKE_SUBSTANCES = [
  'alcohol',
  'benzodiazepine',
  'heroin-or-fentanyl',
  'prescription-opioid',
  'other-sedative',
  'stimulant',
  'cannabis',
  'nicotine',
  'other',
] as const;
export type TIntakeSubstance = (typeof INTAKE_SUBSTANCES)[number];

/**
 * The decision-support co-use class of each intake substance (null: not a co-use the medication rules
 * read). Heroin, fentanyl and prescription opioids are "opioids other than kratom".
 *
 * @see Clinical reference §11 "Evidence" (opioids and benzodiazepines with buprenorphine) and §7 (naltrexone)
 */
export const CO_USE_OF_SUBSTANCE: Readonly<Record<TIntakeSubstance, CoUseSubstance | null>> = {
  alcohol: 'alcohol',
  benzodiazepine: 'benzodiazepine',
  'heroin-or-fentanyl': 'opioid',
  'prescription-opioid': 'opioid',
  'other-sedative': 'other-sedative',
  stimulant: null,
  cannabis: null,
  nicotine: null,
  other: null,
};

export const SUBSTANCE_FREQUENCIES = ['daily', 'weekly', 'less-than-weekly', 'stopped'] as const;

export const YES_NO_UNKNOWN = ['yes', 'no', 'unknown'] as const;
export const PREGNANCY_STATUSES = ['yes', 'no', 'unknown', 'not-applicable'] as const;
export const ALLERGY_STATUSES = ['none-known', 'listed', 'not-asked'] as const;
export const HOUSING_STATUSES = ['stable', 'unstable', 'homeless', 'supported', 'unknown'] as const;
export const SUPPORT_LEVELS = ['strong', 'some', 'none', 'unknown'] as const;
export const WANTS_TO_CHANGE = ['yes', 'unsure', 'no'] as const;
export const REMISSIONS = ['early', 'sustained'] as const;
export const KUD_CLASSIFICATIONS = ['other', 'opioid'] as const;

/**
 * Red flags asked at intake: the §11 list; pregnancy is asked in the medical history instead.
 *
 * @see Clinical reference §11 "Implement as" (red flags before any score)
 */
export const INTAKE_RED_FLAG_IDS = [
  'breathing-or-hard-to-wake',
  'seizure',
  'chest-pain-fainting-breathless',
  'sedative-mix-very-drowsy',
  'suicidal-thoughts',
  'suicide-plan-intent-means',
  'liver-warning-signs',
  'withdrawal-fluids-or-confusion',
] as const satisfies readonly Exclude<RedFlagId, 'pregnant'>[];
export type TIntakeRedFlagId = (typeof INTAKE_RED_FLAG_IDS)[number];
