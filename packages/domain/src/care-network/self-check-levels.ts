import { programmesForLevel, type CareProgramme } from '../care-programmes/care-programmes.js';
import type { CareIntensityLevel } from '../self-check/care-intensity.js';
import type { LevelOfCare } from './vocabulary.js';

/**
 * The workspace's programme names for the finder's levels of care: the two withdrawal-management settings
 * of issue 10 are the finder's medically managed withdrawal and residential care; the others are the same.
 */
const FINDER_LEVEL_OF_PROGRAMME: Readonly<Record<CareProgramme, LevelOfCare>> = {
  'inpatient-withdrawal-management': 'medically-managed-withdrawal',
  'residential-withdrawal-management': 'residential',
  php: 'php',
  iop: 'iop',
  outpatient: 'outpatient',
  'telehealth-medication-treatment': 'telehealth-medication-treatment',
};

/**
 * The finder's levels of care for a self-check's suggested care intensity, so "Find care near you" opens the
 * finder already filtered. Read from the one level → programme map (`programmesForLevel`), never a copy.
 *
 * @param level - The suggested care intensity.
 * @returns The levels to filter by; empty for E (emergency care first) and S (no programme needed).
 * @see ../care-programmes/care-programmes.ts (the level → programme mapping and its sources)
 * @example levelsOfCareForSelfCheck('H') // => ['medically-managed-withdrawal', 'residential']
 */
export function levelsOfCareForSelfCheck(level: CareIntensityLevel): LevelOfCare[] {
  return programmesForLevel(level).programmes.map((programme) => FINDER_LEVEL_OF_PROGRAMME[programme]);
}
