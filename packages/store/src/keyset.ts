import type { Expression, ExpressionBuilder, SelectQueryBuilder, SqlBool } from 'kysely';

/*
 * Keyset pagination, the one list shape of the store (issue 7 §3). A page is asked for with a
 * limit and the cursor of the previous page; the cursor carries the sort values of the last row
 * returned, so the next page starts strictly after it. Unlike OFFSET it costs the same on page
 * 1 and page 1,000, and rows inserted meanwhile neither repeat nor vanish. Nothing is counted.
 */

/** The most rows one call returns, whatever the caller asks for. */
export const MAX_PAGE_SIZE = 100;

/** One page asked for: at most `limit` rows after `cursor` (null or absent: the first page). */
export interface KeysetRequest {
  readonly limit: number;
  readonly cursor?: string | null | undefined;
}

/**
 * Thrown by a list when its cursor was not made for it (see {@link decodeCursor}); the server
 * answers 400 naming `cursor`.
 */
export class InvalidCursorError extends Error {
  constructor() {
    super('The cursor is not one this list made');
    this.name = 'InvalidCursorError';
  }
}

/** One page of rows and the cursor of the next page (null on the last page). */
export interface KeysetPage<T> {
  readonly rows: T[];
  readonly nextCursor: string | null;
}

/** A sort value a cursor can carry. */
export type CursorValue = string | number | null;

/** One column of the sort order. The last one must be unique (an id) so the order is total. */
export interface SortColumn {
  /** A column reference Kysely understands, e.g. `'clinical_record.recorded_at'`. */
  readonly column: string;
  readonly direction: 'asc' | 'desc';
  /**
   * What the column holds (default `string`). A cursor value of another type is refused before it
   * reaches SQL, where PostgreSQL would fail comparing text with a number.
   */
  readonly type?: 'string' | 'number';
}

/**
 * Encodes a row's sort values as an opaque, URL-safe cursor.
 *
 * @param values - The sort values of the last row of a page, in sort order.
 * @returns The cursor.
 */
export function encodeCursor(values: readonly CursorValue[]): string {
  return Buffer.from(JSON.stringify(values), 'utf8').toString('base64url');
}

/**
 * Reads a cursor back. A cursor that was not made by {@link encodeCursor} for this sort order
 * (wrong arity, wrong types, not base64url JSON) is undefined, and the route answers 400.
 *
 * @param cursor - The cursor from the query string.
 * @param arity - How many sort columns the list has.
 * @returns The sort values, or undefined when the cursor is malformed.
 */
export function decodeCursor(cursor: string, arity: number): CursorValue[] | undefined {
  if (!/^[A-Za-z0-9_-]{1,2000}$/.test(cursor)) {
    return undefined;
  }
  let parsed: unknown;
  try {
    parsed = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
  } catch {
    return undefined;
  }
  if (
    !Array.isArray(parsed) ||
    parsed.length !== arity ||
    !parsed.every((value) => value === null || typeof value === 'string' || typeof value === 'number')
  ) {
    return undefined;
  }
  return parsed as CursorValue[];
}

/**
 * The WHERE condition "after this row" for a sort order: for columns (a, b, id) it is
 * a > x OR (a = x AND (b > y OR (b = y AND id > z))), with < for descending columns. Null sort
 * values are not supported: sort only on NOT NULL columns (or coalesce them in the query).
 *
 * @param eb - An expression builder with the sorted table in scope.
 * @param order - The sort columns, the last one unique.
 * @param after - The decoded cursor values.
 * @returns The condition.
 */
export function afterCursor<DB, TB extends keyof DB>(
  eb: ExpressionBuilder<DB, TB>,
  order: readonly SortColumn[],
  after: readonly CursorValue[],
): Expression<SqlBool> {
  const [first, ...rest] = order;
  const value = after[0];
  if (first === undefined) {
    return eb.lit(false);
  }
  // The column names come from the list's own declaration, never from the request.
  const ref = eb.ref(first.column as never);
  const beyond = eb(ref, first.direction === 'asc' ? '>' : '<', value as never);
  if (rest.length === 0) {
    return beyond;
  }
  return eb.or([beyond, eb.and([eb(ref, '=', value as never), afterCursor(eb, rest, after.slice(1))])]);
}

/**
 * Cuts the `limit + 1` rows a query fetched into a page: the extra row only tells that another
 * page exists, and the cursor points after the last row kept.
 *
 * @param fetched - Up to `limit + 1` rows in sort order.
 * @param limit - The page size (already clamped).
 * @param sortValues - The sort values of a row, in the same order as the sort columns.
 * @returns The page.
 */
export function toKeysetPage<T>(
  fetched: T[],
  limit: number,
  sortValues: (row: T) => readonly CursorValue[],
): KeysetPage<T> {
  if (fetched.length <= limit) {
    return { rows: fetched, nextCursor: null };
  }
  const rows = fetched.slice(0, limit);
  const last = rows[rows.length - 1];
  return { rows, nextCursor: last === undefined ? null : encodeCursor(sortValues(last)) };
}

/**
 * Clamps a page size to 1..{@link MAX_PAGE_SIZE} (NaN becomes 1).
 *
 * @param limit - The requested size.
 * @returns The size to use.
 */
export function clampLimit(limit: number): number {
  return Number.isFinite(limit) ? Math.min(MAX_PAGE_SIZE, Math.max(1, Math.trunc(limit))) : 1;
}

/**
 * Whether a cursor value can be compared with a column in SQL on both databases: text without NUL
 * (PostgreSQL refuses it), or a safe integer (PostgreSQL refuses an out-of-range one).
 */
function fitsColumn(value: CursorValue, type: 'string' | 'number'): boolean {
  if (type === 'number') {
    return typeof value === 'number' && Number.isSafeInteger(value);
  }
  return typeof value === 'string' && !value.includes('\u0000');
}

/**
 * Runs one page of a list: the rows after the request's cursor in the given order, `limit + 1` of
 * them so the page knows whether another follows. One query; nothing is counted.
 *
 * @param query - The list's filtered query with its columns selected, not yet ordered.
 * @param order - The sort columns, the last one unique; they must be selected so `sortValues` can read them.
 * @param request - Limit (clamped to 1..{@link MAX_PAGE_SIZE}) and cursor.
 * @param sortValues - The sort values of a row, in the order of `order`.
 * @returns The page.
 * @throws InvalidCursorError when the cursor was not made for this sort order.
 */
export async function fetchKeysetPage<DB, TB extends keyof DB, O>(
  query: SelectQueryBuilder<DB, TB, O>,
  order: readonly SortColumn[],
  request: KeysetRequest,
  sortValues: (row: O) => readonly CursorValue[],
): Promise<KeysetPage<O>> {
  const limit = clampLimit(request.limit);
  let paged = query;
  if (request.cursor !== undefined && request.cursor !== null) {
    const after = decodeCursor(request.cursor, order.length);
    if (after?.every((value, index) => fitsColumn(value, order[index]?.type ?? 'string')) !== true) {
      throw new InvalidCursorError();
    }
    paged = paged.where((eb) => afterCursor(eb, order, after));
  }
  for (const { column, direction } of order) {
    // The column names come from the list's own declaration, never from the request.
    paged = paged.orderBy(column as never, direction);
  }
  const fetched = (await paged.limit(limit + 1).execute()) as O[];
  return toKeysetPage(fetched, limit, sortValues);
}
