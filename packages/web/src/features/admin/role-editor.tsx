import { useState } from 'react';
import { useApiClient } from '../../api/api-client-hook';
import {
  ROLES,
  ZAdminUser,
  type TAdminUser as ManagedUser,
  type TFacility as Facility,
  type TRole as Role,
} from '@kratom-care/contracts';
import { useT } from '../../i18n/use-t';
import { SelectField } from '../../ui/select-field';
import { FormErrors } from '../account/form/form-errors';
import { useFormErrors } from '../account/form/use-form-errors';
import { collect } from '../account/form/validators';

interface RoleEditorProps {
  readonly user: ManagedUser;
  readonly facilities: readonly Facility[];
  readonly onDone: (saved: boolean) => void;
}

/** Edits a user's roles: remove any, add one at a facility, then save the whole list. */
export function RoleEditor({ user, facilities, onDone }: RoleEditorProps) {
  const t = useT();
  const api = useApiClient();
  const form = useFormErrors();
  const [roles, setRoles] = useState<ManagedUser['roles']>([...user.roles]);
  const [role, setRole] = useState<Role | undefined>(undefined);
  const [facilityId, setFacilityId] = useState<string | undefined>(undefined);
  const prefix = `roles-${user.id}`;
  const labels = {
    [`${prefix}-list`]: t('users.rolesList'),
    [`${prefix}-role`]: t('field.role'),
    [`${prefix}-facility`]: t('field.facility'),
  };
  const name = (id: string | null): string =>
    facilities.find((facility) => facility.id === id)?.name ?? t('users.noFacility');

  const add = (): void => {
    const ok = form.check(
      collect({
        [`${prefix}-role`]: role === undefined ? t('validation.choose') : undefined,
        [`${prefix}-facility`]: facilityId === undefined ? t('validation.choose') : undefined,
      }),
    );
    if (
      ok &&
      role !== undefined &&
      facilityId !== undefined &&
      !roles.some((m) => m.role === role && m.facilityId === facilityId)
    ) {
      setRoles([...roles, { role, facilityId }]);
    }
  };

  const save = async (): Promise<void> => {
    if (!form.check(collect({ [`${prefix}-list`]: roles.length === 0 ? t('users.rolesEmpty') : undefined }))) {
      return;
    }
    try {
      await api.request(
        { method: 'PATCH', path: `/api/admin/users/${encodeURIComponent(user.id)}`, body: { roles } },
        ZAdminUser,
      );
      onDone(true);
    } catch (error) {
      form.fail(error, (path) => (path.startsWith('roles') ? `${prefix}-list` : undefined));
    }
  };

  return (
    <div role="group" aria-label={t('users.changeRolesFor', { name: user.name })}>
      <FormErrors state={form} labels={labels} />
      <ul id={`${prefix}-list`} tabIndex={-1} aria-label={labels[`${prefix}-list`]}>
        {roles.map((membership, index) => {
          const text = t('users.roleAt', { role: t(`role.${membership.role}`), facility: name(membership.facilityId) });
          return (
            <li key={`${membership.role}-${membership.facilityId}`}>
              {text}{' '}
              <button
                className="button button--secondary"
                type="button"
                aria-label={t('users.removeRole', { role: text })}
                onClick={() => {
                  setRoles(roles.filter((_, i) => i !== index));
                }}
              >
                {t('users.remove')}
              </button>
            </li>
          );
        })}
      </ul>
      <SelectField
        id={`${prefix}-role`}
        label={labels[`${prefix}-role`] ?? ''}
        placeholder={t('field.choose')}
        options={ROLES.map((value) => ({ value, label: t(`role.${value}`) }))}
        value={role}
        onChange={setRole}
        error={form.errors[`${prefix}-role`]}
      />
      <SelectField
        id={`${prefix}-facility`}
        label={labels[`${prefix}-facility`] ?? ''}
        placeholder={t('field.choose')}
        options={facilities.map((f) => ({ value: f.id, label: f.name }))}
        value={facilityId}
        onChange={setFacilityId}
        error={form.errors[`${prefix}-facility`]}
      />
      <div className="button-row">
        <button className="button button--secondary" type="button" onClick={add}>
          {t('users.addRole')}
        </button>
        <button className="button" type="button" onClick={() => void save()}>
          {t('users.saveRoles')}
        </button>
        <button
          className="button button--secondary"
          type="button"
          onClick={() => {
            onDone(false);
          }}
        >
          {t('common.cancel')}
        </button>
      </div>
    </div>
  );
}
