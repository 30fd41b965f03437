import type {
  TFacilityProfile,
  TFinderFacility,
  TFinderProgramme,
  TMatchReason,
  TNetworkProgramme,
} from '@kratom-care/contracts';
import { isUsState, isVerificationStale, regionOfState, type FacilitySource, type UsState } from '@kratom-care/domain';
import type { FacilityRecord, ProgrammeRecord } from '@kratom-care/store';

function stateOf(facility: FacilityRecord): UsState | null {
  return facility.state !== null && isUsState(facility.state) ? facility.state : null;
}

/**
 * @param programme - A stored programme.
 * @param now - For the 180-day staleness flag.
 * @returns What the public sees of it.
 */
export function finderProgrammeView(programme: ProgrammeRecord, now: Date): TFinderProgramme {
  return {
    id: programme.id,
    name: programme.name,
    levelOfCare: programme.levelOfCare,
    medications: [...programme.medications],
    otp: programme.otp,
    kratomExperience: programme.kratomExperience,
    kratomTesting: programme.kratomTesting,
    populations: [...programme.populations],
    services: [...programme.services],
    payers: [...programme.payers],
    commercialInsurers: [...programme.commercialInsurers],
    capacityAvailable: programme.capacityAvailable,
    nextIntakeDate: programme.nextIntakeDate,
    lastVerifiedAt: programme.lastVerifiedAt,
    lastVerifiedBy: programme.lastVerifiedBy,
    verificationStale: isVerificationStale(programme.lastVerifiedAt, now),
  };
}

/**
 * @param programme - A stored programme.
 * @param now - For the 180-day staleness flag.
 * @returns What the facility's admins see of it.
 */
export function networkProgrammeView(programme: ProgrammeRecord, now: Date): TNetworkProgramme {
  return {
    ...finderProgrammeView(programme, now),
    facilityId: programme.facilityId,
    unmappedCodes: [...programme.unmappedCodes],
    createdAt: programme.createdAt,
    updatedAt: programme.updatedAt,
    version: programme.version,
  };
}

/**
 * @param facility - A stored facility.
 * @param programmes - Its programmes.
 * @param extra - Distance from the searched ZIP code (null without one) and why it matched.
 * @param now - For the staleness flags.
 * @returns What the public sees of it.
 */
export function finderFacilityView(
  facility: FacilityRecord,
  programmes: readonly ProgrammeRecord[],
  extra: { distanceMiles: number | null; matchReasons: readonly TMatchReason[] },
  now: Date,
): TFinderFacility {
  const state = stateOf(facility);
  return {
    id: facility.id,
    name: facility.name,
    demo: facility.demo,
    region: state === null ? null : regionOfState(state),
    street1: facility.street1,
    street2: facility.street2,
    city: facility.city,
    state,
    zip: facility.zip,
    phone: facility.phone,
    admissionsLine: facility.admissionsLine,
    website: facility.website,
    hours: facility.hours,
    languages: [...facility.languages],
    // A tenth of a mile: the centroid of a ZIP code is no more precise than that.
    distanceMiles: extra.distanceMiles === null ? null : Math.round(extra.distanceMiles * 10) / 10,
    lastVerifiedAt: facility.lastVerifiedAt,
    lastVerifiedBy: facility.lastVerifiedBy,
    verificationStale: isVerificationStale(facility.lastVerifiedAt, now),
    programmes: programmes.map((programme) => finderProgrammeView(programme, now)),
    matchReasons: [...extra.matchReasons],
  };
}

/**
 * @param facility - A stored facility.
 * @param now - For the staleness flag.
 * @returns The profile its admins see (the staff list's fields and the care-network profile).
 */
export function facilityProfileView(facility: FacilityRecord, now: Date): TFacilityProfile {
  const state = stateOf(facility);
  return {
    id: facility.id,
    name: facility.name,
    region: facility.region,
    address: facility.address,
    version: facility.version,
    street1: facility.street1,
    street2: facility.street2,
    city: facility.city,
    state,
    zip: facility.zip,
    latitude: facility.latitude,
    longitude: facility.longitude,
    phone: facility.phone,
    admissionsLine: facility.admissionsLine,
    hours: facility.hours,
    languages: [...facility.languages],
    website: facility.website,
    demo: facility.demo,
    source: facility.source as FacilitySource,
    externalKey: facility.externalKey,
    finderRegion: state === null ? null : regionOfState(state),
    lastVerifiedAt: facility.lastVerifiedAt,
    lastVerifiedBy: facility.lastVerifiedBy,
    verificationStale: isVerificationStale(facility.lastVerifiedAt, now),
  };
}
