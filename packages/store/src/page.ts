/** One page of a list: `offset` rows skipped, at most `limit` rows returned. */
export interface PageRequest {
  readonly limit: number;
  readonly offset: number;
}

/** A page of rows and the total number of rows matching the same filter. */
export interface Page<T> {
  readonly rows: T[];
  readonly total: number;
}

/** The most rows one call returns, whatever the caller asks for. */
export const MAX_PAGE_SIZE = 200;

/**
 * Clamps a page request to sane bounds so a bad caller cannot ask for a whole table.
 *
 * @param page - The requested page.
 * @returns `limit` within 1..{@link MAX_PAGE_SIZE}, `offset` at least 0, both integers (NaN becomes the minimum).
 */
export function clampPage(page: PageRequest): PageRequest {
  const limit = Number.isFinite(page.limit) ? Math.min(MAX_PAGE_SIZE, Math.max(1, Math.trunc(page.limit))) : 1;
  const offset = Number.isFinite(page.offset) ? Math.max(0, Math.trunc(page.offset)) : 0;
  return { limit, offset };
}
