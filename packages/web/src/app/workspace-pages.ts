import { lazy } from 'react';

// The signed-in pages, one chunk each; only the workspace routes (itself a lazy chunk) import this list.
export const SignInPage = lazy(() =>
  import('../features/account/sign-in/sign-in-page').then((m) => ({ default: m.SignInPage })),
);
export const SignUpPage = lazy(() =>
  import('../features/account/sign-in/sign-up-page').then((m) => ({ default: m.SignUpPage })),
);
export const ResetRequestPage = lazy(() =>
  import('../features/account/sign-in/reset-request-page').then((m) => ({ default: m.ResetRequestPage })),
);
export const ResetConfirmPage = lazy(() =>
  import('../features/account/sign-in/reset-confirm-page').then((m) => ({ default: m.ResetConfirmPage })),
);
export const InvitationPage = lazy(() =>
  import('../features/account/sign-in/invitation-page').then((m) => ({ default: m.InvitationPage })),
);
export const AccountPage = lazy(() =>
  import('../features/account/settings/account-page').then((m) => ({ default: m.AccountPage })),
);
export const SetupPage = lazy(() =>
  import('../features/account/settings/setup-page').then((m) => ({ default: m.SetupPage })),
);
export const UsersPage = lazy(() => import('../features/admin/users-page').then((m) => ({ default: m.UsersPage })));
export const FacilitiesPage = lazy(() =>
  import('../features/admin/facilities-page').then((m) => ({ default: m.FacilitiesPage })),
);
export const FacilityProfilePage = lazy(() =>
  import('../features/network-admin/facility-profile-page').then((m) => ({ default: m.FacilityProfilePage })),
);
export const ImportFacilitiesPage = lazy(() =>
  import('../features/network-admin/import-page').then((m) => ({ default: m.ImportFacilitiesPage })),
);
export const AuditPage = lazy(() => import('../features/privacy/audit-page').then((m) => ({ default: m.AuditPage })));
export const BreakGlassPage = lazy(() =>
  import('../features/privacy/break-glass-page').then((m) => ({ default: m.BreakGlassPage })),
);
export const ConsentsPage = lazy(() =>
  import('../features/consents/consents-page').then((m) => ({ default: m.ConsentsPage })),
);
export const DisclosuresPage = lazy(() =>
  import('../features/consents/disclosures-page').then((m) => ({ default: m.DisclosuresPage })),
);
export const MyRecordPage = lazy(() =>
  import('../features/my-record/my-record-page').then((m) => ({ default: m.MyRecordPage })),
);
export const FamilyPage = lazy(() => import('../features/family/family-page').then((m) => ({ default: m.FamilyPage })));
export const PatientsPage = lazy(() =>
  import('../features/patients/patients-page').then((m) => ({ default: m.PatientsPage })),
);
export const NewPatientPage = lazy(() =>
  import('../features/patients/new-patient-page').then((m) => ({ default: m.NewPatientPage })),
);
export const DashboardPage = lazy(() =>
  import('../features/dashboard/dashboard-page').then((m) => ({ default: m.DashboardPage })),
);
export const MonitoringBoardPage = lazy(() =>
  import('../features/dashboard/monitoring-board-page').then((m) => ({ default: m.MonitoringBoardPage })),
);
export const PatientChartPage = lazy(() =>
  import('../features/chart/patient-chart-page').then((m) => ({ default: m.PatientChartPage })),
);
export const AdmissionsQueuePage = lazy(() =>
  import('../features/admissions/queue-page').then((m) => ({ default: m.AdmissionsQueuePage })),
);
export const InquiryPage = lazy(() =>
  import('../features/admissions/inquiry-page').then((m) => ({ default: m.InquiryPage })),
);
export const AdmissionsReportsPage = lazy(() =>
  import('../features/admissions/reports-page').then((m) => ({ default: m.AdmissionsReportsPage })),
);
