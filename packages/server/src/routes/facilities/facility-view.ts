import type { TFacility } from '@kratom-care/contracts';
import type { FacilityRecord } from '@kratom-care/store';

/**
 * @param facility - A stored facility.
 * @param full - False for staff who are not its admin: name and region only.
 * @returns The API view.
 */
export function facilityView(facility: FacilityRecord, full: boolean): TFacility {
  return {
    id: facility.id,
    name: facility.name,
    region: facility.region,
    address: full ? facility.address : '',
    version: facility.version,
  };
}
