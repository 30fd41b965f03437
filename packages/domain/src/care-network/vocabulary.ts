/*
 * The care network's fixed vocabularies (issue 11 §1). One `as const` list each: the contracts build their
 * enums from these, the store keeps the values as text, the web labels them from the catalogue.
 */

/**
 * Levels of care a programme offers, in the order of intensity the finder lists them. Our own names for the
 * settings FindTreatment.gov filters by (detox, residential, partial hospitalisation, intensive outpatient,
 * outpatient, telehealth), not ASAM level numbers, which need a licence.
 */
export const LEVELS_OF_CARE = [
  'medically-managed-withdrawal',
  'residential',
  'php',
  'iop',
  'outpatient',
  'telehealth-medication-treatment',
] as const;
export type LevelOfCare = (typeof LEVELS_OF_CARE)[number];

/** Medications a programme offers. Methadone for opioid use disorder is dispensed only by an OTP (see `otp`). */
export const MEDICATIONS_OFFERED = ['buprenorphine', 'naltrexone', 'methadone', 'clonidine-lofexidine'] as const;
export type MedicationOffered = (typeof MEDICATIONS_OFFERED)[number];

/** The medication only an opioid treatment programme may give (42 CFR 8.12). */
export const OTP_ONLY_MEDICATIONS: readonly MedicationOffered[] = ['methadone'];

/** Populations a programme serves. */
export const POPULATIONS = ['adults', 'adolescents', 'women', 'veterans', 'lgbtq', 'pregnant'] as const;
export type Population = (typeof POPULATIONS)[number];

/** Services a programme offers beside treatment itself. */
export const SERVICES = [
  'dual-diagnosis',
  'family-programme',
  'intervention',
  'transportation',
  'alumni-peer-support',
] as const;
export type Service = (typeof SERVICES)[number];

/** Payers a programme accepts; `commercial` comes with the insurers' names (`commercialInsurers`). */
export const PAYERS = ['medicaid', 'medicare', 'tricare', 'commercial', 'self-pay', 'sliding-scale', 'free'] as const;
export type Payer = (typeof PAYERS)[number];

/** Where a facility's listing came from: typed by staff, our CSV/JSON import, the SAMHSA locator, the demo. */
export const FACILITY_SOURCES = ['manual', 'import', 'locator', 'demo'] as const;
export type FacilitySource = (typeof FACILITY_SOURCES)[number];

/**
 * A language a facility serves in: an ISO 639 code in lower case (`en`, `es`, `ase` for American Sign
 * Language), so filters compare codes and the UI names them with `Intl.DisplayNames`.
 *
 * @see https://www.loc.gov/standards/iso639-2/php/code_list.php (ISO 639-1 and 639-2 codes)
 */
export const LANGUAGE_CODE_PATTERN = /^[a-z]{2,3}$/;
