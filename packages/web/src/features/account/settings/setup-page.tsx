import { useState } from 'react';
import { useNavigate } from 'react-router';
import { useLinkToken } from '../sign-in/use-link-token';
import { useApiClient } from '../../../api/api-client-hook';
import { ZSetupStatusResponse, ZSignInResponse } from '@kratom-care/contracts';
import { readState } from '../../../api/query-state';
import { useApiQuery } from '../../../api/use-api-query';
import { useT } from '../../../i18n/use-t';
import { PageHeading } from '../../../ui/page-heading';
import { FormErrors } from '../form/form-errors';
import { InputField } from '../form/input-field';
import { useFormErrors } from '../form/use-form-errors';
import { check, collect } from '../form/validators';
import { ResourceState } from '../page-states';
import { useSession } from '../session/session-context';
import { ActionForm } from '../form/action-form';

const FIELDS = {
  'admin.name': 'setup-admin-name',
  'admin.email': 'setup-admin-email',
  'admin.password': 'setup-admin-password',
  'facility.name': 'setup-facility-name',
  'facility.region': 'setup-facility-region',
  'facility.address': 'setup-facility-address',
} as const;
type FieldPath = keyof typeof FIELDS;

/** `/setup#token=`: the one-time link from the server's first start creates the first admin and facility. */
export function SetupPage() {
  const t = useT();
  const status = readState(useApiQuery(ZSetupStatusResponse, { path: '/api/setup' }));
  const token = useLinkToken();
  return (
    <div className="page">
      <PageHeading>{t('setup.title')}</PageHeading>
      <ResourceState state={status} emptyText={t('setup.done')} isEmpty={(data) => !data.setupRequired}>
        {() => (token === '' ? <p>{t('link.missingToken')}</p> : <SetupForm token={token} />)}
      </ResourceState>
    </div>
  );
}

function SetupForm({ token }: { readonly token: string }) {
  const t = useT();
  const api = useApiClient();
  const navigate = useNavigate();
  const { setSession } = useSession();
  const form = useFormErrors();
  const [values, setValues] = useState<Record<FieldPath, string>>({
    'admin.name': '',
    'admin.email': '',
    'admin.password': '',
    'facility.name': '',
    'facility.region': '',
    'facility.address': '',
  });
  const [busy, setBusy] = useState(false);
  const labels: Record<string, string> = {
    [FIELDS['admin.name']]: t('field.name'),
    [FIELDS['admin.email']]: t('field.email'),
    [FIELDS['admin.password']]: t('field.newPassword'),
    [FIELDS['facility.name']]: t('field.facilityName'),
    [FIELDS['facility.region']]: t('field.region'),
    [FIELDS['facility.address']]: t('field.address'),
  };
  const field = (
    path: FieldPath,
    extra: { type?: 'email' | 'password'; hint?: string; autoComplete?: string } = {},
  ) => (
    <InputField
      id={FIELDS[path]}
      label={labels[FIELDS[path]] ?? path}
      value={values[path]}
      onChange={(value) => {
        setValues((current) => ({ ...current, [path]: value }));
      }}
      error={form.errors[FIELDS[path]]}
      {...extra}
    />
  );

  const onSubmit = async (): Promise<void> => {
    const ok = form.check(
      collect({
        [FIELDS['admin.name']]: check.required(t, values['admin.name']),
        [FIELDS['admin.email']]: check.email(t, values['admin.email']),
        [FIELDS['admin.password']]: check.newPassword(t, values['admin.password']),
        [FIELDS['facility.name']]: check.required(t, values['facility.name']),
        [FIELDS['facility.region']]: check.required(t, values['facility.region']),
      }),
    );
    if (!ok) {
      return;
    }
    setBusy(true);
    try {
      const address = values['facility.address'].trim();
      const response = await api.request(
        {
          method: 'POST',
          path: '/api/setup',
          body: {
            token,
            admin: {
              name: values['admin.name'].trim(),
              email: values['admin.email'].trim(),
              password: values['admin.password'],
            },
            facility: {
              name: values['facility.name'].trim(),
              region: values['facility.region'].trim(),
              ...(address === '' ? {} : { address }),
            },
          },
        },
        ZSignInResponse,
      );
      if (!response.data.twoFactorRequired) {
        setSession(response.data.session);
      }
      void navigate('/account', { replace: true });
    } catch (error) {
      form.fail(error, (path) => (path in FIELDS ? FIELDS[path as FieldPath] : undefined));
    } finally {
      setBusy(false);
    }
  };

  return (
    <>
      <p>{t('setup.intro')}</p>
      <FormErrors state={form} labels={labels} />
      <ActionForm onSubmit={onSubmit}>
        <fieldset className="group">
          <legend className="field__legend">{t('setup.adminLegend')}</legend>
          {field('admin.name', { autoComplete: 'name' })}
          {field('admin.email', { type: 'email', autoComplete: 'email' })}
          {field('admin.password', {
            type: 'password',
            hint: t('field.newPasswordHint'),
            autoComplete: 'new-password',
          })}
        </fieldset>
        <fieldset className="group">
          <legend className="field__legend">{t('setup.facilityLegend')}</legend>
          {field('facility.name')}
          {field('facility.region')}
          {field('facility.address', { hint: t('field.optional') })}
        </fieldset>
        <div className="button-row">
          <button className="button" type="submit" disabled={busy}>
            {t('setup.submit')}
          </button>
        </div>
      </ActionForm>
    </>
  );
}
