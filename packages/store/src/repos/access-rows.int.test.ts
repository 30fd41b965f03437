import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { insertTestUser } from '../testing/fixtures.js';
import { createScratchDatabase, scratchTargets, type ScratchDatabase } from '../testing/scratch-database.js';
import { loadAccessRows } from './access-rows.js';
import { startBreakGlass } from './break-glass.js';
import { addCareTeamMember } from './care-team.js';
import { createConsent, revokeConsent } from './consents.js';
import { createFacility } from './facilities.js';
import { createPatient } from './patients.js';

const NOW = '2026-11-28T16:00:00.000Z';

describe.each(scratchTargets(process.env.DATABASE_URL))('the rows the access policy reads, on $kind', (target) => {
  let scratch: ScratchDatabase;

  beforeEach(async () => {
    scratch = await createScratchDatabase(target);
  });

  afterEach(async () => {
    await scratch.dispose();
  });

  it('reads one user’s care teams, grants and consents for the listed patients only, revoked ones included', async () => {
    const db = scratch.db;
    const facility = (await createFacility(db, { name: 'North', region: 'N', address: '1 Test Way' })).id;
    const [me, other] = [await insertTestUser(db), await insertTestUser(db)];
    const patient = async (familyName: string) =>
      (await createPatient(db, { facilityId: facility, userId: null, givenName: 'Test', familyName, createdBy: me }))
        .id;
    const [ash, birch, cedar] = [await patient('Ash'), await patient('Birch'), await patient('Cedar')];
    await addCareTeamMember(db, { patientId: ash, clinicianUserId: me, addedBy: me });
    await addCareTeamMember(db, { patientId: birch, clinicianUserId: other, addedBy: me });
    await addCareTeamMember(db, { patientId: cedar, clinicianUserId: me, addedBy: me });
    const grant = { facilityId: facility, reason: 'Fictional emergency', durationMs: 60_000, at: NOW };
    const mine = await startBreakGlass(db, { ...grant, userId: me, patientId: birch });
    await startBreakGlass(db, { ...grant, userId: other, patientId: birch });
    const terms = {
      recipientKind: 'family-user',
      categories: ['labs'],
      purpose: 'family support',
      expiresAt: '2026-12-28T16:00:00.000Z',
      attestation: 'Signed by the fictional patient',
      createdBy: me,
      at: NOW,
    } as const;
    const revoked = await createConsent(db, { ...terms, patientId: ash, recipientUserId: me });
    await revokeConsent(db, revoked.id, { revokedBy: me, at: NOW });
    await createConsent(db, { ...terms, patientId: ash, recipientUserId: other });

    const query = { userId: me, patientIds: [ash, birch], careTeam: true, breakGlass: true, consents: true };
    const rows = await loadAccessRows(db, query);

    expect(rows.careTeamPatientIds).toEqual([ash]);
    expect(rows.breakGlass).toEqual([
      { id: mine.id, patientId: birch, startedAt: mine.startedAt, expiresAt: mine.expiresAt },
    ]);
    expect(rows.consents.map((consent) => [consent.id, consent.revokedAt])).toEqual([[revoked.id, NOW]]);
    expect(await loadAccessRows(db, { ...query, careTeam: false, breakGlass: false, consents: false })).toEqual({
      careTeamPatientIds: [],
      breakGlass: [],
      consents: [],
    });
    expect(await loadAccessRows(db, { ...query, patientIds: [] })).toEqual({
      careTeamPatientIds: [],
      breakGlass: [],
      consents: [],
    });
  });
});
