import { REDISCLOSURE_NOTICE } from '@kratom-care/contracts';
import { describe, expect, it } from 'vitest';
import { TEST_TARGETS } from '../../test/auth-fixtures.js';
import { CONSENT_A, PATIENT_A, type SignedInRole } from '../../test/access-world.js';
import { useAccessWorld } from '../../test/use-access-world.js';

describe.each(TEST_TARGETS)('GET /api/me/patient on $kind', (target) => {
  const world = useAccessWorld(target);

  function get(role: SignedInRole) {
    return world().request(role, { method: 'GET', url: '/api/me/patient' });
  }

  it('shows a family member each consent in force with exactly the granted categories and the notice, audited', async () => {
    const stored = await world()
      .scratch.db.selectFrom('consent')
      .select('categories')
      .where('id', '=', CONSENT_A)
      .executeTakeFirstOrThrow();
    const response = await get('family-with-consent');
    expect(response.statusCode).toBe(200);
    expect(response.json()).toEqual({
      self: null,
      consentedPatients: [
        {
          id: PATIENT_A,
          givenName: 'Sample',
          familyName: 'Alder',
          consentId: CONSENT_A,
          categories: JSON.parse(stored.categories) as unknown,
          purpose: 'Family support',
          expiresAt: '2099-01-01T00:00:00.000Z',
          expiryEvent: null,
        },
      ],
      redisclosureNotice: REDISCLOSURE_NOTICE,
    });
    const audit = await world()
      .scratch.db.selectFrom('audit_event')
      .select(['action', 'outcome'])
      .orderBy('seq', 'desc')
      .executeTakeFirstOrThrow();
    expect(audit).toEqual({ action: 'patient.me', outcome: 'allowed' });
  });

  it('shows a family member whose consent was revoked nobody, and a clinician nothing at all', async () => {
    expect((await get('family-without-consent')).json()).toEqual({ self: null, consentedPatients: [] });
    expect((await get('clinician-on-care-team')).statusCode).toBe(404);
  });
});
