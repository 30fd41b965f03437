import { addMembership } from '@kratom-care/store';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createUserAccount } from '../accounts.js';
import { issueSetupToken } from '../setup-link.js';
import {
  buildAuthTestApp,
  cookieHeaderFrom,
  createTestFacility,
  createTestUser,
  CSRF_HEADERS,
  signInAs,
  TEST_TARGETS,
  totpCode,
  type AuthTestApp,
  type TestUser,
} from '../../test/auth-fixtures.js';

/*
 * SECURITY.md SE-02 on every path that starts a session: whatever session the request arrived with
 * is dead afterwards, including when the sign-in stops for a second factor and finishes with a
 * TOTP or recovery code (issue 8, defect 2). `cookieHeaderFrom` drops cookies the server expired,
 * as a browser does; an attacker who kept a copy of the old cookie replays it below.
 */

const NEW_PASSWORD = 'a brand new fictional passphrase';

function tokenOf(link: string): string {
  return decodeURIComponent(new URL(link).hash.replace(/^#token=/, ''));
}

describe.each(TEST_TARGETS)('the session a request arrives with ends at every sign-in on $kind', (target) => {
  let t: AuthTestApp;
  let facilityId: string;

  beforeEach(async () => {
    t = await buildAuthTestApp({ target });
    facilityId = await createTestFacility(t.app);
  });

  afterEach(async () => {
    await t.close();
  });

  function post(url: string, payload: object, cookie?: string) {
    return t.app.inject({
      method: 'POST',
      url,
      headers: { ...CSRF_HEADERS, ...(cookie === undefined ? {} : { cookie }) },
      payload: payload as Record<string, unknown>,
    });
  }

  /** 200 while the cookie's session lives (second factor or not), 401 once it has ended. */
  async function sessionStatus(cookie: string): Promise<number> {
    return (await t.app.inject({ url: '/api/auth/session', headers: { cookie } })).statusCode;
  }

  async function sessionCount(userId: string): Promise<number> {
    return (await t.db.selectFrom('session').select('id').where('userId', '=', userId).execute()).length;
  }

  /** Signs in again with the password while holding `before`; returns the cookies a browser keeps. */
  async function passwordStep(user: TestUser, before?: string): Promise<string> {
    const response = await post('/api/auth/sign-in', { email: user.email, password: user.password }, before);
    expect(response.statusCode).toBe(200);
    expect(response.json()).toEqual({ twoFactorRequired: true });
    return cookieHeaderFrom(response.headers['set-cookie']);
  }

  it('ends the old staff session when a second sign-in finishes with a TOTP code', async () => {
    const clinician = await createTestUser(t.app, { role: 'clinician', facilityId });
    const before = (await signInAs(t.app, clinician)).cookie;
    expect(await sessionStatus(before)).toBe(200);

    const challengeCookie = await passwordStep(clinician, before);
    const done = await post(
      '/api/auth/two-factor/challenge',
      { code: totpCode(clinician.totpSecret ?? '') },
      challengeCookie,
    );
    expect(done.statusCode).toBe(200);
    const after = cookieHeaderFrom(done.headers['set-cookie']);

    expect(await sessionStatus(after)).toBe(200);
    expect(await sessionStatus(before)).toBe(401);
    expect(await sessionCount(clinician.id)).toBe(1);
  });

  it('ends the old staff session when a second sign-in finishes with a recovery code', async () => {
    const admin = await createTestUser(t.app, { role: 'admin', facilityId });
    const before = (await signInAs(t.app, admin)).cookie;

    const challengeCookie = await passwordStep(admin, before);
    const done = await post(
      '/api/auth/two-factor/challenge',
      { recoveryCode: admin.recoveryCodes[0] },
      challengeCookie,
    );
    expect(done.statusCode).toBe(200);

    expect(await sessionStatus(cookieHeaderFrom(done.headers['set-cookie']))).toBe(200);
    expect(await sessionStatus(before)).toBe(401);
    expect(await sessionCount(admin.id)).toBe(1);
  });

  it('ends the old session already at the password step, and leaves no pending session behind', async () => {
    const clinician = await createTestUser(t.app, { role: 'clinician', facilityId });
    const before = (await signInAs(t.app, clinician)).cookie;

    await passwordStep(clinician, before);

    expect(await sessionStatus(before)).toBe(401);
    expect(await sessionCount(clinician.id)).toBe(0);
  });

  it('signs in the challenged account and ends a live session the challenge request still carries', async () => {
    const patient = await createTestUser(t.app, { role: 'patient' });
    const carried = (await signInAs(t.app, patient)).cookie;
    const clinician = await createTestUser(t.app, { role: 'clinician', facilityId });
    const challengeCookie = await passwordStep(clinician);

    const done = await post(
      '/api/auth/two-factor/challenge',
      { code: totpCode(clinician.totpSecret ?? '') },
      `${carried}; ${challengeCookie}`,
    );
    expect(done.statusCode).toBe(200);
    expect(done.json()).toMatchObject({ twoFactorRequired: false, session: { user: { id: clinician.id } } });
    expect(await sessionStatus(cookieHeaderFrom(done.headers['set-cookie']))).toBe(200);
    expect(await sessionStatus(carried)).toBe(401);
  });

  it('ends the old session on sign-up', async () => {
    const other = await createTestUser(t.app, { role: 'family' });
    const before = (await signInAs(t.app, other)).cookie;

    const response = await post(
      '/api/auth/sign-up',
      { email: 'new.companion@example.org', givenName: 'Nova', password: NEW_PASSWORD },
      before,
    );
    expect(response.statusCode).toBe(201);
    expect(await sessionStatus(before)).toBe(401);
  });

  it('ends the old session when an invitation is accepted', async () => {
    const userId = await createUserAccount(t.identity.auth, { email: 'dr.invited@example.org', name: 'Dr Invited' });
    await addMembership(t.db, { userId, facilityId, role: 'clinician' });
    const invitation = await t.identity.createInvitation(userId);
    const before = (await signInAs(t.app, await createTestUser(t.app, { role: 'family' }))).cookie;

    const accepted = await post(
      '/api/auth/invitations/accept',
      { token: tokenOf(invitation.link), password: NEW_PASSWORD },
      before,
    );
    expect(accepted.statusCode).toBe(200);
    expect(accepted.json()).toMatchObject({ twoFactorRequired: false });
    expect(await sessionStatus(before)).toBe(401);
  });

  it('ends the old session when an accepted invitation stops for the second factor', async () => {
    const enrolled = await createTestUser(t.app, { role: 'clinician', facilityId });
    const again = await t.identity.createInvitation(enrolled.id);
    const held = (await signInAs(t.app, await createTestUser(t.app, { role: 'family' }))).cookie;
    const pending = await post(
      '/api/auth/invitations/accept',
      { token: tokenOf(again.link), password: NEW_PASSWORD },
      held,
    );
    expect(pending.statusCode).toBe(200);
    expect(pending.json()).toEqual({ twoFactorRequired: true });
    expect(await sessionStatus(held)).toBe(401);
  });

  it('ends the old session at first-start setup', async () => {
    const before = (await signInAs(t.app, await createTestUser(t.app, { role: 'patient' }))).cookie;
    const token = await issueSetupToken(t.db, t.clock.now, t.identity.secret);

    const response = await post(
      '/api/setup',
      {
        token: token ?? '',
        admin: { email: 'first.admin@example.org', name: 'First Admin', password: NEW_PASSWORD },
        facility: { name: 'Fictional Dunes Clinic', region: 'West Example', address: '3 Sample Lane' },
      },
      before,
    );
    expect(response.statusCode).toBe(201);
    expect(await sessionStatus(before)).toBe(401);
  });
});
