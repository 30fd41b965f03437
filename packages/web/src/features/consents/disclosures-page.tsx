import { ZListDisclosuresResponse, type TDisclosure } from '@kratom-care/contracts';
import { useApiInfiniteQuery } from '../../api/use-api-list';
import { useI18n } from '../../i18n/use-t';
import { DataTable, type DataColumn } from '../../ui/data-table';
import { PageHeading } from '../../ui/page-heading';
import { RequireSession } from '../account/session/require-session';
import { QueryState } from '../workspace/page-states';

function Disclosures() {
  const { t, formatDateTime } = useI18n();
  const disclosures = useApiInfiniteQuery(ZListDisclosuresResponse, {
    path: '/api/me/disclosures',
    query: { limit: 20 },
  });
  const columns: DataColumn<TDisclosure>[] = [
    {
      id: 'when',
      header: t('disclosures.col.when'),
      cell: (item) => formatDateTime(new Date(item.occurredAt), { dateStyle: 'medium', timeStyle: 'short' }),
    },
    {
      id: 'who',
      header: t('disclosures.col.who'),
      cell: (item) => item.recipientName ?? t(`consents.kind.${item.recipientKind}`),
    },
    {
      id: 'what',
      header: t('disclosures.col.what'),
      cell: (item) => item.categories.map((category) => t(`consents.category.${category}`)).join(', '),
    },
    { id: 'why', header: t('disclosures.col.why'), cell: (item) => item.purpose },
    { id: 'how', header: t('disclosures.col.how'), cell: (item) => t(`disclosures.action.${item.action}`) },
  ];
  const notice = disclosures.data?.pages[0]?.redisclosureNotice;
  return (
    <div className="page page--wide">
      <PageHeading>{t('disclosures.title')}</PageHeading>
      <p>{t('disclosures.intro')}</p>
      <QueryState
        query={{ ...disclosures, data: disclosures.data === undefined ? undefined : disclosures.items }}
        emptyText={t('disclosures.empty')}
        isEmpty={(items) => items.length === 0}
      >
        {(items) => (
          <>
            <DataTable
              caption={t('disclosures.title')}
              captionHidden
              columns={columns}
              rows={items}
              rowKey={(item) => item.id}
            />
            {disclosures.hasNextPage ? (
              <div className="button-row">
                <button
                  className="button button--secondary"
                  type="button"
                  disabled={disclosures.isFetchingNextPage}
                  onClick={() => void disclosures.fetchNextPage()}
                >
                  {t('disclosures.more')}
                </button>
              </div>
            ) : null}
            {/* 42 CFR §2.32: the records shown carry the redisclosure notice, verbatim as the server sends it. */}
            {notice === undefined ? null : <p>{notice}</p>}
          </>
        )}
      </QueryState>
    </div>
  );
}

/** `/me/disclosures`: "Who has seen my record", the accounting of disclosures (42 CFR §2.24). */
export function DisclosuresPage() {
  return (
    <RequireSession roles={['patient']}>
      <Disclosures />
    </RequireSession>
  );
}
