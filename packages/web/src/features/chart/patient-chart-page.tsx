import { ZPatientResponse } from '@kratom-care/contracts';
import { useParams } from 'react-router';
import { useApiQuery } from '../../api/use-api-query';
import { useT } from '../../i18n/use-t';
import { PageHeading } from '../../ui/page-heading';
import { RequireSession } from '../account/session/require-session';
import { ErrorState, LoadingState } from '../workspace/page-states';
import { AssessmentsSection } from './assessments-section';
import { CareTeamSection } from './care-team-section';
import { DemographicsSection } from './demographics-section';
import { PatientBanner } from './patient-banner';
import { VitalsSection } from './vitals-section';

function Chart({ patientId }: { readonly patientId: string }) {
  const t = useT();
  const patient = useApiQuery(ZPatientResponse, { path: `/api/patients/${encodeURIComponent(patientId)}` });
  if (patient.error !== null) {
    return patient.error.status === 404 ? (
      <div className="page">
        <PageHeading>{t('chart.breadcrumb')}</PageHeading>
        <p>{t('chart.notFound')}</p>
      </div>
    ) : (
      <ErrorState error={patient.error} onRetry={() => void patient.refetch()} />
    );
  }
  if (patient.data === undefined) {
    return <LoadingState />;
  }
  return (
    <div className="page page--wide">
      <PatientBanner patient={patient.data} />
      <div className="ws-sections ws-sections--two">
        <DemographicsSection patient={patient.data} />
        <CareTeamSection patientId={patientId} facilityId={patient.data.facilityId} />
      </div>
      <VitalsSection patientId={patientId} />
      <AssessmentsSection patientId={patientId} />
    </div>
  );
}

/**
 * `/patients/:patientId`: the chart. Each section is its own component reading its own list, so the
 * clinician-workspace issue adds sections (medications, labs, notes…) without touching the others.
 */
export function PatientChartPage() {
  const { patientId = '' } = useParams();
  return (
    <RequireSession roles={['clinician', 'admissions']}>
      <Chart key={patientId} patientId={patientId} />
    </RequireSession>
  );
}
