import type { CompleteScore } from '../instruments/score-result.js';
import {
  CARE_INTENSITY_LEVELS,
  KUD_SEVERITIES,
  suggestCareIntensity,
  type SelfCheckKudSeverity,
} from './care-intensity.js';
import { findCareLink } from './find-care.js';
import { chooseNextSteps } from './next-steps.js';
import { rankTreatmentOptions } from './rank-treatment-options.js';
import { collectRiskNotes } from './risk-notes.js';
import { scoreQuestionnaires } from './score-questionnaires.js';
import type {
  SelfCheckAnswers,
  SelfCheckCare,
  SelfCheckEvaluation,
  SelfCheckInstrumentResult,
  SelfCheckKud,
  SelfCheckOutcome,
  SelfCheckPart,
  SelfCheckQuestionnaire,
  SelfCheckSafety,
} from './self-check-evaluation.js';
import type { SelfCheckFacts } from './self-check-facts.js';
import { evaluateSafety } from './self-check-safety.js';
import { collectSources, type SelfCheckCitation, type SelfCheckSourceId } from './self-check-sources.js';
import type { SelfCheckMessageKey } from './self-check.messages.en.js';
import { summarizeUsePattern, validateUsePattern, type UsePatternInput } from './use-pattern.js';
import { describeWithdrawalCourse } from './withdrawal-timeline.js';

const KUD_CONSIDER_KEYS: Readonly<Record<SelfCheckKudSeverity, SelfCheckMessageKey>> = {
  none: 'selfCheck.kud.consider.none',
  mild: 'selfCheck.kud.consider.mild',
  moderate: 'selfCheck.kud.consider.moderate',
  severe: 'selfCheck.kud.consider.severe',
};

const NO_LEVEL_DESCRIPTION: SelfCheckMessageKey = 'selfCheck.care.level.none.description';

const complete = (result: SelfCheckInstrumentResult): CompleteScore | null =>
  result.score?.status === 'complete' ? result.score : null;

function kudResult(score: CompleteScore): SelfCheckKud | null {
  const severity = KUD_SEVERITIES.find((id) => id === score.band?.id);
  if (severity === undefined) {
    return null;
  }
  const withdrawal = score.items.find((item) => item.id === 'withdrawal');
  return {
    count: score.total,
    max: 11,
    severity,
    countKey: 'selfCheck.kud.count',
    considerKey: KUD_CONSIDER_KEYS[severity],
    withdrawalSignMarked: withdrawal !== undefined && withdrawal.points > 0 && withdrawal.excluded !== true,
  };
}

/** Which required parts are missing or invalid: the use step, the checklist, SOWS, and unskipped screens. */
function unfinishedParts(
  usePatternOk: boolean,
  instruments: Readonly<Record<SelfCheckQuestionnaire, SelfCheckInstrumentResult>>,
): SelfCheckPart[] {
  const parts: SelfCheckPart[] = usePatternOk ? [] : ['use-pattern'];
  for (const id of ['kud', 'sows', 'phq9', 'gad7'] as const) {
    const result = instruments[id];
    if (!result.skipped && complete(result) === null) {
      parts.push(id);
    }
  }
  return parts;
}

function buildOutcome(
  answers: SelfCheckAnswers,
  usePatternInput: UsePatternInput,
  kud: SelfCheckKud,
  sows: CompleteScore,
  sowsMax: number,
  safety: SelfCheckSafety,
  at: Date,
): SelfCheckOutcome {
  const usePattern = summarizeUsePattern(usePatternInput, at);
  const suggestion = suggestCareIntensity({
    redFlagIds: safety.redFlags.flags.map((flag) => flag.id),
    kudSeverity: kud.severity,
    kudCriteriaCount: kud.count,
    meetsWithdrawalCriterion: kud.withdrawalSignMarked,
    alcoholOrBenzoWithdrawalRisk: usePattern.alcoholOrBenzoWithdrawalRisk,
    hasNoSafePlaceToWithdraw: answers.hasSafePlaceToWithdraw === false,
    usesHighPotencyProducts: usePattern.isHighPotency,
    dailyOtherOpioidUse: usePattern.dailyOtherOpioidUse,
    wantsToChange: usePatternInput.wantsToCutDownOrStop === 'yes',
  });
  const care: SelfCheckCare = {
    ...suggestion,
    descriptionKey:
      suggestion.level === null ? NO_LEVEL_DESCRIPTION : CARE_INTENSITY_LEVELS[suggestion.level].descriptionKey,
  };
  const facts: SelfCheckFacts = {
    care,
    kudSeverity: kud.severity,
    withdrawalSign: kud.withdrawalSignMarked,
    usePattern,
    hasEmergencyFlag: safety.redFlags.isEmergency,
    isPregnant: safety.redFlags.flags.some((flag) => flag.id === 'pregnant'),
    wantsToChange: usePatternInput.wantsToCutDownOrStop === 'yes',
  };
  return {
    summaryCard: {
      careLevel: care.level,
      careLabelKey: care.levelKey,
      careDescriptionKey: care.descriptionKey,
      nextSteps: chooseNextSteps(facts),
      findCare: findCareLink(care.level),
    },
    kud,
    withdrawal: {
      course: describeWithdrawalCourse(usePattern.hoursSinceLastDose),
      selfRating: { total: sows.total, max: sowsMax, noteKey: 'selfCheck.sows.rawScoreNote' },
    },
    care,
    riskNotes: collectRiskNotes(usePattern),
    treatmentOptions: rankTreatmentOptions(facts),
    usePattern,
  };
}

function sourcesOf(
  instruments: Readonly<Record<SelfCheckQuestionnaire, SelfCheckInstrumentResult>>,
  safety: SelfCheckSafety,
  outcome: SelfCheckOutcome | null,
): readonly SelfCheckCitation[] {
  const questionnaires = Object.values(instruments)
    .filter((result) => !result.skipped)
    .map((result) => ({ id: `instrument:${result.instrumentId}` as const, citation: result.citation }));
  return [...questionnaires, ...collectSources(researchSourceIds(safety, outcome))];
}

function researchSourceIds(safety: SelfCheckSafety, outcome: SelfCheckOutcome | null): SelfCheckSourceId[] {
  return [
    ...safety.redFlags.flags.flatMap((flag) => flag.sourceIds),
    ...(outcome === null
      ? []
      : [
          ...outcome.withdrawal.course.sourceIds,
          ...outcome.riskNotes.flatMap((note) => note.sourceIds),
          ...outcome.treatmentOptions.flatMap((option) => option.sourceIds),
        ]),
  ];
}

/**
 * The one call behind the self-check's result page and printable summary: scores the questionnaires,
 * then builds, in this order, the safety part (red flags, PHQ-9 item 9, crisis help), and, when every
 * required answer is in and valid, the summary card (care intensity in plain words, one to three next
 * steps, "Find care near you"), the DSM-5 signs as "you marked N of the 11 signs", the withdrawal
 * timeline and SOWS self-rating, risk notes, treatment options chosen and ordered for these answers, and
 * the research sources, each once. The web renders it; it decides nothing itself.
 *
 * The safety part never depends on the rest: PHQ-9 item 9 above 0 raises the alert and 988 even when
 * another PHQ-9 answer is invalid, the screen was skipped, or the rest of the self-check is unfinished.
 *
 * @param answers - Everything the person answered, as given; any part may be missing or invalid.
 * @param at - The moment of the self-check (for the hours since the last dose). No clock is read here.
 * @returns The evaluation: `status: 'complete'` with an `outcome`, or `'incomplete'` with the parts to finish.
 * @see Clinical reference §11 (red flags and crisis help before any score), §4 (DSM-5), §5 (PHQ-9 item 9),
 *   §6 (withdrawal course), §10 (care intensity), Appendix C.4 (binding self-check rulings); issue 9 §2
 * @example
 * // PHQ-9 item 9 = 1 with another PHQ-9 answer invalid and nothing else answered (C.4.4)
 * const result = evaluateSelfCheck(
 *   { redFlags: {}, usePattern: null, questionnaires: { phq9: { selfHarmThoughts: 1, sleep: 7 } } }, at);
 * result.safety.show988 // => true
 * result.status // => 'incomplete'
 */
export function evaluateSelfCheck(answers: SelfCheckAnswers, at: Date): SelfCheckEvaluation {
  const instruments = scoreQuestionnaires(answers);
  const safety = evaluateSafety(answers.redFlags, answers.questionnaires?.phq9);
  const given = answers.usePattern ?? null;
  const usePatternIssues = given === null ? [] : validateUsePattern(given, at);
  const usePatternInput = usePatternIssues.length === 0 ? given : null;
  const kudScore = complete(instruments.kud);
  const kud = kudScore === null ? null : kudResult(kudScore);
  const sows = complete(instruments.sows);
  const unfinished = unfinishedParts(usePatternInput !== null, instruments);
  const base = { at, safety, instruments, usePatternIssues, disclaimerKey: 'selfCheck.result.disclaimer' } as const;

  if (unfinished.length > 0 || usePatternInput === null || kud === null || sows === null) {
    return {
      ...base,
      status: 'incomplete',
      unfinished: unfinished.length > 0 ? unfinished : ['kud'],
      outcome: null,
      sources: sourcesOf(instruments, safety, null),
    };
  }
  const outcome = buildOutcome(answers, usePatternInput, kud, sows, instruments.sows.maxTotal, safety, at);
  return {
    ...base,
    status: 'complete',
    unfinished: [],
    outcome,
    sources: sourcesOf(instruments, safety, outcome),
  };
}
