/** The care network: vocabularies, regions, distance, finder filters and verification age (issue 11). */
export { CARE_NETWORK_MESSAGES_EN } from './care-network.messages.en.js';
export type { CareNetworkMessageKey } from './care-network.messages.en.js';
export { NO_FINDER_FILTERS, hasProgrammeFilters, matchFacility } from './finder-filters.js';
export type {
  FinderFilterName,
  FinderFilters,
  MatchReason,
  MatchableFacility,
  MatchableProgramme,
} from './finder-filters.js';
export { EARTH_RADIUS_MILES, boundingBox, distanceMiles } from './great-circle.js';
export type { BoundingBox, LatLng, LongitudeRange } from './great-circle.js';
export { REGIONS, STATE_REGIONS, US_STATES, isUsState, regionOfState, statesOfRegions } from './regions.js';
export type { Region, UsState } from './regions.js';
export { levelsOfCareForSelfCheck } from './self-check-levels.js';
export { VERIFICATION_STALE_AFTER_DAYS, isVerificationStale } from './staleness.js';
export {
  FACILITY_SOURCES,
  LANGUAGE_CODE_PATTERN,
  LEVELS_OF_CARE,
  MEDICATIONS_OFFERED,
  OTP_ONLY_MEDICATIONS,
  PAYERS,
  POPULATIONS,
  SERVICES,
} from './vocabulary.js';
export type { FacilitySource, LevelOfCare, MedicationOffered, Payer, Population, Service } from './vocabulary.js';
