import { ZDashboardResponse, type TMonitoredPatient } from '@kratom-care/contracts';
import { Link } from 'react-router';
import { useApiPagedQuery } from '../../api/use-api-list';
import { useI18n } from '../../i18n/use-t';
import type { DataColumn } from '../../ui/data-table';
import { PageHeading } from '../../ui/page-heading';
import { RequireSession } from '../account/session/require-session';
import { patientName } from '../patients/patient-name';
import { QueryState } from '../workspace/page-states';
import { DueCell } from './monitored-cells';
import { commonColumns, MonitoredTable } from './monitored-table';
import { useMinuteRefresh } from './use-minute-refresh';

const PAGE_SIZE = 50;

function Dashboard() {
  const { t } = useI18n();
  const dashboard = useApiPagedQuery(ZDashboardResponse, { path: '/api/dashboard', query: { limit: PAGE_SIZE } });
  useMinuteRefresh(dashboard.refetch);
  const at = dashboard.data?.at ?? new Date().toISOString();
  const common = commonColumns(t);
  const columns: readonly DataColumn<TMonitoredPatient>[] = [
    {
      id: 'patient',
      header: t('dashboard.col.patient'),
      cell: (row) => <Link to={`/patients/${encodeURIComponent(row.patient.id)}`}>{patientName(row.patient)}</Link>,
    },
    {
      id: 'status',
      header: t('dashboard.col.status'),
      cell: (row) => (
        <>
          {t(`dashboard.status.${row.status}`)}
          {row.nextScoreDue === null ? null : (
            <>
              <br />
              <DueCell due={row.nextScoreDue} at={at} />
            </>
          )}
        </>
      ),
    },
    {
      id: 'careLevel',
      header: t('dashboard.col.careLevel'),
      cell: (row) => t(`dashboard.level.${row.careLevel ?? 'none'}`),
    },
    common.sinceKratom,
    common.score,
    common.alerts,
  ];
  return (
    <div className="page page--wide">
      <PageHeading>{t('dashboard.title')}</PageHeading>
      <p>{t('dashboard.intro')}</p>
      <QueryState
        query={dashboard}
        emptyText={t('dashboard.empty')}
        emptyAction={
          <Link className="button" to="/patients">
            {t('dashboard.emptyAction')}
          </Link>
        }
        isEmpty={(data) => data.items.length === 0 && !dashboard.pager.hasPrevious}
      >
        {(data) => (
          <MonitoredTable
            data={data}
            columns={columns}
            caption={t('dashboard.tableCaption')}
            pagesLabel={t('dashboard.pages')}
            pager={dashboard.pager}
            updatedNotLive
          />
        )}
      </QueryState>
    </div>
  );
}

/** `/dashboard`: the clinician's patients with status, care intensity, latest score and open alerts. */
export function DashboardPage() {
  return (
    <RequireSession roles={['clinician']}>
      <Dashboard />
    </RequireSession>
  );
}
