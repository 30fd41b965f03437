import type { TCreateSummaryDisclosureRequest } from '@kratom-care/contracts';
import type { ConsentCategory, ConsentRecord } from '@kratom-care/store';
import { AppError } from '../../errors.js';

/*
 * Which consent a hand-off summary goes out under (42 CFR §2.31, §2.33): a consent in force that
 * names an outside provider, and that provider only. The refusals are 400s naming the field to
 * correct: the clinician chose a recipient or a consent that does not allow this disclosure.
 */

/** Names compare without case or repeated spaces: "Dr. Example  outside" is "Dr. Example Outside". */
function sameName(a: string, b: string): boolean {
  const normal = (name: string) => name.trim().replace(/\s+/g, ' ').toLocaleLowerCase('en-US');
  return normal(a) === normal(b);
}

/**
 * Picks the consent for a summary disclosure among the patient's consents in force to outside
 * providers: the one `consentId` names, or else the newest naming the recipient.
 *
 * @param consents - The patient's consents in force to outside providers, newest first.
 * @param request - The recipient, the purpose and the optional consent id.
 * @returns The consent.
 * @throws AppError INVALID_BODY naming `consentId` (no such consent in force) or `recipient` (not the one it names).
 */
export function chooseSummaryConsent(
  consents: readonly ConsentRecord[],
  request: TCreateSummaryDisclosureRequest,
): ConsentRecord {
  if (request.consentId !== undefined) {
    const named = consents.find((consent) => consent.id === request.consentId);
    if (named === undefined) {
      throw new AppError('INVALID_BODY', 'This consent does not allow sending the summary', [
        {
          path: ['consentId'],
          message: 'Not a consent in force to an outside provider for this patient (revoked, expired, or another kind)',
        },
      ]);
    }
    if (!sameName(named.recipientName ?? '', request.recipient)) {
      throw new AppError('INVALID_BODY', 'The recipient is not the one the consent names', [
        { path: ['recipient'], message: `The consent names ${named.recipientName ?? 'another recipient'}` },
      ]);
    }
    return named;
  }
  const naming = consents.find((consent) => sameName(consent.recipientName ?? '', request.recipient));
  if (naming === undefined) {
    throw new AppError('INVALID_BODY', 'No consent allows sending the summary to this recipient', [
      {
        path: ['recipient'],
        message: 'No consent in force names this outside provider: the patient must consent first',
      },
    ]);
  }
  return naming;
}

/**
 * What a consent covers (`all` covers every category the summary holds; none of them needs a
 * consent of its own).
 *
 * @param consent - The consent.
 * @returns The test for one category.
 */
export function coveredBy(consent: ConsentRecord): (category: ConsentCategory) => boolean {
  return (category) => consent.categories.includes(category) || consent.categories.includes('all');
}
