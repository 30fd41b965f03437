import type { ScoreResult } from '../instruments/score-result.js';
import {
  suggestCareIntensity,
  type CareIntensityLevel,
  type CareIntensitySuggestion,
  type SelfCheckKudSeverity,
} from '../self-check/care-intensity.js';
import { RED_FLAG_IDS, RED_FLAG_QUESTIONS, type RedFlagId } from '../self-check/red-flags.js';
import type { SelfCheckMessageKey } from '../self-check/self-check.messages.en.js';
import type { CareProgrammesMessageKey } from './care-programmes.messages.en.js';
import { programmesForLevel, type ProgrammeMapping } from './care-programmes.js';

/** Intake and monitoring facts from the chart, as the care-intensity rules need them. */
export interface ChartCareIntensityFacts {
  /** Positive red flags on record (REFERENCE §11 ids; `pregnant` included when pregnant). */
  readonly redFlagIds: readonly string[];
  /** The DSM-5 KUD result from `scoreDsm5Kud`. */
  readonly kud: ScoreResult;
  /** The latest clinician-rated COWS total, when there is one. */
  readonly latestCowsTotal?: number;
  readonly alcoholOrBenzoWithdrawalRisk: boolean;
  readonly cannotKeepFluidsDown?: boolean;
  readonly hasNoSafePlaceToWithdraw?: boolean;
  readonly usesHighPotencyProducts: boolean;
  readonly dailyOtherOpioidUse?: boolean;
  readonly wantsToChange: boolean;
}

export interface ChartCareIntensityIssue {
  readonly field: string;
  readonly rule: 'wrong-instrument' | 'invalid-score' | 'range' | 'unknown';
  readonly messageKey: CareProgrammesMessageKey;
}

/** What `GET /api/patients/{id}/care-intensity` returns: level, the rule that fired, and its reasons. */
export interface ChartCareIntensity {
  readonly status: 'suggested';
  readonly level: CareIntensityLevel | null;
  readonly ruleNumber: 1 | 2 | 3 | 4 | 5 | null;
  readonly rulesVersion: string;
  /** Clinician wording of the rule and reasons; the self-check keys are in `suggestion`. */
  readonly ruleKey: CareProgrammesMessageKey;
  readonly reasonKeys: readonly CareProgrammesMessageKey[];
  readonly suggestion: CareIntensitySuggestion;
  /** The programmes for the suggested level; null when no rule matched. */
  readonly programmes: ProgrammeMapping | null;
  readonly discussKey: CareProgrammesMessageKey;
  /** True when the KUD result was incomplete or invalid and only an emergency red flag decided (C.4.4). */
  readonly fromRedFlagsOnly: boolean;
}

export type ChartCareIntensityResult =
  | ChartCareIntensity
  | { readonly status: 'incomplete'; readonly missing: readonly string[] }
  | { readonly status: 'invalid'; readonly issues: readonly ChartCareIntensityIssue[] };

const KNOWN_FLAGS: ReadonlySet<string> = new Set(RED_FLAG_IDS);
const EMERGENCY_FLAGS: ReadonlySet<string> = new Set(
  RED_FLAG_QUESTIONS.filter((question) => question.isEmergency).map((question) => question.id),
);

/** The clinician-facing key for a self-check care key (same suffix, e.g. `reason.cowsSevere`). */
const clinicianKey = (key: SelfCheckMessageKey): CareProgrammesMessageKey =>
  key.replace(/^selfCheck\.care\./, 'careProgrammes.') as CareProgrammesMessageKey;

function withdrawalCriterionMet(kud: ScoreResult): boolean {
  if (kud.status !== 'complete') {
    return false;
  }
  const item = kud.items.find((entry) => entry.id === 'withdrawal');
  return item !== undefined && item.points > 0;
}

function present(suggestion: CareIntensitySuggestion, fromRedFlagsOnly: boolean): ChartCareIntensity {
  return {
    status: 'suggested',
    level: suggestion.level,
    ruleNumber: suggestion.ruleNumber,
    rulesVersion: suggestion.rulesVersion,
    ruleKey: clinicianKey(suggestion.ruleKey),
    reasonKeys: suggestion.reasonKeys.map(clinicianKey),
    suggestion,
    programmes: suggestion.level === null ? null : programmesForLevel(suggestion.level),
    discussKey: 'careProgrammes.discussAndAssess',
    fromRedFlagsOnly,
  };
}

/**
 * Runs the product's care-intensity rules (`suggestCareIntensity`, REFERENCE §10, N1–N6) on chart facts:
 * the KUD count and band come from the `scoreDsm5Kud` result, the clinician's latest COWS stands in for
 * self-report, and the DSM-5 withdrawal criterion is used only without a COWS. Bad input gives `invalid`
 * naming the field, never a throw. An emergency red flag still gives E when the KUD result is incomplete
 * or invalid: scores may be incomplete, flags may not (C.4.4).
 *
 * @param facts - Intake and monitoring facts.
 * @returns The suggestion with its rule, reasons (clinician wording) and programmes; or why there is none.
 * @see Clinical reference §10 (rules and vectors N1–N6) and Appendix C.4.1–C.4.4
 * @example suggestChartCareIntensity({ ...facts, kud: severeKud, latestCowsTotal: 27 }).level // => 'H'
 */
export function suggestChartCareIntensity(facts: ChartCareIntensityFacts): ChartCareIntensityResult {
  const issues: ChartCareIntensityIssue[] = [];
  facts.redFlagIds.forEach((id, index) => {
    if (!KNOWN_FLAGS.has(id)) {
      issues.push({
        field: `redFlagIds[${index}]`,
        rule: 'unknown',
        messageKey: 'careProgrammes.issue.redFlagIds.unknown',
      });
    }
  });
  const cows = facts.latestCowsTotal;
  if (cows !== undefined && (!Number.isInteger(cows) || cows < 0 || cows > 48)) {
    issues.push({ field: 'latestCowsTotal', rule: 'range', messageKey: 'careProgrammes.issue.latestCowsTotal.range' });
  }
  const { kud } = facts;
  if (kud.instrument !== 'dsm5-kud') {
    issues.push({ field: 'kud', rule: 'wrong-instrument', messageKey: 'careProgrammes.issue.kud.wrong-instrument' });
  } else if (kud.status === 'invalid') {
    issues.push({ field: 'kud', rule: 'invalid-score', messageKey: 'careProgrammes.issue.kud.invalid-score' });
  }
  const redFlagIds = facts.redFlagIds.filter((id): id is RedFlagId => KNOWN_FLAGS.has(id));
  const emergency = redFlagIds.some((id) => EMERGENCY_FLAGS.has(id));
  const base = {
    redFlagIds,
    alcoholOrBenzoWithdrawalRisk: facts.alcoholOrBenzoWithdrawalRisk,
    usesHighPotencyProducts: facts.usesHighPotencyProducts,
    wantsToChange: facts.wantsToChange,
    ...(facts.cannotKeepFluidsDown === undefined ? {} : { cannotKeepFluidsDown: facts.cannotKeepFluidsDown }),
    ...(facts.hasNoSafePlaceToWithdraw === undefined
      ? {}
      : { hasNoSafePlaceToWithdraw: facts.hasNoSafePlaceToWithdraw }),
    ...(facts.dailyOtherOpioidUse === undefined ? {} : { dailyOtherOpioidUse: facts.dailyOtherOpioidUse }),
  };
  if (kud.status !== 'complete' || issues.length > 0) {
    if (emergency) {
      // Rule 1 fires before any score is read, so placeholder KUD facts cannot change the outcome.
      return present(suggestCareIntensity({ ...base, kudSeverity: 'none', kudCriteriaCount: 0 }), true);
    }
    if (issues.length > 0) {
      return { status: 'invalid', issues };
    }
    return { status: 'incomplete', missing: kud.status === 'incomplete' ? kud.missing : [] };
  }
  const severity = (kud.band?.id ?? 'none') as SelfCheckKudSeverity;
  const suggestion = suggestCareIntensity({
    ...base,
    kudSeverity: severity,
    kudCriteriaCount: kud.total,
    ...(cows === undefined ? { meetsWithdrawalCriterion: withdrawalCriterionMet(kud) } : { cowsTotal: cows }),
  });
  return present(suggestion, false);
}
