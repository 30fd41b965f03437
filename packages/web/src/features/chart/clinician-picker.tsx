import { ZListFacilityCliniciansResponse, type TFacilityClinician } from '@kratom-care/contracts';
import { useDeferredValue, useState, type ReactNode } from 'react';
import { useApiQuery } from '../../api/use-api-query';
import { useT } from '../../i18n/use-t';
import { InputField } from '../../ui/input-field';

interface ClinicianPickerProps {
  readonly facilityId: string;
  /** Already on the care team: not offered again. */
  readonly exclude: ReadonlySet<string>;
  readonly onChoose: (clinician: TFacilityClinician) => void;
  readonly busy: boolean;
}

/**
 * Find a clinician of the patient's facility by name or email and add them: a search field and one
 * button per match ("Add Casey Example"), which every keyboard and screen reader handles.
 */
export function ClinicianPicker({ facilityId, exclude, onChoose, busy }: ClinicianPickerProps) {
  const t = useT();
  const [text, setText] = useState('');
  const q = useDeferredValue(text.trim());
  const clinicians = useApiQuery(
    ZListFacilityCliniciansResponse,
    q.length >= 2
      ? { path: `/api/facilities/${encodeURIComponent(facilityId)}/clinicians`, query: { q, limit: 8 } }
      : null,
  );
  const matches = (clinicians.data?.items ?? []).filter((clinician) => !exclude.has(clinician.id));
  let results: ReactNode = null;
  if (q.length >= 2 && !clinicians.isPending) {
    results =
      matches.length === 0 ? (
        <p>{t('chart.careTeamNone', { q })}</p>
      ) : (
        <ul className="ws-picker__list" aria-label={t('chart.careTeamMatches')}>
          {matches.map((clinician) => (
            <li key={clinician.id}>
              <button
                className="ws-picker__option"
                type="button"
                disabled={busy}
                onClick={() => {
                  onChoose(clinician);
                  setText('');
                }}
              >
                <span>{t('chart.careTeamAddName', { name: clinician.name })}</span>
                <span className="ws-picker__email">{clinician.email}</span>
              </button>
            </li>
          ))}
        </ul>
      );
  }
  return (
    <div className="ws-picker">
      <InputField
        id="care-team-search"
        type="search"
        label={t('chart.careTeamAdd')}
        hint={t('chart.careTeamAddHint')}
        value={text}
        onChange={setText}
      />
      <div aria-live="polite">{results}</div>
    </div>
  );
}
