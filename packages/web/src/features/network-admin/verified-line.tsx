import { useI18n } from '../../i18n/use-t';

interface VerifiedLineProps {
  /** ISO time of the last verification, or null when it was never verified. */
  readonly at: string | null;
  /** Who verified it (their name as stamped by the server). */
  readonly by: string | null;
  /** Never verified or over 180 days ago, as the API judges it (the domain's `isVerificationStale`). */
  readonly stale: boolean;
}

/**
 * "Last verified 3 Mar 2026 by Robin Example", and when that is more than 180 days ago (or never) a flag
 * in words, not only in colour, so an admin sees at a glance which listings need a call.
 */
export function VerifiedLine({ at, by, stale }: VerifiedLineProps) {
  const { t, formatDateTime } = useI18n();
  const date = at === null ? null : formatDateTime(new Date(at), { dateStyle: 'medium' });
  let text = t('networkAdmin.neverVerified');
  if (date !== null) {
    text =
      by === null || by === '' ? t('networkAdmin.verifiedOn', { date }) : t('networkAdmin.verifiedBy', { date, by });
  }
  return (
    <p className="net-verified">
      {text}
      {stale ? <strong className="net-stale">{t('networkAdmin.stale')}</strong> : null}
    </p>
  );
}
