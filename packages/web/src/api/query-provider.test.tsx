import { ZListConsentsResponse } from '@kratom-care/contracts';
import { cleanup, render, screen } from '@testing-library/react';
import { useEffect, type ReactNode } from 'react';
import { MemoryRouter } from 'react-router';
import { afterEach, describe, expect, it } from 'vitest';
import { AppProviders } from '../app/app-providers';
import { SIGNED_OUT, sessionFor } from '../test/fake-sessions';
import { useSession } from '../features/account/session/session-context';
import { createFakeApi } from './fake-api';
import { ApiQueryProvider } from './query-provider';
import { useApiQuery } from './use-api-query';

afterEach(() => {
  cleanup();
});

function Consents() {
  const consents = useApiQuery(ZListConsentsResponse, { path: '/api/me/consents' });
  return <p>{consents.data === undefined ? 'loading' : `${String(consents.data.items.length)} consents`}</p>;
}

/** Switches the signed-in person when asked, as a second sign-in on a shared computer would. */
function SwitchTo({ userId, children }: { readonly userId: string | null; readonly children: ReactNode }) {
  const { setSession } = useSession();
  useEffect(() => {
    setSession(
      userId === null ? null : sessionFor('patient', { user: { id: userId, email: 'x@example.test', name: 'X' } }),
    );
  }, [setSession, userId]);
  return <>{children}</>;
}

describe('the workspace query cache', () => {
  it('is dropped when the signed-in person changes, so the next person never sees the last one’s data', async () => {
    let answer = 1;
    const api = createFakeApi({
      'GET /api/auth/session': () => SIGNED_OUT,
      'GET /api/me/consents': () => ({
        status: 200,
        body: { items: Array.from({ length: answer }, (_, i) => consent(i)), nextCursor: null },
      }),
    });
    const tree = (userId: string) => (
      <MemoryRouter initialEntries={['/me/consents']}>
        <AppProviders languages={['en-US']} api={api}>
          <SwitchTo userId={userId}>
            <ApiQueryProvider>
              <Consents />
            </ApiQueryProvider>
          </SwitchTo>
        </AppProviders>
      </MemoryRouter>
    );
    const { rerender } = render(tree('user-robin'));
    expect(await screen.findByText('1 consents')).toBeTruthy();

    answer = 0;
    rerender(tree('user-sam'));
    // Within its 30 s staleTime the old cache would still show "1 consents"; a new person starts empty.
    expect(await screen.findByText('0 consents')).toBeTruthy();
    expect(screen.queryByText('1 consents')).toBeNull();
  });
});

function consent(index: number) {
  return {
    id: `consent-${String(index)}`,
    consentGroupId: `group-${String(index)}`,
    version: 1,
    patientId: 'patient-1',
    recipientKind: 'treating-providers' as const,
    recipientUserId: null,
    recipientEmail: null,
    recipientUserName: null,
    recipientName: null,
    categories: ['labs' as const],
    purpose: 'Care',
    expiresAt: null,
    expiryEvent: 'End of treatment',
    attestation: 'Robin Example',
    createdBy: 'user-robin',
    createdAt: '2026-01-05T10:00:00.000Z',
    revokedAt: null,
    state: 'active' as const,
  };
}
