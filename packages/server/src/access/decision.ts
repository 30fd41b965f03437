import type { TRole } from '@kratom-care/contracts';
import type { ConsentCategory } from '@kratom-care/store';

/** The patient fields the policy looks at. */
export interface PatientRef {
  readonly id: string;
  readonly facilityId: string | null;
  readonly userId: string | null;
}

/** What the database knows about the caller and one patient at the moment of the request. */
export interface PatientFacts {
  readonly onCareTeam: boolean;
  /** A break-glass grant of this caller for this patient that has started and not yet expired. */
  readonly breakGlassActive: boolean;
  /** The consent that grants this caller (a family member) the requested category now, if any. */
  readonly grant: {
    readonly consentId: string;
    readonly categories: readonly ConsentCategory[];
    readonly purpose: string;
  } | null;
}

/** How access was reached; each value names one rule of access-rules.ts. */
export type AccessVia = 'self' | 'care-team' | 'break-glass' | 'facility-role' | 'consent';

/** Why access was given; `breakGlass` marks emergency access for the audit row. */
export type Allowed = {
  readonly allowed: true;
  readonly role: TRole;
  readonly facilityId: string | null;
  readonly via: AccessVia;
  readonly breakGlass: boolean;
  readonly consentId: string | null;
};
export type Decision = Allowed | { readonly allowed: false };

export const DENY: Decision = { allowed: false };

/** Facts that grant nothing, for decisions that need none (break-glass, creating a patient). */
export const NO_FACTS: PatientFacts = { onCareTeam: false, breakGlassActive: false, grant: null };
