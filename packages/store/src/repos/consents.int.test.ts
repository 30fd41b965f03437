import { sql } from 'kysely';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { insertTestUser } from '../testing/fixtures.js';
import { createScratchDatabase, scratchTargets, type ScratchDatabase } from '../testing/scratch-database.js';
import type { ConsentCategory } from '../vocabulary.js';
import { consentState, listConsentedPatients, listConsentsForPatient } from './consent-queries.js';
import { createConsent, getConsent, revokeConsent, type ConsentTerms } from './consents.js';
import { createPatient } from './patients.js';
import { listVisiblePatients } from './visible-patients.js';

const SIGNED = '2026-11-01T09:00:00.000Z';
const NOW = '2026-11-28T16:00:00.000Z';
const EXPIRY = '2026-12-31T00:00:00.000Z';

describe.each(scratchTargets(process.env.DATABASE_URL))('consents on $kind', (target) => {
  let scratch: ScratchDatabase;
  let patientUser: string;
  let family: string;
  let patientId: string;
  let terms: ConsentTerms;

  beforeEach(async () => {
    scratch = await createScratchDatabase(target);
    patientUser = await insertTestUser(scratch.db);
    family = await insertTestUser(scratch.db);
    patientId = (
      await createPatient(scratch.db, {
        facilityId: null,
        userId: patientUser,
        givenName: 'Sam',
        familyName: 'Sample',
        createdBy: patientUser,
      })
    ).id;
    terms = {
      recipientKind: 'family-user',
      recipientUserId: family,
      categories: ['assessments', 'labs'],
      purpose: 'So my sister can support my recovery',
      expiresAt: EXPIRY,
      attestation: 'I, Sam Sample, agree (typed signature)',
    };
  });

  afterEach(async () => {
    await scratch.dispose();
  });

  /** Whether a family member receives a category of the patient's records at `at`, by the list scope. */
  async function grants(query: { recipientUserId: string; category: ConsentCategory; at: string }): Promise<boolean> {
    const scope = {
      kind: 'consented' as const,
      familyUserId: query.recipientUserId,
      at: query.at,
      category: query.category,
    };
    const page = await listVisiblePatients(scratch.db, scope, { limit: 10, sort: 'familyName', order: 'asc' });
    return page.rows.some((patient) => patient.id === patientId);
  }

  it('stores a consent as version 1 of a new group with every §2.31 element', async () => {
    const consent = await createConsent(scratch.db, { ...terms, patientId, createdBy: patientUser, at: SIGNED });

    expect(consent).toEqual({
      id: consent.id,
      consentGroupId: consent.id,
      version: 1,
      patientId,
      recipientKind: 'family-user',
      recipientUserId: family,
      recipientName: null,
      categories: ['assessments', 'labs'],
      purpose: 'So my sister can support my recovery',
      expiresAt: EXPIRY,
      expiryEvent: null,
      attestation: 'I, Sam Sample, agree (typed signature)',
      createdBy: patientUser,
      createdAt: SIGNED,
      revokedAt: null,
      revokedBy: null,
      supersededBy: null,
    });
    expect(await getConsent(scratch.db, consent.id)).toEqual(consent);
    expect(consentState(consent, NOW)).toBe('active');
    expect(consentState(consent, EXPIRY)).toBe('expired');
  });

  it('refuses a family consent that names no user, at the database', async () => {
    const bad = createConsent(scratch.db, { ...terms, recipientUserId: null, patientId, createdBy: patientUser });
    await expect(bad).rejects.toThrow(/check|constraint/i);
  });

  it('grants a category only while a consent covering it is in force', async () => {
    await createConsent(scratch.db, { ...terms, patientId, createdBy: patientUser, at: SIGNED });
    const query = { recipientUserId: family, at: NOW };

    expect(await grants({ ...query, category: 'labs' })).toBe(true);
    expect(await grants({ ...query, category: 'journal' })).toBe(false);
    expect(await grants({ ...query, category: 'labs', at: EXPIRY })).toBe(false);
    expect(await grants({ ...query, category: 'labs', at: '2026-10-01T00:00:00.000Z' })).toBe(false);
    expect(await grants({ ...query, recipientUserId: patientUser, category: 'labs' })).toBe(false);
  });

  it('treats "all" as every category and keeps an event-only expiry in force until revoked', async () => {
    const consent = await createConsent(scratch.db, {
      ...terms,
      categories: ['all', 'labs', 'all'],
      expiresAt: null,
      expiryEvent: 'When I finish treatment at Riverbend',
      patientId,
      createdBy: patientUser,
      at: SIGNED,
    });
    expect(consent.categories).toEqual(['labs', 'all']);
    expect(await grants({ recipientUserId: family, category: 'notes', at: '2030-01-01T00:00:00.000Z' })).toBe(true);
  });

  it('lists the consents in force that name a family member, with exactly their categories', async () => {
    const labs = await createConsent(scratch.db, { ...terms, patientId, createdBy: patientUser, at: SIGNED });
    const revoked = await createConsent(scratch.db, { ...terms, patientId, createdBy: patientUser, at: SIGNED });
    await revokeConsent(scratch.db, revoked.id, { revokedBy: patientUser, at: SIGNED });
    await createConsent(scratch.db, {
      ...terms,
      recipientUserId: patientUser,
      patientId,
      createdBy: patientUser,
      at: SIGNED,
    });

    const listed = await listConsentedPatients(scratch.db, family, NOW);
    expect(listed).toEqual([{ patientId, givenName: 'Sam', familyName: 'Sample', consent: labs }]);
    expect(await listConsentedPatients(scratch.db, family, EXPIRY)).toEqual([]);
  });

  it("pages a patient's consents newest first with the family account named", async () => {
    await scratch.db.updateTable('user').set({ name: 'Sky Sample' }).where('id', '=', family).execute();
    const older = await createConsent(scratch.db, { ...terms, patientId, createdBy: patientUser, at: SIGNED });
    const newer = await createConsent(scratch.db, { ...terms, patientId, createdBy: patientUser, at: NOW });

    const first = await listConsentsForPatient(scratch.db, patientId, { limit: 1 });
    expect(first.rows).toEqual([
      { ...newer, recipientEmail: `person-${family}@example.test`, recipientUserName: 'Sky Sample' },
    ]);
    const second = await listConsentsForPatient(scratch.db, patientId, { limit: 1, cursor: first.nextCursor });
    expect(second.rows.map((consent) => consent.id)).toEqual([older.id]);
    expect(second.nextCursor).toBeNull();
  });

  it('revokes with effect on the next query, once, and records who and when', async () => {
    const consent = await createConsent(scratch.db, { ...terms, patientId, createdBy: patientUser, at: SIGNED });
    const query = { recipientUserId: family, category: 'labs', at: NOW } as const;
    expect(await grants(query)).toBe(true);

    const revoked = await revokeConsent(scratch.db, consent.id, { revokedBy: patientUser, at: NOW });
    expect(revoked).toMatchObject({ revokedAt: NOW, revokedBy: patientUser });
    expect(consentState((await getConsent(scratch.db, consent.id)) ?? consent, NOW)).toBe('revoked');
    expect(await grants(query)).toBe(false);
    expect(await revokeConsent(scratch.db, consent.id, { revokedBy: patientUser })).toBe('not-current');
    expect(await revokeConsent(scratch.db, 'missing', { revokedBy: patientUser })).toBe('not-found');
  });

  it('lets only one of two concurrent revocations of the same version through', async () => {
    const v1 = await createConsent(scratch.db, { ...terms, patientId, createdBy: patientUser, at: SIGNED });
    const results = await Promise.all([
      revokeConsent(scratch.db, v1.id, { revokedBy: patientUser }),
      revokeConsent(scratch.db, v1.id, { revokedBy: patientUser }),
    ]);
    expect(results.filter((result) => result === 'not-current')).toHaveLength(1);
    const { rows } = await sql<{
      n: number;
    }>`select count(*) as n from consent where revoked_at is not null`.execute(scratch.db);
    expect(Number(rows[0]?.n)).toBe(1);
  });
});
