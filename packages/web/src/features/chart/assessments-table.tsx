import type { TAssessment } from '@kratom-care/contracts';
import { useI18n } from '../../i18n/use-t';
import { DataTable, type DataColumn } from '../../ui/data-table';

/** Scored questionnaires, newest first: the chart, "My record" and a family member's view share this table. */
export function AssessmentsTable({
  items,
  caption,
}: {
  readonly items: readonly TAssessment[];
  readonly caption: string;
}) {
  const { t, formatDateTime } = useI18n();
  const columns: readonly DataColumn<TAssessment>[] = [
    {
      id: 'when',
      header: t('chart.col.when'),
      nowrap: true,
      cell: (row) => formatDateTime(new Date(row.recordedAt), { dateStyle: 'medium', timeStyle: 'short' }),
    },
    { id: 'instrument', header: t('chart.col.instrument'), cell: (row) => t(`instrument.${row.instrumentId}.title`) },
    { id: 'score', header: t('chart.col.score'), numeric: true, cell: (row) => row.total },
    {
      id: 'band',
      header: t('chart.col.band'),
      cell: (row) => (row.bandId === null ? '' : t(`instrument.${row.instrumentId}.band.${row.bandId}`)),
    },
  ];
  return <DataTable caption={caption} captionHidden columns={columns} rows={items} rowKey={(row) => row.id} />;
}
