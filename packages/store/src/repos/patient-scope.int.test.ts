import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Executor } from '../executor.js';
import { insertTestUser } from '../testing/fixtures.js';
import { createScratchDatabase, scratchTargets, type ScratchDatabase } from '../testing/scratch-database.js';
import { startBreakGlass } from './break-glass.js';
import { addCareTeamMember } from './care-team.js';
import { createConsent, revokeConsent } from './consents.js';
import { createFacility } from './facilities.js';
import type { PatientScope } from './patient-scope.js';
import { createPatient } from './patients.js';
import { getVisiblePatient, listVisiblePatients } from './visible-patients.js';

const NOW = '2026-11-28T16:00:00.000Z';
const LATER = '2026-11-28T18:00:00.000Z';
const HOUR = 60 * 60 * 1000;

/** Two facilities, four patients, one clinician on one care team, one family member. */
async function seed(db: Executor) {
  const north = (await createFacility(db, { name: 'North', region: 'N', address: '1 Test Way' })).id;
  const south = (await createFacility(db, { name: 'South', region: 'S', address: '2 Test Way' })).id;
  const clinician = await insertTestUser(db);
  const otherClinician = await insertTestUser(db);
  const family = await insertTestUser(db);
  const selfUser = await insertTestUser(db);
  const patient = async (facilityId: string | null, familyName: string, userId: string | null = null) =>
    (await createPatient(db, { facilityId, userId, givenName: 'Test', familyName, createdBy: clinician })).id;
  const ids = {
    onTeam: await patient(north, 'Ash'),
    sameFacility: await patient(north, 'Birch'),
    otherFacility: await patient(south, 'Cedar'),
    selfRegistered: await patient(null, 'Dogwood', selfUser),
  };
  await addCareTeamMember(db, { patientId: ids.onTeam, clinicianUserId: clinician, addedBy: clinician });
  return { north, south, clinician, otherClinician, family, selfUser, ids };
}

describe.each(scratchTargets(process.env.DATABASE_URL))('patient visibility scopes on $kind', (target) => {
  let scratch: ScratchDatabase;
  let world: Awaited<ReturnType<typeof seed>>;

  /** Lists under a scope and checks that the one page and single reads agree. */
  async function visible(scope: PatientScope): Promise<string[]> {
    const page = await listVisiblePatients(scratch.db, scope, { limit: 50, sort: 'familyName', order: 'asc' });
    expect(page.nextCursor).toBeNull();
    for (const id of Object.values(world.ids)) {
      const single = await getVisiblePatient(scratch.db, scope, id);
      expect(single !== undefined, `single read of ${id}`).toBe(page.rows.some((row) => row.id === id));
    }
    return page.rows.map((row) => row.id);
  }

  beforeEach(async () => {
    scratch = await createScratchDatabase(target);
    world = await seed(scratch.db);
  });

  afterEach(async () => {
    await scratch.dispose();
  });

  it('shows nothing under the none scope, nor for an empty facility list', async () => {
    expect(await visible({ kind: 'none' })).toEqual([]);
    expect(await visible({ kind: 'facilities', facilityIds: [] })).toEqual([]);
    expect(await visible({ kind: 'any-of', scopes: [] })).toEqual([]);
  });

  it('shows a clinician only the patients of their care team', async () => {
    expect(await visible({ kind: 'care-team', clinicianUserId: world.clinician })).toEqual([world.ids.onTeam]);
    expect(await visible({ kind: 'care-team', clinicianUserId: world.otherClinician })).toEqual([]);
  });

  it('shows facility staff the patients of their facilities and never a self-registered one', async () => {
    expect(await visible({ kind: 'facilities', facilityIds: [world.north] })).toEqual([
      world.ids.onTeam,
      world.ids.sameFacility,
    ]);
    expect(await visible({ kind: 'facilities', facilityIds: [world.north, world.south] })).toEqual([
      world.ids.onTeam,
      world.ids.sameFacility,
      world.ids.otherFacility,
    ]);
  });

  it('shows a patient only their own linked record', async () => {
    expect(await visible({ kind: 'self', userId: world.selfUser })).toEqual([world.ids.selfRegistered]);
    expect(await visible({ kind: 'self', userId: world.family })).toEqual([]);
  });

  it('shows a family member patients with a consent in force, per category, from signing until revoked or expired', async () => {
    const consent = await createConsent(scratch.db, {
      patientId: world.ids.sameFacility,
      recipientKind: 'family-user',
      recipientUserId: world.family,
      categories: ['labs'],
      purpose: 'family support',
      expiresAt: LATER,
      attestation: 'Signed by the patient',
      createdBy: world.clinician,
      at: NOW,
    });
    await createConsent(scratch.db, {
      patientId: world.ids.otherFacility,
      recipientKind: 'family-user',
      recipientUserId: world.family,
      categories: ['all'],
      purpose: 'family support',
      expiresAt: NOW,
      attestation: 'Signed by the patient',
      createdBy: world.clinician,
      at: '2026-11-01T00:00:00.000Z',
    });
    const scope = { kind: 'consented', familyUserId: world.family, at: NOW } as const;

    expect(await visible(scope)).toEqual([world.ids.sameFacility]);
    expect(await visible({ ...scope, category: 'labs' })).toEqual([world.ids.sameFacility]);
    expect(await visible({ ...scope, category: 'notes' })).toEqual([]);
    expect(await visible({ ...scope, at: LATER })).toEqual([]);
    expect(await visible({ ...scope, at: '2026-11-15T00:00:00.000Z', category: 'journal' })).toEqual([
      world.ids.otherFacility,
    ]);
    expect(await visible({ ...scope, at: '2026-10-31T00:00:00.000Z' })).toEqual([]);
    expect(await visible({ kind: 'consented', familyUserId: world.otherClinician, at: NOW })).toEqual([]);

    await revokeConsent(scratch.db, consent.id, { revokedBy: world.selfUser, at: NOW });
    expect(await visible(scope)).toEqual([]);
  });

  it('shows a break-glass patient only while the grant lasts', async () => {
    await startBreakGlass(scratch.db, {
      userId: world.otherClinician,
      patientId: world.ids.sameFacility,
      facilityId: world.north,
      reason: 'Emergency department called about an overdose',
      durationMs: HOUR,
      at: NOW,
    });
    const scope = { kind: 'break-glass', userId: world.otherClinician } as const;

    expect(await visible({ ...scope, at: NOW })).toEqual([world.ids.sameFacility]);
    expect(await visible({ ...scope, at: '2026-11-28T15:59:59.999Z' })).toEqual([]);
    expect(await visible({ ...scope, at: '2026-11-28T17:00:00.000Z' })).toEqual([]);
  });

  it('intersects scopes: a break-glass grant only within the listed facilities', async () => {
    await startBreakGlass(scratch.db, {
      userId: world.otherClinician,
      patientId: world.ids.sameFacility,
      facilityId: world.north,
      reason: 'Emergency department called about an overdose',
      durationMs: HOUR,
      at: NOW,
    });
    const grant = { kind: 'break-glass', userId: world.otherClinician, at: NOW } as const;

    expect(
      await visible({ kind: 'all-of', scopes: [grant, { kind: 'facilities', facilityIds: [world.north] }] }),
    ).toEqual([world.ids.sameFacility]);
    expect(
      await visible({ kind: 'all-of', scopes: [grant, { kind: 'facilities', facilityIds: [world.south] }] }),
    ).toEqual([]);
    expect(await visible({ kind: 'all-of', scopes: [grant, { kind: 'facilities', facilityIds: [] }] })).toEqual([]);
    expect(await visible({ kind: 'all-of', scopes: [{ kind: 'facilities', facilityIds: [world.north] }] })).toEqual([
      world.ids.onTeam,
      world.ids.sameFacility,
    ]);
  });

  it('unites scopes without counting a patient twice', async () => {
    const scope: PatientScope = {
      kind: 'any-of',
      scopes: [
        { kind: 'care-team', clinicianUserId: world.clinician },
        { kind: 'facilities', facilityIds: [world.north] },
      ],
    };
    expect(await visible(scope)).toEqual([world.ids.onTeam, world.ids.sameFacility]);
  });
});
