import type { TCreateFacilityRequest, TUpdateFacilityRequest } from '@kratom-care/contracts';
import type { FacilityProfile, FacilityRecord } from '@kratom-care/store';
import type { Principal } from '../auth/index.js';
import { AppError } from '../errors.js';
import { definedFields } from '../routes/defined-fields.js';
import { zipCentroid } from './zip-centroids.js';

/** The profile changes and verification stamp of a facility create or update. */
export interface FacilityProfileInput {
  readonly profile: Partial<FacilityProfile>;
  readonly verification: { lastVerifiedAt: string; lastVerifiedBy: string } | Record<string, never>;
}

/**
 * Whether a facility's position should follow its ZIP code: it has none yet, or the one it has is its
 * (old) ZIP code's centre, put there by us rather than typed by an admin. So correcting a ZIP code moves
 * a listing placed at the old ZIP's centre, and never moves one placed by hand.
 */
function coordinatesFollowZip(stored: FacilityRecord | null): boolean {
  if (stored === null || stored.latitude === null || stored.longitude === null) {
    return true;
  }
  const oldCentre = stored.zip === null ? undefined : zipCentroid(stored.zip);
  return oldCentre?.latitude === stored.latitude && oldCentre.longitude === stored.longitude;
}

/**
 * Reads the care-network profile out of a `POST`/`PATCH /api/facilities` body. A ZIP code must exist
 * (400 naming `zip` otherwise). A facility that would have no coordinates takes its ZIP code's centre, so
 * it shows in distance searches at once, and one still at its old ZIP code's centre moves with a corrected
 * ZIP code; coordinates sent, or cleared with null, are kept as sent.
 *
 * @param body - The validated body.
 * @param stored - The facility before the change (null on create).
 * @param principal - The caller, whose name a `verified: true` stamps.
 * @param now - The request time.
 * @returns The profile fields to write and the verification stamp.
 * @throws AppError INVALID_BODY naming `zip` for a ZIP code the Census does not list.
 */
export function facilityProfileInput(
  body: TCreateFacilityRequest | TUpdateFacilityRequest,
  stored: FacilityRecord | null,
  principal: Principal,
  now: Date,
): FacilityProfileInput {
  const { verified, name: _name, region: _region, address: _address, ...fields } = body;
  const profile: Partial<FacilityProfile> = definedFields(fields);
  const zip = profile.zip === undefined ? stored?.zip : profile.zip;
  const centre = zip === null || zip === undefined ? undefined : zipCentroid(zip);
  if (profile.zip !== undefined && profile.zip !== null && centre === undefined) {
    throw new AppError('INVALID_BODY', 'The body is not valid', [
      { path: ['zip'], message: 'We could not find this ZIP code. Check it (PO-box-only ZIP codes are not listed).' },
    ]);
  }
  const coordinatesSent = profile.latitude !== undefined || profile.longitude !== undefined;
  const filled =
    !coordinatesSent && centre !== undefined && coordinatesFollowZip(stored)
      ? { latitude: centre.latitude, longitude: centre.longitude }
      : {};
  const verification = verified === true ? { lastVerifiedAt: now.toISOString(), lastVerifiedBy: principal.name } : {};
  return { profile: { ...profile, ...filled }, verification };
}
