import { useMemo, type ReactNode } from 'react';
import { I18nContext, type I18n } from './i18n-context';
import { createTranslator, type Catalogue } from './translate';
import { useI18n } from './use-t';

interface MessagesLayerProps {
  /** Extra messages by language; `en` must be complete. */
  readonly catalogues: Readonly<Record<string, Catalogue>>;
  readonly children: ReactNode;
}

/**
 * Adds a lazily loaded catalogue on top of the main one for the pages below it. The signed-in pages
 * bring their messages in their own chunk, so the public self-check's first download stays small.
 */
export function MessagesLayer({ catalogues, children }: MessagesLayerProps) {
  const parent = useI18n();
  const value = useMemo<I18n>(() => {
    const fallback = catalogues.en ?? {};
    const own = createTranslator(catalogues[parent.language] ?? fallback, fallback, parent.locale);
    return {
      ...parent,
      t: (key, vars) => (key in fallback ? own(key, vars) : parent.t(key, vars)),
    };
  }, [catalogues, parent]);
  return <I18nContext value={value}>{children}</I18nContext>;
}
