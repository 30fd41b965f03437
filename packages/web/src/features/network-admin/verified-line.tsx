import { useI18n } from '../../i18n/use-t';

interface VerifiedLineProps {
  /** ISO time of the last verification, or null when it was never verified. */
  readonly at: string | null;
  /** Who verified it (their name as stamped by the server). */
  readonly by: string | null;
  /** Never verified or over 180 days ago, as the API judges it (the domain's `isVerificationStale`). */
  readonly stale: boolean;
  /** In a table under a "Last verified" header: the date and name only, and a short flag. */
  readonly short?: boolean;
}

/**
 * "Last verified 3 Mar 2026 by Robin Example", and when that is more than 180 days ago (or never) a flag
 * in words, not only in colour, so an admin sees at a glance which listings need a call.
 */
export function VerifiedLine({ at, by, stale, short = false }: VerifiedLineProps) {
  const { t, formatDateTime } = useI18n();
  const date = at === null ? null : formatDateTime(new Date(at), { dateStyle: 'medium' });
  const variant = short ? 'short' : 'long';
  let text = t(`networkAdmin.verified.${variant}.never`);
  if (date !== null) {
    text =
      by === null || by === ''
        ? t(`networkAdmin.verified.${variant}.on`, { date })
        : t(`networkAdmin.verified.${variant}.by`, { date, by });
  }
  let flag: string | null = null;
  if (stale) {
    flag = t(at === null ? `networkAdmin.verified.${variant}.verifyNow` : `networkAdmin.verified.${variant}.overdue`);
  }
  return (
    <p className="net-verified">
      {text}
      {flag === null ? null : <strong className="net-stale">{flag}</strong>}
    </p>
  );
}
