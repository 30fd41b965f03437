import { z } from 'zod';

/** `?limit=` for every list: 1–100, default 20. */
export const ZLimit = z.coerce
  .number({ error: 'Must be a whole number from 1 to 100' })
  .int({ error: 'Must be a whole number from 1 to 100' })
  .min(1, { error: 'Must be a whole number from 1 to 100' })
  .max(100, { error: 'Must be a whole number from 1 to 100' })
  .default(20);

/** `?offset=` for every list: 0 or more, default 0. */
export const ZOffset = z.coerce
  .number({ error: 'Must be a whole number, 0 or more' })
  .int({ error: 'Must be a whole number, 0 or more' })
  .min(0, { error: 'Must be a whole number, 0 or more' })
  .max(1_000_000, { error: 'Must be at most 1000000' })
  .default(0);

export const ZOrder = z.enum(['asc', 'desc'], { error: 'Must be asc or desc' }).default('asc');

/** A record id in a path. Ids are UUIDs or better-auth ids; anything else is simply not found. */
export const ZRecordId = z
  .string({ error: 'Must be text' })
  .min(1, { error: 'Required' })
  .max(100, { error: 'Must be at most 100 characters' })
  .regex(/^[A-Za-z0-9_-]+$/, { error: 'Must be an id' });

export const ZIdParams = z.strictObject({ id: ZRecordId });
export type TIdParams = z.infer<typeof ZIdParams>;

/** Every list answers the same envelope. */
export function listResponse<T extends z.ZodType>(item: T) {
  return z.object({ items: z.array(item), total: z.number().int(), nextCursor: z.string().nullable() });
}

/** Short free text (names, regions, reasons) with a length limit; trimmed. */
export function boundedText(max: number, min = 1) {
  return z
    .string({ error: 'Must be text' })
    .trim()
    .min(min, { error: min === 1 ? 'Required' : `Must be at least ${min} characters` })
    .max(max, { error: `Must be at most ${max} characters` });
}
