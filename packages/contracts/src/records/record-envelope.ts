import { z } from 'zod';
import { boundedText, listResponse, ZListQuery, ZRecordId } from '../list-query.js';

/*
 * What every patient record type shares on the wire: the envelope around its own fields, the list
 * query, the list answer and the "entered in error" request. A type declares only its own part.
 */

/**
 * Where a record stands. Nothing clinical is deleted: a wrong entry becomes `entered-in-error` and
 * stays listed. The names follow FHIR's observation status codes.
 *
 * @see http://hl7.org/fhir/R4/valueset-observation-status.html
 */
export const RECORD_STATUSES = ['final', 'amended', 'entered-in-error'] as const;
export type TRecordStatus = (typeof RECORD_STATUSES)[number];

/** `{ id, recordId }` in `/api/patients/:id/<type>/:recordId`. */
export const ZRecordParams = z.strictObject({ id: ZRecordId, recordId: ZRecordId });
export type TRecordParams = z.infer<typeof ZRecordParams>;

const ZIsoTime = z.iso.datetime({ offset: true, error: 'Must be a date and time like 2027-01-31T08:30:00Z' });

/** The marking of a wrong entry. */
export const ZEnteredInError = z.object({
  reason: z.string(),
  by: z.string(),
  byName: z.string().nullable(),
  at: z.string(),
});

/** Fields every record answers with, whatever its type. */
export const ZRecordEnvelope = z.object({
  id: z.string(),
  patientId: z.string(),
  /** Row version, also sent as the `ETag`; send it back in `If-Match` to change the record. */
  version: z.number().int(),
  status: z.enum(RECORD_STATUSES),
  /** The clinical time of the record (when the vitals were taken, when the assessment was scored). */
  recordedAt: z.string(),
  recordedBy: z.string(),
  /** The recorder's display name (null when the account no longer exists). */
  recordedByName: z.string().nullable(),
  createdAt: z.string(),
  updatedAt: z.string(),
  enteredInError: ZEnteredInError.nullable(),
});
export type TRecordEnvelope = z.infer<typeof ZRecordEnvelope>;

/** `POST /api/patients/:id/<type>/:recordId/entered-in-error`: why the entry is wrong. */
export const ZEnteredInErrorRequest = z.strictObject({ reason: boundedText(500, 3) });
export type TEnteredInErrorRequest = z.infer<typeof ZEnteredInErrorRequest>;

/** The list filters a record type may offer (all optional in the query). */
export const RECORD_LIST_FILTERS = ['status', 'from', 'to'] as const;
export type TRecordListFilter = (typeof RECORD_LIST_FILTERS)[number];

/** The sort keys a record type may offer; `recordedAt` is the index order. */
export const RECORD_SORT_KEYS = ['recordedAt'] as const;
export type TRecordSortKey = (typeof RECORD_SORT_KEYS)[number];

const FILTER_SCHEMAS = {
  status: z.enum(RECORD_STATUSES, { error: `Must be one of ${RECORD_STATUSES.join(', ')}` }).optional(),
  /** Records at or after this time. */
  from: ZIsoTime.optional(),
  /** Records before this time. */
  to: ZIsoTime.optional(),
} as const;

/**
 * The list query of a record type: `limit`, `cursor`, `order`, `sort` and the filters it declares.
 *
 * @param filters - The declared filters.
 * @param sortKeys - The declared sort keys (the first is the default).
 * @param subtype - The type's subtype filter, if it declares one: its query name and values.
 * @returns A strict query schema.
 */
export function recordListQuery(
  filters: readonly TRecordListFilter[],
  sortKeys: readonly TRecordSortKey[],
  subtype?: { readonly filter: string; readonly values: readonly [string, ...string[]] },
) {
  const [first, ...rest] = sortKeys;
  const sort = z.enum([first ?? 'recordedAt', ...rest], { error: `Must be one of ${sortKeys.join(', ')}` });
  // Undeclared filters are left out of the shape, so the strict object names them as unknown fields.
  const declared: Partial<typeof FILTER_SCHEMAS> = Object.fromEntries(
    filters.map((filter) => [filter, FILTER_SCHEMAS[filter]]),
  );
  const bySubtype =
    subtype === undefined
      ? {}
      : {
          [subtype.filter]: z.enum(subtype.values, { error: `Must be one of ${subtype.values.join(', ')}` }).optional(),
        };
  return ZListQuery.extend({
    sort: sort.default(first ?? 'recordedAt'),
    order: z.enum(['asc', 'desc'], { error: 'Must be asc or desc' }).default('desc'),
    ...declared,
    ...bySubtype,
  });
}
/** A parsed list query (filters the type does not declare are always absent). */
export interface TRecordListQuery {
  readonly limit: number;
  readonly cursor?: string | undefined;
  readonly sort: TRecordSortKey;
  readonly order: 'asc' | 'desc';
  readonly status?: TRecordStatus | undefined;
  readonly from?: string | undefined;
  readonly to?: string | undefined;
  /** The type's subtype filter, under its declared query name (e.g. `instrument`). */
  readonly [subtypeFilter: string]: unknown;
}

/**
 * The one list answer of a record type: a page of items and the cursor of the next one. A family
 * member's read also carries the 42 CFR §2.32 notice.
 *
 * @param item - The item schema.
 * @returns The list response schema.
 */
export function recordListResponse<T extends z.ZodType>(item: T) {
  return listResponse(item).extend({ redisclosureNotice: z.string().optional() });
}

/** A single record answer can carry the notice too (family read). */
export const ZRedisclosure = z.object({ redisclosureNotice: z.string().optional() });
