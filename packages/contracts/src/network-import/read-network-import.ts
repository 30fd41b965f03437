import type { NetworkImportRead } from './network-import-read.js';
import type { TNetworkImportFormat } from './network-import-schemas.js';
import { readLocatorJson } from './read-locator-json.js';
import { readNetworkCsv } from './read-network-csv.js';
import { readNetworkJson } from './read-network-json.js';

const READERS: Readonly<Record<TNetworkImportFormat, (content: string) => NetworkImportRead>> = {
  csv: readNetworkCsv,
  json: readNetworkJson,
  locator: readLocatorJson,
};

/**
 * Reads and checks an import in any of its three formats. Pure: the server adds the ZIP code centres
 * and stores the result only when this found no issue (all or nothing).
 *
 * @param format - csv, json or locator.
 * @param content - The file's text.
 * @returns The facilities (and skipped listings), or every issue, each at `['rows', i, field]`.
 */
export function readNetworkImport(format: TNetworkImportFormat, content: string): NetworkImportRead {
  return READERS[format](content);
}
