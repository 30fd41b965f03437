import { INSTRUMENT_MESSAGES_EN, SELF_CHECK_MESSAGES_EN } from '@kratom-care/domain';
import { CHROME_EN } from './en/chrome';
import { MENU_EN } from './en/menu';
import { RESULT_EN } from './en/result';
import { START_EN } from './en/start';
import { SUMMARY_EN } from './en/summary';
import { USE_EN } from './en/use';
import type { Catalogue } from './translate';

/** The web's own English messages (page chrome and glue); the clinical wording lives in the domain. */
export const UI_MESSAGES_EN = {
  ...CHROME_EN,
  ...MENU_EN,
  ...START_EN,
  ...USE_EN,
  ...RESULT_EN,
  ...SUMMARY_EN,
} as const;

/** A key of the web's own catalogue. Other languages must provide every one (see ./README.md). */
export type UiMessageKey = keyof typeof UI_MESSAGES_EN;

/** English, complete: instrument and self-check messages from the domain, then the web's own. */
export const EN: Catalogue = { ...INSTRUMENT_MESSAGES_EN, ...SELF_CHECK_MESSAGES_EN, ...UI_MESSAGES_EN };
