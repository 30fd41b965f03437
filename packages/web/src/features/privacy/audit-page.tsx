import { ZListAuditResponse } from '@kratom-care/contracts';
import { useState } from 'react';
import { useApiPagedQuery } from '../../api/use-api-list';
import { useT } from '../../i18n/use-t';
import { PageHeading } from '../../ui/page-heading';
import { RequireSession } from '../account/session/require-session';
import { QueryState } from '../workspace/page-states';
import { Pager } from '../workspace/pager';
import { AuditFilterForm } from './audit-filter-form';
import { NO_FILTERS, auditQuery, type AuditFilters } from './audit-query';
import { AuditTable } from './audit-table';

function AuditLog() {
  const t = useT();
  const [filters, setFilters] = useState<AuditFilters>(NO_FILTERS);
  // A new filter set remounts the form with it (e.g. after "Only this patient" in a row).
  const [round, setRound] = useState(0);
  const events = useApiPagedQuery(ZListAuditResponse, { path: '/api/audit', query: auditQuery(filters) });
  const apply = (next: AuditFilters): void => {
    setFilters(next);
  };
  return (
    <div className="page page--wide">
      <PageHeading>{t('audit.title')}</PageHeading>
      <AuditFilterForm key={round} initial={filters} onApply={apply} />
      <h2>{t('audit.resultsTitle')}</h2>
      <QueryState
        query={events}
        emptyText={t('audit.empty')}
        isEmpty={(data) => data.items.length === 0 && !events.pager.hasPrevious}
      >
        {(data) => (
          <>
            <AuditTable
              events={data.items}
              onPatient={(patient) => {
                apply({ ...filters, patient });
                setRound((value) => value + 1);
              }}
            />
            <Pager label={t('audit.pages')} pager={events.pager} nextCursor={data.nextCursor} />
          </>
        )}
      </QueryState>
    </div>
  );
}

/** `/privacy/audit`: the privacy officer's audit log: filter by person and action, names in every row. */
export function AuditPage() {
  return (
    <RequireSession roles={['privacy-officer']}>
      <AuditLog />
    </RequireSession>
  );
}
