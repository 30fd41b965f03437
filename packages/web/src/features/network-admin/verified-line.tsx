import { isVerificationStale } from '@kratom-care/domain';
import { useI18n } from '../../i18n/use-t';

interface VerifiedLineProps {
  /** ISO time of the last verification, or null when it was never verified. */
  readonly at: string | null;
  /** Who verified it (their name as stamped by the server). */
  readonly by: string | null;
  /** The time to judge staleness against; the page passes its clock (tests pass a fixed one). */
  readonly now: Date;
}

/**
 * "Last verified 3 March 2026 by Robin Example", and when that is more than 180 days ago (or never) a
 * flag in words, not only in colour, so an admin sees at a glance which listings need a call.
 */
export function VerifiedLine({ at, by, now }: VerifiedLineProps) {
  const { t, formatDateTime } = useI18n();
  const stale = isVerificationStale(at, now);
  const date = at === null ? null : formatDateTime(new Date(at), { dateStyle: 'medium' });
  let text = t('networkAdmin.neverVerified');
  if (date !== null) {
    text =
      by === null || by === '' ? t('networkAdmin.verifiedOn', { date }) : t('networkAdmin.verifiedBy', { date, by });
  }
  return (
    <p className={stale ? 'net-verified net-verified--stale' : 'net-verified'}>
      {text}
      {stale ? <strong className="net-stale">{t('networkAdmin.stale')}</strong> : null}
    </p>
  );
}
