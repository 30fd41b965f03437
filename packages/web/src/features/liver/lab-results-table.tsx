import { labTestByLoinc } from '@kratom-care/domain';
import type { TLab } from '@kratom-care/contracts';
import { useApiInfiniteQuery } from '../../api/use-api-list';
import { useI18n } from '../../i18n/use-t';
import { DataTable, type DataColumn } from '../../ui/data-table';
import { labResultText, labUpperLimitText } from './lab-cells';
import { QueryState } from '../workspace/page-states';
import { LAB_LIST, labPaths } from './lab-lists';

/** The patient's lab results, newest first: the value as entered, the upper limit used and the multiple of it. */
export function LabResultsTable({ patientId }: { readonly patientId: string }) {
  const { t, formatDateTime, formatNumber } = useI18n();
  const labs = useApiInfiniteQuery(LAB_LIST, { path: labPaths(patientId).labs, query: { limit: 50, order: 'desc' } });
  const label = (row: TLab) => {
    const definition = labTestByLoinc(row.loinc);
    return definition === undefined ? row.loinc : t(definition.labelKey);
  };
  const columns: readonly DataColumn<TLab>[] = [
    {
      id: 'collected',
      header: t('labs.col.collected'),
      nowrap: true,
      cell: (row) => formatDateTime(new Date(row.collectedAt), { dateStyle: 'medium', timeStyle: 'short' }),
    },
    { id: 'test', header: t('labs.col.test'), cell: label },
    {
      id: 'result',
      header: t('labs.col.result'),
      numeric: true,
      cell: (row) => labResultText(row, { t, formatNumber }),
    },
    {
      id: 'upper',
      header: t('labs.col.upperLimit'),
      numeric: true,
      cell: (row) => labUpperLimitText(row, { t, formatNumber }),
    },
    {
      id: 'multiple',
      header: t('labs.col.multiple'),
      numeric: true,
      cell: (row) =>
        row.canonicalValue === null || row.canonicalUpperLimit === null
          ? ''
          : `${formatNumber(row.canonicalValue / row.canonicalUpperLimit, { maximumFractionDigits: 2 })}×`,
    },
  ];
  const current = labs.items.filter((row) => row.status !== 'entered-in-error');
  return (
    <section className="ws-section" aria-labelledby="lab-results-title">
      <h2 id="lab-results-title">{t('labs.results.title')}</h2>
      <QueryState
        query={{ ...labs, data: labs.data === undefined ? undefined : current }}
        emptyText={t('labs.results.empty')}
        isEmpty={(items) => items.length === 0}
      >
        {(items) => (
          <>
            <DataTable caption={t('labs.results.caption')} columns={columns} rows={items} rowKey={(row) => row.id} />
            {labs.hasNextPage ? (
              <button
                className="button button--secondary"
                type="button"
                disabled={labs.isFetchingNextPage}
                onClick={() => void labs.fetchNextPage()}
              >
                {t('labs.results.more')}
              </button>
            ) : null}
          </>
        )}
      </QueryState>
    </section>
  );
}
