/** Network import (issue 11 §1): request and response shapes, and the readers of its three formats. */
export {
  NETWORK_IMPORT_FORMATS,
  NETWORK_IMPORT_MAX_CHARS,
  NETWORK_IMPORT_MAX_ROWS,
  ZImportFacility,
  ZImportFacilityFields,
  ZImportNetworkRequest,
  ZImportNetworkResponse,
  ZImportProgramme,
  ZImportSkippedRow,
  ZRemoveDemoNetworkResponse,
} from './network-import-schemas.js';
export type {
  TImportFacility,
  TImportFacilityFields,
  TImportNetworkRequest,
  TImportNetworkResponse,
  TImportProgramme,
  TNetworkImportFormat,
  TRemoveDemoNetworkResponse,
} from './network-import-schemas.js';
export { NETWORK_CSV_COLUMNS } from './network-csv-columns.js';
export { renderNetworkCsvColumnTable } from './network-csv-columns-table.js';
export type { CsvCellKind, NetworkCsvColumn } from './network-csv-columns.js';
export type { ImportedFacility, NetworkImportRead, SkippedImportRow } from './network-import-read.js';
export { readNetworkImport } from './read-network-import.js';
export { ZLocatorListing } from './read-locator-json.js';
