import type { TAdminUser } from '@kratom-care/contracts';
import { cleanup, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { ReactNode } from 'react';
import { MemoryRouter } from 'react-router';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { createFakeApi, type FakeApi } from '../../api/fake-api';
import { ApiQueryProvider } from '../../api/query-provider';
import { AppProviders } from '../../app/app-providers';
import { MessagesLayer } from '../../i18n/messages-layer';
import { WORKSPACE_CATALOGUES } from '../../i18n/workspace-catalogues';
import { RoleEditor } from './role-editor';

afterEach(() => {
  cleanup();
});

const FACILITIES = [
  { id: 'facility-maple', name: 'Maple Street Clinic', region: 'North', address: '', version: 1 },
  { id: 'facility-birch', name: 'Birch Road Clinic', region: 'South', address: '', version: 1 },
];
const QUINN: TAdminUser = {
  id: 'user-quinn',
  email: 'quinn@example.test',
  name: 'Quinn Example',
  disabled: false,
  status: 'active',
  invitation: null,
  roles: [{ role: 'clinician', facilityId: 'facility-maple' }],
  version: 3,
};

function wrapper(api: FakeApi) {
  return function Providers({ children }: { readonly children: ReactNode }) {
    return (
      <MemoryRouter initialEntries={['/admin/users']}>
        <AppProviders languages={['en-US']} api={api}>
          <ApiQueryProvider>
            <MessagesLayer catalogues={WORKSPACE_CATALOGUES}>{children}</MessagesLayer>
          </ApiQueryProvider>
        </AppProviders>
      </MemoryRouter>
    );
  };
}

describe('the role editor', () => {
  it('adds a role at a facility only when both are chosen, then saves the whole list', async () => {
    const user = userEvent.setup();
    const onDone = vi.fn();
    const api = createFakeApi({
      'PATCH /api/admin/users/user-quinn': (request) => ({
        status: 200,
        body: { ...QUINN, roles: (request.body as { roles: TAdminUser['roles'] }).roles },
      }),
    });
    render(<RoleEditor user={QUINN} facilities={FACILITIES} onDone={onDone} />, { wrapper: wrapper(api) });
    const editor = screen.getByRole('group', { name: /Quinn Example/ });

    await user.click(within(editor).getByRole('button', { name: 'Add this role' }));
    expect(await screen.findByRole('link', { name: 'Role: Choose one' })).toBeTruthy();
    expect(screen.getByRole('link', { name: 'Facility: Choose one' })).toBeTruthy();

    await user.selectOptions(screen.getByLabelText('Role'), 'admin');
    await user.selectOptions(screen.getByLabelText('Facility'), 'facility-birch');
    await user.click(within(editor).getByRole('button', { name: 'Add this role' }));
    const list = screen.getByRole('list', { name: 'Roles' });
    await waitFor(() => {
      expect(within(list).getAllByRole('listitem')).toHaveLength(2);
    });

    await user.click(screen.getByRole('button', { name: 'Save roles' }));
    await waitFor(() => {
      expect(onDone).toHaveBeenCalledWith(true);
    });
    const patch = api.calls.find((call) => call.method === 'PATCH');
    expect(patch?.body).toEqual({
      roles: [
        { role: 'clinician', facilityId: 'facility-maple' },
        { role: 'admin', facilityId: 'facility-birch' },
      ],
    });
    // The version the editor opened with: someone else's change since answers 412, not overwritten.
    expect(patch?.headers?.['If-Match']).toBe('"3"');
  }, 30_000);
});
