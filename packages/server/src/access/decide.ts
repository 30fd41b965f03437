import type { Principal } from '../auth/index.js';
import {
  ACCESS_PROFILES,
  type AccessProfile,
  type AccessRule,
  type PatientFact,
  type RoleHeld,
} from './access-rules.js';
import { DENY, type Decision, type PatientFacts, type PatientRef } from './decision.js';
import { holdsRole, holdsRoleAt } from './roles-held.js';

/*
 * The per-record reading of the access rules: a rule holds when its fact is true for this caller
 * and patient and the caller holds its role now. access-scope.ts is the SQL reading of the same
 * rules.
 */

function factHolds(fact: PatientFact, principal: Principal, patient: PatientRef, facts: PatientFacts): boolean {
  switch (fact) {
    case 'self':
      return patient.userId !== null && patient.userId === principal.userId;
    case 'on-care-team':
      return facts.onCareTeam;
    case 'break-glass':
      return facts.breakGlassActive;
    case 'consent':
      return facts.grant !== null;
  }
}

function roleHeld(held: RoleHeld, principal: Principal, patient: PatientRef): boolean {
  return held.at === 'anywhere'
    ? holdsRole(principal, held.role)
    : holdsRoleAt(principal, held.role, patient.facilityId);
}

/**
 * @param rule - One access rule.
 * @param principal - The caller.
 * @param patient - The patient.
 * @param facts - The facts of the request.
 * @returns True when every condition of the rule holds.
 */
export function ruleHolds(rule: AccessRule, principal: Principal, patient: PatientRef, facts: PatientFacts): boolean {
  return (
    (rule.fact === undefined || factHolds(rule.fact, principal, patient, facts)) &&
    (rule.holds === undefined || roleHeld(rule.holds, principal, patient))
  );
}

/**
 * Decides one permission for one patient: the first rule of the profile that holds allows it.
 *
 * @param profile - The permission.
 * @param principal - The caller.
 * @param patient - The patient.
 * @param facts - The facts of the request (access/resolve-facts.ts).
 * @returns The decision, naming the rule's role and route; a consent decision carries the consent
 *   id for the disclosure record, a break-glass one is flagged for the audit row.
 */
export function decide(
  profile: AccessProfile,
  principal: Principal,
  patient: PatientRef,
  facts: PatientFacts,
): Decision {
  const rule = ACCESS_PROFILES[profile].find((candidate) => ruleHolds(candidate, principal, patient, facts));
  if (rule === undefined) {
    return DENY;
  }
  return {
    allowed: true,
    role: rule.role,
    // A family member is outside the facility; their audit row names none.
    facilityId: rule.via === 'consent' ? null : patient.facilityId,
    via: rule.via,
    breakGlass: rule.via === 'break-glass',
    consentId: rule.fact === 'consent' ? (facts.grant?.consentId ?? null) : null,
  };
}
