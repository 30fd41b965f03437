/** Network import (issue 11 §1): CSV reading, the SAMHSA service-code map, locator listings to facilities. */
export { parseCsv } from './csv.js';
export type { CsvParseResult, CsvRecord } from './csv.js';
export { mapLocatorFacility } from './locator.js';
export type { LocatorFacility, LocatorMapping, LocatorService } from './locator.js';
export type { NetworkFacilityDraft, NetworkProgrammeDraft } from './network-draft.js';
export { fnv1a64, listingKey } from './stable-key.js';
export {
  SAMHSA_SERVICE_CODES,
  SAMHSA_SOURCES,
  findSamhsaServiceCode,
  isUnmapped,
  normalizeServiceName,
} from '../samhsa-service-codes.js';
export type { SamhsaMapping, SamhsaServiceCode, SamhsaSourceId } from '../samhsa-service-codes.js';
export { renderSamhsaServiceCodeTable } from '../samhsa-service-codes-table.js';
