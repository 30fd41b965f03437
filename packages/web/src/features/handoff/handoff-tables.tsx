import { labTestByLoinc } from '@kratom-care/domain';
import type { THandoffSummary } from '@kratom-care/contracts';
import { useI18n } from '../../i18n/use-t';
import { DataTable, type DataColumn } from '../../ui/data-table';
import { labResultText, labUpperLimitText } from '../liver/lab-cells';

type Medication = THandoffSummary['medications']['items'][number];
type Score = THandoffSummary['scores']['items'][number];
type Lab = THandoffSummary['labs']['items'][number];

const WHEN = { dateStyle: 'medium', timeStyle: 'short' } as const;

/** The active medication orders: medicine, dose and route, who ordered it and when. */
export function MedicationsTable({ items }: { readonly items: readonly Medication[] }) {
  const { t, formatDateTime, formatNumber } = useI18n();
  const columns: readonly DataColumn<Medication>[] = [
    {
      id: 'drug',
      header: t('handoff.col.medication'),
      cell: (row) =>
        row.name === undefined ? t(`meds.drug.${row.drug}`) : `${t(`meds.drug.${row.drug}`)}: ${row.name}`,
    },
    {
      id: 'dose',
      header: t('handoff.col.dose'),
      cell: (row) =>
        t('handoff.dose', {
          dose: formatNumber(row.dose),
          unit: t(`meds.unit.${row.unit}`),
          route: t(`meds.route.${row.route}`),
        }),
    },
    {
      id: 'ordered',
      header: t('handoff.col.ordered'),
      cell: (row) => t('handoff.orderedBy', { when: formatDateTime(new Date(row.orderedAt), WHEN), by: row.orderedBy }),
    },
  ];
  return (
    <DataTable
      caption={t('handoff.section.medications')}
      captionHidden
      columns={columns}
      rows={items}
      rowKey={(row) => row.id}
    />
  );
}

/** The latest score of each instrument, with its band. */
export function ScoresTable({ items }: { readonly items: readonly Score[] }) {
  const { t, formatDateTime } = useI18n();
  const columns: readonly DataColumn<Score>[] = [
    { id: 'instrument', header: t('handoff.col.instrument'), cell: (row) => t(`instrument.${row.instrumentId}.title`) },
    { id: 'score', header: t('handoff.col.score'), numeric: true, cell: (row) => row.total },
    {
      id: 'band',
      header: t('handoff.col.band'),
      cell: (row) => (row.bandId === null ? '' : t(`instrument.${row.instrumentId}.band.${row.bandId}`)),
    },
    {
      id: 'when',
      header: t('handoff.col.when'),
      nowrap: true,
      cell: (row) => formatDateTime(new Date(row.recordedAt), WHEN),
    },
  ];
  return (
    <DataTable
      caption={t('handoff.section.scores')}
      captionHidden
      columns={columns}
      rows={items}
      rowKey={(row) => row.id}
    />
  );
}

/** The latest result of each test, with the upper limit it was read against. */
export function LabsTable({ items }: { readonly items: readonly Lab[] }) {
  const { t, formatDateTime, formatNumber } = useI18n();
  const columns: readonly DataColumn<Lab>[] = [
    {
      id: 'test',
      header: t('handoff.col.test'),
      cell: (row) => {
        const definition = labTestByLoinc(row.loinc);
        return `${definition === undefined ? row.loinc : t(definition.labelKey)} (LOINC ${row.loinc})`;
      },
    },
    {
      id: 'result',
      header: t('handoff.col.result'),
      numeric: true,
      cell: (row) => labResultText(row, { t, formatNumber }),
    },
    {
      id: 'upper',
      header: t('handoff.col.upperLimit'),
      numeric: true,
      cell: (row) => labUpperLimitText(row, { t, formatNumber }),
    },
    {
      id: 'collected',
      header: t('handoff.col.collected'),
      nowrap: true,
      cell: (row) => formatDateTime(new Date(row.collectedAt), WHEN),
    },
  ];
  return (
    <DataTable
      caption={t('handoff.section.labs')}
      captionHidden
      columns={columns}
      rows={items}
      rowKey={(row) => row.id}
    />
  );
}
