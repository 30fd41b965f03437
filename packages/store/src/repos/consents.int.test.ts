import { sql } from 'kysely';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { insertTestUser } from '../testing/fixtures.js';
import { createScratchDatabase, scratchTargets, type ScratchDatabase } from '../testing/scratch-database.js';
import { consentState, findActiveGrant, listConsentsForPatient, listConsentsForRecipient } from './consent-queries.js';
import { createConsent, getConsent, revokeConsent, supersedeConsent, type ConsentTerms } from './consents.js';
import { createPatient } from './patients.js';

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
    const query = { patientId, recipientUserId: family, at: NOW };

    expect(await findActiveGrant(scratch.db, { ...query, category: 'labs' })).toMatchObject({ version: 1 });
    expect(await findActiveGrant(scratch.db, { ...query, category: 'journal' })).toBeUndefined();
    expect(await findActiveGrant(scratch.db, { ...query, category: 'labs', at: EXPIRY })).toBeUndefined();
    expect(
      await findActiveGrant(scratch.db, { ...query, category: 'labs', at: '2026-10-01T00:00:00.000Z' }),
    ).toBeUndefined();
    expect(
      await findActiveGrant(scratch.db, { ...query, recipientUserId: patientUser, category: 'labs' }),
    ).toBeUndefined();
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
    const grant = await findActiveGrant(scratch.db, {
      patientId,
      recipientUserId: family,
      category: 'notes',
      at: '2030-01-01T00:00:00.000Z',
    });
    expect(grant?.id).toBe(consent.id);
  });

  it('versions a change: the old version is superseded, never edited, and only the new one grants', async () => {
    const v1 = await createConsent(scratch.db, { ...terms, patientId, createdBy: patientUser, at: SIGNED });
    const v2 = await supersedeConsent(
      scratch.db,
      v1.id,
      { ...terms, categories: ['journal'] },
      { createdBy: patientUser, at: NOW },
    );
    if (typeof v2 === 'string') {
      throw new Error(`expected a new version, got ${v2}`);
    }

    expect(v2).toMatchObject({ consentGroupId: v1.id, version: 2, categories: ['journal'], createdAt: NOW });
    const old = await getConsent(scratch.db, v1.id);
    expect(old).toEqual({ ...v1, supersededBy: v2.id });
    expect(consentState(old!, NOW)).toBe('superseded');
    const query = { patientId, recipientUserId: family, at: NOW };
    expect(await findActiveGrant(scratch.db, { ...query, category: 'labs' })).toBeUndefined();
    expect((await findActiveGrant(scratch.db, { ...query, category: 'journal' }))?.id).toBe(v2.id);
    expect(await supersedeConsent(scratch.db, v1.id, terms, { createdBy: patientUser })).toBe('not-current');
    expect(await supersedeConsent(scratch.db, 'missing', terms, { createdBy: patientUser })).toBe('not-found');
    expect((await listConsentsForPatient(scratch.db, patientId)).map((c) => c.version)).toEqual([2, 1]);
    expect((await listConsentsForRecipient(scratch.db, family)).map((c) => c.version)).toEqual([2, 1]);
  });

  it('revokes with effect on the next query, once, and records who and when', async () => {
    const consent = await createConsent(scratch.db, { ...terms, patientId, createdBy: patientUser, at: SIGNED });
    const query = { patientId, recipientUserId: family, category: 'labs', at: NOW } as const;
    expect(await findActiveGrant(scratch.db, query)).toBeDefined();

    const revoked = await revokeConsent(scratch.db, consent.id, { revokedBy: patientUser, at: NOW });
    expect(revoked).toMatchObject({ revokedAt: NOW, revokedBy: patientUser });
    expect(await findActiveGrant(scratch.db, query)).toBeUndefined();
    expect(await revokeConsent(scratch.db, consent.id, { revokedBy: patientUser })).toBe('not-current');
    expect(await revokeConsent(scratch.db, 'missing', { revokedBy: patientUser })).toBe('not-found');
    expect(await supersedeConsent(scratch.db, consent.id, terms, { createdBy: patientUser })).toBe('not-current');
  });

  it('lets only one of two concurrent changes to the same version through', async () => {
    const v1 = await createConsent(scratch.db, { ...terms, patientId, createdBy: patientUser, at: SIGNED });
    const results = await Promise.all([
      supersedeConsent(scratch.db, v1.id, { ...terms, categories: ['notes'] }, { createdBy: patientUser }),
      revokeConsent(scratch.db, v1.id, { revokedBy: patientUser }),
      supersedeConsent(scratch.db, v1.id, { ...terms, categories: ['journal'] }, { createdBy: patientUser }),
    ]);
    expect(results.filter((result) => result === 'not-current')).toHaveLength(2);
    const { rows } = await sql<{
      n: number;
    }>`select count(*) as n from consent where superseded_by is null and revoked_at is null`.execute(scratch.db);
    expect(Number(rows[0]?.n)).toBeLessThanOrEqual(1);
  });
});
