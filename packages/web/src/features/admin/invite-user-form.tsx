import { useState } from 'react';
import { useApiClient } from '../../api/api-client-hook';
import { ROLES, ZCreateUserResponse, type TFacility as Facility, type TRole as Role } from '@kratom-care/contracts';
import { useT } from '../../i18n/use-t';
import { SelectField } from '../../ui/select-field';
import { FormErrors } from '../account/form/form-errors';
import { InputField } from '../account/form/input-field';
import { useFormErrors } from '../account/form/use-form-errors';
import { check, collect } from '../account/form/validators';
import { ActionForm } from '../account/form/action-form';

const FIELDS = {
  email: 'invite-email',
  name: 'invite-name',
  role: 'invite-role',
  facilityId: 'invite-facility',
} as const;

interface InviteUserFormProps {
  readonly facilities: readonly Facility[];
  readonly onInvited: (email: string) => void;
}

/** Creates an account without a password and mails the person an invitation to choose one. */
export function InviteUserForm({ facilities, onInvited }: InviteUserFormProps) {
  const t = useT();
  const api = useApiClient();
  const form = useFormErrors();
  const [email, setEmail] = useState('');
  const [name, setName] = useState('');
  const [role, setRole] = useState<Role | undefined>(undefined);
  const [facilityId, setFacilityId] = useState<string | undefined>(
    facilities.length === 1 ? facilities[0]?.id : undefined,
  );
  const [busy, setBusy] = useState(false);
  const labels = {
    [FIELDS.email]: t('field.email'),
    [FIELDS.name]: t('field.name'),
    [FIELDS.role]: t('field.role'),
    [FIELDS.facilityId]: t('field.facility'),
  };

  const onSubmit = async (): Promise<void> => {
    const ok = form.check(
      collect({
        [FIELDS.email]: check.email(t, email),
        [FIELDS.name]: check.required(t, name),
        [FIELDS.role]: role === undefined ? t('validation.choose') : undefined,
        [FIELDS.facilityId]: facilityId === undefined ? t('validation.choose') : undefined,
      }),
    );
    if (!ok) {
      return;
    }
    setBusy(true);
    try {
      await api.request(
        {
          method: 'POST',
          path: '/api/admin/users',
          body: { email: email.trim(), name: name.trim(), role, facilityId },
        },
        ZCreateUserResponse,
      );
      onInvited(email.trim());
      setEmail('');
      setName('');
      setRole(undefined);
    } catch (error) {
      form.fail(error, (path) => (path in FIELDS ? FIELDS[path as keyof typeof FIELDS] : undefined));
    } finally {
      setBusy(false);
    }
  };

  return (
    <section aria-labelledby="invite-title">
      <h2 id="invite-title">{t('users.inviteTitle')}</h2>
      <FormErrors state={form} labels={labels} />
      <ActionForm onSubmit={onSubmit}>
        <InputField
          id={FIELDS.email}
          label={labels[FIELDS.email]}
          type="email"
          value={email}
          onChange={setEmail}
          error={form.errors[FIELDS.email]}
        />
        <InputField
          id={FIELDS.name}
          label={labels[FIELDS.name]}
          value={name}
          onChange={setName}
          error={form.errors[FIELDS.name]}
        />
        <SelectField
          id={FIELDS.role}
          label={labels[FIELDS.role]}
          placeholder={t('field.choose')}
          options={ROLES.map((value) => ({ value, label: t(`role.${value}`) }))}
          value={role}
          onChange={setRole}
          error={form.errors[FIELDS.role]}
        />
        <SelectField
          id={FIELDS.facilityId}
          label={labels[FIELDS.facilityId]}
          placeholder={t('field.choose')}
          options={facilities.map((facility) => ({ value: facility.id, label: facility.name }))}
          value={facilityId}
          onChange={setFacilityId}
          error={form.errors[FIELDS.facilityId]}
        />
        <div className="button-row">
          <button className="button" type="submit" disabled={busy}>
            {t('users.invite')}
          </button>
        </div>
      </ActionForm>
    </section>
  );
}
