import type { KeysetPager } from '../../api/use-api-list';
import { useT } from '../../i18n/use-t';

/** "Previous page" / "Next page" under a keyset-paged table; a button with nowhere to go is disabled. */
export function Pager({
  label,
  pager,
  nextCursor,
}: {
  readonly label: string;
  readonly pager: KeysetPager;
  readonly nextCursor: string | null;
}) {
  const t = useT();
  if (!pager.hasPrevious && nextCursor === null) {
    return null;
  }
  return (
    <nav className="button-row" aria-label={label}>
      <button className="button button--secondary" type="button" disabled={!pager.hasPrevious} onClick={pager.previous}>
        {t('common.previous')}
      </button>
      <span className="ws-pager__page" aria-live="polite">
        {t('frame.pageOf', { page: pager.pageNumber })}
      </span>
      <button
        className="button button--secondary"
        type="button"
        disabled={nextCursor === null}
        onClick={() => {
          if (nextCursor !== null) {
            pager.next(nextCursor);
          }
        }}
      >
        {t('common.next')}
      </button>
    </nav>
  );
}
