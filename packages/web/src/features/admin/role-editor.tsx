import {
  ROLES,
  ZAdminUser,
  ZRoleAtFacility,
  type TAdminUser as ManagedUser,
  type TFacility as Facility,
} from '@kratom-care/contracts';
import { useState } from 'react';
import { useApiMutation } from '../../api/use-api-mutation';
import { useT } from '../../i18n/use-t';
import { RequestError, SchemaForm, SelectField, useSchemaForm } from '../../ui/form';
import { Notice } from '../../ui/notice';

interface RoleEditorProps {
  readonly user: ManagedUser;
  readonly facilities: readonly Facility[];
  readonly onDone: (saved: boolean) => void;
}

/**
 * Edits a user's roles: remove any, add one at a facility (checked with the contract's
 * `ZRoleAtFacility`, the item of `PATCH /api/admin/users/{id}`'s `roles`), then save the whole list.
 */
export function RoleEditor({ user, facilities, onDone }: RoleEditorProps) {
  const t = useT();
  const [roles, setRoles] = useState<ManagedUser['roles']>([...user.roles]);
  const [emptyTried, setEmptyTried] = useState(false);
  const form = useSchemaForm(ZRoleAtFacility, {});
  const save = useApiMutation(
    ZAdminUser,
    (next: ManagedUser['roles']) => ({
      method: 'PATCH',
      path: `/api/admin/users/${encodeURIComponent(user.id)}`,
      body: { roles: next },
      // The version the editor was opened with: someone else's change since answers 412.
      headers: { 'If-Match': `"${user.version}"` },
    }),
    { invalidates: ['/api/admin/users'] },
  );
  const prefix = `roles-${user.id}`;
  const name = (id: string | null): string =>
    facilities.find((facility) => facility.id === id)?.name ?? t('users.noFacility');

  return (
    <div role="group" aria-label={t('users.changeRolesFor', { name: user.name })}>
      {save.error === null ? null : <RequestError error={save.error} focusKey={save.failureCount} />}
      {emptyTried && roles.length === 0 ? (
        <Notice tone="warning" live>
          <p>{t('users.rolesEmpty')}</p>
        </Notice>
      ) : null}
      <ul id={`${prefix}-list`} tabIndex={-1} aria-label={t('users.rolesList')}>
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
      <SchemaForm
        id={prefix}
        form={form}
        fields={{
          role: { label: t('field.role'), messages: { invalid_value: t('validation.choose') } },
          facilityId: { label: t('field.facility'), messages: { invalid_type: t('validation.choose') } },
        }}
        onSubmit={(added) => {
          if (!roles.some((m) => m.role === added.role && m.facilityId === added.facilityId)) {
            setRoles([...roles, added]);
          }
        }}
      >
        <SelectField
          name="role"
          placeholder={t('field.choose')}
          options={ROLES.map((value) => ({ value, label: t(`role.${value}`) }))}
        />
        <SelectField
          name="facilityId"
          placeholder={t('field.choose')}
          options={facilities.map((f) => ({ value: f.id, label: f.name }))}
        />
        <div className="button-row">
          <button className="button button--secondary" type="submit">
            {t('users.addRole')}
          </button>
        </div>
      </SchemaForm>
      <div className="button-row">
        <button
          className="button"
          type="button"
          disabled={save.isPending}
          onClick={() => {
            setEmptyTried(true);
            if (roles.length > 0) {
              save.mutate(roles, {
                onSuccess: () => {
                  onDone(true);
                },
              });
            }
          }}
        >
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
