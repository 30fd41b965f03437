import { COWS_MESSAGES_EN } from './cows/cows.messages.en.js';
import { DSM5_KUD_MESSAGES_EN } from './dsm5-kud/dsm5-kud.messages.en.js';
import { GAD7_MESSAGES_EN } from './gad7/gad7.messages.en.js';
import { PHQ9_MESSAGES_EN } from './phq9/phq9.messages.en.js';
import { SOWS_MESSAGES_EN } from './sows/sows.messages.en.js';

/**
 * The English catalogue of every instrument's person-facing text, keyed as described in
 * `instruments/README.md` ("Message keys"). Keys never collide because each starts with its instrument id.
 */
export const INSTRUMENT_MESSAGES_EN: Readonly<Record<string, string>> = Object.freeze({
  ...COWS_MESSAGES_EN,
  ...SOWS_MESSAGES_EN,
  ...PHQ9_MESSAGES_EN,
  ...GAD7_MESSAGES_EN,
  ...DSM5_KUD_MESSAGES_EN,
});
