import { LIVER_FINDING_FACTS, type TLiverFindings } from '@kratom-care/contracts';
import { useApiInfiniteQuery } from '../../api/use-api-list';
import { useI18n } from '../../i18n/use-t';
import { DataTable, type DataColumn } from '../../ui/data-table';
import { QueryState } from '../workspace/page-states';
import { LIVER_FINDINGS_LIST, labPaths } from './lab-lists';

/**
 * The clinician findings recorded so far, newest first: when, by whom, each fact answered (a fact left
 * out reads "not assessed") and the symptoms seen. The assessment above reads the newest answer to each.
 */
export function LiverFindingsList({ patientId }: { readonly patientId: string }) {
  const { t, formatDateTime } = useI18n();
  const findings = useApiInfiniteQuery(LIVER_FINDINGS_LIST, {
    path: labPaths(patientId).findings,
    query: { limit: 20, order: 'desc' },
  });
  const answered = (row: TLiverFindings) =>
    LIVER_FINDING_FACTS.flatMap((fact) => {
      const answer = row[fact];
      return answer === undefined
        ? []
        : [`${t(`liverTab.findings.${fact}`)}: ${t(answer ? 'liverTab.findings.yes' : 'liverTab.findings.no')}`];
    }).join('; ');
  const columns: readonly DataColumn<TLiverFindings>[] = [
    {
      id: 'when',
      header: t('liverTab.findings.assessedAt'),
      nowrap: true,
      cell: (row) => formatDateTime(new Date(row.assessedAt), { dateStyle: 'medium', timeStyle: 'short' }),
    },
    { id: 'by', header: t('liverTab.findings.by'), cell: (row) => row.recordedByName ?? '' },
    { id: 'facts', header: t('liverTab.findings.facts'), cell: answered },
    {
      id: 'symptoms',
      header: t('liverTab.findings.symptoms'),
      cell: (row) => row.symptoms.map((symptom) => t(`liver.symptom.${symptom}`)).join(', '),
    },
  ];
  const current = findings.items.filter((row) => row.status !== 'entered-in-error');
  return (
    <QueryState
      query={{ ...findings, data: findings.data === undefined ? undefined : current }}
      emptyText={t('liverTab.findings.empty')}
      isEmpty={(items) => items.length === 0}
    >
      {(items) => (
        <DataTable caption={t('liverTab.findings.caption')} columns={columns} rows={items} rowKey={(row) => row.id} />
      )}
    </QueryState>
  );
}
