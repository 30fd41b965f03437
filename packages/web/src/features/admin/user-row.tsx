import { useState } from 'react';
import { useApiClient } from '../../api/api-client-hook';
import { asApiError, type ApiError } from '../../api/api-error';
import { ZAdminUser, type TAdminUser as ManagedUser, type TFacility as Facility } from '@kratom-care/contracts';
import { useT } from '../../i18n/use-t';
import { RequestError } from '../account/form/request-error';
import { RoleEditor } from './role-editor';

interface UserRowProps {
  readonly user: ManagedUser;
  readonly facilities: readonly Facility[];
  readonly onChanged: (message: string) => void;
}

/** One user: roles, status, and the actions (change roles; disable or enable after confirming). */
export function UserRow({ user, facilities, onChanged }: UserRowProps) {
  const t = useT();
  const api = useApiClient();
  const [editing, setEditing] = useState(false);
  const [confirming, setConfirming] = useState(false);
  const [error, setError] = useState<ApiError | null>(null);
  const facilityName = (id: string | null): string =>
    facilities.find((facility) => facility.id === id)?.name ?? t('users.noFacility');

  const setDisabled = async (disabled: boolean): Promise<void> => {
    try {
      await api.request(
        { method: 'PATCH', path: `/api/admin/users/${encodeURIComponent(user.id)}`, body: { disabled } },
        ZAdminUser,
      );
      setConfirming(false);
      onChanged(t(disabled ? 'users.disabledDone' : 'users.enabledDone', { name: user.name }));
    } catch (caught) {
      setError(asApiError(caught));
    }
  };

  return (
    <li className="workspace-card">
      <h3>{user.name}</h3>
      <p>
        {user.email} · {user.disabled ? t('users.statusDisabled') : t('users.statusActive')}
      </p>
      <ul>
        {user.roles.map((membership) => (
          <li key={`${membership.role}-${membership.facilityId}`}>
            {t('users.roleAt', { role: t(`role.${membership.role}`), facility: facilityName(membership.facilityId) })}
          </li>
        ))}
      </ul>
      {error === null ? null : <RequestError error={error} />}
      {editing ? (
        <RoleEditor
          user={user}
          facilities={facilities}
          onDone={(saved) => {
            setEditing(false);
            if (saved) {
              onChanged(t('users.rolesSaved', { name: user.name }));
            }
          }}
        />
      ) : null}
      {confirming ? (
        <div role="group" aria-label={t('users.confirmLabel', { name: user.name })}>
          <p>{t(user.disabled ? 'users.confirmEnable' : 'users.confirmDisable', { name: user.name })}</p>
          <div className="button-row">
            <button
              className={user.disabled ? 'button' : 'button button--danger'}
              type="button"
              onClick={() => void setDisabled(!user.disabled)}
            >
              {t(user.disabled ? 'users.yesEnable' : 'users.yesDisable')}
            </button>
            <button
              className="button button--secondary"
              type="button"
              onClick={() => {
                setConfirming(false);
              }}
            >
              {t('common.cancel')}
            </button>
          </div>
        </div>
      ) : null}
      {editing || confirming ? null : (
        <div className="button-row">
          <button
            className="button button--secondary"
            type="button"
            aria-label={t('users.changeRolesFor', { name: user.name })}
            onClick={() => {
              setEditing(true);
            }}
          >
            {t('users.changeRoles')}
          </button>
          <button
            className="button button--secondary"
            type="button"
            aria-label={t(user.disabled ? 'users.enableFor' : 'users.disableFor', { name: user.name })}
            onClick={() => {
              setConfirming(true);
            }}
          >
            {t(user.disabled ? 'users.enable' : 'users.disable')}
          </button>
        </div>
      )}
    </li>
  );
}
