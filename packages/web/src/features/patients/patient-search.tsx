import { PATIENT_LIST_SORTS } from '@kratom-care/contracts';
import { useState } from 'react';
import { useT } from '../../i18n/use-t';
import { SelectField } from '../../ui/select-field';
import { InputField } from '../../ui/input-field';

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
  const [q, setQ] = useState(view.q);
  return (
    <div className="ws-toolbar">
      <form
        className="ws-toolbar__search"
        role="search"
        aria-label={t('patients.search')}
        onSubmit={(event) => {
          event.preventDefault();
          onChange({ ...view, q: q.trim() });
        }}
      >
        <InputField id="patients-q" type="search" label={t('patients.search')} value={q} onChange={setQ} />
        <button className="button button--secondary" type="submit">
          {t('patients.searchButton')}
        </button>
      </form>
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
