import { CARE_NETWORK_MESSAGES_EN } from '@kratom-care/domain';
import { ACCOUNT_EN } from './en/account';
import { FIND_CARE_EN } from './en/find-care';
import type { Catalogue } from './translate';

/**
 * The finder's and the call-back request's messages, loaded with those pages: the domain's names of the
 * network's vocabularies, the shared form and error wording, and the pages' own.
 */
export const FIND_CARE_MESSAGES_EN: Catalogue = { ...ACCOUNT_EN, ...CARE_NETWORK_MESSAGES_EN, ...FIND_CARE_EN };

/** By language; `en` must be complete. */
export const FIND_CARE_CATALOGUES: Readonly<Record<string, Catalogue>> = { en: FIND_CARE_MESSAGES_EN };
