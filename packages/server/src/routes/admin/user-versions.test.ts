import { randomUUID } from 'node:crypto';
import type { DevOutbox } from '../../auth/index.js';
import { describe, expect, it } from 'vitest';
import { TEST_TARGETS } from '../../test/auth-fixtures.js';
import { F1, PATIENT_A, USERS, type SignedInRole } from '../../test/access-world.js';
import { useAccessWorld } from '../../test/use-access-world.js';

/*
 * Issue 8 defect 6: an admin's change to an account takes If-Match like every other edit, and a
 * re-invite withdraws every earlier invitation link of the person.
 */

const PASSWORD = 'a long fictional passphrase 42';
const CLINICIAN = USERS['clinician-same-facility-not-on-team'];

interface Listed {
  items: { id: string; version: number }[];
}

describe.each(TEST_TARGETS)('user versions and re-invites on $kind', (target) => {
  const world = useAccessWorld(target);

  const change = (payload: object, ifMatch?: string) =>
    world().request('admin', {
      method: 'PATCH',
      url: `/api/admin/users/${CLINICIAN}`,
      payload,
      ...(ifMatch === undefined ? {} : { headers: { 'if-match': ifMatch } }),
    });

  async function listedVersion(): Promise<number | undefined> {
    const page = await world().request('admin', { method: 'GET', url: '/api/admin/users?limit=100' });
    return page.json<Listed>().items.find((user) => user.id === CLINICIAN)?.version;
  }

  it('needs If-Match to change a user: 428 without, 412 when stale, the new version as ETag', async () => {
    const version = await listedVersion();
    expect(version).toBe(1);
    const roles = { roles: [{ role: 'admissions', facilityId: F1 }] };

    const missing = await change(roles);
    expect(missing.statusCode).toBe(428);
    expect(missing.json()).toMatchObject({ code: 'PRECONDITION_REQUIRED' });

    const changed = await change(roles, `"${version}"`);
    expect(changed.statusCode).toBe(200);
    expect(changed.headers.etag).toBe('"2"');
    expect(changed.json()).toMatchObject({ version: 2, roles: [{ role: 'admissions', facilityId: F1 }] });
    expect(await listedVersion()).toBe(2);

    // A second admin's form still holds version 1: their change would undo the first one unseen.
    const stale = await change({ disabled: true }, `"${version}"`);
    expect(stale.statusCode).toBe(412);
    expect(stale.json()).toMatchObject({ code: 'PRECONDITION_FAILED' });
    const after = await world().request('admin', { method: 'GET', url: `/api/admin/users?q=${CLINICIAN}` });
    expect(after.json()).toMatchObject({ items: [{ id: CLINICIAN, disabled: false, version: 2 }] });

    // A user the admin does not manage answers 404 whatever the headers say.
    const other = await world().request('admin', {
      method: 'PATCH',
      url: `/api/admin/users/${USERS['clinician-other-facility']}`,
      payload: roles,
    });
    expect(other.statusCode).toBe(404);
  });

  it('moves the version when an invitation is cancelled, so an edit opened before it gets 412', async () => {
    const invited = await world().request('admin', {
      method: 'POST',
      url: '/api/admin/users',
      payload: { email: 'invitee@example.test', name: 'Invited Person', role: 'clinician', facilityId: F1 },
      headers: { 'idempotency-key': `user-${randomUUID()}` },
    });
    const { id, version } = invited.json<{ user: { id: string; version: number } }>().user;
    expect(
      (await world().request('admin', { method: 'DELETE', url: `/api/admin/users/${id}/invitation` })).json(),
    ).toMatchObject({ status: 'disabled', version: version + 1 });
    const reenable = await world().request('admin', {
      method: 'PATCH',
      url: `/api/admin/users/${id}`,
      payload: { disabled: false },
      headers: { 'if-match': `"${version}"` },
    });
    expect(reenable.statusCode).toBe(412);
  });

  async function accept(token: string) {
    return world().request('anonymous', {
      method: 'POST',
      url: '/api/auth/invitations/accept',
      payload: { token, password: PASSWORD },
    });
  }

  function tokens(): string[] {
    return (world().app.identity.mailer as DevOutbox).sent.map((mail) => new URL(mail.link).hash.slice(7));
  }

  it.each([
    ['an admin re-sends a staff invitation', 'admin', `/api/admin/users/${CLINICIAN}/invitation`],
    ['a clinician re-invites a patient', 'clinician-on-care-team', `/api/patients/${PATIENT_A}/invitation`],
  ] as const)('withdraws every earlier link when %s', async (_name, role: SignedInRole, url) => {
    for (let index = 0; index < 3; index += 1) {
      const sent = await world().request(role, {
        method: 'POST',
        url,
        headers: { 'idempotency-key': `re-invite-${index}-${randomUUID()}` },
      });
      expect(sent.statusCode).toBe(200);
    }
    const [first, second, newest] = tokens();
    expect(newest).toBeDefined();
    for (const old of [first, second]) {
      const refused = await accept(old ?? '');
      expect(refused.statusCode).toBe(400);
      expect(refused.json()).toMatchObject({ code: 'INVALID_TOKEN' });
    }
    expect((await accept(newest ?? '')).statusCode).toBe(200);
  });
});
