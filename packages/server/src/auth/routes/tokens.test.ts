import type { TApiError } from '@kratom-care/contracts';
import { addMembership } from '@kratom-care/store';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createUserAccount } from '../accounts.js';
import { INVITATION_TTL_MS } from '../invitations.js';
import {
  buildAuthTestApp,
  createTestFacility,
  createTestUser,
  CSRF_HEADERS,
  PROBE_URL,
  registerProbeRoutes,
  signInAs,
  TEST_TARGETS,
  type AuthTestApp,
} from '../../test/auth-fixtures.js';

const NEW_PASSWORD = 'a brand new fictional passphrase';

function tokenOf(link: string): string {
  const token = new URL(link).hash.replace(/^#token=/, '');
  return decodeURIComponent(token);
}

describe.each(TEST_TARGETS)('single-use expiring tokens on $kind', (target) => {
  let t: AuthTestApp;

  beforeEach(async () => {
    t = await buildAuthTestApp({ target, routes: registerProbeRoutes });
  });

  afterEach(async () => {
    await t.close();
  });

  function post(url: string, payload: unknown) {
    return t.app.inject({ method: 'POST', url, headers: CSRF_HEADERS, payload: payload as Record<string, unknown> });
  }

  describe('password reset', () => {
    it('answers 202 with the same body for a known and an unknown email, mailing only the known one', async () => {
      const user = await createTestUser(t.app, { role: 'patient' });
      const known = await post('/api/auth/password-reset/request', { email: user.email });
      const unknown = await post('/api/auth/password-reset/request', { email: 'nobody@example.org' });

      expect(known.statusCode).toBe(202);
      expect(unknown.statusCode).toBe(202);
      expect(known.json()).toEqual({ status: 'accepted' });
      expect(unknown.body).toBe(known.body);
      expect(t.outbox.sent.map((mail) => mail.to)).toEqual([user.email]);
      expect(t.outbox.sent[0]?.link).toMatch(/^http:\/\/localhost:0\/reset-password#token=/);
      expect(t.outbox.sent[0]?.text).not.toContain(user.password);
    });

    it('sets the new password once, ends existing sessions, and refuses the token a second time', async () => {
      const user = await createTestUser(t.app, { role: 'patient' });
      const session = await signInAs(t.app, user);
      await post('/api/auth/password-reset/request', { email: user.email });
      const token = tokenOf(t.outbox.sent[0]?.link ?? '');

      const confirmed = await post('/api/auth/password-reset/confirm', { token, password: NEW_PASSWORD });
      expect(confirmed.statusCode).toBe(204);
      expect((await t.app.inject({ url: PROBE_URL, headers: session })).statusCode).toBe(401);
      expect((await post('/api/auth/sign-in', { email: user.email, password: NEW_PASSWORD })).statusCode).toBe(200);
      expect((await post('/api/auth/sign-in', { email: user.email, password: user.password })).statusCode).toBe(401);

      const again = await post('/api/auth/password-reset/confirm', { token, password: 'yet another fictional phrase' });
      expect(again.statusCode).toBe(400);
      expect(again.json<TApiError>().code).toBe('INVALID_TOKEN');
    });

    it('refuses an expired reset token', async () => {
      const user = await createTestUser(t.app, { role: 'family' });
      await post('/api/auth/password-reset/request', { email: user.email });
      const token = tokenOf(t.outbox.sent[0]?.link ?? '');
      const past = new Date(Date.now() - 1000);
      await t.db
        .updateTable('verification')
        .set({ expiresAt: t.dialect === 'sqlite' ? past.toISOString() : past })
        .execute();

      const response = await post('/api/auth/password-reset/confirm', { token, password: NEW_PASSWORD });
      expect(response.statusCode).toBe(400);
      expect(response.json<TApiError>().code).toBe('INVALID_TOKEN');
    });

    it('stores the reset token only as a hash', async () => {
      const user = await createTestUser(t.app, { role: 'patient' });
      await post('/api/auth/password-reset/request', { email: user.email });
      const token = tokenOf(t.outbox.sent[0]?.link ?? '');
      const rows = await t.db.selectFrom('verification').select(['identifier', 'value']).execute();

      expect(rows.length).toBeGreaterThan(0);
      expect(JSON.stringify(rows)).not.toContain(token);
    });
  });

  describe('invitations', () => {
    async function invitedClinician(): Promise<{ userId: string; token: string }> {
      const facilityId = await createTestFacility(t.app);
      const userId = await createUserAccount(t.identity.auth, {
        email: 'dr.fictional@example.org',
        name: 'Dr Fictional',
      });
      await addMembership(t.db, { userId, facilityId, role: 'clinician' });
      const invitation = await t.identity.createInvitation(userId);
      return { userId, token: tokenOf(invitation.link) };
    }

    it('mails a link, lets the invitee choose a password and signs them in, once', async () => {
      const { userId, token } = await invitedClinician();
      expect(t.outbox.sent).toHaveLength(1);
      expect(t.outbox.sent[0]?.to).toBe('dr.fictional@example.org');

      const accepted = await post('/api/auth/invitations/accept', { token, password: NEW_PASSWORD });
      expect(accepted.statusCode).toBe(200);
      expect(accepted.json()).toMatchObject({
        twoFactorRequired: false,
        session: { user: { id: userId }, isStaff: true, secondFactorRequired: true },
      });

      const again = await post('/api/auth/invitations/accept', { token, password: 'another fictional passphrase' });
      expect(again.statusCode).toBe(400);
      expect(again.json<TApiError>().code).toBe('INVALID_TOKEN');
      expect(
        (await post('/api/auth/sign-in', { email: 'dr.fictional@example.org', password: NEW_PASSWORD })).statusCode,
      ).toBe(200);
    });

    it('refuses an invitation after 72 hours', async () => {
      const { token } = await invitedClinician();
      t.clock.advance(INVITATION_TTL_MS + 1000);

      const response = await post('/api/auth/invitations/accept', { token, password: NEW_PASSWORD });
      expect(response.statusCode).toBe(400);
      expect(response.json<TApiError>().code).toBe('INVALID_TOKEN');
    });

    it('refuses a made-up token', async () => {
      const response = await post('/api/auth/invitations/accept', {
        token: 'made-up-token-that-was-never-issued',
        password: NEW_PASSWORD,
      });
      expect(response.statusCode).toBe(400);
      expect(response.json<TApiError>().code).toBe('INVALID_TOKEN');
    });
  });
});
