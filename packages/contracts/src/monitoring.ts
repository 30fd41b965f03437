import { z } from 'zod';
import { listResponse, ZListQuery } from './list-query.js';

/*
 * The clinician's dashboard (`GET /api/dashboard`) and the withdrawal-monitoring board
 * (`GET /api/monitoring-board`), issue 10 §1 and §3. Both answer one row per patient from the
 * monitoring summary the record platform keeps on every write (decision 0024).
 */

/** Where a patient stands in withdrawal monitoring. */
export const MONITORING_STATUSES = ['in-withdrawal', 'monitoring', 'no-scores'] as const;
export type TMonitoringStatus = (typeof MONITORING_STATUSES)[number];

/** One open alert (the domain's `dashboardAlerts`): it informs a clinician, it orders nothing. */
export const ZDashboardAlert = z.object({
  id: z.enum(['red-flag', 'phq9-item9', 'liver-hys-law', 'cows-higher-band', 'assessment-due', 'liver-abnormal']),
  priority: z.enum(['urgent', 'high', 'routine']),
  /** A key of the domain's `MONITORING_MESSAGES_EN`. */
  messageKey: z.string(),
  /** The facts behind it (the rule's inputs). */
  inputs: z.record(z.string(), z.union([z.string(), z.number(), z.boolean(), z.null()])),
});
export type TDashboardAlert = z.infer<typeof ZDashboardAlert>;

/** The latest COWS or SOWS: its band (COWS only; SOWS has no validated bands) and trend arrow. */
export const ZLatestScore = z.object({
  id: z.string(),
  /** The canonical instrument id: `cows`, `sows-kratom-adapted` or `sows-handelsman-1987`. */
  instrumentId: z.string(),
  total: z.number(),
  bandId: z.string().nullable(),
  at: z.string(),
  /** Against the score before it (COWS by band, SOWS by total); null with a single score. */
  trend: z.enum(['up', 'down', 'same']).nullable(),
});

/** When the next withdrawal score is due, by which rule, and whether it is overdue now. */
export const ZNextScoreDue = z.object({
  at: z.string(),
  rule: z.enum(['post-dose', 'cows-interval']),
  overdue: z.boolean(),
});

/** One patient on the dashboard or the board. */
export const ZMonitoredPatient = z.object({
  patient: z.object({
    id: z.string(),
    givenName: z.string(),
    familyName: z.string(),
    birthDate: z.string().nullable(),
  }),
  status: z.enum(MONITORING_STATUSES),
  /** The care-programmes level of the latest care-intensity decision; null before one. */
  careLevel: z.string().nullable(),
  /** From the current intake; null when not recorded. */
  lastKratomDoseAt: z.string().nullable(),
  /** Whole hours from the last kratom dose to `at`, rounded down; null when not recorded. */
  hoursSinceLastKratomDose: z.number().int().nullable(),
  latestScore: ZLatestScore.nullable(),
  nextScoreDue: ZNextScoreDue.nullable(),
  /** Most urgent first. */
  alerts: z.array(ZDashboardAlert),
});
export type TMonitoredPatient = z.infer<typeof ZMonitoredPatient>;

/** The due-time settings the server computes with (the clinic's configuration). */
export const ZMonitoringSettings = z.object({
  intervalHours: z.number(),
  activeWithdrawalMinCows: z.number(),
  postDoseIntervalHours: z.number(),
});

/** `?limit=&cursor=` of both lists. */
export const ZMonitoringListQuery = ZListQuery;
export type TMonitoringListQuery = z.infer<typeof ZMonitoringListQuery>;

/** `GET /api/dashboard`: the clinician's care-team patients, most pressing first, with the server's time. */
export const ZDashboardResponse = listResponse(ZMonitoredPatient).extend({
  at: z.string(),
  settings: ZMonitoringSettings,
});
export type TDashboardResponse = z.infer<typeof ZDashboardResponse>;

/** `GET /api/monitoring-board`: the clinician's patients in active withdrawal, next score due first. */
export const ZMonitoringBoardResponse = listResponse(ZMonitoredPatient).extend({
  at: z.string(),
  settings: ZMonitoringSettings,
});
export type TMonitoringBoardResponse = z.infer<typeof ZMonitoringBoardResponse>;

/**
 * `GET /api/patients/:id/monitoring`: one patient's stored summary as the board shows it (the same
 * due time and rule, computed with the deployment's settings), for the chart's Withdrawal tab
 * (docs/decisions/0036-stored-due-time-and-override-parent.md).
 */
export const ZPatientMonitoringResponse = ZMonitoredPatient.extend({
  at: z.string(),
  settings: ZMonitoringSettings,
});
export type TPatientMonitoringResponse = z.infer<typeof ZPatientMonitoringResponse>;
