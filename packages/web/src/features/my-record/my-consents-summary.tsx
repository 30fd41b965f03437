import { ZListConsentsResponse, type TConsent } from '@kratom-care/contracts';
import { Link } from 'react-router';
import { useApiQuery } from '../../api/use-api-query';
import { useI18n } from '../../i18n/use-t';
import { QueryState } from '../workspace/page-states';

/** @returns The recipient by name where there is one, else the kind of recipient. */
export function recipientLabel(t: (key: string) => string, consent: TConsent): string {
  return (
    consent.recipientUserName ??
    consent.recipientName ??
    consent.recipientEmail ??
    t(`consents.kind.${consent.recipientKind}`)
  );
}

/** The consents in force: who, what, until when; the consents page changes them. */
export function MyConsentsSummary() {
  const { t, formatDateTime } = useI18n();
  const consents = useApiQuery(ZListConsentsResponse, { path: '/api/me/consents', query: { limit: 20 } });
  return (
    <section className="ws-section" aria-labelledby="my-consents">
      <h2 id="my-consents">{t('myRecord.consents')}</h2>
      <QueryState
        query={{ ...consents, data: consents.data?.items.filter((consent) => consent.state === 'active') }}
        emptyText={t('myRecord.consentsEmpty')}
        isEmpty={(items) => items.length === 0}
      >
        {(items) => (
          <ul>
            {items.map((consent) => (
              <li key={consent.id}>
                <strong>{recipientLabel(t, consent)}</strong>:{' '}
                {consent.categories.map((category) => t(`consents.category.${category}`)).join(', ')}
                {consent.expiresAt === null
                  ? ''
                  : ` · ${t('family.until', { date: formatDateTime(new Date(consent.expiresAt), { dateStyle: 'medium' }) })}`}
              </li>
            ))}
          </ul>
        )}
      </QueryState>
      <p>
        <Link to="/me/consents">{t('myRecord.manageConsents')}</Link>
      </p>
    </section>
  );
}
