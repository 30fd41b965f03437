import { useI18n, useT } from '../../i18n/use-t';

interface VerifiedLineProps {
  readonly lastVerifiedAt: string | null;
  readonly lastVerifiedBy: string | null;
  /** Older than 180 days (the API decides, with the domain's rule). */
  readonly stale: boolean;
}

/**
 * When a listing was last checked and by whom, and in words when that was too long ago to trust: the honest
 * part of a listing that locators leave out (issue 11, "why").
 */
export function VerifiedLine({ lastVerifiedAt, lastVerifiedBy, stale }: VerifiedLineProps) {
  const t = useT();
  const { formatDateTime } = useI18n();
  if (lastVerifiedAt === null) {
    return <p className="finder-verified finder-verified--stale">{t('findCare.verified.never')}</p>;
  }
  const date = formatDateTime(new Date(lastVerifiedAt), { dateStyle: 'medium' });
  const line =
    lastVerifiedBy === null || lastVerifiedBy === ''
      ? t('findCare.verified.on', { date })
      : t('findCare.verified.onBy', { date, name: lastVerifiedBy });
  return (
    <p className={stale ? 'finder-verified finder-verified--stale' : 'finder-verified'}>
      {line}
      {stale ? <strong className="finder-verified__flag"> {t('careNetwork.verificationStale')}</strong> : null}
    </p>
  );
}
