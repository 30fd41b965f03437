import type { TVitals } from '@kratom-care/contracts';
import type { ReactNode } from 'react';
import { useI18n } from '../../i18n/use-t';
import { DataTable, type DataColumn } from '../../ui/data-table';

/** Sets of vitals, newest first; a measurement not taken is left blank. Shared by the chart and family view. */
export function VitalsTable({ items, caption }: { readonly items: readonly TVitals[]; readonly caption: string }) {
  const { t, formatDateTime, formatNumber } = useI18n();
  // A measurement not taken: a dash to the eye, "Not measured" to a screen reader (a blank reads as nothing).
  const notTaken = (
    <>
      <span aria-hidden="true">–</span>
      <span className="visually-hidden">{t('vitals.notTaken')}</span>
    </>
  );
  const value = (key: string, number: number | undefined): ReactNode =>
    number === undefined ? notTaken : t(key, { value: formatNumber(number) });
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
      nowrap: true,
      cell: (row) => value('vitals.value.heartRate', row.heartRate),
    },
    {
      id: 'bloodPressure',
      header: t('vitals.col.bloodPressure'),
      numeric: true,
      nowrap: true,
      cell: (row) =>
        row.systolic === undefined || row.diastolic === undefined
          ? notTaken
          : t('vitals.value.bloodPressure', { systolic: row.systolic, diastolic: row.diastolic }),
    },
    {
      id: 'temperature',
      header: t('vitals.col.temperature'),
      numeric: true,
      nowrap: true,
      cell: (row) => value('vitals.value.temperature', row.temperature),
    },
    {
      id: 'respiratoryRate',
      header: t('vitals.col.respiratoryRate'),
      numeric: true,
      nowrap: true,
      cell: (row) => value('vitals.value.respiratoryRate', row.respiratoryRate),
    },
    {
      id: 'oxygenSaturation',
      header: t('vitals.col.oxygenSaturation'),
      numeric: true,
      nowrap: true,
      cell: (row) => value('vitals.value.oxygenSaturation', row.oxygenSaturation),
    },
    { id: 'by', header: t('vitals.col.by'), cell: (row) => row.recordedByName ?? t('frame.unknownPerson') },
  ];
  return <DataTable caption={caption} captionHidden columns={columns} rows={items} rowKey={(row) => row.id} />;
}
