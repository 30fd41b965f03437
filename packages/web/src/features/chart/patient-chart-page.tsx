import { ZPatientResponse } from '@kratom-care/contracts';
import { Suspense } from 'react';
import { Outlet, useParams } from 'react-router';
import { useApiQuery } from '../../api/use-api-query';
import { useT } from '../../i18n/use-t';
import { PageHeading } from '../../ui/page-heading';
import { RequireSession } from '../account/session/require-session';
import { ErrorState, LoadingState } from '../workspace/page-states';
import { ChartTabsNav } from './chart-tabs-nav';
import { PatientBanner } from './patient-banner';
import type { ChartContext } from './use-chart-patient';

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
  const context: ChartContext = { patient: patient.data };
  return (
    <div className="page page--wide">
      <PatientBanner patient={patient.data} />
      <ChartTabsNav patientId={patientId} />
      <Suspense fallback={<LoadingState />}>
        <Outlet context={context} />
      </Suspense>
    </div>
  );
}

/**
 * `/patients/:patientId/*`: the chart frame. It loads the patient once (the one 404 for a chart the
 * caller may not open), keeps the banner and the tabs in view, and shows the part the address names
 * (`chart-tabs.ts`).
 */
export function PatientChartPage() {
  const { patientId = '' } = useParams();
  return (
    <RequireSession roles={['clinician', 'admissions']}>
      <Chart key={patientId} patientId={patientId} />
    </RequireSession>
  );
}
