import type { TAccessProfileId } from '@kratom-care/contracts';
import { canReadClinical, canReadCounselling, canWriteClinical, canWriteCounselling } from '../access/policy.js';
import type { PatientAccessOptions } from '../access/with-patient-access.js';

/** The policy checks behind one access profile. */
export interface AccessProfileChecks {
  readonly read: PatientAccessOptions['check'];
  readonly write: PatientAccessOptions['check'];
}

/**
 * Each access profile a record type can declare, mapped to the functions of the one policy
 * (access/policy.ts). The access matrix states the expected answers per profile by hand.
 */
export const ACCESS_PROFILE_CHECKS: Readonly<Record<TAccessProfileId, AccessProfileChecks>> = {
  clinical: { read: canReadClinical, write: canWriteClinical },
  counselling: { read: canReadCounselling, write: canWriteCounselling },
};
