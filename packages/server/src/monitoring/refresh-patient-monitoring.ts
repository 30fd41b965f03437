import {
  assessLiver,
  buildInductionLog,
  dashboardAlerts,
  INSTRUMENTS,
  isTreatmentInvalid,
  nextScoreDue,
  scoreTrend,
  type Answers,
  type AlertPriority,
  type DashboardAlert,
  type MonitoringSettings,
  type ScoreTrend,
} from '@kratom-care/domain';
import { savePatientMonitoring, type Executor, type PanelRecord, type PatientMonitoring } from '@kratom-care/store';
import { readMonitoringSources, type MonitoringSources, type StoredSerialScore } from './monitoring-sources.js';

/** Stored attention when no alert is open (0 urgent, 1 high, 2 routine). */
const NO_ALERT = 3;
const ATTENTION: Readonly<Record<AlertPriority, number>> = { urgent: 0, high: 1, routine: 2 };

const iso = (ms: number | null | undefined): string | null =>
  ms === null || ms === undefined || !Number.isFinite(ms) ? null : new Date(ms).toISOString();

/** An object's own field, or undefined: stored bodies of types owned elsewhere are read defensively. */
function field(value: unknown, key: string): unknown {
  return typeof value === 'object' && value !== null && Object.hasOwn(value, key)
    ? (value as Record<string, unknown>)[key]
    : undefined;
}

/** The current intake's `kratom.lastDoseAt` (issue 10 §2), as UTC, when recorded and a valid time. */
function lastKratomDoseAt(intake: PanelRecord | undefined): string | null {
  const at = field(field(intake?.body, 'kratom'), 'lastDoseAt');
  return typeof at === 'string' ? iso(Date.parse(at)) : null;
}

/** The red flags the current intake records (§11 ids), when it records any. */
function intakeRedFlags(intake: PanelRecord | undefined): string[] {
  const flags = field(intake?.body, 'redFlags');
  return Array.isArray(flags) ? flags.filter((flag): flag is string => typeof flag === 'string') : [];
}

/** The care-programmes level of the latest care-intensity decision (`body.level`). */
function careLevel(decision: PanelRecord | undefined): string | null {
  const level = field(decision?.body, 'level');
  return typeof level === 'string' ? level : null;
}

/** The latest PHQ-9 rescored from its stored answers: item 9 alerts whatever the status (C.4.4). */
function phq9Result(record: PanelRecord | undefined) {
  const answers = field(record?.body, 'answers');
  return record === undefined || typeof answers !== 'object' || answers === null
    ? null
    : INSTRUMENTS.phq9.score(answers as Answers);
}

function latestScore(scores: readonly StoredSerialScore[], atMs: number) {
  const latest = [...scores]
    .filter((score) => score.assessedAtMs <= atMs)
    .sort((a, b) => b.assessedAtMs - a.assessedAtMs || (a.id < b.id ? 1 : -1))[0];
  if (latest === undefined) {
    return null;
  }
  // The trend compares scores of the same instrument only (the two SOWS variants never mix).
  const sameScale = scores.filter((score) => score.instrumentId === latest.instrumentId);
  const trend: ScoreTrend | null = scoreTrend(sameScale, latest.instrument, atMs);
  return {
    id: latest.id,
    instrument: latest.instrumentId,
    total: latest.total,
    band: trend?.latestBand ?? null,
    at: iso(latest.assessedAtMs) ?? '',
    trend: trend?.arrow ?? null,
  };
}

/** A stored alert: what the API answers, without the rule's version. */
function storedAlert(alert: DashboardAlert) {
  return { id: alert.id, priority: alert.priority, messageKey: alert.messageKey, inputs: alert.inputs };
}

/**
 * Computes a patient's monitoring summary from their records with the domain's rules: next score
 * due (`nextScoreDue`), latest COWS or SOWS with band and trend (`scoreTrend`), and the alerts that
 * do not depend on the clock (`dashboardAlerts` without the due time, which the reads add).
 *
 * @param patientId - The patient.
 * @param sources - Their records.
 * @param settings - The due-time settings.
 * @param at - Now, ISO-8601 UTC.
 * @returns The summary.
 * @see packages/domain/src/monitoring/README.md; issue 10 §1 and §3
 */
export function computePatientMonitoring(
  patientId: string,
  sources: MonitoringSources,
  settings: MonitoringSettings,
  at: string,
): PatientMonitoring {
  const atMs = Date.parse(at);
  const log = buildInductionLog(
    sources.administrations,
    sources.scores.filter((score) => score.instrument === 'cows'),
  );
  // Stored bodies passed the same domain checks on the way in; an invalid log schedules nothing from doses.
  const doses = isTreatmentInvalid(log)
    ? []
    : log.map((entry) => ({ id: entry.administrationId, givenAtMs: entry.givenAtMs }));
  const due = nextScoreDue({ scores: sources.scores, buprenorphineDoses: doses }, settings, atMs);
  const scheduled = due.status === 'scheduled' ? due : null;
  const cowsTrend = scoreTrend(sources.scores, 'cows', atMs);
  const liver = sources.labs.length === 0 ? null : assessLiver(sources.labs, atMs);
  const alerts = dashboardAlerts(
    { redFlagIds: intakeRedFlags(sources.intake), phq9: phq9Result(sources.phq9), cowsTrend, liver, scoreDue: null },
    atMs,
  );
  return {
    patientId,
    inWithdrawal: scheduled !== null,
    nextScoreDueAt: iso(scheduled?.dueAtMs),
    nextScoreDueRule: scheduled?.rule.id ?? null,
    lastKratomDoseAt: lastKratomDoseAt(sources.intake),
    latestScore: latestScore(sources.scores, atMs),
    alerts: alerts.map(storedAlert),
    attention: Math.min(NO_ALERT, ...alerts.map((alert) => ATTENTION[alert.priority])),
    careLevel: careLevel(sources.careDecision),
    updatedAt: at,
  };
}

/**
 * Rewrites a patient's monitoring summary inside the caller's transaction, so the summary and the
 * record write that changed it commit together (decision 0024). Called by the record platform after
 * every create, update and entered-in-error of a type that feeds it.
 *
 * @param executor - The write's transaction.
 * @param patientId - The patient.
 * @param at - Now, ISO-8601 UTC.
 * @param settings - The due-time settings (`app.monitoringSettings`).
 */
export async function refreshPatientMonitoring(
  executor: Executor,
  patientId: string,
  at: string,
  settings: MonitoringSettings,
): Promise<void> {
  const sources = await readMonitoringSources(executor, patientId);
  await savePatientMonitoring(executor, computePatientMonitoring(patientId, sources, settings, at));
}
