import { Route, Routes } from 'react-router';
import { WorkspaceLayout } from '../features/account/workspace-layout';
import { CHART_TABS } from '../features/chart/chart-tabs';
import { AppLayout } from './app-layout';
import { NotFoundPage } from './not-found-page';
import {
  AccountPage,
  AdmissionsQueuePage,
  AdmissionsReportsPage,
  AuditPage,
  BreakGlassPage,
  ConsentsPage,
  DashboardPage,
  DisclosuresPage,
  FacilitiesPage,
  FacilityProfilePage,
  FamilyPage,
  ImportFacilitiesPage,
  InquiryPage,
  InvitationPage,
  MonitoringBoardPage,
  MyRecordPage,
  NewPatientPage,
  PatientChartPage,
  PatientsPage,
  ResetConfirmPage,
  ResetRequestPage,
  SetupPage,
  SignInPage,
  SignUpPage,
  UsersPage,
} from './workspace-pages';

/**
 * Every address outside the public self-check: the sign-in and account pages and the role workspaces in
 * the workspace frame, and "Page not found" (in the public frame) for anything else.
 */
export function WorkspaceRoutes() {
  return (
    <Routes>
      <Route element={<WorkspaceLayout />}>
        <Route path="sign-in" element={<SignInPage />} />
        <Route path="sign-up" element={<SignUpPage />} />
        <Route path="reset-password" element={<ResetRequestPage />} />
        <Route path="reset-password/confirm" element={<ResetConfirmPage />} />
        <Route path="invitation" element={<InvitationPage />} />
        <Route path="setup" element={<SetupPage />} />
        <Route path="account" element={<AccountPage />} />
        <Route path="admin/users" element={<UsersPage />} />
        <Route path="admin/facilities" element={<FacilitiesPage />} />
        <Route path="admin/facilities/import" element={<ImportFacilitiesPage />} />
        <Route path="admin/facilities/:facilityId" element={<FacilityProfilePage />} />
        <Route path="privacy/audit" element={<AuditPage />} />
        <Route path="privacy/break-glass" element={<BreakGlassPage />} />
        <Route path="me/record" element={<MyRecordPage />} />
        <Route path="me/consents" element={<ConsentsPage />} />
        <Route path="me/disclosures" element={<DisclosuresPage />} />
        <Route path="family" element={<FamilyPage />} />
        <Route path="dashboard" element={<DashboardPage />} />
        <Route path="monitoring" element={<MonitoringBoardPage />} />
        <Route path="admissions" element={<AdmissionsQueuePage />} />
        <Route path="admissions/inquiries/:inquiryId" element={<InquiryPage />} />
        <Route path="admissions/reports" element={<AdmissionsReportsPage />} />
        <Route path="patients" element={<PatientsPage />} />
        <Route path="patients/new" element={<NewPatientPage />} />
        <Route path="patients/:patientId" element={<PatientChartPage />}>
          {CHART_TABS.map(({ path, page: Page }) =>
            path === '' ? (
              <Route key="overview" index element={<Page />} />
            ) : (
              <Route key={path} path={path} element={<Page />} />
            ),
          )}
        </Route>
      </Route>
      <Route element={<AppLayout />}>
        <Route path="*" element={<NotFoundPage />} />
      </Route>
    </Routes>
  );
}
