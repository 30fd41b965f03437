import { ZListConsentsResponse } from '@kratom-care/contracts';
import { useState } from 'react';
import { useApiInfiniteQuery } from '../../api/use-api-list';
import { useT } from '../../i18n/use-t';
import { Notice } from '../../ui/notice';
import { PageHeading } from '../../ui/page-heading';
import { RequireSession } from '../account/session/require-session';
import { QueryState } from '../workspace/page-states';
import { ConsentList } from './consent-list';
import { GrantConsentForm } from './grant-consent-form';

function Consents() {
  const t = useT();
  const consents = useApiInfiniteQuery(ZListConsentsResponse, { path: '/api/me/consents', query: { limit: 20 } });
  const [notice, setNotice] = useState<string | null>(null);
  return (
    <div className="page page--wide">
      <PageHeading>{t('consents.title')}</PageHeading>
      <p>{t('consents.intro')}</p>
      {notice === null ? null : (
        <Notice tone="success" live>
          <p>{notice}</p>
        </Notice>
      )}
      <h2>{t('consents.listTitle')}</h2>
      <QueryState
        query={{ ...consents, data: consents.data === undefined ? undefined : consents.items }}
        emptyText={t('consents.empty')}
        isEmpty={(items) => items.length === 0}
      >
        {(items) => (
          <>
            <ConsentList
              consents={items}
              onRevoked={() => {
                setNotice(t('consents.revoked'));
              }}
            />
            {consents.hasNextPage ? (
              <div className="button-row">
                <button
                  className="button button--secondary"
                  type="button"
                  disabled={consents.isFetchingNextPage}
                  onClick={() => void consents.fetchNextPage()}
                >
                  {t('consents.more')}
                </button>
              </div>
            ) : null}
          </>
        )}
      </QueryState>
      <GrantConsentForm
        onGranted={() => {
          setNotice(t('consents.granted'));
        }}
      />
    </div>
  );
}

/** `/me/consents`: a patient's consents (42 CFR Part 2): see them, grant one, revoke one. */
export function ConsentsPage() {
  return (
    <RequireSession roles={['patient']}>
      <Consents />
    </RequireSession>
  );
}
