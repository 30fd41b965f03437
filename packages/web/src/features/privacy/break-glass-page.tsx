import { useState } from 'react';
import { ZListBreakGlassResponse } from '@kratom-care/contracts';
import { readState } from '../../api/query-state';
import { useApiQuery } from '../../api/use-api-query';
import { useI18n } from '../../i18n/use-t';
import { Notice } from '../../ui/notice';
import { PageHeading } from '../../ui/page-heading';
import { ResourceState } from '../account/page-states';
import { RequireSession } from '../account/session/require-session';
import { ReviewForm } from './review-form';

function BreakGlassReview() {
  const { t, formatDateTime } = useI18n();
  const accesses = readState(
    useApiQuery(ZListBreakGlassResponse, { path: '/api/audit/break-glass', query: { reviewed: 'false' } }),
  );
  const [reviewed, setReviewed] = useState(false);
  const time = (iso: string): string => formatDateTime(new Date(iso), { dateStyle: 'medium', timeStyle: 'short' });
  return (
    <div className="page page--wide">
      <PageHeading>{t('breakGlass.title')}</PageHeading>
      <p>{t('breakGlass.intro')}</p>
      {reviewed ? (
        <Notice tone="success" live>
          <p>{t('breakGlass.saved')}</p>
        </Notice>
      ) : null}
      <ResourceState state={accesses} emptyText={t('breakGlass.empty')} isEmpty={(data) => data.items.length === 0}>
        {(data) => (
          <ul className="workspace-cards">
            {data.items.map((access) => (
              <li key={access.id} className="workspace-card">
                <h2>{t('breakGlass.itemTitle', { when: time(access.startedAt) })}</h2>
                <dl className="workspace-details">
                  <dt>{t('breakGlass.user')}</dt>
                  <dd>{access.userName ?? t('frame.unknownPerson')}</dd>
                  <dt>{t('breakGlass.patient')}</dt>
                  <dd>{access.patientName ?? t('frame.unknownPerson')}</dd>
                  <dt>{t('breakGlass.reason')}</dt>
                  <dd>{access.reason}</dd>
                  <dt>{t('breakGlass.until')}</dt>
                  <dd>{time(access.expiresAt)}</dd>
                </dl>
                <ReviewForm
                  accessId={access.id}
                  onReviewed={() => {
                    setReviewed(true);
                    accesses.reload();
                  }}
                />
              </li>
            ))}
          </ul>
        )}
      </ResourceState>
    </div>
  );
}

/** `/privacy/break-glass`: emergency accesses not yet reviewed, each closed with a note. */
export function BreakGlassPage() {
  return (
    <RequireSession roles={['privacy-officer']}>
      <BreakGlassReview />
    </RequireSession>
  );
}
