import { z } from 'zod';

/** `?limit=` for every list: 1–100, default 20. */
export const ZLimit = z.coerce
  .number({ error: 'Must be a whole number from 1 to 100' })
  .int({ error: 'Must be a whole number from 1 to 100' })
  .min(1, { error: 'Must be a whole number from 1 to 100' })
  .max(100, { error: 'Must be a whole number from 1 to 100' })
  .default(20);

/**
 * `?cursor=` for every list: the opaque `nextCursor` of the previous page (keyset pagination,
 * docs/decisions/0009-keyset-lists.md). A cursor the server did not make answers 400 naming `cursor`.
 */
export const ZCursor = z
  .string({ error: 'Must be the nextCursor of a previous page' })
  .regex(/^[A-Za-z0-9_-]{1,2000}$/, { error: 'Must be the nextCursor of a previous page' })
  .optional();

/** The paging fields every list query has; extend it with the list's own filters. */
export const ZListQuery = z.strictObject({ limit: ZLimit, cursor: ZCursor });
export type TListQuery = z.infer<typeof ZListQuery>;

/** `?q=`: a case-insensitive search text, at most 120 characters. */
export const ZSearchText = z
  .string({ error: 'Must be text' })
  .trim()
  .max(120, { error: 'Must be at most 120 characters' })
  // PostgreSQL text cannot hold NUL; no name contains a control character.
  // eslint-disable-next-line no-control-regex -- the control characters are what this refuses
  .regex(/^[^\u0000-\u001f\u007f]*$/, { error: 'Must not contain control characters' })
  .optional();

export const ZOrder = z.enum(['asc', 'desc'], { error: 'Must be asc or desc' }).default('asc');

/** A record id in a path. Ids are UUIDs or better-auth ids; anything else is simply not found. */
export const ZRecordId = z
  .string({ error: 'Must be text' })
  .min(1, { error: 'Required' })
  .max(100, { error: 'Must be at most 100 characters' })
  .regex(/^[A-Za-z0-9_-]+$/, { error: 'Must be an id' });

export const ZIdParams = z.strictObject({ id: ZRecordId });
export type TIdParams = z.infer<typeof ZIdParams>;

/**
 * Every list answers the same envelope: one page of items and the cursor of the next page (null on
 * the last page). There is no total: counting a large table exactly costs a scan on every page.
 */
export function listResponse<T extends z.ZodType>(item: T) {
  return z.object({ items: z.array(item), nextCursor: z.string().nullable() });
}

/** Short free text (names, regions, reasons) with a length limit; trimmed. */
export function boundedText(max: number, min = 1) {
  return z
    .string({ error: 'Must be text' })
    .trim()
    .min(min, { error: min === 1 ? 'Required' : `Must be at least ${min} characters` })
    .max(max, { error: `Must be at most ${max} characters` });
}
