/*
 * What the decision-support rules read, shaped so an API layer can fill it from stored records. Every
 * time is epoch milliseconds; `id` fields are the stored records' ids, so each item can name its basis.
 */

/** Medicines the medication records know. `symptomatic` covers hydroxyzine, loperamide and the like. */
export const TREATMENT_DRUGS = [
  'buprenorphine-naloxone',
  'buprenorphine',
  'clonidine',
  'lofexidine',
  'dihydrocodeine',
  'naltrexone',
  'symptomatic',
] as const;
export type TreatmentDrug = (typeof TREATMENT_DRUGS)[number];

/** UCUM units a dose may be recorded in (`ug` is micrograms). */
export const DOSE_UNITS = ['mg', 'ug', 'g', 'mL'] as const;
export type TreatmentDoseUnit = (typeof DOSE_UNITS)[number];

export const MEDICATION_ROUTES = [
  'oral',
  'sublingual',
  'buccal',
  'transdermal',
  'subcutaneous',
  'intramuscular',
  'intravenous',
  'rectal',
] as const;
export type MedicationRoute = (typeof MEDICATION_ROUTES)[number];

/**
 * A dose as recorded. For buprenorphine-naloxone the dose is the buprenorphine part (8/2 mg → 8 mg).
 */
export interface MedicationDose {
  readonly drug: TreatmentDrug;
  readonly dose: number;
  readonly unit: TreatmentDoseUnit;
  readonly route: MedicationRoute;
}

/** An order: what was prescribed, when and by whom. Only active orders raise checks. */
export interface MedicationOrderInput extends MedicationDose {
  readonly id: string;
  /** The medicine's name for `symptomatic` orders (free text, shown as is). */
  readonly name?: string;
  readonly status: 'active' | 'stopped';
  readonly orderedAtMs: number;
  readonly orderedBy: string;
}

/** One dose given: what, when and who gave it. */
export interface MedicationAdministrationInput extends MedicationDose {
  readonly id: string;
  readonly orderId?: string;
  readonly givenAtMs: number;
  readonly givenBy: string;
}

/** A complete, scored COWS (the stored assessment's total, 0–48). An incomplete COWS has no total: leave it out. */
export interface CowsResultInput {
  readonly id: string;
  readonly total: number;
  readonly assessedAtMs: number;
}

/** One vitals record; absent values were not measured. Units as `VITAL_SIGNS` gives them. */
export interface VitalsInput {
  readonly id: string;
  readonly takenAtMs: number;
  readonly heartRate?: number;
  readonly systolic?: number;
  readonly diastolic?: number;
  readonly temperature?: number;
  readonly respiratoryRate?: number;
  readonly oxygenSaturation?: number;
}

/** Kratom product forms as the intake and use log record them. */
export const KRATOM_PRODUCT_FORMS = [
  'leaf-powder',
  'capsule',
  'tea',
  'extract-or-concentrate',
  '7-oh-product',
  'tonic',
  'shot',
  'unknown',
] as const;
export type KratomProductForm = (typeof KRATOM_PRODUCT_FORMS)[number];

/** One product in recent use, and whether its amount is logged as grams of leaf. */
export interface KratomProductUse {
  readonly form: KratomProductForm;
  /** True when the use is logged in grams of leaf (for tea: the grams of leaf brewed). */
  readonly gramsLogged: boolean;
}

/** Recent kratom use as the intake and log give it. 7-OH counts as kratom (Appendix C.2.5). */
export interface KratomUseFacts {
  /** Grams of leaf per day, as logged; null when not known in grams. */
  readonly gramsPerDay: number | null;
  /** Every product form in recent use. */
  readonly products: readonly KratomProductUse[];
  /** The last kratom or 7-OH dose; null when unknown. */
  readonly lastDoseAtMs: number | null;
  /** The stored records these facts come from (intake, use-log entries). */
  readonly basis?: readonly string[];
}

export const CO_USE_SUBSTANCES = ['benzodiazepine', 'alcohol', 'opioid', 'other-sedative'] as const;
export type CoUseSubstance = (typeof CO_USE_SUBSTANCES)[number];

/** Another substance in current use, from intake or later. `opioid` means opioids other than kratom. */
export interface CoUseFact {
  readonly id: string;
  readonly substance: CoUseSubstance;
  /** Last use; null when not known. */
  readonly lastUseAtMs: number | null;
}

/** KUD severity from the DSM-5 checklist (band ids of `dsm5-kud`), when it has been assessed. */
export type TreatmentKudSeverity = 'none' | 'mild' | 'moderate' | 'severe';

/** A clinician's override of the naltrexone block. The reason must not be blank. */
export interface NaltrexoneOverride {
  /** The naltrexone order it applies to. */
  readonly orderId: string;
  readonly overriddenBy: string;
  readonly reason: string;
}

/** Everything the panel reads for one patient. */
export interface DecisionSupportInput {
  readonly orders: readonly MedicationOrderInput[];
  readonly administrations: readonly MedicationAdministrationInput[];
  readonly cows: readonly CowsResultInput[];
  readonly vitals: readonly VitalsInput[];
  readonly kratom: KratomUseFacts;
  readonly coUse: readonly CoUseFact[];
  readonly kudSeverity?: TreatmentKudSeverity;
  readonly naltrexoneOverrides?: readonly NaltrexoneOverride[];
}
