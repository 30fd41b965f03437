import type { CareIntensityLevel } from '../self-check/care-intensity.js';
import type { CareProgrammesMessageKey } from './care-programmes.messages.en.js';

/** The programmes issue 10 §6 names. */
export const CARE_PROGRAMMES = [
  'inpatient-withdrawal-management',
  'residential-withdrawal-management',
  'php',
  'iop',
  'outpatient',
  'telehealth-medication-treatment',
] as const;
export type CareProgramme = (typeof CARE_PROGRAMMES)[number];

export const CARE_PROGRAMME_MAP_VERSION = '1.0.0';

/** The programmes that fit one care-intensity level, and what to say beside them. */
export interface ProgrammeMapping {
  readonly level: CareIntensityLevel;
  /** In display order; empty for E (emergency care first) and S (no programme needed). */
  readonly programmes: readonly CareProgramme[];
  readonly programmeKeys: readonly CareProgrammesMessageKey[];
  readonly noteKey: CareProgrammesMessageKey;
  readonly rule: { readonly id: string; readonly version: string };
}

/**
 * Each level's programmes, read from the level's own words in REFERENCE §10:
 * - E "Emergency now": no programme yet; emergency care first, a programme after stabilisation;
 * - H "Medically supervised withdrawal – inpatient/residential": inpatient or residential withdrawal
 *   management;
 * - M "Medically supervised outpatient withdrawal and/or medication treatment": the outpatient settings
 *   that can supervise withdrawal or give medication: PHP, IOP, outpatient, and telehealth medication
 *   treatment (telehealth induction is reported for kratom: Fam Pract 2023;40(4):596-598, §7);
 * - O "Outpatient counselling and monitoring": outpatient;
 * - S "Self-management and check-in": no programme needed; outpatient if the patient wants one.
 * Our own [DESIGN] mapping, not ASAM level definitions (which need a licence, §10).
 */
const LEVEL_PROGRAMMES: Readonly<Record<CareIntensityLevel, readonly CareProgramme[]>> = {
  E: [],
  H: ['inpatient-withdrawal-management', 'residential-withdrawal-management'],
  M: ['php', 'iop', 'outpatient', 'telehealth-medication-treatment'],
  O: ['outpatient'],
  S: [],
};

/**
 * The programmes that fit a care-intensity level, for the clinician to choose from.
 *
 * @param level - A level from `suggestCareIntensity` or the clinician's override.
 * @returns The programmes in display order, with a note and the mapping's rule id and version.
 * @see Clinical reference §10 "Implement as" (level labels, product-owned rules, [DESIGN]) and "Copyright"
 *   (no ASAM level definitions without a licence); issue 10 §6 (the programme list)
 * @example programmesForLevel('H').programmes // => ['inpatient-withdrawal-management', 'residential-withdrawal-management']
 */
export function programmesForLevel(level: CareIntensityLevel): ProgrammeMapping {
  const programmes = LEVEL_PROGRAMMES[level];
  return {
    level,
    programmes,
    programmeKeys: programmes.map((programme): CareProgrammesMessageKey => `careProgrammes.programme.${programme}`),
    noteKey: `careProgrammes.note.${level}`,
    rule: { id: 'care-programmes.map', version: CARE_PROGRAMME_MAP_VERSION },
  };
}
