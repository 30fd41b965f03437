import { ZListDisclosuresResponse } from '@kratom-care/contracts';
import { readState } from '../../api/query-state';
import { useApiQuery } from '../../api/use-api-query';
import { useI18n } from '../../i18n/use-t';
import { PageHeading } from '../../ui/page-heading';
import { ResourceState } from '../account/page-states';
import { RequireSession } from '../account/session/require-session';

function Disclosures() {
  const { t, formatDateTime } = useI18n();
  const disclosures = readState(
    useApiQuery(ZListDisclosuresResponse, { path: '/api/me/disclosures', query: { limit: 100 } }),
  );
  return (
    <div className="page page--wide">
      <PageHeading>{t('disclosures.title')}</PageHeading>
      <p>{t('disclosures.intro')}</p>
      <ResourceState state={disclosures} emptyText={t('disclosures.empty')} isEmpty={(data) => data.items.length === 0}>
        {(data) => (
          <>
            <div className="table-scroll">
              <table className="data-table">
                <caption className="visually-hidden">{t('disclosures.title')}</caption>
                <thead>
                  <tr>
                    <th scope="col">{t('disclosures.col.when')}</th>
                    <th scope="col">{t('disclosures.col.who')}</th>
                    <th scope="col">{t('disclosures.col.what')}</th>
                    <th scope="col">{t('disclosures.col.why')}</th>
                    <th scope="col">{t('disclosures.col.how')}</th>
                  </tr>
                </thead>
                <tbody>
                  {data.items.map((item) => (
                    <tr key={item.id}>
                      <td>{formatDateTime(new Date(item.occurredAt), { dateStyle: 'medium', timeStyle: 'short' })}</td>
                      <td>{item.recipientName ?? t(`consents.kind.${item.recipientKind}`)}</td>
                      <td>{item.categories.map((category) => t(`consents.category.${category}`)).join(', ')}</td>
                      <td>{item.purpose}</td>
                      <td>{t(`disclosures.action.${item.action}`)}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
            {/* 42 CFR §2.32: the records shown carry the redisclosure notice, verbatim as the server sends it. */}
            <p>{data.redisclosureNotice}</p>
          </>
        )}
      </ResourceState>
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
