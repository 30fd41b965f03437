import { ZPlanVersionsResponse } from '@kratom-care/contracts';
import { useApiInfiniteQuery } from '../../api/use-api-list';
import { useI18n } from '../../i18n/use-t';
import { QueryState } from '../workspace/page-states';
import { PlanView, useDateText } from './plan-view';

/** Every saved version of the plan, newest first; each opens to its full contents. */
export function PlanHistory({ path }: { readonly path: string }) {
  const { t, formatDateTime } = useI18n();
  const dateText = useDateText();
  const versions = useApiInfiniteQuery(ZPlanVersionsResponse, { path, query: { limit: 20 } });
  return (
    <section className="ws-section" aria-labelledby="plan-history-title">
      <h3 id="plan-history-title">{t('plan.history.title')}</h3>
      <QueryState
        query={{ ...versions, data: versions.data === undefined ? undefined : versions.items }}
        emptyText={t('plan.history.empty')}
        isEmpty={(items) => items.length === 0}
      >
        {(items) => (
          <>
            <ol className="care-history" aria-label={t('plan.history.caption')}>
              {items.map((version) => (
                <li key={version.id}>
                  <details>
                    <summary>
                      {t('plan.history.version', { revision: version.revision })} ·{' '}
                      {formatDateTime(new Date(version.savedAt), { dateStyle: 'medium', timeStyle: 'short' })} ·{' '}
                      {version.savedByName ?? t('care.decision.unknownUser')} ·{' '}
                      {t('plan.view.review', { date: dateText(version.reviewDate) })}
                    </summary>
                    <PlanView version={version} />
                  </details>
                </li>
              ))}
            </ol>
            {versions.hasNextPage ? (
              <button
                className="button button--secondary"
                type="button"
                disabled={versions.isFetchingNextPage}
                onClick={() => void versions.fetchNextPage()}
              >
                {t('plan.history.more')}
              </button>
            ) : null}
          </>
        )}
      </QueryState>
    </section>
  );
}
