import { lazy, type ComponentType, type LazyExoticComponent } from 'react';

/** One part of a patient's chart: its address under `/patients/:patientId`, its tab label and its page. */
export interface ChartTab {
  /** `''` is the overview at `/patients/:patientId`; others are one path segment, e.g. `labs`. */
  readonly path: string;
  readonly labelKey: string;
  /** Lazy, so opening a chart loads only the part in view. */
  readonly page: LazyExoticComponent<ComponentType>;
}

/**
 * The chart's parts, in tab order. Adding a part is one entry here: the tab strip and the routes are
 * built from this list (`chart-tabs-nav.tsx`, `app/workspace-routes.tsx`).
 */
export const CHART_TABS: readonly ChartTab[] = [
  {
    path: '',
    labelKey: 'chart.tab.overview',
    page: lazy(() => import('./chart-overview-page').then((m) => ({ default: m.ChartOverviewPage }))),
  },
  {
    path: 'intake',
    labelKey: 'chart.tab.intake',
    page: lazy(() => import('./intake/intake-page').then((m) => ({ default: m.IntakePage }))),
  },
  {
    path: 'withdrawal',
    labelKey: 'chart.tab.withdrawal',
    page: lazy(() => import('./withdrawal/withdrawal-page').then((m) => ({ default: m.WithdrawalPage }))),
  },
  {
    path: 'medications',
    labelKey: 'chart.tab.medications',
    page: lazy(() => import('../treatment/medications-page').then((m) => ({ default: m.MedicationsPage }))),
  },
  {
    path: 'labs',
    labelKey: 'chart.tab.labs',
    page: lazy(() => import('../liver/labs-page').then((m) => ({ default: m.LabsPage }))),
  },
  {
    path: 'care',
    labelKey: 'chart.tab.care',
    page: lazy(() => import('../care/care-intensity-page').then((m) => ({ default: m.CareIntensityPage }))),
  },
  {
    path: 'plan',
    labelKey: 'chart.tab.plan',
    page: lazy(() => import('../care/plan-page').then((m) => ({ default: m.PlanPage }))),
  },
  {
    path: 'notes',
    labelKey: 'chart.tab.notes',
    page: lazy(() => import('../care/notes-page').then((m) => ({ default: m.NotesPage }))),
  },
  {
    path: 'summary',
    labelKey: 'chart.tab.summary',
    page: lazy(() => import('../handoff/handoff-page').then((m) => ({ default: m.HandoffPage }))),
  },
];
