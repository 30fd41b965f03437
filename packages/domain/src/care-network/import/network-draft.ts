import type { UsState } from '../regions.js';
import type { FacilitySource, LevelOfCare, MedicationOffered, Payer, Population, Service } from '../vocabulary.js';

/** A programme as an import or the demo network describes it, before it is stored. */
export interface NetworkProgrammeDraft {
  readonly name: string;
  readonly levelOfCare: LevelOfCare;
  readonly medications: readonly MedicationOffered[];
  readonly otp: boolean;
  readonly kratomExperience: boolean;
  readonly kratomTesting: boolean;
  readonly populations: readonly Population[];
  readonly services: readonly Service[];
  readonly payers: readonly Payer[];
  readonly commercialInsurers: readonly string[];
  /** SAMHSA codes (or `CATEGORY: name` where the listing gave no code) that set nothing here. */
  readonly unmappedCodes: readonly string[];
  readonly capacityAvailable: number | null;
  /** `YYYY-MM-DD`. */
  readonly nextIntakeDate: string | null;
  /** ISO-8601; null when nobody has verified it (a SAMHSA listing is not a verification). */
  readonly lastVerifiedAt: string | null;
  readonly lastVerifiedBy: string | null;
}

/**
 * A facility as an import or the demo network describes it: found again on the next import by
 * `source` + `externalKey`, so a re-import updates it instead of adding a copy.
 */
export interface NetworkFacilityDraft {
  readonly source: FacilitySource;
  readonly externalKey: string;
  readonly name: string;
  readonly demo: boolean;
  readonly street1: string;
  readonly street2: string;
  readonly city: string;
  readonly state: UsState;
  /** Five digits. */
  readonly zip: string;
  /** Null when the listing has none: the importer fills in the ZIP code's centroid. */
  readonly latitude: number | null;
  readonly longitude: number | null;
  readonly phone: string;
  /** The 24/7 admissions line, when there is one. */
  readonly admissionsLine: string | null;
  readonly hours: string;
  /** ISO 639 codes. */
  readonly languages: readonly string[];
  readonly website: string | null;
  readonly lastVerifiedAt: string | null;
  readonly lastVerifiedBy: string | null;
  readonly programmes: readonly NetworkProgrammeDraft[];
}
