import {
  ROLES,
  ZCreateUserRequest,
  ZCreateUserResponse,
  type TCreateUserRequest,
  type TFacility as Facility,
} from '@kratom-care/contracts';
import { useApiMutation } from '../../api/use-api-mutation';
import { useT } from '../../i18n/use-t';
import { RadioField, SchemaForm, SubmitButton, TextField, useSchemaForm } from '../../ui/form';

interface InviteUserFormProps {
  readonly facilities: readonly Facility[];
  readonly onInvited: (email: string) => void;
}

/**
 * Creates an account without a password and mails the person an invitation to choose one; the account
 * is listed as "Invited" until they do. Checked with the server's own request schema.
 */
export function InviteUserForm({ facilities, onInvited }: InviteUserFormProps) {
  const t = useT();
  const invite = useApiMutation(
    ZCreateUserResponse,
    (body: TCreateUserRequest) => ({ method: 'POST', path: '/api/admin/users', body }),
    { invalidates: ['/api/admin/users'], idempotent: true },
  );
  const only = facilities.length === 1 ? facilities[0] : undefined;
  const empty = { email: '', name: '', ...(only === undefined ? {} : { facilityId: only.id }) };
  const form = useSchemaForm(ZCreateUserRequest, empty);
  const choose = { invalid_value: t('validation.choose'), invalid_type: t('validation.choose') };
  const fields = {
    email: { label: t('field.email'), messages: { invalid_format: t('validation.email') } },
    name: { label: t('field.name'), messages: { too_small: t('validation.required') } },
    role: { label: t('field.role'), messages: choose },
    facilityId: { label: t('field.facility'), messages: choose },
  };
  return (
    <section className="ws-narrow" aria-labelledby="invite-title">
      <h2 id="invite-title">{t('users.inviteTitle')}</h2>
      <SchemaForm
        id="invite"
        form={form}
        fields={fields}
        onSubmit={async (body) => {
          await invite.mutateAsync(body);
          onInvited(body.email);
          form.reset(empty);
        }}
      >
        <div className="workspace-grid">
          <TextField name="email" type="email" inputMode="email" autoComplete="off" />
          <TextField name="name" autoComplete="off" />
        </div>
        <RadioField name="role" options={ROLES.map((value) => ({ value, label: t(`role.${value}`) }))} />
        <RadioField
          name="facilityId"
          options={facilities.map((facility) => ({ value: facility.id, label: facility.name }))}
        />
        <div className="button-row">
          <SubmitButton>{t('users.invite')}</SubmitButton>
        </div>
      </SchemaForm>
    </section>
  );
}
