import { randomUUID } from 'node:crypto';
import { SIGNATURE_MISMATCH_MESSAGE, type TApiError, type TConsent } from '@kratom-care/contracts';
import { describe, expect, it } from 'vitest';
import { TEST_TARGETS } from '../../test/auth-fixtures.js';
import { USERS } from '../../test/access-world.js';
import { useAccessWorld } from '../../test/use-access-world.js';

// The fictional patient A signs in as "Test patient"; their record names them "Sample Alder".
const TERMS = {
  recipientKind: 'treating-providers',
  categories: ['labs'],
  purpose: 'Coordinate my care',
  expiresAt: '2099-01-01T00:00:00.000Z',
} as const;

describe.each(TEST_TARGETS)('POST /api/me/consents: signature and family grantee on $kind', (target) => {
  const world = useAccessWorld(target);

  // Each signature is its own user action, so each gets its own Idempotency-Key.
  const grant = (payload: Record<string, unknown>) =>
    world().request('patient', {
      method: 'POST',
      url: '/api/me/consents',
      payload,
      headers: { 'idempotency-key': `consent-${randomUUID()}` },
    });
  const count = async () =>
    (await world().request('patient', { method: 'GET', url: '/api/me/consents?limit=100' })).json<{
      items: TConsent[];
    }>().items.length;

  it('refuses a signature that is not the signer’s name with a 400 naming the field, and stores nothing', async () => {
    const before = await count();
    const refused = await grant({ ...TERMS, attestation: 'Somebody Else' });
    expect(refused.statusCode).toBe(400);
    expect(refused.json<TApiError>().issues).toEqual([{ path: ['attestation'], message: SIGNATURE_MISMATCH_MESSAGE }]);
    expect(await count()).toBe(before);
  });

  it('accepts the account name or the record name, whatever the case and spacing', async () => {
    expect((await grant({ ...TERMS, attestation: '  test   PATIENT ' })).statusCode).toBe(201);
    expect((await grant({ ...TERMS, attestation: 'sample alder' })).statusCode).toBe(201);
    expect((await grant({ ...TERMS, attestation: 'SampleAlder' })).statusCode).toBe(201);
  });

  it('names a family grantee, not only their email, and keeps the name on the consent', async () => {
    const family = {
      ...TERMS,
      recipientKind: 'family-user',
      recipientEmail: `${USERS['family-with-consent']}@example.test`,
    };
    const unnamed = await grant({ ...family, attestation: 'Sample Alder' });
    expect(unnamed.statusCode).toBe(400);
    expect(unnamed.json<TApiError>().issues).toEqual([
      { path: ['recipientName'], message: 'Required for a family member' },
    ]);

    const named = await grant({ ...family, recipientName: 'Sam Sister', attestation: 'Sample Alder' });
    expect(named.statusCode).toBe(201);
    expect(named.json<TConsent>()).toMatchObject({ recipientKind: 'family-user', recipientName: 'Sam Sister' });
  });
});
