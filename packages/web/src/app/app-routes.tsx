import type { ReactNode } from 'react';
import { Route, Routes } from 'react-router';
import { StartPage } from '../features/self-check/start/start-page';
import { StepGuard } from '../features/self-check/step-guard';
import type { StepId } from '../features/self-check/steps';
import { AppLayout } from './app-layout';
import {
  AccountPage,
  AnxietyPage,
  AuditPage,
  BreakGlassPage,
  ConsentsPage,
  DisclosuresPage,
  FacilitiesPage,
  InvitationPage,
  ResetConfirmPage,
  ResetRequestPage,
  SetupPage,
  SignInPage,
  SignUpPage,
  UsersPage,
  WorkspaceLayout,
  CriteriaPage,
  MoodPage,
  ResultPage,
  SafetyPage,
  SummaryPage,
  UsePage,
  WithdrawalPage,
} from './lazy-pages';
import { NotFoundPage } from './not-found-page';

// Keyed by path: React would otherwise reuse one guard across routes and keep its first verdict.
const guarded = (path: string, step: StepId, page: ReactNode): ReactNode => (
  <StepGuard key={path} step={step}>
    {page}
  </StepGuard>
);

/** The routes: the public self-check, then the signed-in pages (each its own chunk). */
export function AppRoutes() {
  return (
    <Routes>
      <Route element={<AppLayout />}>
        <Route index element={<StartPage />} />
        <Route path="check/safety" element={<SafetyPage />} />
        <Route path="check/use" element={guarded('use', 'use', <UsePage />)} />
        <Route path="check/criteria" element={guarded('criteria', 'criteria', <CriteriaPage />)} />
        <Route path="check/withdrawal" element={guarded('withdrawal', 'withdrawal', <WithdrawalPage />)} />
        <Route path="check/mood" element={guarded('mood', 'mood', <MoodPage />)} />
        <Route path="check/anxiety" element={guarded('anxiety', 'anxiety', <AnxietyPage />)} />
        <Route path="check/result" element={guarded('result', 'result', <ResultPage />)} />
        <Route path="check/summary" element={guarded('summary', 'result', <SummaryPage />)} />
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
          <Route path="privacy/audit" element={<AuditPage />} />
          <Route path="privacy/break-glass" element={<BreakGlassPage />} />
          <Route path="me/consents" element={<ConsentsPage />} />
          <Route path="me/disclosures" element={<DisclosuresPage />} />
        </Route>
        <Route path="*" element={<NotFoundPage />} />
      </Route>
    </Routes>
  );
}
