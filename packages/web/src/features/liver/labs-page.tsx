import { useChartPatient } from '../chart/use-chart-patient';
import { useT } from '../../i18n/use-t';
import { LabEntryForm } from './lab-entry-form';
import { LabResultsTable } from './lab-results-table';
import { LiverAssessmentPanel } from './liver-assessment-panel';
import { LiverFindingsForm } from './liver-findings-form';
import { LiverTrend } from './liver-trend';
import './liver.css';

/**
 * `/patients/:patientId/labs`: the liver assessment first (an urgent Hy's-law flag at the top), then the
 * lab entry form, the results, the trend and the clinician findings (issue 10 §5).
 */
export function LabsPage() {
  const t = useT();
  const patient = useChartPatient();
  return (
    <>
      <p className="lead">{t('labs.intro')}</p>
      <LiverAssessmentPanel patientId={patient.id} />
      <LabEntryForm patientId={patient.id} />
      <LabResultsTable patientId={patient.id} />
      <LiverTrend patientId={patient.id} />
      <LiverFindingsForm patientId={patient.id} />
    </>
  );
}
