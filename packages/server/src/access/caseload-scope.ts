import type { PatientScope } from '@kratom-care/store';
import type { Principal } from '../auth/index.js';
import { accessScope } from './access-scope.js';
import { holdsRole } from './roles-held.js';

/**
 * Who the dashboard and the monitoring board are for, and which of their care-team patients they
 * may see: a clinician's caseload, filtered by the same rules that admit a clinical write (care
 * team, or a running break-glass grant). Anyone who is not a clinician has no caseload; the routes
 * answer them 404, as every staff-only list does.
 *
 * @param principal - The caller.
 * @param at - Now, ISO-8601 UTC (grant expiry).
 * @returns The scope, or null for a caller who holds no clinician role.
 */
export function caseloadScope(principal: Principal, at: string): PatientScope | null {
  return holdsRole(principal, 'clinician') ? accessScope('writeClinical', principal, at) : null;
}
