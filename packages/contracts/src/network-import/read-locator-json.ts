import { mapLocatorFacility } from '@kratom-care/domain';
import { z } from 'zod';
import { toApiIssues } from '../api-issues.js';
import type { TApiIssue } from '../errors.js';
import { boundedText } from '../list-query.js';
import {
  contentIssue,
  jsonList,
  type ImportedFacility,
  type NetworkImportRead,
  type SkippedImportRow,
} from './network-import-read.js';
import {
  NETWORK_IMPORT_MAX_ROWS,
  ZImportPhoneNumber,
  ZImportStateCode,
  ZImportZipCode,
} from './network-import-schemas.js';

/** The locator sends coordinates as text ("38.0282239"); an empty one means none. */
function coordinate(limit: number) {
  return z.preprocess(
    (value) => {
      if (typeof value !== 'string') {
        return value;
      }
      return value.trim() === '' ? null : Number(value);
    },
    z
      .number({ error: `Must be a number of degrees from -${limit} to ${limit}` })
      .min(-limit, { error: `Must be from -${limit} to ${limit}` })
      .max(limit, { error: `Must be from -${limit} to ${limit}` })
      .nullable()
      .default(null),
  );
}

const optionalText = (max: number) =>
  z
    .string({ error: 'Must be text' })
    .trim()
    .max(max, { error: `Must be at most ${max} characters` })
    .nullish();

/**
 * One listing of the FindTreatment.gov locator's JSON export (`exportsAsJson`), as far as the import
 * reads it. Other keys the export carries (`_irow`, `miles`, `intake1`, `hotline1`) are ignored. The
 * export has spelled the facility type both `type_facility` and `typeFacility`.
 *
 * @see CBHSQ/findtreatment: src/utils/_DATA.js (a listing response of the locator, public domain)
 */
export const ZLocatorListing = z
  .object({
    frid: optionalText(200),
    name1: boundedText(200),
    name2: optionalText(200),
    street1: boundedText(200),
    street2: optionalText(200),
    city: boundedText(120),
    state: ZImportStateCode,
    zip: ZImportZipCode,
    phone: ZImportPhoneNumber,
    website: optionalText(300),
    latitude: coordinate(90),
    longitude: coordinate(180),
    type_facility: optionalText(20),
    typeFacility: optionalText(20),
    services: z
      .array(
        z.object({
          f1: z.string({ error: 'Must be the category name' }).max(300, { error: 'Must be at most 300 characters' }),
          f2: z.string({ error: 'Must be the service codes' }).max(3000, { error: 'Must be at most 3000 characters' }),
          f3: z
            .string({ error: 'Must be the service names' })
            .max(10000, { error: 'Must be at most 10000 characters' }),
        }),
        { error: 'Must be a list of { f1, f2, f3 }' },
      )
      .max(200, { error: 'At most 200 service entries' })
      .nullish(),
  })
  .superRefine((listing, context) => {
    if ((listing.latitude === null) !== (listing.longitude === null)) {
      context.addIssue({
        code: 'custom',
        path: [listing.latitude === null ? 'latitude' : 'longitude'],
        message: 'Give both latitude and longitude, or neither',
      });
    }
  });

/**
 * Reads the FindTreatment.gov locator's JSON: `{ "rows": [ … ] }` as the export sends it, or the bare list.
 * Each listing is checked and mapped through the SAMHSA service-code table (docs/samhsa-service-codes.md)
 * into one facility with a programme per level of care; a listing none of whose codes is a level of care
 * we list (a mental-health-only listing, say) is reported as skipped, not as an error.
 *
 * @param content - The export's text.
 * @returns The facilities and the skipped listings, or every issue found.
 */
export function readLocatorJson(content: string): NetworkImportRead {
  const read = jsonList(content, 'rows');
  if (!read.ok) {
    return read.read;
  }
  if (read.list.length > NETWORK_IMPORT_MAX_ROWS) {
    return contentIssue(`At most ${NETWORK_IMPORT_MAX_ROWS} listings per import; split the file`);
  }
  const issues: TApiIssue[] = [];
  const facilities: ImportedFacility[] = [];
  const skipped: SkippedImportRow[] = [];
  const firstRowOfKey = new Map<string, number>();
  read.list.forEach((item, row) => {
    const parsed = ZLocatorListing.safeParse(item);
    if (!parsed.success) {
      issues.push(
        ...toApiIssues(parsed.error.issues).map((issue) => ({ ...issue, path: ['rows', row, ...issue.path] })),
      );
      return;
    }
    const listing = parsed.data;
    const mapped = mapLocatorFacility({
      frid: listing.frid ?? undefined,
      name1: listing.name1,
      name2: listing.name2,
      street1: listing.street1,
      street2: listing.street2,
      city: listing.city,
      state: listing.state,
      zip: listing.zip,
      phone: listing.phone,
      website: listing.website,
      latitude: listing.latitude,
      longitude: listing.longitude,
      type_facility: listing.type_facility ?? listing.typeFacility,
      services: listing.services ?? null,
    });
    if (mapped.kind === 'skipped') {
      skipped.push({ row, name: listing.name1, reason: mapped.reason });
      return;
    }
    const earlier = firstRowOfKey.get(mapped.facility.externalKey);
    if (earlier !== undefined) {
      issues.push({
        path: ['rows', row, 'name1'],
        message: `The same listing as row ${earlier} (same id, or same name1, street1 and zip): list it once`,
      });
      return;
    }
    firstRowOfKey.set(mapped.facility.externalKey, row);
    facilities.push({ row, draft: mapped.facility });
  });
  return issues.length > 0 ? { ok: false, issues } : { ok: true, facilities, skipped };
}
