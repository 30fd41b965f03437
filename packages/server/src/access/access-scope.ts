import type { ConsentCategory, PatientScope } from '@kratom-care/store';
import type { Principal } from '../auth/index.js';
import { ACCESS_PROFILES, type AccessProfile, type AccessRule, type PatientFact } from './access-rules.js';
import { facilitiesWithRole, holdsRole } from './roles-held.js';

/*
 * The SQL reading of the access rules: the same profile decide.ts evaluates for one patient,
 * turned into the store's PatientScope (patient-scope.ts makes it a WHERE condition). The
 * caller's roles are known here, so a role condition becomes either nothing (held), no patient
 * (not held) or the list of facilities where it is held.
 */

const NONE: PatientScope = { kind: 'none' };

function factScope(fact: PatientFact, principal: Principal, at: string, category?: ConsentCategory): PatientScope {
  switch (fact) {
    case 'self':
      return { kind: 'self', userId: principal.userId };
    case 'on-care-team':
      return { kind: 'care-team', clinicianUserId: principal.userId };
    case 'break-glass':
      return { kind: 'break-glass', userId: principal.userId, at };
    case 'consent':
      // Without a category the per-record check loads no consent, so nothing is granted.
      return category === undefined ? NONE : { kind: 'consented', familyUserId: principal.userId, at, category };
  }
}

function ruleScope(rule: AccessRule, principal: Principal, at: string, category?: ConsentCategory): PatientScope {
  const parts: PatientScope[] = [];
  if (rule.fact !== undefined) {
    parts.push(factScope(rule.fact, principal, at, category));
  }
  if (rule.holds !== undefined) {
    if (rule.holds.at === 'patient-facility') {
      const facilityIds = facilitiesWithRole(principal, rule.holds.role);
      parts.push(facilityIds.length === 0 ? NONE : { kind: 'facilities', facilityIds });
    } else if (!holdsRole(principal, rule.holds.role)) {
      return NONE;
    }
  }
  const [first, ...rest] = parts;
  if (first === undefined || parts.some((part) => part.kind === 'none')) {
    // Unreachable for a well-formed rule (the type demands a patient condition); fail closed.
    return NONE;
  }
  return rest.length === 0 ? first : { kind: 'all-of', scopes: [first, ...rest] };
}

/**
 * The patients a caller may reach under one permission, as a scope for the store's
 * `patientVisibleTo`: one alternative per rule of the profile that the caller's roles can meet.
 *
 * @param profile - The permission.
 * @param principal - The caller.
 * @param at - Now, ISO-8601 UTC (break-glass and consent expiry).
 * @param category - The record category, for permissions a consent can give.
 * @returns The scope; `any-of` with no alternatives admits no patient.
 */
export function accessScope(
  profile: AccessProfile,
  principal: Principal,
  at: string,
  category?: ConsentCategory,
): PatientScope {
  const scopes = ACCESS_PROFILES[profile]
    .map((rule) => ruleScope(rule, principal, at, category))
    .filter((scope) => scope.kind !== 'none');
  return { kind: 'any-of', scopes };
}
