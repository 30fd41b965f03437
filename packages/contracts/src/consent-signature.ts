import { ZCreateConsentRequest } from './consents.js';

/** What the patient is told when the typed signature is not their name. */
export const SIGNATURE_MISMATCH_MESSAGE = 'The signature must be your full name, as on your account';

/**
 * A name as a signature is compared: Unicode-normalized, lower case, without any spaces, so
 * "robin  Example" signs for "Robin Example".
 *
 * @param text - A typed signature or a name.
 * @returns Its comparable form.
 * @example normalizeSignature(' Robin  EXAMPLE ') // 'robinexample'
 */
export function normalizeSignature(text: string): string {
  return text.normalize('NFKC').toLowerCase().replace(/\s+/gu, '');
}

/**
 * Whether a typed signature is the signer's name (42 CFR §2.31(a)(8): the consent carries the
 * signature of the patient). A signer may have two forms of their name on file: the account's
 * name and the patient record's given and family name; either signs.
 *
 * @see https://www.ecfr.gov/current/title-42/chapter-I/subchapter-A/part-2/subpart-C/section-2.31
 * @param signature - What was typed.
 * @param names - The signer's names.
 * @returns True when it matches one of them, ignoring case and spaces.
 */
export function signatureMatches(signature: string, names: readonly string[]): boolean {
  const typed = normalizeSignature(signature);
  return typed !== '' && names.some((name) => normalizeSignature(name) === typed);
}

/**
 * The create-consent request as one signer must send it: `ZCreateConsentRequest` plus "the typed
 * signature is your name". The form validates with it; the server applies the same
 * {@link signatureMatches} with the session's names.
 *
 * @param names - The signer's names (account name, record name).
 * @returns The schema.
 */
export function createConsentRequestSignedBy(names: readonly string[]) {
  return ZCreateConsentRequest.superRefine((body, context) => {
    if (!signatureMatches(body.attestation, names)) {
      context.addIssue({ code: 'custom', path: ['attestation'], message: SIGNATURE_MISMATCH_MESSAGE });
    }
  });
}
