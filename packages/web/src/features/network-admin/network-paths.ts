import { NETWORK_READS } from './network-query';

/**
 * The admin network routes of one facility, built in one place so the reads and the writes that must
 * refresh them name the same paths.
 *
 * @param facilityId - The facility.
 * @returns Its paths.
 */
export function facilityPaths(facilityId: string) {
  const facility = `/api/facilities/${encodeURIComponent(facilityId)}`;
  return {
    list: '/api/facilities',
    facility,
    programmes: `${facility}/programmes`,
    programme: (programmeId: string) => `${facility}/programmes/${encodeURIComponent(programmeId)}`,
    /** What a change to this facility or its programmes makes stale: it, the lists, the network table. */
    changed: [facility, '/api/facilities', ...NETWORK_READS],
  } as const;
}
