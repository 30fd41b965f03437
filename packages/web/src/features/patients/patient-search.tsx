import { PATIENT_LIST_SORTS } from '@kratom-care/contracts';
import { useT } from '../../i18n/use-t';
import { SearchForm } from '../../ui/search-form';
import { SelectField } from '../../ui/select-field';

type PatientSort = (typeof PATIENT_LIST_SORTS)[number];

/** What the list shows: the name search and the sort, sent as `?q=&sort=&order=`. */
export interface PatientListView {
  readonly q: string;
  readonly sort: PatientSort;
  readonly order: 'asc' | 'desc';
}

/** The search box (applied on submit, not per key) and the sort pickers (applied at once). */
export function PatientSearch({
  view,
  onChange,
}: {
  readonly view: PatientListView;
  readonly onChange: (view: PatientListView) => void;
}) {
  const t = useT();
  return (
    <div className="ws-toolbar">
      <SearchForm
        id="patients-q"
        label={t('patients.search')}
        buttonLabel={t('patients.searchButton')}
        value={view.q}
        onSearch={(q) => {
          onChange({ ...view, q });
        }}
      />
      <SelectField
        id="patients-sort"
        label={t('patients.sort')}
        placeholder={t('patients.sort')}
        options={PATIENT_LIST_SORTS.map((sort) => ({ value: sort, label: t(`patients.sort.${sort}`) }))}
        value={view.sort}
        onChange={(sort) => {
          onChange({ ...view, sort });
        }}
      />
      <SelectField
        id="patients-order"
        label={t('patients.order')}
        placeholder={t('patients.order')}
        options={(['asc', 'desc'] as const).map((order) => ({
          value: order,
          label: t(`patients.order.${order}.${view.sort === 'createdAt' ? 'createdAt' : 'name'}`),
        }))}
        value={view.order}
        onChange={(order) => {
          onChange({ ...view, order });
        }}
      />
    </div>
  );
}
