import { lazy } from 'react';

// Everything after the start page is its own chunk: the first visit downloads only what "/" needs.
export const SafetyPage = lazy(() =>
  import('../features/self-check/safety/safety-page').then((m) => ({ default: m.SafetyPage })),
);
export const UsePage = lazy(() => import('../features/self-check/use/use-page').then((m) => ({ default: m.UsePage })));
export const CriteriaPage = lazy(() =>
  import('../features/self-check/questionnaire/criteria-page').then((m) => ({ default: m.CriteriaPage })),
);
export const WithdrawalPage = lazy(() =>
  import('../features/self-check/questionnaire/withdrawal-page').then((m) => ({ default: m.WithdrawalPage })),
);
export const MoodPage = lazy(() =>
  import('../features/self-check/questionnaire/mood-page').then((m) => ({ default: m.MoodPage })),
);
export const AnxietyPage = lazy(() =>
  import('../features/self-check/questionnaire/anxiety-page').then((m) => ({ default: m.AnxietyPage })),
);
export const ResultPage = lazy(() =>
  import('../features/self-check/result/result-page').then((m) => ({ default: m.ResultPage })),
);
export const SummaryPage = lazy(() =>
  import('../features/self-check/summary/summary-page').then((m) => ({ default: m.SummaryPage })),
);

// Signed-in pages: one chunk for their frame (messages, styles), one per page.
export const WorkspaceLayout = lazy(() =>
  import('../features/account/workspace-layout').then((m) => ({ default: m.WorkspaceLayout })),
);
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
