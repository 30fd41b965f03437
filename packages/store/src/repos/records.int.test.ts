import { sql } from 'kysely';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { insertTestUser } from '../testing/fixtures.js';
import { createScratchDatabase, scratchTargets, type ScratchDatabase } from '../testing/scratch-database.js';
import { addCareTeamMember, listCareTeam, listCareTeamMembers, removeCareTeamMember } from './care-team.js';
import { getBreakGlassGrant, listBreakGlassGrants, reviewBreakGlass, startBreakGlass } from './break-glass.js';
import { addMembership } from './memberships.js';
import { listVisiblePatients } from './visible-patients.js';
import { createFacility } from './facilities.js';
import { getIdempotencyRecord, putIdempotencyRecord } from './idempotency.js';
import { listDisclosuresForPatient, recordDisclosure, type DisclosureInput } from './disclosures.js';
import { createPatient } from './patients.js';

const NOW = '2026-11-28T16:00:00.000Z';
const HOUR = 60 * 60 * 1000;

describe.each(scratchTargets(process.env.DATABASE_URL))('records on $kind', (target) => {
  let scratch: ScratchDatabase;
  let clinician: string;
  let facilityId: string;
  let patientId: string;

  beforeEach(async () => {
    scratch = await createScratchDatabase(target);
    clinician = await insertTestUser(scratch.db);
    facilityId = (await createFacility(scratch.db, { name: 'Riverbend', region: 'N', address: '1 Test Way' })).id;
    patientId = (
      await createPatient(scratch.db, { facilityId, givenName: 'Sam', familyName: 'Sample', createdBy: clinician })
    ).id;
  });

  afterEach(async () => {
    await scratch.dispose();
  });

  it('adds a clinician to a care team once, lists the team and removes them', async () => {
    const colleague = await insertTestUser(scratch.db);
    const added = await addCareTeamMember(scratch.db, {
      patientId,
      clinicianUserId: clinician,
      addedBy: clinician,
      at: NOW,
    });
    expect(await addCareTeamMember(scratch.db, { patientId, clinicianUserId: clinician, addedBy: colleague })).toEqual(
      added,
    );
    await addCareTeamMember(scratch.db, {
      patientId,
      clinicianUserId: colleague,
      addedBy: clinician,
      at: '2026-11-29T00:00:00.000Z',
    });

    expect((await listCareTeam(scratch.db, patientId)).map((member) => member.clinicianUserId)).toEqual([
      clinician,
      colleague,
    ]);
    await addMembership(scratch.db, { userId: colleague, facilityId, role: 'clinician' });
    await addMembership(scratch.db, { userId: colleague, facilityId, role: 'admin' });
    const patient = { id: patientId, facilityId };
    const first = await listCareTeamMembers(scratch.db, patient, { limit: 1 });
    expect(first.rows).toEqual([
      { userId: clinician, name: 'Test Person', email: `person-${clinician}@example.test`, roles: [], addedAt: NOW },
    ]);
    const second = await listCareTeamMembers(scratch.db, patient, { limit: 1, cursor: first.nextCursor });
    expect(second).toMatchObject({ nextCursor: null, rows: [{ userId: colleague, roles: ['admin', 'clinician'] }] });
    expect(await removeCareTeamMember(scratch.db, patientId, colleague)).toBe(true);
    expect(await removeCareTeamMember(scratch.db, patientId, colleague)).toBe(false);
    expect((await listCareTeam(scratch.db, patientId)).map((member) => member.clinicianUserId)).toEqual([clinician]);
  });

  it('records disclosures append-only and lists a window of them newest first', async () => {
    const base: DisclosureInput = {
      patientId,
      recipientKind: 'external-provider',
      recipientName: 'Dr. Test Provider',
      categories: ['labs', 'labs'],
      purpose: 'Continuity of care',
      action: 'share',
      resourceType: 'assessment',
      actorUserId: clinician,
      requestId: 'req-1',
    };
    const old = await recordDisclosure(scratch.db, { ...base, occurredAt: '2023-01-01T00:00:00.000Z' });
    const recent = await recordDisclosure(scratch.db, { ...base, occurredAt: NOW, resourceId: 'a-1' });

    expect(recent).toMatchObject({ categories: ['labs'], consentId: null, recipientUserId: null, resourceId: 'a-1' });
    const all = { limit: 10 };
    expect((await listDisclosuresForPatient(scratch.db, patientId, all)).rows).toEqual([recent, old]);
    const window = { from: '2023-11-28T16:00:00.000Z' };
    expect((await listDisclosuresForPatient(scratch.db, patientId, all, window)).rows).toEqual([recent]);
    expect((await listDisclosuresForPatient(scratch.db, patientId, all, { to: NOW })).rows).toEqual([old]);
    const first = await listDisclosuresForPatient(scratch.db, patientId, { limit: 1 });
    expect(first.rows).toEqual([recent]);
    expect(await listDisclosuresForPatient(scratch.db, patientId, { limit: 1, cursor: first.nextCursor })).toEqual({
      rows: [old],
      nextCursor: null,
    });
    await expect(sql`update disclosure set purpose = 'changed'`.execute(scratch.db)).rejects.toThrow(/append-only/);
    await expect(sql`delete from disclosure`.execute(scratch.db)).rejects.toThrow(/append-only/);
  });

  it('keeps a break-glass grant in force for its duration and queues it for one review', async () => {
    const grant = await startBreakGlass(scratch.db, {
      userId: clinician,
      patientId,
      facilityId,
      reason: 'Patient brought in unresponsive',
      durationMs: HOUR,
      at: NOW,
    });
    expect(grant.expiresAt).toBe('2026-11-28T17:00:00.000Z');
    const opened = async (at: string): Promise<boolean> => {
      const scope = { kind: 'break-glass', userId: clinician, at } as const;
      const page = await listVisiblePatients(scratch.db, scope, { limit: 10, sort: 'familyName', order: 'asc' });
      return page.rows.some((row) => row.id === patientId);
    };
    expect(await opened('2026-11-28T16:59:59.999Z')).toBe(true);
    expect(await opened(grant.expiresAt)).toBe(false);
    const named = { ...grant, userName: 'Test Person', patientName: 'Sam Sample' };
    const queue = (reviewed: boolean, facilityIds = [facilityId]) =>
      listBreakGlassGrants(scratch.db, { facilityIds, reviewed }, { limit: 10 });
    expect(await queue(false)).toEqual({ rows: [named], nextCursor: null });
    expect((await queue(false, ['other'])).rows).toEqual([]);
    expect((await queue(true)).rows).toEqual([]);
    expect(await getBreakGlassGrant(scratch.db, grant.id)).toEqual(named);

    const reviewer = await insertTestUser(scratch.db);
    const reviewed = await reviewBreakGlass(scratch.db, grant.id, { reviewedBy: reviewer, note: 'Justified', at: NOW });
    expect(reviewed).toMatchObject({ reviewedBy: reviewer, reviewNote: 'Justified', reviewedAt: NOW });
    expect(await reviewBreakGlass(scratch.db, grant.id, { reviewedBy: reviewer, note: 'again' })).toBe(
      'already-reviewed',
    );
    expect(await reviewBreakGlass(scratch.db, 'missing', { reviewedBy: reviewer, note: 'x' })).toBe('not-found');
    expect((await queue(false)).rows).toEqual([]);
    expect((await queue(true)).rows.map((row) => row.reviewNote)).toEqual(['Justified']);
  });

  it('stores an idempotency answer once per user and key, even under concurrent puts', async () => {
    const record = {
      userId: clinician,
      key: 'k-1',
      route: 'POST /api/patients',
      requestHash: 'h1',
      statusCode: 201,
      responseBody: '{"id":"p"}',
    };

    const stored = await Promise.all(
      Array.from({ length: 6 }, (_, index) =>
        scratch.db
          .transaction()
          .execute((trx) => putIdempotencyRecord(trx, { ...record, requestHash: `h${index}`, createdAt: NOW })),
      ),
    );
    expect(stored.filter(Boolean)).toHaveLength(1);
    const kept = await getIdempotencyRecord(scratch.db, clinician, 'k-1');
    expect(kept).toMatchObject({
      route: 'POST /api/patients',
      statusCode: 201,
      responseBody: '{"id":"p"}',
      createdAt: NOW,
    });
    expect(await getIdempotencyRecord(scratch.db, clinician, 'k-2')).toBeUndefined();
    expect(await putIdempotencyRecord(scratch.db, { ...record, userId: 'someone-else' })).toBe(true);
  });
});
