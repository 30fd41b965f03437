/*
 * US regions of the finder. Our own grouping for people looking for care, close to the Census Bureau's
 * divisions but splitting the West the way people name it; every state, DC and each inhabited territory
 * belongs to exactly one region, so a region search is a search by states (one index on `state`).
 *
 * @see https://www2.census.gov/geo/pdfs/maps-data/maps/reference/us_regdiv.pdf (Census regions and divisions)
 */

/** The finder's regions, in the order the UI lists them (east to west, then the territories). */
export const REGIONS = [
  'northeast',
  'mid-atlantic',
  'southeast',
  'midwest',
  'southwest',
  'mountain-west',
  'west',
  'pacific-northwest',
  'alaska-hawaii',
  'territories',
] as const;
export type Region = (typeof REGIONS)[number];

/** Each state's, DC's and territory's region, keyed by its USPS two-letter code. */
export const STATE_REGIONS = {
  CT: 'northeast',
  MA: 'northeast',
  ME: 'northeast',
  NH: 'northeast',
  NY: 'northeast',
  RI: 'northeast',
  VT: 'northeast',
  DC: 'mid-atlantic',
  DE: 'mid-atlantic',
  MD: 'mid-atlantic',
  NJ: 'mid-atlantic',
  PA: 'mid-atlantic',
  VA: 'mid-atlantic',
  WV: 'mid-atlantic',
  AL: 'southeast',
  AR: 'southeast',
  FL: 'southeast',
  GA: 'southeast',
  KY: 'southeast',
  LA: 'southeast',
  MS: 'southeast',
  NC: 'southeast',
  SC: 'southeast',
  TN: 'southeast',
  IA: 'midwest',
  IL: 'midwest',
  IN: 'midwest',
  KS: 'midwest',
  MI: 'midwest',
  MN: 'midwest',
  MO: 'midwest',
  ND: 'midwest',
  NE: 'midwest',
  OH: 'midwest',
  SD: 'midwest',
  WI: 'midwest',
  AZ: 'southwest',
  NM: 'southwest',
  OK: 'southwest',
  TX: 'southwest',
  CO: 'mountain-west',
  ID: 'mountain-west',
  MT: 'mountain-west',
  UT: 'mountain-west',
  WY: 'mountain-west',
  CA: 'west',
  NV: 'west',
  OR: 'pacific-northwest',
  WA: 'pacific-northwest',
  AK: 'alaska-hawaii',
  HI: 'alaska-hawaii',
  AS: 'territories',
  GU: 'territories',
  MP: 'territories',
  PR: 'territories',
  VI: 'territories',
} as const satisfies Record<string, Region>;

/** A USPS two-letter code of a state, DC or an inhabited territory. */
export type UsState = keyof typeof STATE_REGIONS;

/** Every state code, alphabetically (the contracts' enum and the UI's list). */
export const US_STATES = Object.keys(STATE_REGIONS).sort() as readonly UsState[];

/**
 * @param state - A USPS code.
 * @returns Its region.
 * @example regionOfState('PA') // => 'mid-atlantic'
 */
export function regionOfState(state: UsState): Region {
  return STATE_REGIONS[state];
}

/**
 * The states of some regions, for a search by region.
 *
 * @param regions - Regions to search.
 * @returns Their states, alphabetically.
 * @example statesOfRegions(['pacific-northwest']) // => ['OR', 'WA']
 */
export function statesOfRegions(regions: readonly Region[]): UsState[] {
  return US_STATES.filter((state) => regions.includes(STATE_REGIONS[state]));
}

/**
 * @param value - Any text.
 * @returns Whether it is a state code the network knows.
 */
export function isUsState(value: string): value is UsState {
  return Object.hasOwn(STATE_REGIONS, value);
}
