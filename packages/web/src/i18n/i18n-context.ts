import { createContext } from 'react';
import type { Translate } from './translate';

/** What every component gets from the i18n provider. */
export interface I18n {
  readonly t: Translate;
  /** The language of the messages, e.g. `en`; goes on `<html lang>`. */
  readonly language: string;
  /** The reader's locale for dates and numbers, e.g. `en-GB`. */
  readonly locale: string;
  readonly formatNumber: (value: number, options?: Intl.NumberFormatOptions) => string;
  readonly formatDateTime: (date: Date, options?: Intl.DateTimeFormatOptions) => string;
}

export const I18nContext = createContext<I18n | null>(null);
