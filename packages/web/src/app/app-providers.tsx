import { useMemo, type ReactNode } from 'react';
import { createFetchClient, type ApiClient } from '../api/api-client';
import { ApiContext } from '../api/api-client-hook';
import { SessionProvider } from '../features/account/session/session-provider';
import { SelfCheckProvider } from '../features/self-check/state/self-check-provider';
import { I18nProvider } from '../i18n/i18n-provider';

/** Language, answers, the API and the session: everything the pages read from context. Tests wrap pages in the same. */
export function AppProviders({
  children,
  languages,
  api,
}: {
  readonly children: ReactNode;
  readonly languages?: readonly string[];
  /** The server; tests pass a fake. */
  readonly api?: ApiClient;
}) {
  const client = useMemo(() => api ?? createFetchClient(), [api]);
  return (
    <I18nProvider {...(languages === undefined ? {} : { languages })}>
      <ApiContext value={client}>
        <SessionProvider>
          <SelfCheckProvider>{children}</SelfCheckProvider>
        </SessionProvider>
      </ApiContext>
    </I18nProvider>
  );
}
