import { cleanup, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { createFakeApi } from '../../api/fake-api';
import { emptyPage, sessionFor, signedInAs } from '../../test/fake-sessions';
import { renderApp } from '../../test/render-app';

afterEach(() => {
  cleanup();
});

const FOOTER = /Your answers stay in this browser/;
const TAGLINE = 'Private kratom self-check';

describe('the workspace frame', () => {
  it('shows who is signed in and their pages, with the crisis bar but without the public-only text', async () => {
    const api = createFakeApi({
      'GET /api/auth/session': signedInAs(
        sessionFor('clinician', { user: { id: 'u1', email: 'c@example.test', name: 'Casey Example' } }),
      ),
      'GET /api/patients': emptyPage,
    });
    renderApp('/patients', api);
    await screen.findByRole('heading', { level: 1, name: 'My patients' });
    const nav = screen.getByRole('navigation', { name: 'Workspace' });
    expect(nav.textContent).toContain('Casey Example');
    expect(nav.textContent).toContain('Clinician');
    expect(within(nav).getByRole('link', { name: 'My patients' }).getAttribute('aria-current')).toBe('page');
    expect(screen.getByRole('complementary', { name: 'Crisis help' })).toBeTruthy();
    expect(screen.queryByText(TAGLINE)).toBeNull();
    expect(screen.queryByText(FOOTER)).toBeNull();
    expect(screen.queryByText('u1')).toBeNull();
  });

  it('keeps the subtitle and the privacy footer on the public self-check, and "Page not found" for unknown addresses', async () => {
    renderApp('/no-such-page');
    expect(await screen.findByRole('heading', { level: 1, name: 'Page not found' })).toBeTruthy();
    expect(screen.getByText(TAGLINE)).toBeTruthy();
    expect(screen.getByText(FOOTER)).toBeTruthy();
  });

  it('sends each role to its own landing page from the header', async () => {
    renderApp('/account', createFakeApi({ 'GET /api/auth/session': signedInAs(sessionFor('family')) }));
    await screen.findByRole('heading', { level: 1, name: 'Account settings' });
    expect(screen.getByRole('link', { name: 'Kratom Care' }).getAttribute('href')).toBe('/family');
    expect(
      within(screen.getByRole('navigation', { name: 'Workspace' })).getByRole('link', { name: 'Shared with me' }),
    ).toBeTruthy();
  });
});
