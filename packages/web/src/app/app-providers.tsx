import type { ReactNode } from 'react';
import { SelfCheckProvider } from '../features/self-check/state/self-check-provider';
import { I18nProvider } from '../i18n/i18n-provider';

/** Language and answers: everything the pages read from context. Tests wrap pages in the same. */
export function AppProviders({
  children,
  languages,
}: {
  readonly children: ReactNode;
  readonly languages?: readonly string[];
}) {
  return (
    <I18nProvider {...(languages === undefined ? {} : { languages })}>
      <SelfCheckProvider>{children}</SelfCheckProvider>
    </I18nProvider>
  );
}
