import type { TPatient } from '@kratom-care/contracts';
import { useI18n } from '../../i18n/use-t';
import { formatBirthDate } from '../patients/patient-name';

/** Name, birth date and contact details as recorded. */
export function DemographicsSection({ patient }: { readonly patient: TPatient }) {
  const { t, formatDateTime } = useI18n();
  const unknown = t('patients.unknown');
  return (
    <section className="ws-section" aria-labelledby="chart-demographics">
      <h2 id="chart-demographics">{t('chart.demographics')}</h2>
      <dl className="workspace-details">
        <dt>{t('chart.name')}</dt>
        <dd>
          {patient.givenName} {patient.familyName}
        </dd>
        <dt>{t('chart.birthDate')}</dt>
        <dd>{formatBirthDate(patient.birthDate, formatDateTime) ?? unknown}</dd>
        <dt>{t('chart.email')}</dt>
        <dd>{patient.email ?? unknown}</dd>
        <dt>{t('chart.phone')}</dt>
        <dd>{patient.phone ?? unknown}</dd>
      </dl>
    </section>
  );
}
