import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { withTransaction } from '../executor.js';
import { insertTestUser } from '../testing/fixtures.js';
import { createScratchDatabase, scratchTargets, type ScratchDatabase } from '../testing/scratch-database.js';
import { createFacility, EMPTY_FACILITY_PROFILE, getFacility, listFacilities, updateFacility } from './facilities.js';
import { addMembership, countMembershipsWithRole, listMembershipsForUser, removeMembership } from './memberships.js';
import { getUserByEmail, getUserById, listUsersWithMemberships, setUserBanned } from './users.js';

const T0 = '2026-11-28T16:00:00.000Z';
const T1 = '2026-11-28T17:00:00.000Z';

describe.each(scratchTargets(process.env.DATABASE_URL))('facilities, memberships and users on $kind', (target) => {
  let scratch: ScratchDatabase;

  beforeEach(async () => {
    scratch = await createScratchDatabase(target);
  });

  afterEach(async () => {
    await scratch.dispose();
  });

  it('creates, reads and lists facilities by name', async () => {
    const river = await createFacility(scratch.db, {
      name: 'Riverbend Clinic',
      region: 'North',
      address: '1 Test Way',
      at: T0,
    });
    const aspen = await createFacility(scratch.db, {
      name: 'Aspen House',
      region: 'South',
      address: '2 Test Way',
      at: T0,
    });
    await createFacility(scratch.db, { name: 'Not Mine', region: 'East', address: '3 Test Way', at: T0 });

    expect(await getFacility(scratch.db, river.id)).toEqual({
      id: river.id,
      name: 'Riverbend Clinic',
      region: 'North',
      address: '1 Test Way',
      createdAt: T0,
      updatedAt: T0,
      version: 1,
      // Issue 11: the care-network profile, empty for a facility made without one.
      ...EMPTY_FACILITY_PROFILE,
      demo: false,
      source: 'manual',
      externalKey: null,
      lastVerifiedAt: null,
      lastVerifiedBy: null,
    });
    const mine = [river.id, aspen.id];
    const first = await listFacilities(scratch.db, mine, { limit: 1 });
    expect(first.rows.map((facility) => facility.name)).toEqual(['Aspen House']);
    const second = await listFacilities(scratch.db, mine, { limit: 1, cursor: first.nextCursor });
    expect(second).toMatchObject({ nextCursor: null, rows: [{ name: 'Riverbend Clinic' }] });
    expect(await listFacilities(scratch.db, [], { limit: 10 })).toEqual({ rows: [], nextCursor: null });
    expect(await getFacility(scratch.db, 'no-such-facility')).toBeUndefined();
  });

  it('updates a facility at the expected version and answers stale or not-found otherwise', async () => {
    const facility = await createFacility(scratch.db, {
      name: 'Riverbend',
      region: 'North',
      address: '1 Test Way',
      at: T0,
    });

    const updated = await updateFacility(scratch.db, facility.id, 1, { name: 'Riverbend Clinic' }, T1);
    expect(updated).toMatchObject({
      name: 'Riverbend Clinic',
      region: 'North',
      version: 2,
      updatedAt: T1,
      createdAt: T0,
    });
    expect(await updateFacility(scratch.db, facility.id, 1, { name: 'Lost update' }, T1)).toBe('stale');
    expect(await updateFacility(scratch.db, 'missing', 1, { name: 'x' }, T1)).toBe('not-found');
    expect((await getFacility(scratch.db, facility.id))?.name).toBe('Riverbend Clinic');
  });

  it('adds memberships once, lists them per user, and removes them', async () => {
    const userId = await insertTestUser(scratch.db);
    const a = await createFacility(scratch.db, { name: 'A', region: 'r', address: 'a' });
    const b = await createFacility(scratch.db, { name: 'B', region: 'r', address: 'b' });

    const first = await addMembership(scratch.db, { userId, facilityId: a.id, role: 'clinician', at: T0 });
    const again = await addMembership(scratch.db, { userId, facilityId: a.id, role: 'clinician', at: T1 });
    expect(again).toEqual(first);
    await addMembership(scratch.db, { userId, facilityId: b.id, role: 'admissions' });

    expect((await listMembershipsForUser(scratch.db, userId)).map((m) => [m.facilityId, m.role]).sort()).toEqual(
      [
        [a.id, 'clinician'],
        [b.id, 'admissions'],
      ].sort(),
    );
    expect((await listMembershipsForUser(scratch.db, userId)).find((m) => m.facilityId === a.id)).toEqual(first);
    expect(await countMembershipsWithRole(scratch.db, 'admin')).toBe(0);
    expect(await countMembershipsWithRole(scratch.db, 'clinician')).toBe(1);

    expect(await removeMembership(scratch.db, { userId, facilityId: a.id, role: 'clinician' })).toBe(true);
    expect(await removeMembership(scratch.db, { userId, facilityId: a.id, role: 'clinician' })).toBe(false);
    expect((await listMembershipsForUser(scratch.db, userId)).map((m) => m.facilityId)).toEqual([b.id]);
  });

  it('reads users by id and by email in any case, with booleans and ISO times on both databases', async () => {
    const id = await insertTestUser(scratch.db, { name: 'Robin Fictional', email: 'robin@example.test' });

    const user = await getUserByEmail(scratch.db, '  Robin@Example.TEST ');
    expect(user).toEqual({
      id,
      name: 'Robin Fictional',
      email: 'robin@example.test',
      emailVerified: false,
      twoFactorEnabled: false,
      banned: false,
      banReason: null,
      companionRole: null,
      createdAt: '2026-01-01T00:00:00.000Z',
      updatedAt: '2026-01-01T00:00:00.000Z',
    });
    expect(await getUserById(scratch.db, id)).toEqual(user);
    expect(await getUserById(scratch.db, 'missing')).toBeUndefined();
  });

  it('lists users by email with their memberships, one page after another', async () => {
    const facility = await createFacility(scratch.db, { name: 'A', region: 'r', address: 'a' });
    const zed = await insertTestUser(scratch.db, { email: 'zed@example.test' });
    const amy = await insertTestUser(scratch.db, { email: 'amy@example.test' });
    await addMembership(scratch.db, { userId: zed, facilityId: facility.id, role: 'admin' });

    const page = await listUsersWithMemberships(scratch.db, { limit: 1 });
    expect(page.rows.map((user) => [user.id, user.memberships.length])).toEqual([[amy, 0]]);
    const next = await listUsersWithMemberships(scratch.db, { limit: 1, cursor: page.nextCursor });
    expect(next.rows.map((user) => user.id)).toEqual([zed]);
    expect(next.rows[0]?.memberships).toEqual([{ role: 'admin', facilityId: facility.id }]);
    expect(next.nextCursor).toBeNull();
  });

  it('disables a user and ends their sessions in one step, and re-enables them', async () => {
    const id = await insertTestUser(scratch.db);
    const at = scratch.dialect === 'sqlite' ? T0 : new Date(T0);
    await scratch.db
      .insertInto('session')
      .values({
        id: 's',
        expiresAt: at,
        token: 't',
        createdAt: at,
        updatedAt: at,
        ipAddress: null,
        userAgent: null,
        userId: id,
        impersonatedBy: null,
      })
      .execute();

    const banned = await withTransaction(scratch.db, (trx) =>
      setUserBanned(trx, id, { banned: true, reason: 'left the clinic', at: T1 }),
    );
    expect(banned).toMatchObject({ banned: true, banReason: 'left the clinic', updatedAt: T1 });
    expect(await scratch.db.selectFrom('session').select('id').execute()).toEqual([]);

    expect(await setUserBanned(scratch.db, id, { banned: false })).toMatchObject({ banned: false, banReason: null });
    expect(await setUserBanned(scratch.db, 'missing', { banned: true })).toBe('not-found');
  });
});
