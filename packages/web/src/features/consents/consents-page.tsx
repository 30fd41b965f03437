import { useState } from 'react';
import { ZListConsentsResponse } from '@kratom-care/contracts';
import { readState } from '../../api/query-state';
import { useApiQuery } from '../../api/use-api-query';
import { useT } from '../../i18n/use-t';
import { Notice } from '../../ui/notice';
import { PageHeading } from '../../ui/page-heading';
import { ResourceState } from '../account/page-states';
import { RequireSession } from '../account/session/require-session';
import { ConsentList } from './consent-list';
import { GrantConsentForm } from './grant-consent-form';

function Consents() {
  const t = useT();
  const consents = readState(useApiQuery(ZListConsentsResponse, { path: '/api/me/consents', query: { limit: 100 } }));
  const [notice, setNotice] = useState<string | null>(null);
  const changed = (message: string): void => {
    setNotice(message);
    consents.reload();
  };
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
      <ResourceState state={consents} emptyText={t('consents.empty')} isEmpty={(data) => data.items.length === 0}>
        {(data) => (
          <ConsentList
            consents={data.items}
            onRevoked={() => {
              changed(t('consents.revoked'));
            }}
          />
        )}
      </ResourceState>
      <GrantConsentForm
        onGranted={() => {
          changed(t('consents.granted'));
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
