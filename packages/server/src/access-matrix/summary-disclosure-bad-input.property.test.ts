import fc from 'fast-check';
import { expect } from 'vitest';
import { CONSENT_A, CONSENT_A_REVOKED, CONSENT_B, PATIENT_A, type AccessWorld } from '../test/access-world.js';
import { describeBadInputs, tag, type Body, type Fault } from '../test/bad-input-harness.js';
import { missingField, oversizedString, unknownField, wrongType } from '../test/bad-input-faults.js';

/*
 * Generated bad hand-off summary disclosures (issue 10 §9; decision 0028): a valid body with one
 * deliberate fault, and no disclosure row written for any of them. The summary goes only to the
 * outside provider a consent in force names (42 CFR §2.31, §2.33): another recipient, a family
 * member's consent, a revoked one or another patient's is refused naming the field. Texts: recipient
 * at most 200 characters, purpose 500, consent id 100.
 */

const OUTSIDE = 'Dr. Example Referral';

/** Patient A consents to sharing everything with an outside provider (the seeded world has no such consent). */
async function consentToOutsideProvider(world: AccessWorld): Promise<void> {
  const response = await world.request('patient', {
    method: 'POST',
    url: '/api/me/consents',
    payload: {
      recipientKind: 'external-provider',
      recipientName: OUTSIDE,
      categories: ['all'],
      purpose: 'Referral',
      expiresAt: '2099-01-01T00:00:00.000Z',
      attestation: 'Sample Alder',
    },
    headers: { 'idempotency-key': 'bad-input-outside-consent' },
  });
  expect(response.statusCode, response.body).toBe(201);
}

/** Valid requests: to that provider, with or without naming the consent. */
async function validDisclosure(world: AccessWorld): Promise<fc.Arbitrary<Body>> {
  const consents = await world.request('patient', { method: 'GET', url: '/api/me/consents' });
  const consent = consents
    .json<{ items: { id: string; recipientName: string | null }[] }>()
    .items.find((item) => item.recipientName === OUTSIDE);
  return fc.record(
    {
      recipient: fc.constantFrom(OUTSIDE, OUTSIDE.toUpperCase(), `  ${OUTSIDE} `),
      purpose: fc.constantFrom('Referral to hepatology', 'Transfer of care'),
      consentId: fc.constant(consent?.id ?? ''),
    },
    { requiredKeys: ['recipient', 'purpose'] },
  );
}

const FAULTS: readonly Fault[] = [
  missingField(['recipient', 'purpose']),
  wrongType({ recipient: 'string', purpose: 'string', consentId: 'string' }),
  unknownField(['recipient', 'purpose', 'consentId']),
  oversizedString({ recipient: 200, purpose: 500, consentId: 100 }),
  (body) =>
    fc
      .tuple(fc.constantFrom('recipient', 'purpose'), fc.constantFrom('', '   '))
      .map(([field, blank]) => tag('blank', field)({ ...body, [field]: blank })),
  // A recipient no consent names.
  (body) =>
    fc
      .string({ minLength: 1, maxLength: 60 })
      .filter((name) => name.trim() !== '' && name.trim().toLowerCase() !== OUTSIDE.toLowerCase())
      .map((recipient) => tag('a recipient nobody consented to', 'recipient')({ ...body, recipient })),
  // A consent that does not allow this disclosure: a family member's, revoked, another patient's, none.
  (body) =>
    fc
      .constantFrom(CONSENT_A, CONSENT_A_REVOKED, CONSENT_B, 'no-such-consent')
      .map((consentId) => tag('a consent that does not allow it', 'consentId')({ ...body, consentId })),
];

describeBadInputs('summary disclosures', [
  {
    name: 'summary disclosures',
    method: 'POST',
    url: `/api/patients/${PATIENT_A}/summary/disclosures`,
    setUp: consentToOutsideProvider,
    valid: validDisclosure,
    faults: FAULTS,
    validSamples: 5,
  },
]);
