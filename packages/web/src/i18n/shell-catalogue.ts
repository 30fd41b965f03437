import { CHROME_EN } from './en/chrome';
import { MENU_EN } from './en/menu';
import { START_EN } from './en/start';
import type { Catalogue } from './translate';

/**
 * The messages the first screen needs (frame, crisis bar, header menu, start page), English. Everything
 * else comes with the pages that use it (`check-catalogues.ts`, `workspace-catalogues.ts`), so the first
 * download stays inside the 100 KB budget.
 */
export const SHELL_MESSAGES_EN: Catalogue = { ...CHROME_EN, ...MENU_EN, ...START_EN };
