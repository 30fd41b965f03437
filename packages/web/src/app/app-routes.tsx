import { Suspense, type ReactNode } from 'react';
import { Route, Routes } from 'react-router';
import { StartPage } from '../features/self-check/start/start-page';
import type { StepId } from '../features/self-check/step-paths';
import { AppLayout } from './app-layout';
import {
  AnxietyPage,
  CheckMessagesLayout,
  CriteriaPage,
  FindCareRoutes,
  MoodPage,
  ResultPage,
  SafetyPage,
  StepGuard,
  SummaryPage,
  UsePage,
  WithdrawalPage,
  WorkspaceRoutes,
} from './lazy-pages';

// Keyed by path: React would otherwise reuse one guard across routes and keep its first verdict.
const guarded = (path: string, step: StepId, page: ReactNode): ReactNode => (
  <StepGuard key={path} step={step}>
    {page}
  </StepGuard>
);

/**
 * The routes: the public self-check in its frame (`/check/*` with its own messages, loaded with the first
 * step); every other address (sign-in, the workspaces, and
 * "Page not found") is one lazy chunk with its own routes (./workspace-routes.tsx).
 */
export function AppRoutes() {
  return (
    <Routes>
      <Route element={<AppLayout />}>
        <Route index element={<StartPage />} />
        <Route element={<CheckMessagesLayout />}>
          <Route path="check/safety" element={<SafetyPage />} />
          <Route path="check/use" element={guarded('use', 'use', <UsePage />)} />
          <Route path="check/criteria" element={guarded('criteria', 'criteria', <CriteriaPage />)} />
          <Route path="check/withdrawal" element={guarded('withdrawal', 'withdrawal', <WithdrawalPage />)} />
          <Route path="check/mood" element={guarded('mood', 'mood', <MoodPage />)} />
          <Route path="check/anxiety" element={guarded('anxiety', 'anxiety', <AnxietyPage />)} />
          <Route path="check/result" element={guarded('result', 'result', <ResultPage />)} />
          <Route path="check/summary" element={guarded('summary', 'result', <SummaryPage />)} />
        </Route>
      </Route>
      <Route
        path="find-care/*"
        element={
          // The finder has its own public frame, in its chunk.
          <Suspense fallback={null}>
            <FindCareRoutes />
          </Suspense>
        }
      />
      <Route
        path="*"
        element={
          // Nothing to show until the chunk arrives: its frame (public or workspace) depends on the address.
          <Suspense fallback={null}>
            <WorkspaceRoutes />
          </Suspense>
        }
      />
    </Routes>
  );
}
