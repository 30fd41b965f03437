import { describe, expect, it } from 'vitest';
import type { Principal, RoleGrant } from '../auth/index.js';
import {
  canBreakGlass,
  canCreatePatient,
  canJoinCareTeam,
  canEditPatient,
  canReadClinical,
  canReadPatient,
  canReadPatientConsents,
  canSeeFacilityStaff,
  canWriteClinical,
  patientListScope,
  type PatientFacts,
} from './policy.js';

function principal(userId: string, roles: RoleGrant[]): Principal {
  return {
    userId,
    email: `${userId}@example.test`,
    name: 'Test Person',
    roles,
    isStaff: roles.some((grant) => grant.role !== 'patient' && grant.role !== 'family'),
    sessionId: 's',
    secondFactorVerified: true,
    sessionExpiresAt: new Date('2026-11-28T16:00:00.000Z'),
  };
}

const PATIENT = { id: 'p1', facilityId: 'f1', userId: 'u-patient' };
const NO_FACTS: PatientFacts = { onCareTeam: false, breakGlassActive: false, grant: null };
const clinician = principal('u-clin', [{ role: 'clinician', facilityId: 'f1' }]);
const otherClinician = principal('u-clin2', [{ role: 'clinician', facilityId: 'f2' }]);
const family = principal('u-fam', [{ role: 'family', facilityId: null }]);

describe('access policy', () => {
  it('lets a care-team clinician read and edit, and refuses the same clinician off the team', () => {
    expect(canReadPatient(clinician, PATIENT, { ...NO_FACTS, onCareTeam: true })).toMatchObject({
      allowed: true,
      via: 'care-team',
    });
    expect(canEditPatient(clinician, PATIENT, { ...NO_FACTS, onCareTeam: true }).allowed).toBe(true);
    expect(canReadPatient(clinician, PATIENT, NO_FACTS).allowed).toBe(false);
  });

  it("marks access through a running break-glass grant, only at the patient's facility", () => {
    expect(canReadPatient(clinician, PATIENT, { ...NO_FACTS, breakGlassActive: true })).toMatchObject({
      allowed: true,
      breakGlass: true,
    });
    expect(canReadPatient(otherClinician, PATIENT, { ...NO_FACTS, breakGlassActive: true }).allowed).toBe(false);
    expect(canBreakGlass(clinician, PATIENT).allowed).toBe(true);
    expect(canBreakGlass(otherClinician, PATIENT).allowed).toBe(false);
  });

  it('gives admissions demographics of their facility but never clinical records', () => {
    const admissions = principal('u-adm', [{ role: 'admissions', facilityId: 'f1' }]);
    expect(canReadPatient(admissions, PATIENT, NO_FACTS).allowed).toBe(true);
    expect(canReadClinical(admissions, PATIENT, NO_FACTS).allowed).toBe(false);
    expect(canCreatePatient(admissions, 'f1').allowed).toBe(true);
    expect(canCreatePatient(admissions, 'f2').allowed).toBe(false);
  });

  it('keeps admins and privacy officers out of demographics; the privacy officer reads consents', () => {
    const admin = principal('u-admin', [{ role: 'admin', facilityId: 'f1' }]);
    const officer = principal('u-po', [{ role: 'privacy-officer', facilityId: 'f1' }]);
    expect(canReadPatient(admin, PATIENT, NO_FACTS).allowed).toBe(false);
    expect(canReadPatient(officer, PATIENT, NO_FACTS).allowed).toBe(false);
    expect(canReadPatientConsents(officer, PATIENT, NO_FACTS).allowed).toBe(true);
    expect(canReadPatientConsents(admin, PATIENT, NO_FACTS).allowed).toBe(false);
  });

  it('lets family read clinical records only with a current grant, and never demographics', () => {
    const grant = { consentId: 'c1', categories: ['assessments'] as const, purpose: 'support' };
    expect(
      canReadClinical(family, PATIENT, { ...NO_FACTS, grant: { ...grant, categories: [...grant.categories] } }),
    ).toMatchObject({ allowed: true, consentId: 'c1' });
    expect(canReadClinical(family, PATIENT, NO_FACTS).allowed).toBe(false);
    expect(
      canReadPatient(family, PATIENT, { ...NO_FACTS, grant: { ...grant, categories: [...grant.categories] } }).allowed,
    ).toBe(false);
  });

  it('lets the patient read their own record but not edit it here', () => {
    const self = principal('u-patient', [{ role: 'patient', facilityId: 'f1' }]);
    expect(canReadPatient(self, PATIENT, NO_FACTS)).toMatchObject({ allowed: true, via: 'self' });
    expect(canEditPatient(self, PATIENT, NO_FACTS).allowed).toBe(false);
  });

  it('builds a list scope of own record, care team, break-glass at clinician facilities and admissions facilities only', () => {
    const both = principal('u-x', [
      { role: 'clinician', facilityId: 'f1' },
      { role: 'admissions', facilityId: 'f2' },
    ]);
    expect(patientListScope(both, '2026-11-28T16:00:00.000Z')).toEqual({
      kind: 'any-of',
      scopes: [
        { kind: 'self', userId: 'u-x' },
        { kind: 'care-team', clinicianUserId: 'u-x' },
        {
          kind: 'all-of',
          scopes: [
            { kind: 'break-glass', userId: 'u-x', at: '2026-11-28T16:00:00.000Z' },
            { kind: 'facilities', facilityIds: ['f1'] },
          ],
        },
        { kind: 'facilities', facilityIds: ['f2'] },
      ],
    });
    expect(patientListScope(family, '2026-11-28T16:00:00.000Z')).toEqual({
      kind: 'any-of',
      scopes: [{ kind: 'self', userId: 'u-fam' }],
    });
  });

  it("shows a facility's staff to its staff only, never to patients or family", () => {
    const officer = principal('u-po', [{ role: 'privacy-officer', facilityId: 'f1' }]);
    expect(canSeeFacilityStaff(clinician, 'f1')).toBe(true);
    expect(canSeeFacilityStaff(officer, 'f1')).toBe(true);
    expect(canSeeFacilityStaff(otherClinician, 'f1')).toBe(false);
    expect(canSeeFacilityStaff(principal('u-p', [{ role: 'patient', facilityId: 'f1' }]), 'f1')).toBe(false);
    expect(canSeeFacilityStaff(family, 'f1')).toBe(false);
  });

  it("lets only a clinician of the patient's facility join the care team", () => {
    expect(canJoinCareTeam(clinician, PATIENT)).toBe(true);
    expect(canJoinCareTeam(otherClinician, PATIENT)).toBe(false);
    expect(canJoinCareTeam({ roles: [{ role: 'admissions', facilityId: 'f1' }] }, PATIENT)).toBe(false);
    expect(canJoinCareTeam(clinician, { ...PATIENT, facilityId: null })).toBe(false);
  });

  describe('break-glass after the grant (decision 0008)', () => {
    const running = { ...NO_FACTS, breakGlassActive: true };

    it('ends a running grant for a clinician whose membership at the facility was removed', () => {
      const removed = principal('u-clin', []);
      expect(canReadPatient(removed, PATIENT, running).allowed).toBe(false);
      expect(canReadClinical(removed, PATIENT, running).allowed).toBe(false);
      expect(canWriteClinical(removed, PATIENT, running).allowed).toBe(false);
      expect(patientListScope(removed, '2026-11-28T16:00:00.000Z')).toEqual({
        kind: 'any-of',
        scopes: [{ kind: 'self', userId: 'u-clin' }],
      });
    });

    it('ends it for a user who kept a membership at the facility but lost the clinician role', () => {
      const demoted = principal('u-clin', [{ role: 'admissions', facilityId: 'f1' }]);
      expect(canReadPatient(demoted, PATIENT, running)).toMatchObject({ allowed: true, via: 'facility-role' });
      expect(canReadClinical(demoted, PATIENT, running).allowed).toBe(false);
      expect(canWriteClinical(demoted, PATIENT, running).allowed).toBe(false);
    });

    it('ends it for a clinician who is now a clinician only at another facility', () => {
      const moved = principal('u-clin', [{ role: 'clinician', facilityId: 'f2' }]);
      expect(canReadClinical(moved, PATIENT, running).allowed).toBe(false);
      expect(patientListScope(moved, '2026-11-28T16:00:00.000Z')).toMatchObject({
        scopes: expect.arrayContaining([
          {
            kind: 'all-of',
            scopes: [expect.objectContaining({ kind: 'break-glass' }), { kind: 'facilities', facilityIds: ['f2'] }],
          },
        ]) as unknown,
      });
    });

    it('keeps it, flagged for the audit row, while the clinician still works at the facility', () => {
      expect(canReadClinical(clinician, PATIENT, running)).toMatchObject({
        allowed: true,
        via: 'break-glass',
        breakGlass: true,
        role: 'clinician',
        facilityId: 'f1',
      });
      expect(canWriteClinical(clinician, PATIENT, running).allowed).toBe(true);
    });

    it('never reaches a self-registered patient, who belongs to no facility', () => {
      const companion = { ...PATIENT, facilityId: null };
      expect(canReadClinical(clinician, companion, running).allowed).toBe(false);
      expect(canBreakGlass(clinician, companion).allowed).toBe(false);
    });
  });
});
