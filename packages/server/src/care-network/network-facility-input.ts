import type { ImportedFacility } from '@kratom-care/contracts';
import {
  CARE_NETWORK_MESSAGES_EN,
  regionOfState,
  type NetworkFacilityDraft,
  type NetworkProgrammeDraft,
} from '@kratom-care/domain';
import type { NetworkFacilityInput, NetworkProgrammeInput } from '@kratom-care/store';
import type { TApiIssue } from '@kratom-care/contracts';
import { zipCentroid } from './zip-centroids.js';

/** The one-line address the staff facility list shows: "1 Example Way, Suite 2, Springfield, PA 19064". */
function addressLine(draft: NetworkFacilityDraft): string {
  return [draft.street1, draft.street2, `${draft.city}, ${draft.state} ${draft.zip}`]
    .filter((part) => part.trim() !== '')
    .join(', ');
}

/**
 * A locator listing says nothing about kratom, capacity, intake dates, insurers' names or verification:
 * those are what the network adds by hand. Left undefined, `upsertNetworkFacility` keeps them on a
 * re-import instead of wiping them (issue 11 §1: "start from the government's listings … then add what
 * those listings lack").
 */
function locatorProgramme(programme: NetworkProgrammeDraft): NetworkProgrammeInput {
  return {
    name: programme.name,
    levelOfCare: programme.levelOfCare,
    medications: programme.medications,
    otp: programme.otp,
    populations: programme.populations,
    services: programme.services,
    payers: programme.payers,
    unmappedCodes: programme.unmappedCodes,
  };
}

/**
 * Turns a checked draft into the store's input. Our own formats and the demo network describe a
 * facility completely, so every field is written; a locator listing writes only what the locator knows.
 *
 * @param draft - A facility from an import or the demo network, with its coordinates filled in.
 * @returns The input of `upsertNetworkFacility`.
 */
export function networkFacilityInput(draft: NetworkFacilityDraft): NetworkFacilityInput {
  const fromLocator = draft.source === 'locator';
  const source = draft.source === 'manual' ? 'import' : draft.source;
  return {
    source,
    externalKey: draft.externalKey,
    name: draft.name,
    region: CARE_NETWORK_MESSAGES_EN[`careNetwork.region.${regionOfState(draft.state)}`],
    address: addressLine(draft),
    demo: draft.demo,
    profile: {
      street1: draft.street1,
      street2: draft.street2 === '' ? null : draft.street2,
      city: draft.city,
      state: draft.state,
      zip: draft.zip,
      latitude: draft.latitude,
      longitude: draft.longitude,
      phone: draft.phone,
      website: draft.website,
      languages: draft.languages,
      ...(fromLocator ? {} : { admissionsLine: draft.admissionsLine, hours: draft.hours === '' ? null : draft.hours }),
    },
    ...(fromLocator ? {} : { lastVerifiedAt: draft.lastVerifiedAt, lastVerifiedBy: draft.lastVerifiedBy }),
    programmes: draft.programmes.map((programme) => (fromLocator ? locatorProgramme(programme) : { ...programme })),
  };
}

/**
 * Fills in each facility without coordinates with its ZIP code's centre (Census ZCTA, offline), so it
 * shows in distance searches; a ZIP code the Census does not list is an issue of that row.
 *
 * @param facilities - The facilities an import read.
 * @returns The facilities with coordinates, or the issues (path `['rows', i, 'zip']`).
 */
export function withCoordinates(
  facilities: readonly ImportedFacility[],
): { ok: true; facilities: ImportedFacility[] } | { ok: false; issues: TApiIssue[] } {
  const issues: TApiIssue[] = [];
  const located = facilities.map((imported) => {
    const { draft } = imported;
    if (draft.latitude !== null && draft.longitude !== null) {
      return imported;
    }
    const centre = zipCentroid(draft.zip);
    if (centre === undefined) {
      issues.push({
        path: ['rows', imported.row, 'zip'],
        message: `ZIP code ${draft.zip} is not a US ZIP code the Census lists; check it or give latitude and longitude`,
      });
      return imported;
    }
    return { row: imported.row, draft: { ...draft, latitude: centre.latitude, longitude: centre.longitude } };
  });
  return issues.length > 0 ? { ok: false, issues } : { ok: true, facilities: located };
}
