import { ZListDisclosuresResponse } from '@kratom-care/contracts';
import { Link } from 'react-router';
import { useApiQuery } from '../../api/use-api-query';
import { useI18n } from '../../i18n/use-t';
import { QueryState } from '../workspace/page-states';

/** The five latest disclosures (who saw what, when); the disclosures page lists them all. */
export function MyDisclosuresSummary() {
  const { t, formatDateTime } = useI18n();
  const disclosures = useApiQuery(ZListDisclosuresResponse, { path: '/api/me/disclosures', query: { limit: 5 } });
  return (
    <section className="ws-section" aria-labelledby="my-disclosures">
      <h2 id="my-disclosures">{t('myRecord.disclosures')}</h2>
      <QueryState
        query={disclosures}
        emptyText={t('myRecord.disclosuresEmpty')}
        isEmpty={(data) => data.items.length === 0}
      >
        {(data) => (
          <ul>
            {data.items.map((disclosure) => (
              <li key={disclosure.id}>
                <strong>{disclosure.recipientName ?? t(`consents.kind.${disclosure.recipientKind}`)}</strong>
                {' · '}
                {disclosure.categories.map((category) => t(`consents.category.${category}`)).join(', ')}
                {' · '}
                {formatDateTime(new Date(disclosure.occurredAt), { dateStyle: 'medium', timeStyle: 'short' })}
              </li>
            ))}
          </ul>
        )}
      </QueryState>
      <p>
        <Link to="/me/disclosures">{t('myRecord.allDisclosures')}</Link>
      </p>
    </section>
  );
}
