import type { ScoreResult } from '../instruments/score-result.js';
import type { LiverAssessment } from '../liver/assess-liver.js';
import type { MonitoringMessageKey } from './monitoring.messages.en.js';
import type { ScoreDue } from './score-due.js';
import type { ScoreTrend } from './score-trend.js';

export type DashboardAlertId =
  'red-flag' | 'phq9-item9' | 'liver-hys-law' | 'cows-higher-band' | 'assessment-due' | 'liver-abnormal';

export type AlertPriority = 'urgent' | 'high' | 'routine';

export interface DashboardAlert {
  readonly id: DashboardAlertId;
  readonly priority: AlertPriority;
  readonly messageKey: MonitoringMessageKey;
  /** The facts behind the alert, for "the rule that fired and its inputs". */
  readonly inputs: Readonly<Record<string, string | number | boolean | null>>;
  readonly rule: { readonly id: string; readonly version: string };
}

/** The latest facts for one patient; an absent fact raises nothing. */
export interface DashboardAlertInput {
  /** Positive red flags on record (ids from the red-flag rule set, REFERENCE §11). */
  readonly redFlagIds?: readonly string[];
  /** The latest PHQ-9 result, complete or not: item 9 alerts whatever the status (C.4.4). */
  readonly phq9?: ScoreResult | null;
  readonly cowsTrend?: ScoreTrend | null;
  readonly scoreDue?: ScoreDue | null;
  readonly liver?: LiverAssessment | null;
}

export const DASHBOARD_ALERT_RULES_VERSION = '1.0.0';

const PRIORITY_ORDER: readonly AlertPriority[] = ['urgent', 'high', 'routine'];

const alert = (
  id: DashboardAlertId,
  priority: AlertPriority,
  messageKey: MonitoringMessageKey,
  inputs: DashboardAlert['inputs'],
): DashboardAlert => ({
  id,
  priority,
  messageKey,
  inputs,
  rule: { id: `alert.${id}`, version: DASHBOARD_ALERT_RULES_VERSION },
});

/**
 * The open alerts for the patient dashboard, most urgent first (ties keep the order below):
 * - each red flag (urgent, §11);
 * - PHQ-9 item 9 > 0 (urgent, §5; from any PHQ-9 result, C.4.4);
 * - Hy's-law labs met (urgent, §8, C.1.1);
 * - a COWS in a higher band than the one before (high, §1);
 * - a withdrawal score due now (routine) or overdue (high);
 * - an abnormal liver result without Hy's-law labs (high).
 * Companion signals join later (issue 10 §1). Alerts inform a clinician; none orders anything.
 *
 * @param input - The patient's latest facts.
 * @param atMs - Now, epoch milliseconds.
 * @returns The alerts.
 * @see Issue 10 §1 (alert sources); clinical reference §1, §5, §8, §11 and Appendix C.1.1, C.4.4; the
 *   priorities are our own [DESIGN] choice for review
 * @example dashboardAlerts({ phq9: scorePhq9(p3Answers) }, now)[0]?.id // => 'phq9-item9'
 */
export function dashboardAlerts(input: DashboardAlertInput, atMs: number): DashboardAlert[] {
  const alerts: DashboardAlert[] = [];
  for (const redFlagId of input.redFlagIds ?? []) {
    alerts.push(alert('red-flag', 'urgent', 'monitoring.alert.redFlag', { redFlagId }));
  }
  const { phq9, cowsTrend, scoreDue, liver } = input;
  if (phq9?.instrument === 'phq9' && phq9.flags.includes('suicidal-ideation')) {
    alerts.push(alert('phq9-item9', 'urgent', 'monitoring.alert.phq9Item9', { 'phq9.status': phq9.status }));
  }
  if (liver?.urgent === true) {
    alerts.push(
      alert('liver-hys-law', 'urgent', 'monitoring.alert.liverHysLaw', { 'liver.panelAtMs': liver.panelAtMs }),
    );
  }
  if (cowsTrend?.instrument === 'cows' && cowsTrend.arrow === 'up') {
    alerts.push(
      alert('cows-higher-band', 'high', 'monitoring.alert.cowsHigherBand', {
        previousBand: cowsTrend.previousBand,
        latestBand: cowsTrend.latestBand,
        latestTotal: cowsTrend.latest.total,
        latestId: cowsTrend.latest.id,
      }),
    );
  }
  if (scoreDue?.status === 'scheduled' && atMs >= scoreDue.dueAtMs) {
    alerts.push(
      alert(
        'assessment-due',
        scoreDue.overdue ? 'high' : 'routine',
        scoreDue.overdue ? 'monitoring.alert.assessmentOverdue' : 'monitoring.alert.assessmentDue',
        {
          dueAtMs: scoreDue.dueAtMs,
          rule: scoreDue.rule.id,
          overdue: scoreDue.overdue,
        },
      ),
    );
  }
  if (liver?.abnormal === true && !liver.urgent) {
    alerts.push(
      alert('liver-abnormal', 'high', 'monitoring.alert.liverAbnormal', {
        pattern: liver.pattern,
        dilinGrade: liver.dilinGrade?.grade ?? null,
      }),
    );
  }
  return alerts
    .map((found, index) => ({ found, index }))
    .sort(
      (a, b) =>
        PRIORITY_ORDER.indexOf(a.found.priority) - PRIORITY_ORDER.indexOf(b.found.priority) || a.index - b.index,
    )
    .map(({ found }) => found);
}
