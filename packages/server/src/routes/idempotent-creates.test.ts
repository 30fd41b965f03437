import type { DevOutbox } from '../auth/index.js';
import { describe, expect, it } from 'vitest';
import { TEST_TARGETS } from '../test/auth-fixtures.js';
import { F1, PATIENT_A, USERS, type SignedInRole, type WorldRequest } from '../test/access-world.js';
import { useAccessWorld } from '../test/use-access-world.js';

/*
 * Issue 8 defect 6: every create takes an Idempotency-Key. Each case below is a create that did not
 * before (consents, facilities, break-glass, admin invitations, patient invitations); the test
 * walks the same four steps for each, and counts what the create leaves behind (a row, or a mail
 * for the invitations that only send one).
 */

type Counted = 'consent' | 'facility' | 'break_glass' | 'user' | 'mail';

interface CreateCase {
  readonly name: string;
  readonly role: SignedInRole;
  readonly request: Omit<WorldRequest, 'headers'>;
  /** The same key with this request must be refused: another body, or another record's route. */
  readonly other: Omit<WorldRequest, 'headers'>;
  readonly counts: Counted;
}

const CONSENT = {
  recipientKind: 'treating-providers',
  categories: ['labs'],
  purpose: 'Coordinate my care',
  expiresAt: '2099-01-01T00:00:00.000Z',
  attestation: 'Sample Alder',
};

const CASES: readonly CreateCase[] = [
  {
    name: 'a consent',
    role: 'patient',
    request: { method: 'POST', url: '/api/me/consents', payload: CONSENT },
    other: { method: 'POST', url: '/api/me/consents', payload: { ...CONSENT, purpose: 'Something else' } },
    counts: 'consent',
  },
  {
    name: 'a facility',
    role: 'admin',
    request: { method: 'POST', url: '/api/facilities', payload: { name: 'Willow Test Clinic', region: 'East' } },
    other: { method: 'POST', url: '/api/facilities', payload: { name: 'Another Test Clinic', region: 'East' } },
    counts: 'facility',
  },
  {
    name: 'a break-glass grant',
    role: 'clinician-same-facility-not-on-team',
    request: {
      method: 'POST',
      url: `/api/patients/${PATIENT_A}/break-glass`,
      payload: { reason: 'Unconscious in the waiting room, need history' },
    },
    other: {
      method: 'POST',
      url: `/api/patients/${PATIENT_A}/break-glass`,
      payload: { reason: 'A different reason entirely for the test' },
    },
    counts: 'break_glass',
  },
  {
    name: 'an invited user',
    role: 'admin',
    request: {
      method: 'POST',
      url: '/api/admin/users',
      payload: { email: 'invitee@example.test', name: 'Invited Person', role: 'clinician', facilityId: F1 },
    },
    other: {
      method: 'POST',
      url: '/api/admin/users',
      payload: { email: 'someone-else@example.test', name: 'Invited Person', role: 'clinician', facilityId: F1 },
    },
    counts: 'user',
  },
  {
    name: 'a re-sent staff invitation',
    role: 'admin',
    request: { method: 'POST', url: `/api/admin/users/${USERS['clinician-on-care-team']}/invitation` },
    other: { method: 'POST', url: `/api/admin/users/${USERS.admissions}/invitation` },
    counts: 'mail',
  },
  {
    name: 'a patient invitation',
    role: 'clinician-on-care-team',
    request: { method: 'POST', url: `/api/patients/${PATIENT_A}/invitation` },
    // Keys are per user, not per route: the same key on another create is refused too.
    other: {
      method: 'POST',
      url: '/api/patients',
      payload: { facilityId: F1, givenName: 'Sample', familyName: 'Newcomer' },
    },
    counts: 'mail',
  },
];

describe.each(TEST_TARGETS)('Idempotency-Key on every create on $kind', (target) => {
  const world = useAccessWorld(target);

  async function count(what: Counted): Promise<number> {
    if (what === 'mail') {
      return (world().app.identity.mailer as DevOutbox).sent.length;
    }
    const row = await world()
      .scratch.db.selectFrom(what)
      .select((eb) => eb.fn.countAll<number | string>().as('n'))
      .executeTakeFirstOrThrow();
    return Number(row.n);
  }

  it.each(CASES)('$name: 400 naming the header without a key, one create per key, 422 for another body', async (c) => {
    const before = await count(c.counts);
    const missing = await world().request(c.role, c.request);
    expect(missing.statusCode).toBe(400);
    expect(missing.json()).toMatchObject({ issues: [{ path: ['headers', 'idempotency-key'] }] });
    expect(await count(c.counts)).toBe(before);

    const headers = { 'idempotency-key': `case-${c.counts}-0001` };
    const first = await world().request(c.role, { ...c.request, headers });
    expect(first.statusCode, first.body).toBeLessThan(300);
    const replay = await world().request(c.role, { ...c.request, headers });
    expect(replay.statusCode).toBe(first.statusCode);
    expect(replay.json()).toEqual(first.json());
    expect(await count(c.counts)).toBe(before + 1);

    const reused = await world().request(c.role, { ...c.other, headers });
    expect(reused.statusCode).toBe(422);
    expect(reused.json()).toMatchObject({ code: 'IDEMPOTENCY_KEY_REUSED' });
    expect(await count(c.counts)).toBe(before + 1);
  });

  it('stores no answer for a refused create: the corrected form may reuse its key', async () => {
    const before = await count('consent');
    const headers = { 'idempotency-key': 'refused-consent-0001' };
    const wrong = await world().request('patient', {
      method: 'POST',
      url: '/api/me/consents',
      payload: { ...CONSENT, attestation: 'Somebody Else' },
      headers,
    });
    expect(wrong.statusCode).toBe(400);
    expect(wrong.json()).toMatchObject({ issues: [{ path: ['attestation'] }] });
    const right = await world().request('patient', {
      method: 'POST',
      url: '/api/me/consents',
      payload: CONSENT,
      headers,
    });
    expect(right.statusCode).toBe(201);
    expect(await count('consent')).toBe(before + 1);
  });

  it('answers one of two concurrent creates with one key and stores one facility', async () => {
    const before = await count('facility');
    const send = () =>
      world().request('admin', {
        method: 'POST',
        url: '/api/facilities',
        payload: { name: 'Willow Test Clinic', region: 'East' },
        headers: { 'idempotency-key': 'parallel-facility-0001' },
      });
    const answers = await Promise.all([send(), send(), send(), send()]);
    for (const answer of answers) {
      expect([201, 409]).toContain(answer.statusCode);
    }
    expect(answers.some((answer) => answer.statusCode === 201)).toBe(true);
    expect(await count('facility')).toBe(before + 1);
    // A retry after the race gets the stored answer.
    expect((await send()).statusCode).toBe(201);
    expect(await count('facility')).toBe(before + 1);
  });
});
