import { cleanup, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it } from 'vitest';
import { createFakeApi } from '../../../api/fake-api';
import { renderApp } from '../../../test/render-app';
import { SIGNED_OUT, emptyPage, sessionFor } from '../../../test/fake-sessions';

afterEach(() => {
  cleanup();
});

describe('Sign in', () => {
  it('asks for the authenticator code when the account has one, then opens the first page of the role', async () => {
    const user = userEvent.setup();
    const api = createFakeApi({
      'GET /api/auth/session': () => SIGNED_OUT,
      'POST /api/auth/sign-in': () => ({ status: 200, body: { twoFactorRequired: true } }),
      'POST /api/auth/two-factor/challenge': () => ({
        status: 200,
        body: { twoFactorRequired: false, session: sessionFor('privacy-officer') },
      }),
      'GET /api/audit': emptyPage,
    });
    renderApp('/sign-in', api);

    await screen.findByRole('heading', { level: 1, name: 'Sign in' });
    await user.type(screen.getByLabelText('Email address'), 'robin@example.test');
    await user.type(screen.getByLabelText('Password'), 'correct horse battery');
    await user.click(screen.getByRole('button', { name: 'Sign in' }));

    await screen.findByRole('heading', { level: 1, name: 'Enter your code' });
    await user.type(screen.getByLabelText('6-digit code from your authenticator app'), '123456');
    await user.click(screen.getByRole('button', { name: 'Continue' }));

    await screen.findByRole('heading', { level: 1, name: 'Audit log' });
    const signIn = api.calls.find((call) => call.path === '/api/auth/sign-in');
    expect(signIn?.body).toEqual({ email: 'robin@example.test', password: 'correct horse battery' });
    const challenge = api.calls.find((call) => call.path === '/api/auth/two-factor/challenge');
    expect(challenge?.body).toEqual({ code: '123456' });
  });

  it('takes a recovery code instead and names the field when it is malformed', async () => {
    const user = userEvent.setup();
    const api = createFakeApi({
      'GET /api/auth/session': () => SIGNED_OUT,
      'POST /api/auth/sign-in': () => ({ status: 200, body: { twoFactorRequired: true } }),
      'POST /api/auth/two-factor/challenge': () => ({
        status: 200,
        body: { twoFactorRequired: false, session: sessionFor('patient') },
      }),
      'GET /api/me/consents': emptyPage,
    });
    renderApp('/sign-in', api);
    await user.type(await screen.findByLabelText('Email address'), 'robin@example.test');
    await user.type(screen.getByLabelText('Password'), 'correct horse battery');
    await user.click(screen.getByRole('button', { name: 'Sign in' }));
    await user.click(await screen.findByRole('button', { name: 'Use a recovery code instead' }));

    await user.type(screen.getByLabelText('Recovery code'), 'nope');
    await user.click(screen.getByRole('button', { name: 'Continue' }));
    expect(
      await screen.findByRole('link', { name: 'Recovery code: Must be a recovery code like 7kq2m-x9fhd' }),
    ).toBeTruthy();

    await user.clear(screen.getByLabelText('Recovery code'));
    await user.type(screen.getByLabelText('Recovery code'), '7kq2m-x9fhd');
    await user.click(screen.getByRole('button', { name: 'Continue' }));
    // A patient's landing page is "My record" (features/account/session/nav-links.ts).
    await screen.findByRole('heading', { level: 1, name: 'My record' });
    expect(api.calls.find((call) => call.path === '/api/auth/two-factor/challenge')?.body).toEqual({
      recoveryCode: '7kq2m-x9fhd',
    });
  });

  it('says the email or password is wrong without naming which', async () => {
    const user = userEvent.setup();
    const api = createFakeApi({
      'GET /api/auth/session': () => SIGNED_OUT,
      'POST /api/auth/sign-in': () => ({
        status: 401,
        body: { code: 'UNAUTHENTICATED', message: 'The email or password is not right' },
      }),
    });
    renderApp('/sign-in', api);
    await user.type(await screen.findByLabelText('Email address'), 'robin@example.test');
    await user.type(screen.getByLabelText('Password'), 'wrong');
    await user.click(screen.getByRole('button', { name: 'Sign in' }));
    expect(await screen.findByText('The email or password is not right')).toBeTruthy();
  });
});

describe('Sign up', () => {
  it('lists every missing or invalid field by name and sends nothing', async () => {
    const user = userEvent.setup();
    const api = createFakeApi({ 'GET /api/auth/session': () => SIGNED_OUT });
    renderApp('/sign-up', api);
    await user.type(await screen.findByLabelText('Email address'), 'not-an-email');
    await user.type(screen.getByLabelText('New password'), 'short');
    await user.click(screen.getByRole('button', { name: 'Create account' }));

    const summary = await screen.findByRole('alert');
    await waitFor(() => {
      expect(document.activeElement).toBe(summary);
    });
    // The messages are the contract's own (ZSignUpRequest), word for word what the server would answer.
    expect(screen.getByRole('link', { name: 'First name: Required' })).toBeTruthy();
    expect(screen.getByRole('link', { name: 'Email address: Must be an email address' })).toBeTruthy();
    expect(screen.getByRole('link', { name: 'New password: Must be at least 12 characters' })).toBeTruthy();
    const givenName = screen.getByLabelText('First name');
    expect(givenName.getAttribute('aria-invalid')).toBe('true');
    expect(document.getElementById(givenName.getAttribute('aria-describedby') ?? '')?.textContent).toBe(
      'Error: Required',
    );
    expect(api.calls.some((call) => call.path === '/api/auth/sign-up')).toBe(false);
  });

  it('shows the server field message at the field it names', async () => {
    const user = userEvent.setup();
    const api = createFakeApi({
      'GET /api/auth/session': () => SIGNED_OUT,
      'POST /api/auth/sign-up': () => ({
        status: 400,
        body: {
          code: 'INVALID_BODY',
          message: 'The body is not valid',
          issues: [{ path: ['email'], message: 'Must be at most 254 characters' }],
        },
      }),
    });
    renderApp('/sign-up', api);
    await user.type(await screen.findByLabelText('First name'), 'Robin');
    await user.type(screen.getByLabelText('Email address'), 'robin@example.test');
    await user.type(screen.getByLabelText('New password'), 'a long enough passphrase');
    await user.click(screen.getByRole('button', { name: 'Create account' }));
    expect(await screen.findByRole('link', { name: 'Email address: Must be at most 254 characters' })).toBeTruthy();
    expect(api.calls.find((call) => call.path === '/api/auth/sign-up')?.body).toEqual({
      email: 'robin@example.test',
      givenName: 'Robin',
      password: 'a long enough passphrase',
    });
  });
});
