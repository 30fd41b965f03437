import { useSearchParams } from 'react-router';
import { useT } from '../../i18n/use-t';
import { SelectField } from '../../ui/select-field';
import type { WorkFacility } from './use-work-facilities';

/** The `facility` choice meaning every facility of the person (the API's `facilityId` left out). */
const ALL = 'all';

/**
 * @param facilities - The person's facilities.
 * @returns The facility the address (`?facility=`) names, or undefined for all of them. With one
 *   facility, that one.
 */
export function useFacilityParam(facilities: readonly WorkFacility[]): WorkFacility | undefined {
  const [params] = useSearchParams();
  if (facilities.length === 1) {
    return facilities[0];
  }
  const id = params.get('facility');
  return facilities.find((facility) => facility.id === id);
}

/**
 * The facility picker of the admissions pages ("All your facilities" or one of them), kept in the
 * address; with one facility it only names it, as there is nothing to choose.
 */
export function FacilityFilter({
  id,
  facilities,
}: {
  readonly id: string;
  readonly facilities: readonly WorkFacility[];
}) {
  const t = useT();
  const [params, setParams] = useSearchParams();
  const chosen = useFacilityParam(facilities);
  if (facilities.length === 1) {
    return <p className="adm-facility">{t('admissions.facilityOnly', { name: facilities[0]?.name ?? '' })}</p>;
  }
  return (
    <SelectField
      id={id}
      label={t('admissions.facility')}
      placeholder={t('admissions.facility')}
      options={[
        { value: ALL, label: t('admissions.allFacilities') },
        ...facilities.map((facility) => ({ value: facility.id, label: facility.name })),
      ]}
      value={chosen?.id ?? ALL}
      onChange={(value) => {
        const next = new URLSearchParams(params);
        if (value === ALL) {
          next.delete('facility');
        } else {
          next.set('facility', value);
        }
        setParams(next, { replace: true });
      }}
    />
  );
}
