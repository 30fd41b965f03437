import { readFileSync } from 'node:fs';

const FIXTURE = new URL('../../packages/server/src/test/fixtures/locator-facilities.json', import.meta.url);

interface LocatorRow {
  name1: string;
  state: string;
  frid?: string;
  zip: string;
  [field: string]: unknown;
}

interface LocatorListing {
  rows: LocatorRow[];
  [field: string]: unknown;
}

/**
 * The fictional FindTreatment.gov locator listing the server's import tests use (55 facilities), made this
 * test's own: every listing's locator id (`frid`, the key a re-import finds it by) and name carry the tag,
 * so the import creates exactly these 55 whatever ran before on the same server, and a second import of the
 * same text finds all 55 again.
 *
 * @param tag - The test's unique tag.
 * @param change - Optionally changes one row (e.g. a bad ZIP code, to see the row-by-row problems).
 * @param count - Keep only the first rows (all when left out).
 * @returns The listing as JSON text, its number of rows, and the first listing's name and state.
 */
export function taggedLocatorListing(
  tag: string,
  change?: (row: LocatorRow, index: number) => void,
  count?: number,
): { text: string; rows: number; firstName: string; firstState: string } {
  const listing = JSON.parse(readFileSync(FIXTURE, 'utf8')) as LocatorListing;
  listing.rows = listing.rows.slice(0, count ?? listing.rows.length);
  listing.rows.forEach((row, index) => {
    row.name1 = `${row.name1} ${tag}`;
    row.frid = `${row.frid ?? `row-${String(index)}`}-${tag}`;
    change?.(row, index);
  });
  const first = listing.rows[0];
  return {
    text: JSON.stringify(listing, null, 2),
    rows: listing.rows.length,
    firstName: first?.name1 ?? '',
    firstState: first?.state ?? '',
  };
}
