import { ZSetupRequest, ZSetupStatusResponse, ZSignInResponse, type TSetupRequest } from '@kratom-care/contracts';
import { useNavigate } from 'react-router';
import { readState } from '../../../api/query-state';
import { useApiMutation } from '../../../api/use-api-mutation';
import { useApiQuery } from '../../../api/use-api-query';
import { useT } from '../../../i18n/use-t';
import { SchemaForm, SubmitButton, TextField, useSchemaForm } from '../../../ui/form';
import { PageHeading } from '../../../ui/page-heading';
import { ResourceState } from '../page-states';
import { useSession } from '../session/session-context';
import { useLinkToken } from '../sign-in/use-link-token';

/** The setup form checks everything but the token, which comes from the link. */
const ZSetupForm = ZSetupRequest.omit({ token: true });

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
  const navigate = useNavigate();
  const { setSession } = useSession();
  const form = useSchemaForm(ZSetupForm, {
    admin: { name: '', email: '', password: '' },
    facility: { name: '', region: '', address: '' },
  });
  const setup = useApiMutation(ZSignInResponse, (body: TSetupRequest) => ({
    method: 'POST',
    path: '/api/setup',
    body,
  }));

  return (
    <>
      <p>{t('setup.intro')}</p>
      <SchemaForm
        id="setup"
        form={form}
        fields={{
          'admin.name': t('field.name'),
          'admin.email': t('field.email'),
          'admin.password': t('field.newPassword'),
          'facility.name': t('field.facilityName'),
          'facility.region': t('field.region'),
          'facility.address': t('field.address'),
        }}
        onSubmit={async (values) => {
          const response = await setup.mutateAsync({ token, ...values });
          if (!response.twoFactorRequired) {
            setSession(response.session);
          }
          void navigate('/account', { replace: true });
        }}
      >
        <fieldset className="group">
          <legend className="field__legend">{t('setup.adminLegend')}</legend>
          <TextField name="admin.name" autoComplete="name" />
          <TextField name="admin.email" type="email" autoComplete="email" />
          <TextField
            name="admin.password"
            type="password"
            hint={t('field.newPasswordHint')}
            autoComplete="new-password"
          />
        </fieldset>
        <fieldset className="group">
          <legend className="field__legend">{t('setup.facilityLegend')}</legend>
          <TextField name="facility.name" />
          <TextField name="facility.region" />
          <TextField name="facility.address" hint={t('field.optional')} optional />
        </fieldset>
        <div className="button-row">
          <SubmitButton>{t('setup.submit')}</SubmitButton>
        </div>
      </SchemaForm>
    </>
  );
}
