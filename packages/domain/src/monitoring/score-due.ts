import type { MonitoringMessageKey } from './monitoring.messages.en.js';
import {
  scoresUpTo,
  serialHistoryIssues,
  type BuprenorphineDose,
  type MonitoringIssue,
  type SerialScore,
} from './serial-scores.js';

/** The clinic's monitoring settings (issue 10 §3); every value is configurable. */
export interface MonitoringSettings {
  /** Hours between scores while the latest COWS is at or above `activeWithdrawalMinCows` (default 4). */
  readonly intervalHours: number;
  /** Latest COWS at or above this means active withdrawal (default 5, the lower edge of "mild", §1). */
  readonly activeWithdrawalMinCows: number;
  /** Hours after a buprenorphine dose by which the post-dose COWS is due (default 1). */
  readonly postDoseIntervalHours: number;
}

/**
 * Defaults: every 4 h while COWS ≥ 5, and 1 h after a buprenorphine dose until the post-dose COWS.
 *
 * @see Issue 10 §3 ("default every 4 h while COWS ≥ 5, hourly after a buprenorphine dose until the
 *   post-dose COWS is recorded"); clinical reference §1 ("Repeat use": score at time zero and again after
 *   the first dose, "30 minutes" or "1–2 h" by version; bands: mild starts at 5)
 */
export const DEFAULT_MONITORING_SETTINGS: MonitoringSettings = {
  intervalHours: 4,
  activeWithdrawalMinCows: 5,
  postDoseIntervalHours: 1,
};

/** [DESIGN] limits on the settings a clinic may choose, so a typo cannot silence the reminders. */
export const MONITORING_SETTING_LIMITS: Readonly<Record<keyof MonitoringSettings, { min: number; max: number }>> = {
  intervalHours: { min: 0.25, max: 24 },
  activeWithdrawalMinCows: { min: 1, max: 48 },
  postDoseIntervalHours: { min: 0.25, max: 4 },
};

export const SCORE_DUE_RULES_VERSION = '1.0.0';

export type ScoreDueRuleId = 'post-dose' | 'cows-interval' | 'below-threshold' | 'no-cows';

/** The facts the due time was worked out from, for "the rule that fired and its inputs". */
export interface ScoreDueInputs {
  readonly latestCowsId: string | null;
  readonly latestCowsTotal: number | null;
  readonly latestCowsAtMs: number | null;
  /** The dose still waiting for its post-dose COWS, if any. */
  readonly pendingDoseId: string | null;
  readonly pendingDoseAtMs: number | null;
  readonly settings: MonitoringSettings;
}

export type ScoreDue =
  | {
      readonly status: 'scheduled';
      readonly dueAtMs: number;
      /** True once `at` is past the due time; at exactly the due time it is due, not overdue. */
      readonly overdue: boolean;
      readonly rule: { readonly id: 'post-dose' | 'cows-interval'; readonly version: string };
      readonly messageKey: MonitoringMessageKey;
      readonly inputs: ScoreDueInputs;
    }
  | {
      readonly status: 'not-scheduled';
      readonly dueAtMs: null;
      readonly overdue: false;
      readonly rule: { readonly id: 'below-threshold' | 'no-cows'; readonly version: string };
      readonly messageKey: MonitoringMessageKey;
      readonly inputs: ScoreDueInputs;
    }
  | { readonly status: 'invalid'; readonly issues: readonly MonitoringIssue[] };

const HOUR_MS = 3_600_000;

function settingIssues(settings: MonitoringSettings): MonitoringIssue[] {
  return (Object.keys(MONITORING_SETTING_LIMITS) as (keyof MonitoringSettings)[]).flatMap((key) => {
    const value = settings[key];
    const { min, max } = MONITORING_SETTING_LIMITS[key];
    const wholeNeeded = key === 'activeWithdrawalMinCows';
    const ok = Number.isFinite(value) && value >= min && value <= max && (!wholeNeeded || Number.isInteger(value));
    return ok ? [] : [{ field: `settings.${key}`, rule: 'range' as const, message: `Must be from ${min} to ${max}` }];
  });
}

/**
 * Works out when the next withdrawal score is due. Two rules can set a time; the earlier wins (a tie goes
 * to the post-dose rule):
 * - **post-dose**: the latest buprenorphine dose at or before `at` has no COWS after it (a COWS at the
 *   dose's own moment is the pre-dose score) → due `postDoseIntervalHours` after the dose;
 * - **cows-interval**: the latest COWS is ≥ `activeWithdrawalMinCows` → due `intervalHours` after it.
 * Otherwise nothing is scheduled (latest COWS below the threshold, or no COWS at all). SOWS never sets a
 * time: the issue's rule is written for COWS. Scores and doses after `at` are ignored.
 *
 * @param history - Serial scores and buprenorphine doses.
 * @param settings - The clinic's settings (see `DEFAULT_MONITORING_SETTINGS`).
 * @param atMs - Now, epoch milliseconds.
 * @returns The due time with its rule and inputs and whether it is overdue; or `invalid` naming the field.
 * @see Issue 10 §3 and clinical reference §1 ("Repeat use"; bands); the earliest-wins combination is our
 *   own [DESIGN] choice for review
 * @example nextScoreDue({ scores: [{ id: 'c1', instrument: 'cows', total: 9, assessedAtMs: t }], buprenorphineDoses: [] },
 *   DEFAULT_MONITORING_SETTINGS, t + 3_600_000) // => { status: 'scheduled', dueAtMs: t + 4 h, overdue: false, rule: { id: 'cows-interval', … }, … }
 */
export function nextScoreDue(
  history: { readonly scores: readonly SerialScore[]; readonly buprenorphineDoses: readonly BuprenorphineDose[] },
  settings: MonitoringSettings,
  atMs: number,
): ScoreDue {
  const issues = [...settingIssues(settings), ...serialHistoryIssues(history.scores, history.buprenorphineDoses)];
  if (issues.length > 0) {
    return { status: 'invalid', issues };
  }
  const cows = scoresUpTo(history.scores, 'cows', atMs);
  const latest = cows.at(-1);
  let pendingDose: BuprenorphineDose | undefined;
  for (const dose of history.buprenorphineDoses) {
    if (dose.givenAtMs <= atMs && (pendingDose === undefined || dose.givenAtMs >= pendingDose.givenAtMs)) {
      pendingDose = dose;
    }
  }
  if (pendingDose !== undefined && cows.some((score) => score.assessedAtMs > (pendingDose?.givenAtMs ?? 0))) {
    pendingDose = undefined;
  }
  const inputs: ScoreDueInputs = {
    latestCowsId: latest?.id ?? null,
    latestCowsTotal: latest?.total ?? null,
    latestCowsAtMs: latest?.assessedAtMs ?? null,
    pendingDoseId: pendingDose?.id ?? null,
    pendingDoseAtMs: pendingDose?.givenAtMs ?? null,
    settings,
  };
  const candidates: { id: 'post-dose' | 'cows-interval'; dueAtMs: number; messageKey: MonitoringMessageKey }[] = [];
  if (pendingDose !== undefined) {
    const dueAtMs = pendingDose.givenAtMs + settings.postDoseIntervalHours * HOUR_MS;
    candidates.push({ id: 'post-dose', dueAtMs, messageKey: 'monitoring.due.postDose' });
  }
  if (latest !== undefined && latest.total >= settings.activeWithdrawalMinCows) {
    const dueAtMs = latest.assessedAtMs + settings.intervalHours * HOUR_MS;
    candidates.push({ id: 'cows-interval', dueAtMs, messageKey: 'monitoring.due.cowsInterval' });
  }
  const chosen = candidates.reduce<(typeof candidates)[number] | undefined>(
    (best, candidate) => (best === undefined || candidate.dueAtMs < best.dueAtMs ? candidate : best),
    undefined,
  );
  if (chosen === undefined) {
    const id = latest === undefined ? 'no-cows' : 'below-threshold';
    return {
      status: 'not-scheduled',
      dueAtMs: null,
      overdue: false,
      rule: { id, version: SCORE_DUE_RULES_VERSION },
      messageKey: id === 'no-cows' ? 'monitoring.due.noCows' : 'monitoring.due.belowThreshold',
      inputs,
    };
  }
  return {
    status: 'scheduled',
    dueAtMs: chosen.dueAtMs,
    overdue: atMs > chosen.dueAtMs,
    rule: { id: chosen.id, version: SCORE_DUE_RULES_VERSION },
    messageKey: chosen.messageKey,
    inputs,
  };
}
