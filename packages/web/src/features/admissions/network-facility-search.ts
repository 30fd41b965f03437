import { ZFinderResponse, type TFinderFacility } from '@kratom-care/contracts';
import { useApiQuery } from '../../api/use-api-query';
import type { ApiError } from '../../api/api-error';
import type { Translate } from '../../i18n/translate';

/** Where to look for a facility to refer to: a ZIP code (nearest first) or a state. */
export type NetworkPlace = { readonly zip: string } | { readonly state: string };

/** How many network facilities the referral picker offers at once. */
const PICKER_LIMIT = 20;

/**
 * The network's facilities near a place, through the public finder (the same listing people see), for
 * the referral picker; the request's own facility is left out, as a referral goes elsewhere.
 *
 * @param place - Where to look, or null to wait.
 * @param exceptFacilityId - The request's facility.
 * @returns The facilities, whether they are loading, and the finder's error (an unknown ZIP code is a 400).
 */
export function useNetworkFacilities(
  place: NetworkPlace | null,
  exceptFacilityId: string,
): {
  readonly items: readonly TFinderFacility[] | undefined;
  readonly isPending: boolean;
  readonly error: ApiError | null;
} {
  const query = useApiQuery(
    ZFinderResponse,
    place === null ? null : { path: '/api/finder/facilities', query: { ...place, limit: PICKER_LIMIT } },
  );
  return {
    items: query.data?.items.filter((facility) => facility.id !== exceptFacilityId),
    isPending: place !== null && query.isPending,
    error: query.error,
  };
}

/**
 * @param t - The reader's translate function.
 * @param facility - A facility of the network.
 * @returns Its name, where it is, how far (after a ZIP search) and that it is fictional for the demo network.
 */
export function facilityOptionLabel(t: Translate, facility: TFinderFacility): string {
  const place = [facility.city, facility.state].filter((part) => part !== null).join(', ');
  const parts = [facility.name, place === '' ? null : place];
  if (facility.distanceMiles !== null) {
    parts.push(t('admissions.refer.miles', { miles: Math.round(facility.distanceMiles) }));
  }
  // Demo listings are labelled fictional, unless their name already says "demo".
  if (facility.demo && !/\bdemo\b/i.test(facility.name)) {
    parts.push(t('admissions.refer.demo'));
  }
  return parts.filter((part) => part !== null).join(' · ');
}
