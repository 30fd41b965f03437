import { AssessmentsSection } from './assessments-section';
import { CareTeamSection } from './care-team-section';
import { DemographicsSection } from './demographics-section';
import { useChartPatient } from './use-chart-patient';
import { VitalsSection } from './vitals-section';

/** `/patients/:patientId`: who the patient is, their care team, and their latest vitals and assessments. */
export function ChartOverviewPage() {
  const patient = useChartPatient();
  return (
    <>
      <div className="ws-sections ws-sections--two">
        <DemographicsSection patient={patient} />
        <CareTeamSection patientId={patient.id} facilityId={patient.facilityId} />
      </div>
      <VitalsSection patientId={patient.id} />
      <AssessmentsSection patientId={patient.id} />
    </>
  );
}
