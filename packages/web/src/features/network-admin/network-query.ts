import { FINDER_LIMIT } from '@kratom-care/contracts';
import { REGIONS, type Region } from '@kratom-care/domain';

/**
 * The finder read that lists the network for the admin page: every region (so every facility with a state),
 * or one region, at most the finder's limit per answer. `GET /api/facilities` lists only the facilities the
 * admin is a member of; imported, locator and demo listings have no members, so the network is read where
 * the public reads it, with the same demo label and verification age.
 *
 * @param region - One region, or 'all'.
 * @returns The path with its query (repeated `region` = any of them).
 * @example networkPath('northeast') // '/api/finder/facilities?region=northeast&limit=100'
 */
export function networkPath(region: Region | 'all'): string {
  const params = new URLSearchParams();
  for (const value of region === 'all' ? REGIONS : [region]) {
    params.append('region', value);
  }
  params.append('limit', String(FINDER_LIMIT.max));
  return `/api/finder/facilities?${params.toString()}`;
}

/**
 * Every network read the admin pages make (all regions, and each one): what a change to a listing makes
 * stale. The query cache matches keys by whole path, and these paths carry their query.
 */
export const NETWORK_READS: readonly string[] = [networkPath('all'), ...REGIONS.map((region) => networkPath(region))];
