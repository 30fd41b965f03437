import {
  ZAdminUser,
  ZCancelInvitationResponse,
  ZInvitationSentResponse,
  type TAdminUser as ManagedUser,
  type TFacility as Facility,
} from '@kratom-care/contracts';
import { useState } from 'react';
import { useApiMutation } from '../../api/use-api-mutation';
import { useT } from '../../i18n/use-t';
import { RequestError } from '../../ui/form';
import { ConfirmGroup } from '../workspace/confirm-group';
import { RoleEditor } from './role-editor';
import { UserStatus } from './user-status';

interface UserRowProps {
  readonly user: ManagedUser;
  readonly facilities: readonly Facility[];
  readonly onChanged: (message: string) => void;
}

type Confirming = 'disable' | 'enable' | 'cancel' | null;

const USERS = '/api/admin/users';

/**
 * One person: name, email, status and roles (by facility name), and what an admin can do now: resend
 * or cancel a pending invitation; change roles of or disable an active account; enable a disabled one.
 */
export function UserRow({ user, facilities, onChanged }: UserRowProps) {
  const t = useT();
  const [editing, setEditing] = useState(false);
  const [confirming, setConfirming] = useState<Confirming>(null);
  const path = `${USERS}/${encodeURIComponent(user.id)}`;
  const setDisabled = useApiMutation(
    ZAdminUser,
    // If-Match with the version this row shows: a change someone made since answers 412, not overwritten.
    (disabled: boolean) => ({
      method: 'PATCH',
      path,
      body: { disabled },
      headers: { 'If-Match': `"${user.version}"` },
    }),
    { invalidates: [USERS] },
  );
  const resend = useApiMutation(ZInvitationSentResponse, () => ({ method: 'POST', path: `${path}/invitation` }), {
    invalidates: [USERS],
    idempotent: true,
  });
  const cancel = useApiMutation(ZCancelInvitationResponse, () => ({ method: 'DELETE', path: `${path}/invitation` }), {
    invalidates: [USERS],
  });
  const error = setDisabled.error ?? resend.error ?? cancel.error;
  const facilityName = (id: string | null): string =>
    facilities.find((facility) => facility.id === id)?.name ?? t('users.noFacility');

  const confirm = async (): Promise<void> => {
    if (confirming === 'cancel') {
      await cancel.mutateAsync(undefined);
      onChanged(t('users.cancelled', { name: user.name }));
    } else if (confirming !== null) {
      await setDisabled.mutateAsync(confirming === 'disable');
      onChanged(t(confirming === 'disable' ? 'users.disabledDone' : 'users.enabledDone', { name: user.name }));
    }
    setConfirming(null);
  };

  const action = (label: string, ariaLabel: string, onClick: () => void) => (
    <button className="button button--secondary" type="button" aria-label={ariaLabel} onClick={onClick}>
      {label}
    </button>
  );

  return (
    <li className="workspace-card">
      <h3>{user.name}</h3>
      <p className="ws-email">{user.email}</p>
      <UserStatus user={user} />
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
      {confirming === null ? null : (
        <ConfirmGroup
          label={t('users.confirmLabel', { name: user.name })}
          text={t(`users.confirm.${confirming}`, { name: user.name })}
          yes={t(`users.yes.${confirming}`)}
          no={t('common.cancel')}
          danger={confirming !== 'enable'}
          onYes={() => void confirm().catch(() => undefined)}
          onNo={() => {
            setConfirming(null);
          }}
        />
      )}
      {editing || confirming !== null ? null : (
        <div className="button-row">
          {user.status === 'invited' ? (
            <>
              <button
                className="button button--secondary"
                type="button"
                aria-label={t('users.resendFor', { name: user.name })}
                disabled={resend.isPending}
                onClick={() => {
                  void resend
                    .mutateAsync(undefined)
                    .then(() => {
                      onChanged(t('users.resent', { email: user.email }));
                    })
                    .catch(() => undefined);
                }}
              >
                {t('users.resend')}
              </button>
              {action(t('users.cancelInvitation'), t('users.cancelFor', { name: user.name }), () => {
                setConfirming('cancel');
              })}
            </>
          ) : null}
          {user.status === 'active' ? (
            <>
              {action(t('users.changeRoles'), t('users.changeRolesFor', { name: user.name }), () => {
                setEditing(true);
              })}
              {action(t('users.disable'), t('users.disableFor', { name: user.name }), () => {
                setConfirming('disable');
              })}
            </>
          ) : null}
          {user.status === 'disabled'
            ? action(t('users.enable'), t('users.enableFor', { name: user.name }), () => {
                setConfirming('enable');
              })
            : null}
        </div>
      )}
    </li>
  );
}
