import type { TPatient } from '@kratom-care/contracts';
import { Link } from 'react-router';
import { useI18n } from '../../i18n/use-t';
import { PageHeading } from '../../ui/page-heading';
import { formatBirthDate, patientName } from '../patients/patient-name';

/** The open patient, always in view at the top of the chart: breadcrumb back to the list, name, birth date. */
export function PatientBanner({ patient }: { readonly patient: TPatient }) {
  const { t, formatDateTime } = useI18n();
  const name = patientName(patient);
  const born = formatBirthDate(patient.birthDate, formatDateTime);
  return (
    <>
      <nav className="ws-breadcrumb" aria-label={t('frame.breadcrumb')}>
        <ol>
          <li>
            <Link to="/patients">{t('patients.title')}</Link>
          </li>
          <li aria-current="page">{name}</li>
        </ol>
      </nav>
      <header className="ws-banner">
        <PageHeading>{name}</PageHeading>
        <ul className="ws-banner__facts">
          <li>{born === null ? t('patients.unknown') : t('chart.born', { date: born })}</li>
          <li>{t(patient.hasAccount ? 'patients.account.yes' : 'patients.account.no')}</li>
        </ul>
      </header>
    </>
  );
}
