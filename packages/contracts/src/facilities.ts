import { z } from 'zod';
import { coordinatesInPairs, FACILITY_PROFILE_FIELDS } from './care-network-fields.js';
import { boundedText, listResponse, ZListQuery, ZSearchText } from './list-query.js';

export const ZFacility = z.object({
  id: z.string(),
  name: z.string(),
  region: z.string(),
  address: z.string(),
  version: z.number().int(),
});
export type TFacility = z.infer<typeof ZFacility>;

/** Name, region and address; the care network's profile fields (address parts, phones, hours…) optional. */
export const ZCreateFacilityRequest = z
  .strictObject({
    name: boundedText(120),
    region: boundedText(120),
    address: boundedText(300, 0).optional(),
    ...FACILITY_PROFILE_FIELDS,
  })
  .superRefine(coordinatesInPairs);
export type TCreateFacilityRequest = z.infer<typeof ZCreateFacilityRequest>;

export const ZUpdateFacilityRequest = z
  .strictObject({
    name: boundedText(120).optional(),
    region: boundedText(120).optional(),
    address: boundedText(300, 0).optional(),
    ...FACILITY_PROFILE_FIELDS,
  })
  .refine((body) => Object.keys(body).length > 0, { error: 'Change at least one field' })
  .superRefine(coordinatesInPairs);
export type TUpdateFacilityRequest = z.infer<typeof ZUpdateFacilityRequest>;

export const ZFacilityResponse = ZFacility;
/** `GET /api/facilities`: by name. */
export const ZListFacilitiesQuery = ZListQuery;
export const ZListFacilitiesResponse = listResponse(ZFacility);
export type TListFacilitiesResponse = z.infer<typeof ZListFacilitiesResponse>;

/** `GET /api/facilities/:id/clinicians?q=`: the facility's clinicians by name, to add to a care team. */
export const ZListFacilityCliniciansQuery = ZListQuery.extend({ q: ZSearchText });
export const ZFacilityClinician = z.object({ id: z.string(), name: z.string(), email: z.string() });
export type TFacilityClinician = z.infer<typeof ZFacilityClinician>;
export const ZListFacilityCliniciansResponse = listResponse(ZFacilityClinician);
