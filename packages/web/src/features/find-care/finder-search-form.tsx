import { REGIONS, US_STATES, type Region, type UsState } from '@kratom-care/domain';
import { useMemo, useState, type SubmitEvent } from 'react';
import { useT } from '../../i18n/use-t';
import { FieldMessages, describedBy } from '../../ui/field-messages';
import { RADII_MILES, isZipShape, type FinderSearch, type RadiusMiles } from './finder-query';
import { useValueLabel } from './vocabulary-labels';

interface FinderSearchFormProps {
  readonly search: FinderSearch;
  /** The ZIP code's problem from the server (an unknown ZIP), shown beside the field. */
  readonly zipError: string | undefined;
  readonly onSearch: (where: Pick<FinderSearch, 'zip' | 'radiusMiles' | 'state' | 'region'>) => void;
}

const ZIP_ID = 'finder-zip';

/**
 * Where to look: a ZIP code and a distance, or a whole state or region. The ZIP is typed by the person and
 * searched only when they press "Search"; nothing is looked up while they type, and never by a third party.
 */
export function FinderSearchForm({ search, zipError, onSearch }: FinderSearchFormProps) {
  const t = useT();
  const label = useValueLabel();
  const [zip, setZip] = useState(search.zip);
  const [radius, setRadius] = useState<RadiusMiles>(search.radiusMiles);
  const [state, setState] = useState<UsState | ''>(search.state);
  const [region, setRegion] = useState<Region | ''>(search.region);
  // By name, as people look for their state; the codes' order would put Alaska before Alabama.
  const statesByName = useMemo(
    () => [...US_STATES].sort((a, b) => label('state', a).localeCompare(label('state', b))),
    [label],
  );
  const [shapeError, setShapeError] = useState<string | undefined>(undefined);
  // A new address (back button, a shared link) replaces what was typed.
  const [shown, setShown] = useState(search);
  if (shown !== search) {
    setShown(search);
    setZip(search.zip);
    setRadius(search.radiusMiles);
    setState(search.state);
    setRegion(search.region);
    setShapeError(undefined);
  }

  const submit = (event: SubmitEvent<HTMLFormElement>): void => {
    event.preventDefault();
    const typed = zip.trim();
    if (typed !== '' && !isZipShape(typed)) {
      setShapeError(t('findCare.search.zipShape'));
      document.getElementById(ZIP_ID)?.focus();
      return;
    }
    setShapeError(undefined);
    // One place at a time: a ZIP code before a state, a state before its region (both would have to hold,
    // and a state outside the region would find nothing).
    if (typed !== '') {
      onSearch({ zip: typed, radiusMiles: radius, state: '', region: '' });
    } else {
      onSearch({ zip: '', radiusMiles: radius, state, region: state === '' ? region : '' });
    }
  };

  const error = shapeError ?? zipError;
  return (
    <form className="finder-search" role="search" aria-label={t('findCare.search.label')} onSubmit={submit} noValidate>
      <div className="finder-search__row">
        <div className={error === undefined ? 'field finder-search__zip' : 'field field--error finder-search__zip'}>
          <label className="field__label" htmlFor={ZIP_ID}>
            {t('careNetwork.filter.zip')}
          </label>
          <FieldMessages id={ZIP_ID} hint={t('findCare.search.zipHint')} error={error} />
          <input
            className="input"
            id={ZIP_ID}
            name="zip"
            inputMode="numeric"
            autoComplete="postal-code"
            maxLength={10}
            value={zip}
            aria-invalid={error === undefined ? undefined : true}
            aria-describedby={describedBy(ZIP_ID, t('findCare.search.zipHint'), error)}
            onChange={(event) => {
              setZip(event.currentTarget.value);
            }}
          />
        </div>
        <div className="field finder-search__radius">
          <label className="field__label" htmlFor="finder-radius">
            {t('careNetwork.filter.radiusMiles')}
          </label>
          <select
            className="select"
            id="finder-radius"
            name="radiusMiles"
            value={radius}
            onChange={(event) => {
              setRadius(RADII_MILES.find((value) => String(value) === event.currentTarget.value) ?? radius);
            }}
          >
            {RADII_MILES.map((miles) => (
              <option key={miles} value={miles}>
                {t('findCare.search.withinMiles', { miles })}
              </option>
            ))}
          </select>
        </div>
      </div>
      <p className="finder-search__or">{t('findCare.search.or')}</p>
      <div className="finder-search__row">
        <div className="field">
          <label className="field__label" htmlFor="finder-state">
            {t('careNetwork.filter.state')}
          </label>
          <select
            className="select"
            id="finder-state"
            name="state"
            value={state}
            onChange={(event) => {
              setState(US_STATES.find((code) => code === event.currentTarget.value) ?? '');
            }}
          >
            <option value="">{t('findCare.search.anyState')}</option>
            {statesByName.map((code) => (
              <option key={code} value={code}>
                {label('state', code)}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label className="field__label" htmlFor="finder-region">
            {t('careNetwork.filter.region')}
          </label>
          <select
            className="select"
            id="finder-region"
            name="region"
            value={region}
            onChange={(event) => {
              setRegion(REGIONS.find((code) => code === event.currentTarget.value) ?? '');
            }}
          >
            <option value="">{t('findCare.search.anyRegion')}</option>
            {REGIONS.map((code) => (
              <option key={code} value={code}>
                {label('region', code)}
              </option>
            ))}
          </select>
        </div>
      </div>
      <p className="field__hint">{t('findCare.search.placeHint')}</p>
      <button className="button" type="submit">
        {t('findCare.search.submit')}
      </button>
    </form>
  );
}
