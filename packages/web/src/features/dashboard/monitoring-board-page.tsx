import { ZMonitoringBoardResponse, type TMonitoredPatient } from '@kratom-care/contracts';
import { Link } from 'react-router';
import { useApiPagedQuery } from '../../api/use-api-list';
import { useI18n } from '../../i18n/use-t';
import { DataTable, type DataColumn } from '../../ui/data-table';
import { PageHeading } from '../../ui/page-heading';
import { RequireSession } from '../account/session/require-session';
import { patientName } from '../patients/patient-name';
import { QueryState } from '../workspace/page-states';
import { Pager } from '../workspace/pager';
import { AlertsCell, DueCell, LatestScoreCell } from './monitored-cells';
import { useMinuteRefresh } from './use-minute-refresh';

const PAGE_SIZE = 50;

function Board() {
  const { t, formatDateTime } = useI18n();
  const board = useApiPagedQuery(ZMonitoringBoardResponse, {
    path: '/api/monitoring-board',
    query: { limit: PAGE_SIZE },
  });
  useMinuteRefresh(board.refetch);
  const at = board.data?.at ?? new Date().toISOString();
  const settings = board.data?.settings;
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
    { id: 'score', header: t('dashboard.col.latestScore'), cell: (row) => <LatestScoreCell score={row.latestScore} /> },
    {
      id: 'sinceKratom',
      header: t('dashboard.col.sinceKratom'),
      numeric: true,
      nowrap: true,
      cell: (row) =>
        row.hoursSinceLastKratomDose === null
          ? t('dashboard.notRecorded')
          : t('dashboard.hours', { hours: row.hoursSinceLastKratomDose }),
    },
    { id: 'alerts', header: t('dashboard.col.alerts'), cell: (row) => <AlertsCell alerts={row.alerts} /> },
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
          <>
            <p className="mon-updated">
              {t('dashboard.updated', { time: formatDateTime(new Date(data.at), { timeStyle: 'short' }) })}
            </p>
            <DataTable
              caption={t('board.tableCaption')}
              captionHidden
              columns={columns}
              rows={data.items}
              rowKey={(row) => row.patient.id}
            />
            <Pager label={t('board.pages')} pager={board.pager} nextCursor={data.nextCursor} />
          </>
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
