import { describe, expect, it } from 'vitest';
import { createConsentRequestSignedBy, SIGNATURE_MISMATCH_MESSAGE, signatureMatches } from './consent-signature.js';

const TERMS = {
  recipientKind: 'treating-providers',
  categories: ['labs'],
  purpose: 'Coordinate my care',
  expiresAt: '2099-01-01T00:00:00.000Z',
};

describe('the typed consent signature', () => {
  it('matches the signer’s name ignoring case and spaces', () => {
    expect(signatureMatches('Robin Example', ['Robin Example'])).toBe(true);
    expect(signatureMatches('  robin   EXAMPLE ', ['Robin Example'])).toBe(true);
    expect(signatureMatches('RobinExample', ['Robin Example'])).toBe(true);
    expect(signatureMatches('Sample Alder', ['Robin Example', 'Sample Alder'])).toBe(true);
  });

  it('does not match another name, a part of the name, or nothing', () => {
    expect(signatureMatches('Robin', ['Robin Example'])).toBe(false);
    expect(signatureMatches('Robin Exampel', ['Robin Example'])).toBe(false);
    expect(signatureMatches('   ', ['   '])).toBe(false);
    expect(signatureMatches('Robin Example', [])).toBe(false);
  });

  it('is part of the request schema the form and the server share, naming the attestation field', () => {
    const schema = createConsentRequestSignedBy(['Robin Example']);
    expect(schema.safeParse({ ...TERMS, attestation: 'robin example' }).success).toBe(true);
    const refused = schema.safeParse({ ...TERMS, attestation: 'Someone Else' });
    expect(refused.error?.issues.map((issue) => [issue.path, issue.message])).toEqual([
      [['attestation'], SIGNATURE_MISMATCH_MESSAGE],
    ]);
  });

  it('asks for a family grantee’s name as well as their email', () => {
    const schema = createConsentRequestSignedBy(['Robin Example']);
    const family = {
      ...TERMS,
      recipientKind: 'family-user',
      recipientEmail: 'sam@example.test',
      attestation: 'Robin Example',
    };
    expect(schema.safeParse(family).error?.issues.map((issue) => issue.path)).toEqual([['recipientName']]);
    expect(schema.safeParse({ ...family, recipientName: 'Sam Sister' }).success).toBe(true);
  });
});
