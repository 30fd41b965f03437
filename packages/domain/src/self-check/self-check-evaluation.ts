import type { MessageKey } from '../instruments/instrument-definition.js';
import type { Answers, ScoreResult } from '../instruments/score-result.js';
import type { CareIntensityLevel, CareIntensitySuggestion, SelfCheckKudSeverity } from './care-intensity.js';
import type { CrisisResource } from './crisis-resources.js';
import type { FindCareLink } from './find-care.js';
import type { NextStep } from './next-steps.js';
import type { RedFlag, RedFlagEvaluation, RedFlagId } from './red-flags.js';
import type { RiskNote } from './risk-notes.js';
import type { SelfCheckMessageKey } from './self-check.messages.en.js';
import type { SelfCheckCitation } from './self-check-sources.js';
import type { RankedTreatmentOption } from './rank-treatment-options.js';
import type { UsePatternInput, UsePatternIssue, UsePatternSummary } from './use-pattern.js';
import type { WithdrawalCourse } from './withdrawal-timeline.js';

/** The four questionnaires of the public self-check, by what they ask (not by instrument id). */
export type SelfCheckQuestionnaire = 'kud' | 'sows' | 'phq9' | 'gad7';

/** A part of the self-check that can be unfinished: the use step or one of the questionnaires. */
export type SelfCheckPart = 'use-pattern' | SelfCheckQuestionnaire;

/**
 * Everything the person answered, as given. Any part may be missing, unfinished or invalid: the safety
 * part of the evaluation is computed whatever the rest holds (REFERENCE C.4.4).
 */
export interface SelfCheckAnswers {
  /** Yes (true) or no (false) per red-flag question; anything but `true` counts as no. */
  readonly redFlags: Readonly<Partial<Record<RedFlagId, boolean>>>;
  /** The use-pattern answers once the use step is filled in; null (or absent) while it is not. */
  readonly usePattern?: UsePatternInput | null;
  /** "Do you have a safe, stable place to go through withdrawal?"; undefined when not answered. */
  readonly hasSafePlaceToWithdraw?: boolean;
  /** Raw questionnaire answers keyed by item id, exactly as given; missing when not started. */
  readonly questionnaires?: Readonly<Partial<Record<SelfCheckQuestionnaire, Answers>>>;
  /** The optional screens the person chose to skip. A skipped PHQ-9 still raises its item-9 alert. */
  readonly skipped?: Readonly<Partial<Record<'phq9' | 'gad7', boolean>>>;
}

/** A clinician-facing alert for the printed summary, in the order to list them. */
export type SelfCheckAlert =
  | { readonly kind: 'phq9-item9'; readonly textKey: SelfCheckMessageKey }
  | { readonly kind: 'red-flag'; readonly flag: RedFlag };

/** Red flags, the PHQ-9 item-9 alert and crisis help: always computed, always shown first. */
export interface SelfCheckSafety {
  /** Positive red flags, most urgent first. PHQ-9 item 9 > 0 counts as a yes to `suicidal-thoughts`. */
  readonly redFlags: RedFlagEvaluation;
  /** True when an emergency flag must be read before any score is shown (REFERENCE §11, vector E1). */
  readonly acknowledgeFirst: boolean;
  /** PHQ-9 item 9 above 0, whatever else is missing or invalid, and also when the screen was skipped. */
  readonly phq9Item9: boolean;
  /** The person answered yes to the suicidal-thoughts red-flag question itself. */
  readonly suicidalThoughtsAnswered: boolean;
  /** Show the 988 card at once. */
  readonly show988: boolean;
  /** What the 988 card says, in order: the PHQ-9 notice, the answered question's guidance, "tell someone". */
  readonly lifelineMessageKeys: readonly SelfCheckMessageKey[];
  /** The flags shown with their own emergency steps (the 988 flags are covered by the 988 card when shown). */
  readonly emergencyFlags: readonly RedFlag[];
  /** For the printed summary: what a clinician must see before any score. */
  readonly alerts: readonly SelfCheckAlert[];
  /** 911, 988, SAMHSA and Poison Help, for every result. */
  readonly crisisResources: readonly CrisisResource[];
}

/** One questionnaire as scored: possibly incomplete, invalid or skipped. */
export interface SelfCheckInstrumentResult {
  /** The instrument library's id (for its definition: items, options, labels). */
  readonly instrumentId: string;
  readonly titleKey: MessageKey;
  readonly citation: string;
  readonly maxTotal: number;
  readonly skipped: boolean;
  /** The scorer's result; null when skipped. */
  readonly score: ScoreResult | null;
  /** Set only when the score is complete. */
  readonly total: number | null;
  readonly band: { readonly id: string; readonly labelKey: MessageKey } | null;
}

/** The DSM-5 checklist, worded as signs a clinician would consider, never as a diagnosis (C.4.5). */
export interface SelfCheckKud {
  readonly count: number;
  readonly max: 11;
  readonly severity: SelfCheckKudSeverity;
  /** "You marked {count} of the 11 signs." */
  readonly countKey: SelfCheckMessageKey;
  /** What a clinician would consider for this band, and the next step. */
  readonly considerKey: SelfCheckMessageKey;
  /** The withdrawal sign (criterion 11) was marked and counted. */
  readonly withdrawalSignMarked: boolean;
}

/** The care-intensity suggestion in plain words, with the rule that fired and why. */
export interface SelfCheckCare extends CareIntensitySuggestion {
  /** What the level means for the person, in plain words. */
  readonly descriptionKey: SelfCheckMessageKey;
}

/** The card that opens the result (after any crisis items) and must fit the first phone screen. */
export interface SelfCheckSummaryCard {
  readonly careLevel: CareIntensityLevel | null;
  readonly careLabelKey: SelfCheckMessageKey;
  readonly careDescriptionKey: SelfCheckMessageKey;
  /** One to three steps chosen for these answers, most important first. */
  readonly nextSteps: readonly NextStep[];
  readonly findCare: FindCareLink;
}

/** The withdrawal picture: where the hours since the last dose fall, and the SOWS self-rating. */
export interface SelfCheckWithdrawal {
  readonly course: WithdrawalCourse;
  /** Raw SOWS total, no severity label (no validated bands exist). */
  readonly selfRating: { readonly total: number; readonly max: number; readonly noteKey: SelfCheckMessageKey };
}

/** Everything after the safety part; only when every required answer is in and valid. */
export interface SelfCheckOutcome {
  readonly summaryCard: SelfCheckSummaryCard;
  readonly kud: SelfCheckKud;
  readonly withdrawal: SelfCheckWithdrawal;
  readonly care: SelfCheckCare;
  readonly riskNotes: readonly RiskNote[];
  /** Chosen and ordered by relevance to the answers; each says why it is listed. Never empty. */
  readonly treatmentOptions: readonly RankedTreatmentOption[];
  readonly usePattern: UsePatternSummary;
}

interface SelfCheckEvaluationBase {
  readonly at: Date;
  readonly safety: SelfCheckSafety;
  /** Every questionnaire as scored, complete or not. */
  readonly instruments: Readonly<Record<SelfCheckQuestionnaire, SelfCheckInstrumentResult>>;
  readonly usePatternIssues: readonly UsePatternIssue[];
  readonly disclaimerKey: SelfCheckMessageKey;
  /**
   * Every source behind what is shown, each listed once: the questionnaires' citations (those not skipped),
   * then the research sources in order of first use. Never a provider's article or an internal document.
   */
  readonly sources: readonly SelfCheckCitation[];
}

/** The one result of the self-check: what the result page and the printable summary show. */
export type SelfCheckEvaluation =
  | (SelfCheckEvaluationBase & {
      readonly status: 'complete';
      readonly unfinished: readonly [];
      readonly outcome: SelfCheckOutcome;
    })
  | (SelfCheckEvaluationBase & {
      readonly status: 'incomplete';
      /** The parts still missing or invalid, in self-check order. */
      readonly unfinished: readonly SelfCheckPart[];
      readonly outcome: null;
    });
