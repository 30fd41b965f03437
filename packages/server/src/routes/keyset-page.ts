import { InvalidCursorError, type KeysetPage } from '@kratom-care/store';
import { AppError } from '../errors.js';

/**
 * Awaits one page of a store list and turns a cursor the list did not make into the usual 400
 * naming `cursor` (inside `withPatientAccess` too, which audits an AppError as a refusal).
 *
 * @param page - The store call.
 * @returns The page.
 * @throws AppError INVALID_QUERY for a malformed or foreign cursor.
 */
export async function pageOrBadCursor<T>(page: Promise<KeysetPage<T>>): Promise<KeysetPage<T>> {
  try {
    return await page;
  } catch (error) {
    if (error instanceof InvalidCursorError) {
      throw new AppError('INVALID_QUERY', 'The URL or query string is not valid', [
        { path: ['cursor'], message: 'Must be the nextCursor of a previous page of this list' },
      ]);
    }
    throw error;
  }
}

/**
 * The one list body: `{ items, nextCursor }`.
 *
 * @param page - A store page.
 * @param view - Maps a stored row to its API view.
 * @returns The body.
 */
export function listBody<T, V>(page: KeysetPage<T>, view: (row: T) => V): { items: V[]; nextCursor: string | null } {
  return { items: page.rows.map(view), nextCursor: page.nextCursor };
}
