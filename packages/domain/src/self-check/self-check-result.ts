import { suggestCareIntensity, type CareIntensitySuggestion, type SelfCheckKudSeverity } from './care-intensity.js';
import { evaluateRedFlags, type RedFlagEvaluation, type RedFlagId } from './red-flags.js';
import { collectRiskNotes, type RiskNote } from './risk-notes.js';
import type { SelfCheckMessageKey } from './self-check.messages.en.js';
import { TREATMENT_OPTIONS, type TreatmentOption } from './treatment-options.js';
import {
  summarizeUsePattern,
  validateUsePattern,
  type UsePatternInput,
  type UsePatternIssue,
  type UsePatternSummary,
} from './use-pattern.js';
import { describeWithdrawalCourse, type WithdrawalCourse } from './withdrawal-timeline.js';

/** PHQ-9 band ids, as the `phq9` scorer names them. */
export type SelfCheckPhq9BandId = 'minimal' | 'mild' | 'moderate' | 'moderately-severe' | 'severe';
/** GAD-7 band ids, as the `gad7` scorer names them. */
export type SelfCheckGad7BandId = 'minimal' | 'mild' | 'moderate' | 'severe';

/** Everything the person answered, with the questionnaires already scored by the instrument library. */
export interface SelfCheckInput {
  readonly redFlagAnswers: Partial<Record<RedFlagId, boolean>>;
  readonly usePattern: UsePatternInput;
  readonly kud: {
    readonly criteriaCount: number;
    readonly severity: SelfCheckKudSeverity;
    /** DSM-5 criterion 11 (withdrawal) was answered yes and counted. */
    readonly meetsWithdrawalCriterion: boolean;
  };
  /** SOWS total 0–64, when the person completed the withdrawal self-rating. */
  readonly sowsTotal?: number;
  /** PHQ-9, if not skipped. `suicidalIdeation` is the scorer's `suicidal-ideation` flag (item 9 > 0). */
  readonly phq9?: { readonly total: number; readonly bandId: SelfCheckPhq9BandId; readonly suicidalIdeation: boolean };
  /** GAD-7, if not skipped. */
  readonly gad7?: { readonly total: number; readonly bandId: SelfCheckGad7BandId };
  /** No stable home or safe place to go through withdrawal. */
  readonly hasNoSafePlaceToWithdraw?: boolean;
}

export interface SelfCheckResult {
  /** Shown first, before any score. */
  readonly redFlags: RedFlagEvaluation;
  /** True when an emergency flag must be acknowledged before scores are shown. */
  readonly acknowledgeRedFlagsFirst: boolean;
  readonly kud: {
    readonly count: number;
    readonly severity: SelfCheckKudSeverity;
    readonly meaningKey: SelfCheckMessageKey;
  };
  readonly usePattern: UsePatternSummary;
  readonly usePatternIssues: readonly UsePatternIssue[];
  readonly withdrawalCourse: WithdrawalCourse;
  /** Raw SOWS total: no severity label, because no validated bands exist. */
  readonly withdrawalSelfRating: { readonly sowsTotal: number; readonly noteKey: SelfCheckMessageKey } | null;
  readonly mood: {
    readonly phq9?: {
      readonly total: number;
      readonly bandId: SelfCheckPhq9BandId;
      readonly suicidalIdeation: boolean;
    };
    readonly gad7?: { readonly total: number; readonly bandId: SelfCheckGad7BandId };
  };
  readonly riskNotes: readonly RiskNote[];
  readonly careIntensity: CareIntensitySuggestion;
  readonly crisis: { readonly show988: boolean; readonly noticeKeys: readonly SelfCheckMessageKey[] };
  readonly treatmentOptions: readonly TreatmentOption[];
  readonly disclaimerKey: SelfCheckMessageKey;
}

const KUD_MEANING_KEYS: Readonly<Record<SelfCheckKudSeverity, SelfCheckMessageKey>> = {
  none: 'selfCheck.kud.consider.none',
  mild: 'selfCheck.kud.consider.mild',
  moderate: 'selfCheck.kud.consider.moderate',
  severe: 'selfCheck.kud.consider.severe',
};

function assertTotal(name: string, value: number | undefined, max: number): void {
  if (value !== undefined && (!Number.isInteger(value) || value < 0 || value > max)) {
    throw new RangeError(`${name} must be a whole number from 0 to ${max}, got ${value}`);
  }
}

/**
 * Builds the whole result page from the answers: red flags first, then kratom-use-disorder severity, the
 * withdrawal course for the hours since the last dose, mood and anxiety, risk notes, a care-intensity
 * suggestion and the next steps. A PHQ-9 item 9 above 0 counts as the §11 suicide red flag: 988 is shown
 * at once, whatever the PHQ-9 band.
 *
 * @param input - The answers, with PHQ-9, GAD-7, SOWS and the DSM-5 checklist already scored.
 * @param at - The moment of the self-check.
 * @returns Everything the result page and the printable summary show, as data and message keys.
 * @throws RangeError when a score is outside its instrument's range (a wiring error, not a user error).
 * @see Clinical reference §11 (red flags before any score; test vector E2: PHQ-9 item 9 = 2, total 11 → 988
 *   regardless of band), §4 (DSM-5 severity), §5 (PHQ-9 item 9 safety alert), §6, §10; issue 2 §5 "Result"
 * @example
 * // E2: PHQ-9 item 9 = 2, total 11 (moderate)
 * buildSelfCheckResult({ ...answers, phq9: { total: 11, bandId: 'moderate', suicidalIdeation: true } }, at)
 *   .crisis.show988 // => true
 */
export function buildSelfCheckResult(input: SelfCheckInput, at: Date): SelfCheckResult {
  assertTotal('sowsTotal', input.sowsTotal, 64);
  assertTotal('phq9.total', input.phq9?.total, 27);
  assertTotal('gad7.total', input.gad7?.total, 21);
  const phq9Suicidal = input.phq9?.suicidalIdeation === true;
  const redFlags = evaluateRedFlags(
    phq9Suicidal ? { ...input.redFlagAnswers, 'suicidal-thoughts': true } : input.redFlagAnswers,
  );
  const usePattern = summarizeUsePattern(input.usePattern, at);
  const show988 = redFlags.flags.some(
    (flag) => flag.id === 'suicidal-thoughts' || flag.id === 'suicide-plan-intent-means',
  );
  const noticeKeys: SelfCheckMessageKey[] = [];
  if (phq9Suicidal) {
    noticeKeys.push('selfCheck.crisis.notice.phq9Item9');
  }
  if (show988) {
    noticeKeys.push('selfCheck.crisis.notice.tellSomeone');
  }
  return {
    redFlags,
    acknowledgeRedFlagsFirst: redFlags.isEmergency,
    kud: {
      count: input.kud.criteriaCount,
      severity: input.kud.severity,
      meaningKey: KUD_MEANING_KEYS[input.kud.severity],
    },
    usePattern,
    usePatternIssues: validateUsePattern(input.usePattern, at),
    withdrawalCourse: describeWithdrawalCourse(usePattern.hoursSinceLastDose),
    withdrawalSelfRating:
      input.sowsTotal === undefined ? null : { sowsTotal: input.sowsTotal, noteKey: 'selfCheck.sows.rawScoreNote' },
    mood: {
      ...(input.phq9 && { phq9: { ...input.phq9 } }),
      ...(input.gad7 && { gad7: { ...input.gad7 } }),
    },
    riskNotes: collectRiskNotes(usePattern),
    careIntensity: suggestCareIntensity({
      redFlagIds: redFlags.flags.map((flag) => flag.id),
      kudSeverity: input.kud.severity,
      kudCriteriaCount: input.kud.criteriaCount,
      meetsWithdrawalCriterion: input.kud.meetsWithdrawalCriterion,
      alcoholOrBenzoWithdrawalRisk: usePattern.alcoholOrBenzoWithdrawalRisk,
      hasNoSafePlaceToWithdraw: input.hasNoSafePlaceToWithdraw === true,
      usesHighPotencyProducts: usePattern.isHighPotency,
      wantsToChange: input.usePattern.wantsToCutDownOrStop === 'yes',
    }),
    crisis: { show988, noticeKeys },
    treatmentOptions: TREATMENT_OPTIONS,
    disclaimerKey: 'selfCheck.result.disclaimer',
  };
}
