import { cleanup, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it } from 'vitest';
import { createFakeApi } from '../../api/fake-api';
import type { TConsent as Consent } from '@kratom-care/contracts';
import { sessionFor, signedInAs } from '../../test/fake-sessions';
import { renderApp } from '../../test/render-app';

afterEach(() => {
  cleanup();
});

const SISTER: Consent = {
  id: 'consent-1',
  consentGroupId: 'consent-group-1',
  version: 1,
  patientId: 'patient-1',
  recipientKind: 'family-user',
  recipientUserId: 'user-sam-sister',
  recipientEmail: 'sam.sister@example.test',
  recipientUserName: 'Sam Sister',
  recipientName: 'Sam',
  categories: ['assessments'],
  purpose: 'So my sister can support me',
  expiresAt: '2099-12-31T23:59:59.999Z',
  expiryEvent: null,
  attestation: 'Robin Example',
  createdBy: 'user-robin',
  createdAt: '2026-01-05T10:00:00.000Z',
  revokedAt: null,
  state: 'active',
};

describe('My consents', () => {
  it('grants a consent with every Part 2 element and revokes one after confirming', async () => {
    const user = userEvent.setup();
    let consents: Consent[] = [SISTER];
    const api = createFakeApi({
      'GET /api/auth/session': signedInAs(sessionFor('patient')),
      'GET /api/me/consents': () => ({
        status: 200,
        body: { items: consents, nextCursor: null },
      }),
      'POST /api/me/consents': () => ({ status: 201, body: { ...SISTER, id: 'consent-2' } }),
      'POST /api/me/consents/consent-1/revoke': () => {
        consents = [{ ...SISTER, revokedAt: '2026-02-01T00:00:00.000Z', state: 'revoked' }];
        return { status: 200, body: consents[0] };
      },
    });
    renderApp('/me/consents', api);

    const table = await screen.findByRole('table', { name: 'Your consents' });
    // The family grantee by the name the patient gave, and the email of their account.
    expect(within(table).getByText('Family member: Sam (sam.sister@example.test)')).toBeTruthy();
    expect(within(table).getByText('Active')).toBeTruthy();

    await user.click(
      screen.getByRole('button', { name: 'Revoke consent for Family member: Sam (sam.sister@example.test)' }),
    );
    await user.click(screen.getByRole('button', { name: 'Yes, revoke' }));
    expect(await screen.findByText('Consent revoked. It takes effect right away.')).toBeTruthy();
    expect(
      await within(screen.getByRole('table', { name: 'Your consents' })).findByText('Revoked on Feb 1, 2026'),
    ).toBeTruthy();
    expect(api.calls.some((call) => call.method === 'POST' && call.path === '/api/me/consents/consent-1/revoke')).toBe(
      true,
    );

    await user.click(screen.getByRole('button', { name: 'Give consent' }));
    expect(await screen.findByRole('link', { name: 'Who may see it: Choose one' })).toBeTruthy();
    expect(screen.getByRole('link', { name: 'What they may see: Choose at least one category' })).toBeTruthy();
    expect(screen.getByRole('link', { name: 'Type your full name to sign: Required' })).toBeTruthy();

    await user.click(screen.getByRole('radio', { name: 'Outside provider' }));
    await user.type(screen.getByLabelText('Provider name'), 'Riverside Family Practice');
    await user.click(screen.getByRole('checkbox', { name: 'Lab results' }));
    await user.type(screen.getByLabelText('Why you are sharing'), 'Coordinate my care');
    await user.type(screen.getByLabelText('Consent ends on'), '2027-03-31');
    // The signature must be the signer's name (the session's): checked before anything is sent.
    await user.type(screen.getByLabelText('Type your full name to sign'), 'Robin Sample');
    await user.click(screen.getByRole('button', { name: 'Give consent' }));
    expect(
      await screen.findByRole('link', {
        name: 'Type your full name to sign: The signature must be your full name, as on your account',
      }),
    ).toBeTruthy();
    expect(screen.getByLabelText('Type your full name to sign').getAttribute('aria-invalid')).toBe('true');
    expect(api.calls.some((call) => call.method === 'POST' && call.path === '/api/me/consents')).toBe(false);

    await user.clear(screen.getByLabelText('Type your full name to sign'));
    await user.type(screen.getByLabelText('Type your full name to sign'), '  robin   EXAMPLE');
    await user.click(screen.getByRole('button', { name: 'Give consent' }));

    expect(await screen.findByText('Consent given.')).toBeTruthy();
    const grant = api.calls.find((call) => call.method === 'POST' && call.path === '/api/me/consents');
    expect(grant?.body).toEqual({
      recipientKind: 'external-provider',
      recipientName: 'Riverside Family Practice',
      categories: ['labs'],
      purpose: 'Coordinate my care',
      expiresAt: '2027-03-31T23:59:59.999Z',
      attestation: 'robin   EXAMPLE',
    });
    // Typing a whole form in jsdom is slow on a shared machine; the default 5 s is not enough.
  }, 30_000);

  it('asks for a family member by name as well as email', async () => {
    const user = userEvent.setup();
    const api = createFakeApi({
      'GET /api/auth/session': signedInAs(sessionFor('patient')),
      'GET /api/me/consents': () => ({ status: 200, body: { items: [], nextCursor: null } }),
      'POST /api/me/consents': () => ({ status: 201, body: { ...SISTER, id: 'consent-3' } }),
    });
    renderApp('/me/consents', api);
    await user.click(await screen.findByRole('radio', { name: 'Family member' }));
    await user.type(screen.getByLabelText("Family member's email"), 'sam.sister@example.test');
    await user.click(screen.getByRole('checkbox', { name: 'Questionnaires and scores' }));
    await user.type(screen.getByLabelText('Why you are sharing'), 'So my sister can support me');
    await user.type(screen.getByLabelText('Consent ends on'), '2027-03-31');
    await user.type(screen.getByLabelText('Type your full name to sign'), 'Robin Example');
    await user.click(screen.getByRole('button', { name: 'Give consent' }));
    expect(await screen.findByRole('link', { name: "Family member's name: Required" })).toBeTruthy();

    await user.type(screen.getByLabelText("Family member's name"), 'Sam Sister');
    await user.click(screen.getByRole('button', { name: 'Give consent' }));
    expect(await screen.findByText('Consent given.')).toBeTruthy();
    expect(api.calls.find((call) => call.method === 'POST' && call.path === '/api/me/consents')?.body).toMatchObject({
      recipientKind: 'family-user',
      recipientName: 'Sam Sister',
      recipientEmail: 'sam.sister@example.test',
    });
  }, 30_000);

  it('sends a visitor to sign in first', async () => {
    renderApp('/me/consents', createFakeApi());
    expect(await screen.findByRole('heading', { level: 1, name: 'Sign in' })).toBeTruthy();
  });
});
