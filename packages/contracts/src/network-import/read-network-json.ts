import { toApiIssues } from '../api-issues.js';
import type { TApiIssue } from '../errors.js';
import {
  contentIssue,
  facilityDraft,
  jsonList,
  programmeDraft,
  type ImportedFacility,
  type NetworkImportRead,
} from './network-import-read.js';
import { NETWORK_IMPORT_MAX_ROWS, ZImportFacility } from './network-import-schemas.js';

/**
 * Reads our JSON format: `{ "facilities": [ … ] }` (or the bare list), each facility with its
 * programmes (docs/network-import-format.md). Every facility is checked; each problem is reported at
 * `['rows', i, …field]`, and two facilities with the same `externalKey` are a problem too.
 *
 * @param content - The file's text.
 * @returns The facilities, or every issue found.
 */
export function readNetworkJson(content: string): NetworkImportRead {
  const read = jsonList(content, 'facilities');
  if (!read.ok) {
    return read.read;
  }
  if (read.list.length > NETWORK_IMPORT_MAX_ROWS) {
    return contentIssue(`At most ${NETWORK_IMPORT_MAX_ROWS} facilities per import; split the file`);
  }
  const issues: TApiIssue[] = [];
  const facilities: ImportedFacility[] = [];
  const firstRowOfKey = new Map<string, number>();
  read.list.forEach((item, row) => {
    const parsed = ZImportFacility.safeParse(item);
    if (!parsed.success) {
      issues.push(
        ...toApiIssues(parsed.error.issues).map((issue) => ({ ...issue, path: ['rows', row, ...issue.path] })),
      );
      return;
    }
    const facility = parsed.data;
    const earlier = firstRowOfKey.get(facility.externalKey);
    if (earlier !== undefined) {
      issues.push({
        path: ['rows', row, 'externalKey'],
        message: `Same externalKey as row ${earlier}: one entry per facility`,
      });
      return;
    }
    firstRowOfKey.set(facility.externalKey, row);
    facilities.push({ row, draft: facilityDraft(facility, facility.programmes.map(programmeDraft)) });
  });
  return issues.length > 0 ? { ok: false, issues } : { ok: true, facilities, skipped: [] };
}
