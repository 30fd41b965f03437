import type { TConsentCategory } from '@kratom-care/contracts';
import { useApiQuery } from '../../api/use-api-query';
import { useT } from '../../i18n/use-t';
import { AssessmentsTable } from '../chart/assessments-table';
import { ASSESSMENT_LIST, VITALS_LIST } from '../chart/record-lists';
import { VitalsTable } from '../chart/vitals-table';
import { QueryState } from '../workspace/page-states';

interface CategoryProps {
  readonly patientId: string;
  readonly category: TConsentCategory;
}

function Assessments({ patientId }: { readonly patientId: string }) {
  const t = useT();
  const list = useApiQuery(ASSESSMENT_LIST, {
    path: `/api/patients/${encodeURIComponent(patientId)}/assessments`,
    query: { limit: 20 },
  });
  return (
    <QueryState query={list} emptyText={t('family.empty.category')} isEmpty={(data) => data.items.length === 0}>
      {(data) => <AssessmentsTable items={data.items} caption={t('consents.category.assessments')} />}
    </QueryState>
  );
}

function Vitals({ patientId }: { readonly patientId: string }) {
  const t = useT();
  const list = useApiQuery(VITALS_LIST, {
    path: `/api/patients/${encodeURIComponent(patientId)}/vitals`,
    query: { limit: 20, order: 'desc' },
  });
  return (
    <QueryState query={list} emptyText={t('family.empty.category')} isEmpty={(data) => data.items.length === 0}>
      {(data) => <VitalsTable items={data.items} caption={t('consents.category.vitals')} />}
    </QueryState>
  );
}

/** The record types the web can show a family member, by consent category. */
const SHOWN: Partial<Record<TConsentCategory, (props: { readonly patientId: string }) => React.ReactNode>> = {
  assessments: Assessments,
  vitals: Vitals,
};

/**
 * @param granted - The categories the consents in force grant.
 * @returns Those categories, once each, with "everything" read as every category the web can show.
 */
export function shownCategories(granted: readonly TConsentCategory[]): TConsentCategory[] {
  const all = granted.includes('all');
  return [
    ...new Set([...granted.filter((one) => one !== 'all'), ...(all ? Object.keys(SHOWN) : [])]),
  ] as TConsentCategory[];
}

/**
 * One granted category: its records, read with the family member's own session (each read writes a
 * disclosure row the patient sees).
 */
export function SharedCategory({ patientId, category }: CategoryProps) {
  const t = useT();
  const Records = SHOWN[category];
  return (
    <section aria-labelledby={`shared-${patientId}-${category}`}>
      <h3 id={`shared-${patientId}-${category}`}>{t(`consents.category.${category}`)}</h3>
      {Records === undefined ? <p>{t('family.notShown')}</p> : <Records patientId={patientId} />}
    </section>
  );
}
