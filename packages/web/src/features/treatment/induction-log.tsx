import type { TDecisionSupportResponse } from '@kratom-care/contracts';
import { useI18n } from '../../i18n/use-t';
import { DataTable, type DataColumn } from '../../ui/data-table';

type Entry = TDecisionSupportResponse['inductionLog'][number];

/**
 * The buprenorphine induction log (issue 10 §4): each dose given with the COWS before it and the first
 * COWS after it; a dose still waiting for its post-dose COWS says so in words.
 */
export function InductionLog({ entries }: { readonly entries: readonly Entry[] }) {
  const { t, formatDateTime, formatNumber } = useI18n();
  const when = (iso: string) => formatDateTime(new Date(iso), { dateStyle: 'medium', timeStyle: 'short' });
  const cows = (ref: Entry['cowsBefore']) =>
    ref === null ? null : t('meds.log.cows', { total: ref.total, when: when(ref.assessedAt) });
  const columns: readonly DataColumn<Entry>[] = [
    { id: 'given', header: t('meds.log.col.given'), nowrap: true, cell: (row) => when(row.givenAt) },
    { id: 'dose', header: t('meds.log.col.dose'), numeric: true, cell: (row) => `${formatNumber(row.doseMg)} mg` },
    { id: 'before', header: t('meds.log.col.before'), cell: (row) => cows(row.cowsBefore) ?? t('meds.log.none') },
    {
      id: 'after',
      header: t('meds.log.col.after'),
      cell: (row) => cows(row.cowsAfter) ?? <strong>{t('meds.log.due')}</strong>,
    },
  ];
  return (
    <section className="ws-section" aria-labelledby="induction-log-title">
      <h2 id="induction-log-title">{t('meds.log.title')}</h2>
      <p>{t('meds.log.intro')}</p>
      {entries.length === 0 ? (
        <p className="ws-state ws-state--empty">{t('meds.log.empty')}</p>
      ) : (
        <DataTable
          caption={t('meds.log.caption')}
          captionHidden
          columns={columns}
          rows={entries}
          rowKey={(row) => row.administrationId}
        />
      )}
    </section>
  );
}
