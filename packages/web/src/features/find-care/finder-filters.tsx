import { useId, useState } from 'react';
import { useT } from '../../i18n/use-t';
import { CheckboxGroup } from '../../ui/checkbox-group';
import { SingleCheckbox } from '../../ui/single-checkbox';
import {
  FLAG_FILTERS,
  MULTI_FILTERS,
  MULTI_FILTER_NAMES,
  chosenFilterCount,
  toggleFilter,
  type FinderSearch,
} from './finder-query';
import { useValueLabel } from './vocabulary-labels';

interface FinderFiltersProps {
  readonly search: FinderSearch;
  readonly onChange: (search: FinderSearch) => void;
}

/** The wording of the yes-only filters' one checkbox. */
const FLAG_LABEL_KEYS = {
  kratomExperience: 'findCare.filters.kratomExperienceOnly',
  openCapacity: 'findCare.filters.openCapacityOnly',
} as const;

/**
 * The filters, FindTreatment.gov's model plus ours: one fieldset of checkboxes per filter (several values of
 * one filter widen the search, several filters narrow it), applied as soon as one is ticked. On a phone they
 * fold behind one "Filters" button, so the results are on the first screen; on a wide screen they stand
 * beside the results.
 */
export function FinderFilters({ search, onChange }: FinderFiltersProps) {
  const t = useT();
  const label = useValueLabel();
  const [open, setOpen] = useState(false);
  const panelId = useId();
  const count = chosenFilterCount(search);
  return (
    <div className="finder-filters">
      <button
        type="button"
        className="button button--secondary finder-filters__toggle"
        aria-expanded={open}
        aria-controls={panelId}
        onClick={() => {
          setOpen(!open);
        }}
      >
        {count === 0 ? t('findCare.filters.toggle') : t('findCare.filters.toggleCount', { count })}
      </button>
      <section
        id={panelId}
        className={open ? 'finder-filters__panel finder-filters__panel--open' : 'finder-filters__panel'}
        aria-labelledby={`${panelId}-title`}
      >
        <h2 id={`${panelId}-title`} className="finder-filters__title">
          {t('findCare.filters.title')}
        </h2>
        <p className="field__hint">{t('findCare.filters.hint')}</p>
        {MULTI_FILTER_NAMES.map((filter) => (
          <CheckboxGroup
            key={filter}
            id={`finder-${filter}`}
            legend={t(`careNetwork.filter.${filter}`)}
            options={MULTI_FILTERS[filter].map((value: string) => ({ value, label: label(filter, value) }))}
            values={search[filter]}
            onToggle={(value, checked) => {
              onChange(toggleFilter(search, filter, value, checked));
            }}
          />
        ))}
        {FLAG_FILTERS.map((filter) => (
          <fieldset key={filter} className="field">
            <legend className="field__legend">{t(`careNetwork.filter.${filter}`)}</legend>
            <SingleCheckbox
              id={`finder-${filter}`}
              label={t(FLAG_LABEL_KEYS[filter])}
              checked={search[filter]}
              onChange={(checked) => {
                onChange({ ...search, [filter]: checked });
              }}
            />
          </fieldset>
        ))}
        {count === 0 ? null : (
          <button
            type="button"
            className="button button--secondary"
            onClick={() => {
              onChange({
                ...search,
                ...Object.fromEntries(MULTI_FILTER_NAMES.map((filter) => [filter, []])),
                kratomExperience: false,
                openCapacity: false,
              });
            }}
          >
            {t('findCare.filters.clear')}
          </button>
        )}
      </section>
    </div>
  );
}
