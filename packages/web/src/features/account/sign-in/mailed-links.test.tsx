import { screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { createFakeApi } from '../../../api/fake-api';
import { renderApp } from '../../../test/render-app';

// The server mails links with the token in the fragment, so it never reaches a server or proxy log.
describe('pages opened from mailed links', () => {
  it('shows "choose a new password" for /reset-password#token=…', async () => {
    renderApp('/reset-password#token=fictional-reset-token');
    expect(await screen.findByRole('heading', { level: 1, name: 'Choose a new password' })).toBeTruthy();
  });

  it('asks for an email on /reset-password without a token', async () => {
    renderApp('/reset-password');
    expect(await screen.findByRole('heading', { level: 1, name: 'Reset your password' })).toBeTruthy();
  });

  it('offers to set a password for /invitation#token=…', async () => {
    renderApp('/invitation#token=fictional-invitation-token');
    expect(await screen.findByRole('heading', { level: 1, name: 'Accept your invitation' })).toBeTruthy();
    expect(screen.getByLabelText('New password')).toBeTruthy();
  });

  it('offers the first-time setup form for /setup#token=…', async () => {
    const api = createFakeApi({ 'GET /api/setup': () => ({ status: 200, body: { setupRequired: true } }) });
    renderApp('/setup#token=fictional-setup-token', api);
    expect(await screen.findByRole('heading', { level: 1, name: 'First-time setup' })).toBeTruthy();
    expect(await screen.findByRole('button', { name: 'Finish setup' })).toBeTruthy();
  });
});
