import { useContext } from 'react';
import { I18nContext, type I18n } from './i18n-context';
import type { Translate } from './translate';

/** @returns The i18n tools; throws when used outside {@link I18nProvider} (a wiring bug). */
export function useI18n(): I18n {
  const i18n = useContext(I18nContext);
  if (i18n === null) {
    throw new Error('useI18n() needs an <I18nProvider> above it.');
  }
  return i18n;
}

/** @returns `t(key, vars?)` for the reader's language. */
export function useT(): Translate {
  return useI18n().t;
}
