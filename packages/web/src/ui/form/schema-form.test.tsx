import { ZCreateConsentRequest, ZSetupRequest, ZSignUpRequest } from '@kratom-care/contracts';
import { cleanup, render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { ReactNode } from 'react';
import { MemoryRouter } from 'react-router';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { ApiError } from '../../api/api-error';
import { createFakeApi } from '../../api/fake-api';
import { AppProviders } from '../../app/app-providers';
import { MessagesLayer } from '../../i18n/messages-layer';
import { WORKSPACE_CATALOGUES } from '../../i18n/workspace-catalogues';
import { CheckboxesField, RadioField, SchemaForm, SubmitButton, TextField, useSchemaForm } from './index';

afterEach(() => {
  cleanup();
});

function Providers({ children }: { readonly children: ReactNode }) {
  return (
    <MemoryRouter initialEntries={['/account']}>
      <AppProviders languages={['en-US']} api={createFakeApi()}>
        <MessagesLayer catalogues={WORKSPACE_CATALOGUES}>{children}</MessagesLayer>
      </AppProviders>
    </MemoryRouter>
  );
}

function SignUpForm({ onSubmit }: { readonly onSubmit: (values: unknown) => Promise<void> | void }) {
  const form = useSchemaForm(ZSignUpRequest, { givenName: '', familyName: '', email: '', password: '' });
  return (
    <SchemaForm
      id="sign-up"
      form={form}
      fields={{ givenName: 'First name', familyName: 'Last name', email: 'Email address', password: 'New password' }}
      onSubmit={onSubmit}
    >
      <TextField name="givenName" hint="As you like to be called" />
      <TextField name="familyName" optional />
      <TextField name="email" type="email" />
      <TextField name="password" type="password" />
      <SubmitButton>Create account</SubmitButton>
    </SchemaForm>
  );
}

describe('the form foundation', () => {
  it('checks with the contract schema, lists every problem in field order and focuses the summary', async () => {
    const user = userEvent.setup();
    const onSubmit = vi.fn();
    render(<SignUpForm onSubmit={onSubmit} />, { wrapper: Providers });
    await user.type(screen.getByLabelText('Email address'), 'not-an-email');
    await user.click(screen.getByRole('button', { name: 'Create account' }));

    const summary = await screen.findByRole('alert');
    await waitFor(() => {
      expect(document.activeElement).toBe(summary);
    });
    const links = screen.getAllByRole('link').map((link) => [link.textContent, link.getAttribute('href')]);
    expect(links).toEqual([
      ['First name: Required', '#sign-up-givenName'],
      ['Email address: Must be an email address', '#sign-up-email'],
      ['New password: Must be at least 12 characters', '#sign-up-password'],
    ]);
    const email = screen.getByLabelText('Email address');
    expect(email.getAttribute('aria-invalid')).toBe('true');
    const described = (email.getAttribute('aria-describedby') ?? '').split(' ');
    expect(described.map((id) => document.getElementById(id)?.textContent)).toEqual([
      'Error: Must be an email address',
    ]);
    const givenName = screen.getByLabelText('First name');
    expect((givenName.getAttribute('aria-describedby') ?? '').split(' ')).toEqual([
      'sign-up-givenName-hint',
      'sign-up-givenName-error',
    ]);
    expect(screen.getByLabelText('Last name').getAttribute('aria-invalid')).toBeNull();
    expect(onSubmit).not.toHaveBeenCalled();

    await user.click(screen.getByRole('link', { name: 'First name: Required' }));
    expect(document.activeElement).toBe(givenName);
  });

  it('submits the schema output: trimmed, email lower-cased, an empty optional field left out', async () => {
    const user = userEvent.setup();
    const onSubmit = vi.fn();
    render(<SignUpForm onSubmit={onSubmit} />, { wrapper: Providers });
    await user.type(screen.getByLabelText('First name'), '  Robin ');
    await user.type(screen.getByLabelText('Email address'), 'Robin@Example.TEST');
    await user.type(screen.getByLabelText('New password'), 'a long enough passphrase');
    await user.click(screen.getByRole('button', { name: 'Create account' }));
    await waitFor(() => {
      expect(onSubmit).toHaveBeenCalledTimes(1);
    });
    expect(onSubmit.mock.calls[0]?.[0]).toEqual({
      givenName: 'Robin',
      email: 'robin@example.test',
      password: 'a long enough passphrase',
    });
  });

  it('puts server issues on the fields they name (nested paths too) and the rest above the form', async () => {
    const user = userEvent.setup();
    const schema = ZSetupRequest.omit({ token: true });
    function SetupForm() {
      const form = useSchemaForm(schema, {
        admin: { name: 'Robin Example', email: 'robin@example.test', password: 'a long enough passphrase' },
        facility: { name: 'Maple Street Clinic', region: 'North', address: '' },
      });
      return (
        <SchemaForm
          id="setup"
          form={form}
          fields={{
            'admin.name': 'Name',
            'admin.email': 'Email address',
            'admin.password': 'New password',
            'facility.name': 'Facility name',
            'facility.region': 'Region',
            'facility.address': 'Address',
          }}
          onSubmit={() => {
            throw new ApiError(400, 'INVALID_BODY', 'The body is not valid', [
              { path: ['admin', 'email'], message: 'Already registered' },
              { path: ['token'], message: 'The link is not valid' },
            ]);
          }}
        >
          <TextField name="admin.name" />
          <TextField name="admin.email" />
          <TextField name="admin.password" type="password" />
          <TextField name="facility.name" />
          <TextField name="facility.region" />
          <TextField name="facility.address" optional />
          <SubmitButton>Finish setup</SubmitButton>
        </SchemaForm>
      );
    }
    render(<SetupForm />, { wrapper: Providers });
    await user.click(screen.getByRole('button', { name: 'Finish setup' }));
    expect(await screen.findByRole('link', { name: 'Email address: Already registered' })).toBeTruthy();
    expect(screen.getByLabelText('Email address').getAttribute('aria-invalid')).toBe('true');
    expect(screen.getByLabelText('Facility name').getAttribute('aria-invalid')).toBeNull();
    // The token issue belongs to no field: the request's own message is shown above the form.
    expect(screen.getByText('The body is not valid')).toBeTruthy();
  });

  it('words an issue code the form chooses to, and reads radio and checkbox groups as the schema wants', async () => {
    const user = userEvent.setup();
    const onSubmit = vi.fn();
    const schema = ZCreateConsentRequest;
    function KindForm() {
      const form = useSchemaForm(schema, {
        categories: [],
        purpose: 'Support',
        expiryEvent: 'End of treatment',
        attestation: 'Robin',
      });
      return (
        <SchemaForm
          id="consent"
          form={form}
          fields={{
            recipientKind: { label: 'Who may see it', messages: { invalid_value: 'Choose one' } },
            categories: 'What they may see',
            purpose: 'Why',
            expiryEvent: 'Until',
            attestation: 'Signature',
          }}
          onSubmit={onSubmit}
        >
          <RadioField
            name="recipientKind"
            options={[
              { value: 'external-provider', label: 'Outside provider' },
              { value: 'treating-providers', label: 'My treating providers' },
            ]}
          />
          <CheckboxesField
            name="categories"
            options={[
              { value: 'labs', label: 'Lab results' },
              { value: 'notes', label: 'Notes' },
            ]}
          />
          <TextField name="purpose" />
          <TextField name="expiryEvent" />
          <TextField name="attestation" />
          <SubmitButton>Give consent</SubmitButton>
        </SchemaForm>
      );
    }
    render(<KindForm />, { wrapper: Providers });
    await user.click(screen.getByRole('button', { name: 'Give consent' }));
    expect(await screen.findByRole('link', { name: 'Who may see it: Choose one' })).toBeTruthy();
    expect(screen.getByRole('link', { name: 'What they may see: Choose at least one category' })).toBeTruthy();
    expect(screen.getByRole('group', { name: 'Who may see it' }).getAttribute('aria-describedby')).toBe(
      'consent-recipientKind-error',
    );

    await user.click(screen.getByRole('radio', { name: 'My treating providers' }));
    await user.click(screen.getByRole('checkbox', { name: 'Lab results' }));
    await user.click(screen.getByRole('checkbox', { name: 'Notes' }));
    await user.click(screen.getByRole('button', { name: 'Give consent' }));
    await waitFor(() => {
      expect(onSubmit).toHaveBeenCalledTimes(1);
    });
    expect(onSubmit.mock.calls[0]?.[0]).toMatchObject({
      recipientKind: 'treating-providers',
      categories: ['labs', 'notes'],
    });
  });
});
