import type { TMonitoredPatient } from '@kratom-care/contracts';
import type { KeysetPager } from '../../api/use-api-list';
import { useI18n } from '../../i18n/use-t';
import type { Translate } from '../../i18n/translate';
import { DataTable, type DataColumn } from '../../ui/data-table';
import { Pager } from '../workspace/pager';
import { AlertsCell, LatestScoreCell } from './monitored-cells';

/*
 * What the dashboard and the withdrawal-monitoring board show alike: the same list of monitored
 * patients (one response shape), some of the same columns, and the table with its "updated at" line
 * and pages.
 */

/**
 * @param t - The reader's translate function.
 * @returns The columns both pages show the same way: hours since the last kratom dose, the latest
 *   score, the open alerts.
 */
export function commonColumns(t: Translate) {
  const sinceKratom: DataColumn<TMonitoredPatient> = {
    id: 'sinceKratom',
    header: t('dashboard.col.sinceKratom'),
    numeric: true,
    nowrap: true,
    cell: (row) =>
      row.hoursSinceLastKratomDose === null
        ? t('dashboard.notRecorded')
        : t('dashboard.hours', { hours: row.hoursSinceLastKratomDose }),
  };
  const score: DataColumn<TMonitoredPatient> = {
    id: 'score',
    header: t('dashboard.col.latestScore'),
    cell: (row) => <LatestScoreCell score={row.latestScore} />,
  };
  const alerts: DataColumn<TMonitoredPatient> = {
    id: 'alerts',
    header: t('dashboard.col.alerts'),
    cell: (row) => <AlertsCell alerts={row.alerts} />,
  };
  return { sinceKratom, score, alerts };
}

interface MonitoredTableProps {
  readonly data: {
    readonly at: string;
    readonly items: readonly TMonitoredPatient[];
    readonly nextCursor: string | null;
  };
  readonly columns: readonly DataColumn<TMonitoredPatient>[];
  readonly caption: string;
  readonly pagesLabel: string;
  readonly pager: KeysetPager;
  /** Marks the "updated at" line `aria-live="off"` (the dashboard does; the board leaves it unset). */
  readonly updatedNotLive?: boolean;
}

/**
 * One page of monitored patients: when it was read, the table (its caption for screen readers only)
 * and the pager.
 */
export function MonitoredTable({
  data,
  columns,
  caption,
  pagesLabel,
  pager,
  updatedNotLive = false,
}: MonitoredTableProps) {
  const { t, formatDateTime } = useI18n();
  return (
    <>
      <p className="mon-updated" aria-live={updatedNotLive ? 'off' : undefined}>
        {t('dashboard.updated', { time: formatDateTime(new Date(data.at), { timeStyle: 'short' }) })}
      </p>
      <DataTable caption={caption} captionHidden columns={columns} rows={data.items} rowKey={(row) => row.patient.id} />
      <Pager label={pagesLabel} pager={pager} nextCursor={data.nextCursor} />
    </>
  );
}
