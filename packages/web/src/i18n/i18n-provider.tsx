import { useEffect, useMemo, type ReactNode } from 'react';
import { I18nContext, type I18n } from './i18n-context';
import { CATALOGUES, DEFAULT_LANGUAGE, pickLanguage } from './languages';
import { createTranslator } from './translate';

interface I18nProviderProps {
  readonly children: ReactNode;
  /** The reader's languages, most wanted first; defaults to the browser's. */
  readonly languages?: readonly string[];
}

function browserLanguages(): readonly string[] {
  if (typeof navigator === 'undefined') {
    return [DEFAULT_LANGUAGE];
  }
  return navigator.languages.length > 0 ? navigator.languages : [navigator.language];
}

function supportedLocale(tag: string | undefined): string {
  try {
    return tag === undefined ? DEFAULT_LANGUAGE : (Intl.getCanonicalLocales(tag)[0] ?? DEFAULT_LANGUAGE);
  } catch {
    return DEFAULT_LANGUAGE;
  }
}

/**
 * Gives the tree `t()` and locale-aware formatting. Messages come in the best language we have;
 * dates and numbers follow the browser's own locale, so a reader in the UK sees day/month order even
 * while the words are English.
 */
export function I18nProvider({ children, languages }: I18nProviderProps) {
  const preferred = languages ?? browserLanguages();
  const language = pickLanguage(preferred);
  const locale = supportedLocale(preferred[0]);

  const value = useMemo<I18n>(() => {
    const catalogue = CATALOGUES[language] ?? {};
    const fallback = CATALOGUES[DEFAULT_LANGUAGE] ?? {};
    return {
      t: createTranslator(catalogue, fallback, locale),
      language,
      locale,
      formatNumber: (n, options) => new Intl.NumberFormat(locale, options).format(n),
      formatDateTime: (date, options) => new Intl.DateTimeFormat(locale, options).format(date),
    };
  }, [language, locale]);

  useEffect(() => {
    document.documentElement.lang = language;
  }, [language]);

  return <I18nContext value={value}>{children}</I18nContext>;
}
