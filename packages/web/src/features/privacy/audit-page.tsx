import { useState } from 'react';
import { ZListAuditResponse } from '@kratom-care/contracts';
import { readState } from '../../api/query-state';
import { useApiQuery } from '../../api/use-api-query';
import { useT } from '../../i18n/use-t';
import { PageHeading } from '../../ui/page-heading';
import { ResourceState } from '../account/page-states';
import { RequireSession } from '../account/session/require-session';
import { AuditFilterForm } from './audit-filter-form';
import { AUDIT_PAGE_SIZE, NO_FILTERS, auditQuery, type AuditFilters } from './audit-query';
import { AuditTable } from './audit-table';

function AuditLog() {
  const t = useT();
  const [filters, setFilters] = useState<AuditFilters>(NO_FILTERS);
  const [offset, setOffset] = useState(0);
  const events = readState(useApiQuery(ZListAuditResponse, { path: '/api/audit', query: auditQuery(filters, offset) }));
  const total = events.data?.total ?? 0;
  return (
    <div className="page page--wide">
      <PageHeading>{t('audit.title')}</PageHeading>
      <AuditFilterForm
        initial={filters}
        onApply={(next) => {
          setFilters(next);
          setOffset(0);
        }}
      />
      <h2>{t('audit.resultsTitle')}</h2>
      <ResourceState state={events} emptyText={t('audit.empty')} isEmpty={(data) => data.items.length === 0}>
        {(data) => (
          <>
            <p role="status">
              {t('audit.showing', {
                first: offset + 1,
                last: offset + data.items.length,
                total,
              })}
            </p>
            <AuditTable events={data.items} />
          </>
        )}
      </ResourceState>
      <nav className="button-row" aria-label={t('audit.pages')}>
        <button
          className="button button--secondary"
          type="button"
          disabled={offset === 0}
          onClick={() => {
            setOffset(Math.max(0, offset - AUDIT_PAGE_SIZE));
          }}
        >
          {t('common.previous')}
        </button>
        <button
          className="button button--secondary"
          type="button"
          disabled={offset + AUDIT_PAGE_SIZE >= total}
          onClick={() => {
            setOffset(offset + AUDIT_PAGE_SIZE);
          }}
        >
          {t('common.next')}
        </button>
      </nav>
    </div>
  );
}

/** `/privacy/audit`: the privacy officer's audit log with filters, twenty rows a page. */
export function AuditPage() {
  return (
    <RequireSession roles={['privacy-officer']}>
      <AuditLog />
    </RequireSession>
  );
}
