import { RECORD_TYPES } from '@kratom-care/contracts';
import type { App } from '../app-types.js';
import { registerRecordType } from '../records/register-record-type.js';
import { registerCancelInvitation } from './admin/cancel-invitation.js';
import { registerCreateUser } from './admin/create-user.js';
import { registerListUsers } from './admin/list-users.js';
import { registerResendInvitation } from './admin/resend-invitation.js';
import { registerUpdateUser } from './admin/update-user.js';
import { registerListAudit } from './audit/list-audit.js';
import { registerListAuditPeople } from './audit/list-audit-people.js';
import { registerListBreakGlass } from './audit/list-break-glass.js';
import { registerReviewBreakGlass } from './audit/review-break-glass.js';
import { registerCareNetworkRoutes } from './care-network/register-care-network-routes.js';
import { registerCreateFacility } from './facilities/create-facility.js';
import { registerImportNetwork } from './facilities/import-network.js';
import { registerListFacilities } from './facilities/list-facilities.js';
import { registerListFacilityClinicians } from './facilities/list-facility-clinicians.js';
import { registerRemoveDemoNetwork } from './facilities/remove-demo-network.js';
import { registerUpdateFacility } from './facilities/update-facility.js';
import { registerInquiryRoutes } from './inquiries/register-inquiry-routes.js';
import { registerCreateMyConsent } from './me/create-my-consent.js';
import { registerGetMyPatient } from './me/get-my-patient.js';
import { registerListMyConsents } from './me/list-my-consents.js';
import { registerListMyDisclosures } from './me/list-my-disclosures.js';
import { registerRevokeMyConsent } from './me/revoke-my-consent.js';
import { registerGetDashboard } from './dashboard/get-dashboard.js';
import { registerGetMonitoringBoard } from './dashboard/get-monitoring-board.js';
import { registerAddCareTeamMember } from './patients/add-care-team-member.js';
import { registerBreakGlass } from './patients/break-glass.js';
import { registerGetCareIntensity } from './patients/care-intensity/get-care-intensity.js';
import { registerPostCareIntensity } from './patients/care-intensity/post-care-intensity.js';
import { registerCreatePatient } from './patients/create-patient.js';
import { registerGetDecisionSupport } from './patients/get-decision-support.js';
import { registerGetPatientMonitoring } from './patients/get-patient-monitoring.js';
import { registerGetLiver } from './patients/get-liver.js';
import { registerGetSummary } from './patients/get-summary.js';
import { registerCreateSummaryDisclosure } from './patients/create-summary-disclosure.js';
import { registerGetProblemList } from './patients/get-problem-list.js';
import { registerGetPatient } from './patients/get-patient.js';
import { registerInvitePatient } from './patients/invite-patient.js';
import { registerListCareTeam } from './patients/list-care-team.js';
import { registerListPatientConsents } from './patients/list-patient-consents.js';
import { registerListPatients } from './patients/list-patients.js';
import { registerRemoveCareTeamMember } from './patients/remove-care-team-member.js';
import { registerGetPatientPlan, registerGetPlan, registerListPlanVersions } from './patients/plan/get-plan.js';
import { registerPostPlan } from './patients/plan/post-plan.js';
import { registerUpdatePatient } from './patients/update-patient.js';

/**
 * Registers the organisation, patient, consent and audit routes. They need the database and
 * identity, so the app registers them only when it has both.
 *
 * @param app - The app, with `app.identity` decorated.
 */
export function registerAccessRoutes(app: App): void {
  registerListFacilities(app);
  registerListFacilityClinicians(app);
  registerCreateFacility(app);
  registerUpdateFacility(app);
  registerImportNetwork(app);
  registerRemoveDemoNetwork(app);
  registerCareNetworkRoutes(app);
  registerListUsers(app);
  registerCreateUser(app);
  registerUpdateUser(app);
  registerResendInvitation(app);
  registerCancelInvitation(app);
  registerCreatePatient(app);
  registerListPatients(app);
  registerGetPatient(app);
  registerUpdatePatient(app);
  registerInvitePatient(app);
  registerListCareTeam(app);
  registerAddCareTeamMember(app);
  registerRemoveCareTeamMember(app);
  registerBreakGlass(app);
  for (const type of RECORD_TYPES) {
    registerRecordType(app, type);
  }
  registerGetLiver(app);
  registerGetSummary(app);
  registerCreateSummaryDisclosure(app);
  registerGetDecisionSupport(app);
  registerGetCareIntensity(app);
  registerPostCareIntensity(app);
  registerGetPlan(app);
  registerPostPlan(app);
  registerListPlanVersions(app);
  registerGetPatientPlan(app);
  registerGetProblemList(app);
  registerGetDashboard(app);
  registerGetMonitoringBoard(app);
  registerGetPatientMonitoring(app);
  registerListPatientConsents(app);
  registerListMyConsents(app);
  registerCreateMyConsent(app);
  registerRevokeMyConsent(app);
  registerListMyDisclosures(app);
  registerGetMyPatient(app);
  registerListAudit(app);
  registerListAuditPeople(app);
  registerListBreakGlass(app);
  registerReviewBreakGlass(app);
  registerInquiryRoutes(app);
}
