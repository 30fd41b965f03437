import type { TConsent } from '@kratom-care/contracts';

/**
 * Who a consent names, in words: the kind, then the name and, for a family member, their email
 * (`Family member: Sam Sister (sam@example.test)`).
 *
 * @param t - The translator.
 * @param consent - The consent.
 * @returns The text.
 */
export function recipientOf(t: (key: string) => string, consent: TConsent): string {
  const kind = t(`consents.kind.${consent.recipientKind}`);
  const name = consent.recipientName ?? consent.recipientUserName;
  const email = consent.recipientEmail;
  const who = name !== null && email !== null ? `${name} (${email})` : (name ?? email ?? '');
  return who === '' ? kind : `${kind}: ${who}`;
}
