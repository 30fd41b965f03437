import { cleanup, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it } from 'vitest';
import { createFakeApi } from '../../../api/fake-api';
import { sessionFor, signedInAs } from '../../../test/fake-sessions';
import { renderApp } from '../../../test/render-app';

afterEach(() => {
  cleanup();
});

// A fictional enrolment; the secret and the codes are made up.
const ENROLMENT = {
  totpUri: 'otpauth://totp/kratom-care:clinician%40example.test?secret=JBSWY3DPEHPK3PXP&issuer=kratom-care',
  recoveryCodes: [
    '7kq2m-x9fhd',
    'a2b3c-d4e5f',
    'gh6jk-m7n8p',
    'qr9st-uv2wx',
    'yz3ab-cd4ef',
    'gh5jk-mn6pq',
    'rs7tu-vw8xy',
    'z2a3b-c4d5e',
    'f6g7h-j8k9m',
    'n2p3q-r4s5t',
  ],
};

describe('Account settings: setting up the authenticator app', () => {
  it('shows the QR code beside the text key and the recovery codes with download and print, then turns the app on', async () => {
    const user = userEvent.setup();
    const required = sessionFor('clinician', { secondFactorEnabled: false, secondFactorRequired: true });
    const api = createFakeApi({
      'GET /api/auth/session': signedInAs(required),
      'POST /api/auth/two-factor/enroll': () => ({ status: 200, body: ENROLMENT }),
      'POST /api/auth/two-factor/verify': () => ({ status: 200, body: sessionFor('clinician') }),
    });
    renderApp('/account', api);

    await user.type(await screen.findByLabelText('Password'), 'correct horse battery');
    await user.click(screen.getByRole('button', { name: 'Set up the app' }));

    const qr = await screen.findByRole('img', { name: 'QR code for your authenticator app' });
    expect(qr.tagName.toLowerCase()).toBe('svg');
    expect(screen.getByText('JBSWY3DPEHPK3PXP')).toBeTruthy();
    const codes = within(screen.getByRole('list', { name: 'Recovery codes' })).getAllByRole('listitem');
    expect(codes.map((item) => item.textContent)).toEqual(ENROLMENT.recoveryCodes);
    expect(screen.getByRole('button', { name: 'Download the codes (.txt)' })).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Print the codes' })).toBeTruthy();

    await user.type(screen.getByLabelText('6-digit code from your authenticator app'), '12345');
    await user.click(screen.getByRole('button', { name: 'Turn on the authenticator app' }));
    expect(
      await screen.findByRole('link', { name: '6-digit code from your authenticator app: Must be the 6-digit code' }),
    ).toBeTruthy();

    await user.type(screen.getByLabelText('6-digit code from your authenticator app'), '6');
    await user.click(screen.getByRole('button', { name: 'Turn on the authenticator app' }));
    expect(await screen.findByText('Your authenticator app is set up. Sign-in asks for a code from it.')).toBeTruthy();
    expect(api.calls.find((call) => call.path === '/api/auth/two-factor/verify')?.body).toEqual({ code: '123456' });
  }, 30_000);
});
