import { ZMonitoringBoardResponse, type TMonitoredPatient } from '@kratom-care/contracts';
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

function Board() {
  const { t } = useI18n();
  const board = useApiPagedQuery(ZMonitoringBoardResponse, {
    path: '/api/monitoring-board',
    query: { limit: PAGE_SIZE },
  });
  useMinuteRefresh(board.refetch);
  const at = board.data?.at ?? new Date().toISOString();
  const settings = board.data?.settings;
  const common = commonColumns(t);
  const columns: readonly DataColumn<TMonitoredPatient>[] = [
    { id: 'due', header: t('board.col.due'), cell: (row) => <DueCell due={row.nextScoreDue} at={at} /> },
    {
      id: 'patient',
      header: t('dashboard.col.patient'),
      cell: (row) => (
        <Link
          to={`/patients/${encodeURIComponent(row.patient.id)}/withdrawal`}
          aria-label={t('board.openWithdrawal', { name: patientName(row.patient) })}
        >
          {patientName(row.patient)}
        </Link>
      ),
    },
    {
      id: 'rule',
      header: t('board.col.rule'),
      cell: (row) =>
        row.nextScoreDue === null
          ? null
          : t(`board.rule.${row.nextScoreDue.rule}`, {
              hours: settings?.intervalHours ?? '',
              threshold: settings?.activeWithdrawalMinCows ?? '',
            }),
    },
    common.score,
    common.sinceKratom,
    common.alerts,
  ];
  return (
    <div className="page page--wide">
      <PageHeading>{t('board.title')}</PageHeading>
      <p>{t('board.intro')}</p>
      <QueryState
        query={board}
        emptyText={t('board.empty')}
        isEmpty={(data) => data.items.length === 0 && !board.pager.hasPrevious}
      >
        {(data) => (
          <MonitoredTable
            data={data}
            columns={columns}
            caption={t('board.tableCaption')}
            pagesLabel={t('board.pages')}
            pager={board.pager}
          />
        )}
      </QueryState>
    </div>
  );
}

/** `/monitoring`: the withdrawal-monitoring board, overdue first, read again every minute. */
export function MonitoringBoardPage() {
  return (
    <RequireSession roles={['clinician']}>
      <Board />
    </RequireSession>
  );
}
