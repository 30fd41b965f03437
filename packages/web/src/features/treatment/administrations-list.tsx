import type { TMedication, TMedicationAdministration } from '@kratom-care/contracts';
import { useApiInfiniteQuery } from '../../api/use-api-list';
import { useI18n } from '../../i18n/use-t';
import { DataTable, type DataColumn } from '../../ui/data-table';
import { QueryState } from '../workspace/page-states';
import { ADMINISTRATION_LIST, medicationPaths } from './medication-lists';

/** The doses given under one order, newest first: dose, route, time and who gave it. */
export function AdministrationsList({ patientId, order }: { readonly patientId: string; readonly order: TMedication }) {
  const { t, formatDateTime, formatNumber } = useI18n();
  const given = useApiInfiniteQuery(ADMINISTRATION_LIST, {
    path: medicationPaths(patientId).given(order.id),
    query: { limit: 50, order: 'desc' },
  });
  const columns: readonly DataColumn<TMedicationAdministration>[] = [
    {
      id: 'when',
      header: t('meds.given.col.when'),
      nowrap: true,
      cell: (row) => formatDateTime(new Date(row.givenAt), { dateStyle: 'medium', timeStyle: 'short' }),
    },
    {
      id: 'dose',
      header: t('meds.given.col.dose'),
      numeric: true,
      cell: (row) => `${formatNumber(row.dose)} ${t(`meds.unit.${row.unit}`)}`,
    },
    { id: 'route', header: t('meds.given.col.route'), cell: (row) => t(`meds.route.${row.route}`) },
    { id: 'by', header: t('meds.given.col.by'), cell: (row) => row.givenBy },
  ];
  return (
    <QueryState
      query={{ ...given, data: given.data === undefined ? undefined : given.items }}
      emptyText={t('meds.given.empty')}
      isEmpty={(items) => items.length === 0}
    >
      {(items) => (
        <>
          <DataTable
            caption={t('meds.given.caption')}
            captionHidden
            columns={columns}
            rows={items}
            rowKey={(row) => row.id}
          />
          {given.hasNextPage ? (
            <button
              className="button button--secondary"
              type="button"
              disabled={given.isFetchingNextPage}
              onClick={() => void given.fetchNextPage()}
            >
              {t('meds.orders.more')}
            </button>
          ) : null}
        </>
      )}
    </QueryState>
  );
}
