import type { UsState, Region } from './regions.js';
import { regionOfState, isUsState } from './regions.js';
import type { LevelOfCare, MedicationOffered, Payer, Population, Service } from './vocabulary.js';
import { OTP_ONLY_MEDICATIONS } from './vocabulary.js';

/**
 * The finder's filters (FindTreatment.gov's filter model plus our own). Each list is a multi-select: an
 * empty list does not filter, several values match any of them (OR); different filters must all hold (AND).
 * The booleans filter only when true: nobody searches for "no kratom experience".
 */
export interface FinderFilters {
  readonly regions: readonly Region[];
  readonly states: readonly UsState[];
  readonly levels: readonly LevelOfCare[];
  readonly payers: readonly Payer[];
  readonly medications: readonly MedicationOffered[];
  readonly kratomExperience: boolean;
  readonly services: readonly Service[];
  readonly populations: readonly Population[];
  readonly languages: readonly string[];
  readonly openCapacity: boolean;
}

/** No filter at all. */
export const NO_FINDER_FILTERS: FinderFilters = {
  regions: [],
  states: [],
  levels: [],
  payers: [],
  medications: [],
  kratomExperience: false,
  services: [],
  populations: [],
  languages: [],
  openCapacity: false,
};

/** What the matcher reads of a programme. */
export interface MatchableProgramme {
  readonly levelOfCare: LevelOfCare;
  readonly medications: readonly MedicationOffered[];
  readonly otp: boolean;
  readonly kratomExperience: boolean;
  readonly populations: readonly Population[];
  readonly services: readonly Service[];
  readonly payers: readonly Payer[];
  readonly capacityAvailable: number | null;
}

/** What the matcher reads of a facility. */
export interface MatchableFacility {
  readonly state: string | null;
  readonly languages: readonly string[];
  readonly programmes: readonly MatchableProgramme[];
}

/** The finder's query parameter a reason answers, named as in the API. */
export type FinderFilterName =
  | 'region'
  | 'state'
  | 'level'
  | 'payer'
  | 'medication'
  | 'kratomExperience'
  | 'service'
  | 'population'
  | 'language'
  | 'openCapacity';

/** One reason a facility is in the results: a filter and the value of it the facility meets. */
export interface MatchReason {
  readonly filter: FinderFilterName;
  readonly value: string;
}

/** A programme-level filter: which of the selected values one programme meets. */
interface ProgrammeTest {
  readonly filter: FinderFilterName;
  readonly met: (programme: MatchableProgramme) => readonly string[];
}

function anyOf<T extends string>(selected: readonly T[], offered: readonly T[]): T[] {
  return selected.filter((value) => offered.includes(value));
}

/** The programme-level filters that are switched on, each returning the values a programme meets. */
function programmeTests(filters: FinderFilters): ProgrammeTest[] {
  const tests: ProgrammeTest[] = [];
  if (filters.levels.length > 0) {
    tests.push({ filter: 'level', met: (p) => anyOf(filters.levels, [p.levelOfCare]) });
  }
  if (filters.payers.length > 0) {
    tests.push({ filter: 'payer', met: (p) => anyOf(filters.payers, p.payers) });
  }
  if (filters.medications.length > 0) {
    // Methadone listed by a programme that is not an OTP cannot be given there: it does not match.
    tests.push({
      filter: 'medication',
      met: (p) => anyOf(filters.medications, p.medications).filter((m) => p.otp || !OTP_ONLY_MEDICATIONS.includes(m)),
    });
  }
  if (filters.kratomExperience) {
    tests.push({ filter: 'kratomExperience', met: (p) => (p.kratomExperience ? ['true'] : []) });
  }
  if (filters.services.length > 0) {
    tests.push({ filter: 'service', met: (p) => anyOf(filters.services, p.services) });
  }
  if (filters.populations.length > 0) {
    tests.push({ filter: 'population', met: (p) => anyOf(filters.populations, p.populations) });
  }
  if (filters.openCapacity) {
    tests.push({ filter: 'openCapacity', met: (p) => ((p.capacityAvailable ?? 0) > 0 ? ['true'] : []) });
  }
  return tests;
}

/** Whether any programme-level filter is on (the finder then needs programmes before it can limit). */
export function hasProgrammeFilters(filters: FinderFilters): boolean {
  return programmeTests(filters).length > 0;
}

/**
 * Whether a facility meets the finder's filters, and why. Facility-level filters (region, state, language)
 * read the facility; programme-level filters must all hold on the SAME programme, so "residential" and
 * "Medicaid" never match a facility whose residential programme is self-pay and whose IOP takes Medicaid.
 *
 * @param facility - The facility with its programmes.
 * @param filters - The filters.
 * @returns The reasons (each selected value met, by filter, over every programme that matches), or null
 *   when the facility does not match.
 * @example matchFacility({ state: 'PA', languages: ['en'], programmes: [] }, { ...NO_FINDER_FILTERS, states: ['PA'] })
 *   // => [{ filter: 'state', value: 'PA' }]
 */
export function matchFacility(facility: MatchableFacility, filters: FinderFilters): MatchReason[] | null {
  const reasons: MatchReason[] = [];
  const state = facility.state !== null && isUsState(facility.state) ? facility.state : null;
  if (filters.states.length > 0) {
    if (state === null || !filters.states.includes(state)) {
      return null;
    }
    reasons.push({ filter: 'state', value: state });
  }
  if (filters.regions.length > 0) {
    const region = state === null ? null : regionOfState(state);
    if (region === null || !filters.regions.includes(region)) {
      return null;
    }
    reasons.push({ filter: 'region', value: region });
  }
  if (filters.languages.length > 0) {
    const spoken = anyOf(filters.languages, facility.languages);
    if (spoken.length === 0) {
      return null;
    }
    reasons.push(...spoken.map((value): MatchReason => ({ filter: 'language', value })));
  }
  const tests = programmeTests(filters);
  if (tests.length === 0) {
    return reasons;
  }
  const met = new Map<FinderFilterName, Set<string>>(tests.map((test) => [test.filter, new Set<string>()]));
  let matched = false;
  for (const programme of facility.programmes) {
    const values = tests.map((test) => test.met(programme));
    if (values.every((value) => value.length > 0)) {
      matched = true;
      tests.forEach((test, index) => values[index]?.forEach((value) => met.get(test.filter)?.add(value)));
    }
  }
  if (!matched) {
    return null;
  }
  for (const test of tests) {
    for (const value of met.get(test.filter) ?? []) {
      reasons.push({ filter: test.filter, value });
    }
  }
  return reasons;
}
