import {
  LEVELS_OF_CARE,
  MEDICATIONS_OFFERED,
  PAYERS,
  POPULATIONS,
  REGIONS,
  SERVICES,
  US_STATES,
  levelsOfCareForSelfCheck,
  type CareIntensityLevel,
  type LevelOfCare,
  type MedicationOffered,
  type Payer,
  type Population,
  type Region,
  type Service,
  type UsState,
} from '@kratom-care/domain';
import { FINDER_LANGUAGES } from './finder-languages';

/*
 * The finder's whole state lives in the address: what was searched and every filter, with the API's own
 * parameter names, so a shared link, a reload and the back button all show the same search, and the request
 * to the API is the address's query as it stands (repeated parameters = several values of one filter).
 */

/** The radii a person can choose, in miles. */
export const RADII_MILES = [10, 25, 50, 100] as const;
export type RadiusMiles = (typeof RADII_MILES)[number];
export const DEFAULT_RADIUS: RadiusMiles = 25;

/** The multi-select filters, each with the values it offers (the domain's vocabularies). */
export const MULTI_FILTERS = {
  level: LEVELS_OF_CARE,
  payer: PAYERS,
  medication: MEDICATIONS_OFFERED,
  service: SERVICES,
  population: POPULATIONS,
  language: FINDER_LANGUAGES,
} as const;
export type MultiFilter = keyof typeof MULTI_FILTERS;
export const MULTI_FILTER_NAMES = Object.keys(MULTI_FILTERS) as readonly MultiFilter[];

/** The yes-only filters: present means "only programmes that have it". */
export const FLAG_FILTERS = ['kratomExperience', 'openCapacity'] as const;
export type FlagFilter = (typeof FLAG_FILTERS)[number];

/** One search: where (a ZIP and radius, or a state and/or a region, or nowhere in particular) and the filters. */
export interface FinderSearch {
  readonly zip: string;
  readonly radiusMiles: RadiusMiles;
  readonly state: UsState | '';
  readonly region: Region | '';
  readonly level: readonly LevelOfCare[];
  readonly payer: readonly Payer[];
  readonly medication: readonly MedicationOffered[];
  readonly service: readonly Service[];
  readonly population: readonly Population[];
  readonly language: readonly string[];
  readonly kratomExperience: boolean;
  readonly openCapacity: boolean;
}

export const EMPTY_SEARCH: FinderSearch = {
  zip: '',
  radiusMiles: DEFAULT_RADIUS,
  state: '',
  region: '',
  level: [],
  payer: [],
  medication: [],
  service: [],
  population: [],
  language: [],
  kratomExperience: false,
  openCapacity: false,
};

/** The self-check's "Find care near you" carries its care intensity here (domain `FIND_CARE_TARGET`). */
export const INTENSITY_PARAM = 'intensity';

const INTENSITIES: readonly CareIntensityLevel[] = ['E', 'H', 'M', 'O', 'S'];

function oneOf<V extends string>(allowed: readonly V[], value: string | null): V | undefined {
  return allowed.find((candidate) => candidate === value);
}

/** The values of a repeated parameter that the filter knows, once each, in the vocabulary's order. */
function known<V extends string>(allowed: readonly V[], values: readonly string[]): V[] {
  return allowed.filter((candidate) => values.includes(candidate));
}

/** Whether the text is five digits: the only ZIP code shape the finder sends. */
export function isZipShape(text: string): boolean {
  return /^\d{5}$/.test(text);
}

/**
 * Reads a search from the address. Unknown values are dropped (a hand-edited or old link still opens);
 * a care intensity from the self-check becomes the levels of care it suggests, added to any chosen.
 *
 * @param params - The address's query.
 * @returns The search.
 * @example parseFinderSearch(new URLSearchParams('zip=10001&level=iop&level=php')).level // ['php', 'iop']
 */
export function parseFinderSearch(params: URLSearchParams): FinderSearch {
  const zip = params.get('zip')?.trim() ?? '';
  const radius = Number(params.get('radiusMiles'));
  const intensity = oneOf(INTENSITIES, params.get(INTENSITY_PARAM));
  const fromSelfCheck = intensity === undefined ? [] : levelsOfCareForSelfCheck(intensity);
  return {
    zip: isZipShape(zip) ? zip : '',
    radiusMiles: RADII_MILES.find((value) => value === radius) ?? DEFAULT_RADIUS,
    state: oneOf(US_STATES, params.get('state')) ?? '',
    region: oneOf(REGIONS, params.get('region')) ?? '',
    level: known(LEVELS_OF_CARE, [...params.getAll('level'), ...fromSelfCheck]),
    payer: known(PAYERS, params.getAll('payer')),
    medication: known(MEDICATIONS_OFFERED, params.getAll('medication')),
    service: known(SERVICES, params.getAll('service')),
    population: known(POPULATIONS, params.getAll('population')),
    language: known(FINDER_LANGUAGES, params.getAll('language')),
    kratomExperience: params.get('kratomExperience') === 'true',
    openCapacity: params.get('openCapacity') === 'true',
  };
}

/**
 * Writes a search as a query: the address of the finder and, unchanged, the API request's query. A ZIP
 * search leaves state and region out (the API searches one way at a time); the radius goes only with a ZIP.
 *
 * @param search - The search.
 * @returns The query, without the leading `?`.
 * @example finderQuery({ ...EMPTY_SEARCH, zip: '10001', level: ['iop'] }) // 'zip=10001&radiusMiles=25&level=iop'
 */
export function finderQuery(search: FinderSearch): string {
  const params = new URLSearchParams();
  if (search.zip !== '') {
    params.set('zip', search.zip);
    params.set('radiusMiles', String(search.radiusMiles));
  } else {
    if (search.state !== '') {
      params.set('state', search.state);
    }
    if (search.region !== '') {
      params.set('region', search.region);
    }
  }
  for (const name of MULTI_FILTER_NAMES) {
    for (const value of search[name]) {
      params.append(name, value);
    }
  }
  for (const name of FLAG_FILTERS) {
    if (search[name]) {
      params.set(name, 'true');
    }
  }
  return params.toString();
}

/** @returns True when the search names a place (a ZIP, a state or a region). */
export function hasPlace(search: FinderSearch): boolean {
  return search.zip !== '' || search.state !== '' || search.region !== '';
}

/** @returns How many filters are chosen (each value of a multi-select counts once), for the "Filters (3)" button. */
export function chosenFilterCount(search: FinderSearch): number {
  const multi = MULTI_FILTER_NAMES.reduce((sum, name) => sum + search[name].length, 0);
  return multi + FLAG_FILTERS.filter((name) => search[name]).length;
}

/**
 * Toggles one value of a multi-select filter.
 *
 * @param search - The search now.
 * @param filter - Which filter.
 * @param value - The value.
 * @param on - Whether it is now chosen.
 * @returns The new search, values kept in the vocabulary's order.
 */
export function toggleFilter(search: FinderSearch, filter: MultiFilter, value: string, on: boolean): FinderSearch {
  const allowed: readonly string[] = MULTI_FILTERS[filter];
  const current: readonly string[] = search[filter];
  const next = on ? [...current, value] : current.filter((chosen) => chosen !== value);
  return { ...search, [filter]: allowed.filter((candidate) => next.includes(candidate)) };
}
