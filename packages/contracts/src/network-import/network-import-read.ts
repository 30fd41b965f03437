import type { NetworkFacilityDraft, NetworkProgrammeDraft } from '@kratom-care/domain';
import type { TApiIssue } from '../errors.js';
import type { TImportFacilityFields, TImportProgramme } from './network-import-schemas.js';

/** One facility an import carries, with the row (0-based) its issues are reported against. */
export interface ImportedFacility {
  readonly row: number;
  readonly draft: NetworkFacilityDraft;
}

/** A valid row that makes no facility. */
export interface SkippedImportRow {
  readonly row: number;
  readonly name: string;
  readonly reason: string;
}

/** An import read and checked: every facility, or every problem found (then nothing may be stored). */
export type NetworkImportRead =
  | {
      readonly ok: true;
      readonly facilities: readonly ImportedFacility[];
      readonly skipped: readonly SkippedImportRow[];
    }
  | { readonly ok: false; readonly issues: readonly TApiIssue[] };

/** A problem with the file as a whole (not one row). */
export function contentIssue(message: string): NetworkImportRead {
  return { ok: false, issues: [{ path: ['content'], message }] };
}

/**
 * @param programme - A programme of our CSV or JSON format, checked.
 * @returns The programme as the store takes it.
 */
export function programmeDraft(programme: TImportProgramme): NetworkProgrammeDraft {
  // Sorted, so the same listing written in another order re-imports as unchanged.
  return {
    ...programme,
    medications: [...programme.medications].sort(),
    populations: [...programme.populations].sort(),
    services: [...programme.services].sort(),
    payers: [...programme.payers].sort(),
    unmappedCodes: [],
  };
}

/**
 * @param facility - A facility of our CSV or JSON format, checked.
 * @param programmes - Its programmes.
 * @returns The facility as the store takes it (source `import`).
 */
export function facilityDraft(
  facility: TImportFacilityFields,
  programmes: readonly NetworkProgrammeDraft[],
): NetworkFacilityDraft {
  return {
    source: 'import',
    externalKey: facility.externalKey,
    name: facility.name,
    demo: false,
    street1: facility.street1,
    street2: facility.street2,
    city: facility.city,
    state: facility.state,
    zip: facility.zip,
    latitude: facility.latitude,
    longitude: facility.longitude,
    phone: facility.phone,
    admissionsLine: facility.admissionsLine,
    hours: facility.hours,
    languages: facility.languages,
    website: facility.website,
    lastVerifiedAt: facility.lastVerifiedAt,
    lastVerifiedBy: facility.lastVerifiedBy,
    programmes,
  };
}

function listUnder(parsed: unknown, key: string): unknown {
  return typeof parsed === 'object' && parsed !== null ? (parsed as Record<string, unknown>)[key] : undefined;
}

/**
 * Reads the JSON text of an import: a list, or an object holding the list under `key`.
 *
 * @param content - The text.
 * @param key - `facilities` (ours) or `rows` (the locator's export).
 * @returns The list, or the issue naming what is wrong with the text.
 */
export function jsonList(
  content: string,
  key: string,
): { ok: true; list: unknown[] } | { ok: false; read: NetworkImportRead } {
  let parsed: unknown;
  try {
    parsed = JSON.parse(content);
  } catch (error) {
    const detail = error instanceof Error ? error.message : 'unreadable';
    return { ok: false, read: contentIssue(`Not valid JSON: ${detail}`) };
  }
  const list = Array.isArray(parsed) ? parsed : listUnder(parsed, key);
  if (!Array.isArray(list)) {
    return { ok: false, read: contentIssue(`Must be a list of facilities, or an object with the list under "${key}"`) };
  }
  return { ok: true, list };
}
