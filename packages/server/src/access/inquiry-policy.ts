import type { Principal } from '../auth/index.js';
import { DENY, type Decision } from './decision.js';
import { holdsRoleAt } from './roles-held.js';

/*
 * Who may work a call-back request (issue 11 §4). A request is not a patient record: nobody has a
 * care team or consent on it yet, so the patient rules of access-rules.ts do not apply. The
 * admissions staff of the facility the request was routed to work it; everyone else, clinicians
 * and admins included, gets the 404 of a request that does not exist (decision 0031).
 */

/**
 * Working a request (queue, detail, changes, log, conversion, referral): admissions staff of its facility.
 *
 * @param principal - The caller.
 * @param facilityId - The request's facility.
 * @returns The decision (role `admissions`, for the audit row).
 */
export function canWorkInquiry(principal: Principal, facilityId: string): Decision {
  return holdsRoleAt(principal, 'admissions', facilityId)
    ? { allowed: true, role: 'admissions', facilityId, via: 'facility-role', breakGlass: false, consentId: null }
    : DENY;
}

/**
 * The manager reports (counts, no person's data): admissions staff and admins of the facility.
 *
 * @param principal - The caller.
 * @param facilityId - The facility reported on.
 * @returns The decision.
 */
export function canReadInquiryReports(principal: Principal, facilityId: string): Decision {
  const role = (['admissions', 'admin'] as const).find((held) => holdsRoleAt(principal, held, facilityId));
  return role === undefined
    ? DENY
    : { allowed: true, role, facilityId, via: 'facility-role', breakGlass: false, consentId: null };
}
