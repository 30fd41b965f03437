import type { TDashboardAlert, TMonitoredPatient, TMonitoringStatus } from '@kratom-care/contracts';
import { dashboardAlerts, SCORE_DUE_RULES_VERSION, type MonitoringSettings, type ScoreDue } from '@kratom-care/domain';
import type { MonitoredPatient } from '@kratom-care/store';

const HOUR_MS = 3_600_000;
const DUE_RULES = ['post-dose', 'cows-interval'] as const;
type DueRule = (typeof DUE_RULES)[number];

const isDueRule = (rule: string | null): rule is DueRule => DUE_RULES.some((known) => known === rule);

/**
 * The stored due time as the domain's scheduled `ScoreDue` at `atMs`, so the due/overdue alert is
 * the domain's own (`dashboardAlerts`) and not a second copy of its rule.
 */
function scheduledDue(dueAt: string, rule: DueRule, atMs: number, settings: MonitoringSettings): ScoreDue {
  const dueAtMs = Date.parse(dueAt);
  return {
    status: 'scheduled',
    dueAtMs,
    overdue: atMs > dueAtMs,
    rule: { id: rule, version: SCORE_DUE_RULES_VERSION },
    messageKey: rule === 'post-dose' ? 'monitoring.due.postDose' : 'monitoring.due.cowsInterval',
    inputs: {
      latestCowsId: null,
      latestCowsTotal: null,
      latestCowsAtMs: null,
      pendingDoseId: null,
      pendingDoseAtMs: null,
      settings,
    },
  };
}

const PRIORITY_ORDER = ['urgent', 'high', 'routine'] as const;

/**
 * One patient of the dashboard or the board at `at`: the stored summary, plus what depends on the
 * clock (hours since the last kratom dose, whether the next score is due or overdue, and its alert).
 *
 * @param row - The patient and their stored summary (null before any record that feeds it).
 * @param at - Now, ISO-8601 UTC.
 * @param settings - The due-time settings the summaries were computed with.
 * @returns The API item.
 */
export function monitoredPatientView(
  row: MonitoredPatient,
  at: string,
  settings: MonitoringSettings,
): TMonitoredPatient {
  const atMs = Date.parse(at);
  const summary = row.monitoring;
  const dueAt = summary?.nextScoreDueAt ?? null;
  const rule = summary?.nextScoreDueRule ?? null;
  const due = dueAt !== null && isDueRule(rule) ? scheduledDue(dueAt, rule, atMs, settings) : null;
  const dueAlerts = due === null ? [] : dashboardAlerts({ scoreDue: due }, atMs);
  // Stored by refreshPatientMonitoring from the domain's alerts, already most urgent first.
  const stored = (summary?.alerts ?? []) as TDashboardAlert[];
  const alerts = [
    ...stored,
    ...dueAlerts.map(({ id, priority, messageKey, inputs }) => ({ id, priority, messageKey, inputs })),
  ]
    .map((alert, index) => ({ alert, index }))
    .sort(
      (a, b) =>
        PRIORITY_ORDER.indexOf(a.alert.priority) - PRIORITY_ORDER.indexOf(b.alert.priority) || a.index - b.index,
    )
    .map(({ alert }) => alert);
  const lastDose = summary?.lastKratomDoseAt ?? null;
  const score = summary?.latestScore ?? null;
  let status: TMonitoringStatus = 'no-scores';
  if (summary?.inWithdrawal === true) {
    status = 'in-withdrawal';
  } else if (score !== null) {
    status = 'monitoring';
  }
  return {
    patient: { id: row.patientId, givenName: row.givenName, familyName: row.familyName, birthDate: row.birthDate },
    status,
    careLevel: summary?.careLevel ?? null,
    lastKratomDoseAt: lastDose,
    hoursSinceLastKratomDose:
      lastDose === null ? null : Math.max(0, Math.floor((atMs - Date.parse(lastDose)) / HOUR_MS)),
    latestScore:
      score === null
        ? null
        : {
            id: score.id,
            instrumentId: score.instrument,
            total: score.total,
            bandId: score.band,
            at: score.at,
            trend: score.trend === 'up' || score.trend === 'down' || score.trend === 'same' ? score.trend : null,
          },
    nextScoreDue: dueAt === null || !isDueRule(rule) ? null : { at: dueAt, rule, overdue: atMs > Date.parse(dueAt) },
    alerts,
  };
}
