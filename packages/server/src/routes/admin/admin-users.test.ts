import { randomUUID } from 'node:crypto';
import { DefaultQueryExecutor } from 'kysely';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { TEST_TARGETS } from '../../test/auth-fixtures.js';
import { F1, USERS } from '../../test/access-world.js';
import { useAccessWorld } from '../../test/use-access-world.js';

interface AdminUser {
  id: string;
  email: string;
  status: string;
  disabled: boolean;
  invitation: { sentAt: string; expiresAt: string } | null;
  roles: { role: string; facilityId: string }[];
}
interface Page {
  items: AdminUser[];
  nextCursor: string | null;
}

describe.each(TEST_TARGETS)('admin users on $kind', (target) => {
  const world = useAccessWorld(target);

  afterEach(() => {
    vi.restoreAllMocks();
  });

  // Every POST here is a separate admin action, so each gets its own Idempotency-Key.
  function asAdmin(method: 'GET' | 'POST' | 'DELETE', url: string, payload?: object) {
    const headers = method === 'POST' ? { 'idempotency-key': `admin-${randomUUID()}` } : {};
    return world().request(
      'admin',
      payload === undefined ? { method, url, headers } : { method, url, payload, headers },
    );
  }

  async function invite(index: number): Promise<AdminUser> {
    const email = `invitee-${String(index).padStart(2, '0')}@example.test`;
    const body = { email, name: `Invited Person ${index}`, role: 'clinician', facilityId: F1 };
    const created = await asAdmin('POST', '/api/admin/users', body);
    expect(created.statusCode).toBe(201);
    return created.json<{ user: AdminUser }>().user;
  }

  async function walk(query: string, limit: number): Promise<AdminUser[]> {
    const seen: AdminUser[] = [];
    let cursor: string | null = null;
    do {
      const after: string = cursor === null ? '' : `&cursor=${cursor}`;
      const response = await asAdmin('GET', `/api/admin/users?limit=${limit}${query}${after}`);
      expect(response.statusCode).toBe(200);
      const page = response.json<Page>();
      expect(page.items.length).toBeLessThanOrEqual(limit);
      expect(Object.keys(page).sort()).toEqual(['items', 'nextCursor']);
      seen.push(...page.items);
      cursor = page.nextCursor;
    } while (cursor !== null);
    return seen;
  }

  it('pages every user of the facility exactly once, by email, with status and the pending invitation', async () => {
    for (let index = 0; index < 7; index += 1) {
      await invite(index);
    }
    const all = await walk('', 3);
    const emails = all.map((user) => user.email);
    expect(new Set(emails).size).toBe(emails.length);
    expect(emails).toEqual([...emails].sort());
    // The seeded F1 staff (six, with the care-team colleague of decision 0035) and patient plus the seven invitees.
    expect(emails).toHaveLength(6 + 1 + 7);
    const invitee = all.find((user) => user.email === 'invitee-00@example.test');
    expect(invitee).toMatchObject({
      status: 'invited',
      disabled: false,
      roles: [{ role: 'clinician', facilityId: F1 }],
    });
    // Sent when better-auth stored the link; it expires 72 hours after the app's clock read "now".
    const lifetime = Date.parse(invitee?.invitation?.expiresAt ?? '') - Date.parse(invitee?.invitation?.sentAt ?? '');
    expect(Math.abs(lifetime - 72 * 60 * 60 * 1000)).toBeLessThan(60_000);
    expect((await walk('&q=INVITEE-0', 100)).map((user) => user.email)).toHaveLength(7);
    expect((await walk('&q=Person 3', 100)).map((user) => user.email)).toEqual(['invitee-03@example.test']);
  });

  it('reads each page in the same number of queries however many users it holds (no query per row)', async () => {
    for (let index = 0; index < 12; index += 1) {
      await invite(index);
    }
    const spy = vi.spyOn(DefaultQueryExecutor.prototype, 'executeQuery');
    const count = async (limit: number): Promise<number> => {
      spy.mockClear();
      // Invitees only: a page that shows a patient also writes its audit row, which is not a read.
      const response = await asAdmin('GET', `/api/admin/users?limit=${limit}&q=invitee`);
      expect(response.json<Page>().items).toHaveLength(limit);
      return spy.mock.calls.length;
    };
    const one = await count(1);
    const many = await count(12);
    expect(many).toBe(one);
  });

  it('shows a user active only once the invitation is accepted, and cancels a pending one for good', async () => {
    const accepting = await invite(1);
    const cancelled = await invite(2);
    const superseded = await world().app.identity.createInvitation(accepting.id);
    const { token } = await world().app.identity.createInvitation(accepting.id);
    // A re-invite withdraws the earlier link (issue 8): only the newest one sets a password.
    const stale = await world().request('anonymous', {
      method: 'POST',
      url: '/api/auth/invitations/accept',
      payload: { token: superseded.token, password: 'another fictional passphrase 43' },
    });
    expect(stale.json()).toMatchObject({ code: 'INVALID_TOKEN' });
    const accept = await world().request('anonymous', {
      method: 'POST',
      url: '/api/auth/invitations/accept',
      payload: { token, password: 'a long fictional passphrase 42' },
    });
    expect(accept.statusCode).toBe(200);
    const status = async (value: string) =>
      (await walk(`&status=${value}&q=invitee`, 100)).map((user) => [user.email, user.status, user.invitation]);
    expect(await status('active')).toEqual([['invitee-01@example.test', 'active', null]]);
    expect((await status('invited')).map(([email]) => email)).toEqual(['invitee-02@example.test']);

    const links = await Promise.all([world().app.identity.createInvitation(cancelled.id)]);
    const cancel = await asAdmin('DELETE', `/api/admin/users/${cancelled.id}/invitation`);
    expect(cancel.statusCode).toBe(200);
    expect(cancel.json()).toMatchObject({ id: cancelled.id, status: 'disabled', disabled: true, invitation: null });
    for (const link of links) {
      const late = await world().request('anonymous', {
        method: 'POST',
        url: '/api/auth/invitations/accept',
        payload: { token: link.token, password: 'a long fictional passphrase 42' },
      });
      expect(late.statusCode).toBe(400);
      expect(late.json()).toMatchObject({ code: 'INVALID_TOKEN' });
    }
    expect(await status('disabled')).toEqual([['invitee-02@example.test', 'disabled', null]]);
    expect((await asAdmin('POST', `/api/admin/users/${cancelled.id}/invitation`)).statusCode).toBe(409);
    expect((await asAdmin('DELETE', `/api/admin/users/${accepting.id}/invitation`)).statusCode).toBe(409);
    const other = await asAdmin('DELETE', `/api/admin/users/${USERS['clinician-other-facility']}/invitation`);
    expect(other.statusCode).toBe(404);
  });

  it('refuses a cursor it did not make and an unknown status, naming the field', async () => {
    for (const [query, field] of [
      ['cursor=not-a-cursor', 'cursor'],
      ['cursor=' + Buffer.from('["a"]').toString('base64url'), 'cursor'],
      ['cursor=!!', 'cursor'],
      ['status=pending', 'status'],
      ['limit=0', 'limit'],
      ['limit=101', 'limit'],
      ['offset=20', 'offset'],
    ] as const) {
      const response = await asAdmin('GET', `/api/admin/users?${query}`);
      expect(response.statusCode, query).toBe(400);
      expect(
        response.json<{ issues: { path: string[] }[] }>().issues.map((issue) => issue.path),
        query,
      ).toEqual([[field]]);
    }
  });
});
