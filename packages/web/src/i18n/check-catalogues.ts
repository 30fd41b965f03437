import { INSTRUMENT_MESSAGES_EN, SELF_CHECK_MESSAGES_EN } from '@kratom-care/domain';
import { RESULT_EN } from './en/result';
import { SUMMARY_EN } from './en/summary';
import { USE_EN } from './en/use';
import type { Catalogue } from './translate';

/**
 * The self-check's question, result and summary wording (the domain's clinical messages and the web's
 * glue around them), English. About 10 KB gzipped: it loads with the first step, not with the start page,
 * and the service worker keeps it for offline use. The signed-in pages layer it too (they show
 * instrument names and bands).
 */
export const CHECK_MESSAGES_EN: Catalogue = {
  ...INSTRUMENT_MESSAGES_EN,
  ...SELF_CHECK_MESSAGES_EN,
  ...USE_EN,
  ...RESULT_EN,
  ...SUMMARY_EN,
};

/** By language; `en` must be complete. A new language adds its entry here and in `languages.ts`. */
export const CHECK_CATALOGUES: Readonly<Record<string, Catalogue>> = { en: CHECK_MESSAGES_EN };
