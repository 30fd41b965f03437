import type { TVitals } from '@kratom-care/contracts';
import { useI18n } from '../../i18n/use-t';
import { DataTable, type DataColumn } from '../../ui/data-table';

/** Sets of vitals, newest first; a measurement not taken is left blank. Shared by the chart and family view. */
export function VitalsTable({ items, caption }: { readonly items: readonly TVitals[]; readonly caption: string }) {
  const { t, formatDateTime, formatNumber } = useI18n();
  const value = (key: string, number: number | undefined): string =>
    number === undefined ? '' : t(key, { value: formatNumber(number) });
  const columns: readonly DataColumn<TVitals>[] = [
    {
      id: 'takenAt',
      header: t('vitals.col.takenAt'),
      cell: (row) => (
        <>
          {formatDateTime(new Date(row.takenAt), { dateStyle: 'medium', timeStyle: 'short' })}
          {row.status === 'entered-in-error' ? ` (${t('vitals.enteredInError')})` : ''}
        </>
      ),
    },
    {
      id: 'heartRate',
      header: t('vitals.col.heartRate'),
      numeric: true,
      cell: (row) => value('vitals.value.heartRate', row.heartRate),
    },
    {
      id: 'bloodPressure',
      header: t('vitals.col.bloodPressure'),
      numeric: true,
      cell: (row) =>
        row.systolic === undefined || row.diastolic === undefined
          ? ''
          : t('vitals.value.bloodPressure', { systolic: row.systolic, diastolic: row.diastolic }),
    },
    {
      id: 'temperature',
      header: t('vitals.col.temperature'),
      numeric: true,
      cell: (row) => value('vitals.value.temperature', row.temperature),
    },
    {
      id: 'respiratoryRate',
      header: t('vitals.col.respiratoryRate'),
      numeric: true,
      cell: (row) => value('vitals.value.respiratoryRate', row.respiratoryRate),
    },
    {
      id: 'oxygenSaturation',
      header: t('vitals.col.oxygenSaturation'),
      numeric: true,
      cell: (row) => value('vitals.value.oxygenSaturation', row.oxygenSaturation),
    },
    { id: 'by', header: t('vitals.col.by'), cell: (row) => row.recordedByName ?? t('frame.unknownPerson') },
  ];
  return <DataTable caption={caption} columns={columns} rows={items} rowKey={(row) => row.id} />;
}
