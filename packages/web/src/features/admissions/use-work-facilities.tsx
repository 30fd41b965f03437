import { ZListFacilitiesResponse, type TRole as Role } from '@kratom-care/contracts';
import type { ReactNode } from 'react';
import { useApiQuery } from '../../api/use-api-query';
import { useT } from '../../i18n/use-t';
import { LoadingState } from '../workspace/page-states';
import { useSession } from '../account/session/session-context';

/** One facility whose inquiries the person may work, with its name for the picker. */
export interface WorkFacility {
  readonly id: string;
  readonly name: string;
}

/** What {@link useWorkFacilities} answers. */
export interface WorkFacilities {
  readonly facilities: readonly WorkFacility[];
  readonly isPending: boolean;
}

/**
 * The facilities where the signed-in person holds one of `roles`, named. The session lists the
 * memberships (ids only); the names come from `GET /api/facilities`, which lists the caller's own
 * facilities. A facility that list does not name still counts, shown by its id rather than dropped,
 * so nobody loses a queue over a missing name.
 *
 * @param roles - The roles that count (`admissions` for the queue).
 * @returns The facilities in the list's order (by name), and whether the names are still loading.
 */
export function useWorkFacilities(roles: readonly Role[]): WorkFacilities {
  const { session } = useSession();
  const ids = new Set(
    (session?.roles ?? [])
      .filter((membership) => roles.includes(membership.role) && membership.facilityId !== null)
      .map((membership) => membership.facilityId as string),
  );
  const list = useApiQuery(
    ZListFacilitiesResponse,
    ids.size === 0 ? null : { path: '/api/facilities', query: { limit: 100 } },
  );
  const named = (list.data?.items ?? []).filter((facility) => ids.has(facility.id));
  const unnamed = [...ids].filter((id) => !named.some((facility) => facility.id === id));
  return {
    facilities: [...named.map(({ id, name }) => ({ id, name })), ...unnamed.map((id) => ({ id, name: id }))],
    isPending: ids.size > 0 && list.isPending,
  };
}

/** Loading, "no facility" (with who can fix it), or the page for the person's facilities. */
export function WorkFacilitiesState({
  work,
  children,
}: {
  readonly work: WorkFacilities;
  readonly children: (facilities: readonly WorkFacility[]) => ReactNode;
}) {
  const t = useT();
  if (work.isPending) {
    return <LoadingState />;
  }
  if (work.facilities.length === 0) {
    return <p>{t('admissions.noFacility')}</p>;
  }
  return <>{children(work.facilities)}</>;
}
