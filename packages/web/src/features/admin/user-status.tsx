import type { TAdminUser } from '@kratom-care/contracts';
import { useI18n } from '../../i18n/use-t';

/**
 * Where an account stands, in words: "Invited" (with when the link was sent and until when it works)
 * until the person chooses a password, then "Active"; "Disabled" after an admin disabled it or
 * cancelled its invitation. The server decides; this only says it.
 */
export function UserStatus({ user }: { readonly user: TAdminUser }) {
  const { t, formatDateTime } = useI18n();
  const day = (iso: string): string => formatDateTime(new Date(iso), { dateStyle: 'medium', timeStyle: 'short' });
  let detail: string | null = null;
  if (user.status === 'invited') {
    detail =
      user.invitation === null
        ? t('users.invitationExpired')
        : t('users.invitationPending', { sent: day(user.invitation.sentAt), expires: day(user.invitation.expiresAt) });
  }
  return (
    <p>
      <span className={`ws-status ws-status--${user.status}`}>{t(`users.status.${user.status}`)}</span> {detail}
    </p>
  );
}
