import { lazy } from 'react';

// Everything after the start page is its own chunk: the first visit downloads only what "/" needs.
// The /check/* frame and the step guard (which judges earlier steps' answers against the instruments) are
// one chunk, loaded with the first step, not with "/".
const checkFrame = () => import('./check-messages-layout');
export const CheckMessagesLayout = lazy(() => checkFrame().then((m) => ({ default: m.CheckMessagesLayout })));
export const StepGuard = lazy(() => checkFrame().then((m) => ({ default: m.StepGuard })));
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

// The public finder and the call-back request (`/find-care/*`): one chunk with their own frame and messages.
export const FindCareRoutes = lazy(() =>
  import('../features/find-care/find-care-routes').then((m) => ({ default: m.FindCareRoutes })),
);

// Everything outside the self-check (sign-in, accounts, the workspace, and "Page not found") is one lazy
// chunk with its own routes, so the first visit does not even download the list of those pages.
export const WorkspaceRoutes = lazy(() => import('./workspace-routes').then((m) => ({ default: m.WorkspaceRoutes })));
