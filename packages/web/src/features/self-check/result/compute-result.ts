import {
  buildSelfCheckResult,
  getInstrument,
  type CompleteScore,
  type ScoreResult,
  type SelfCheckGad7BandId,
  type SelfCheckKudSeverity,
  type SelfCheckPhq9BandId,
  type SelfCheckResult,
  type UsePatternInput,
} from '@kratom-care/domain';
import type { QuestionnaireId, SelfCheckState } from '../state/self-check-state';
import { checkUseDraft } from '../state/use-draft-input';

/** Everything the result and summary pages show, scored in this browser. */
export interface ComputedResult {
  readonly at: Date;
  readonly result: SelfCheckResult;
  readonly usePattern: UsePatternInput;
  readonly scores: {
    readonly kud: CompleteScore;
    readonly sows: CompleteScore;
    /** Null when skipped. */
    readonly phq9: CompleteScore | null;
    readonly gad7: CompleteScore | null;
  };
  /** PHQ-9 item 9 above 0, even on a screen that was skipped part-way. */
  readonly phq9SelfHarm: boolean;
  /** The person answered yes to the suicidal-thoughts red-flag question itself. */
  readonly suicidalThoughtsAnswered: boolean;
}

const KUD_SEVERITIES: readonly SelfCheckKudSeverity[] = ['none', 'mild', 'moderate', 'severe'];
const PHQ9_BANDS: readonly SelfCheckPhq9BandId[] = ['minimal', 'mild', 'moderate', 'moderately-severe', 'severe'];
const GAD7_BANDS: readonly SelfCheckGad7BandId[] = ['minimal', 'mild', 'moderate', 'severe'];

function oneOf<T extends string>(list: readonly T[], value: string | undefined): T | undefined {
  return list.find((entry) => entry === value);
}

function score(id: QuestionnaireId, state: SelfCheckState): ScoreResult | undefined {
  return getInstrument(id)?.score(state.answers[id]);
}

function complete(result: ScoreResult | undefined): CompleteScore | null {
  return result?.status === 'complete' ? result : null;
}

function optionalScreen<B extends string>(score: CompleteScore | null, skipped: boolean, bands: readonly B[]) {
  const bandId = oneOf(bands, score?.band?.id);
  return skipped || score === null || bandId === undefined ? null : { total: score.total, bandId };
}

/**
 * Scores the answers with the domain library and builds the result. Nothing leaves the browser.
 *
 * @param state - The answers.
 * @param at - The moment of the result (for the hours since the last dose).
 * @returns The result, or null when required answers are missing (the page then says so).
 */
export function computeResult(state: SelfCheckState, at: Date): ComputedResult | null {
  const usePattern = checkUseDraft(state.use, at).input;
  const kud = complete(score('dsm5-kud', state));
  const sows = complete(score('sows', state));
  const severity = oneOf(KUD_SEVERITIES, kud?.band?.id);
  if (usePattern === null || kud === null || sows === null || severity === undefined) {
    return null;
  }
  const phq9Score = score('phq9', state);
  const phq9SelfHarm =
    phq9Score !== undefined && phq9Score.status !== 'invalid' && phq9Score.flags.includes('suicidal-ideation');
  const phq9 = state.skipped.phq9 ? null : complete(phq9Score);
  const gad7 = state.skipped.gad7 ? null : complete(score('gad7', state));
  const phq9Input = optionalScreen(phq9, state.skipped.phq9, PHQ9_BANDS);
  const gad7Input = optionalScreen(gad7, state.skipped.gad7, GAD7_BANDS);
  const withdrawalItem = kud.items.find((item) => item.id === 'withdrawal');

  const result = buildSelfCheckResult(
    {
      // A self-harm answer on a skipped or unfinished PHQ-9 still counts as the suicide red flag.
      redFlagAnswers:
        phq9SelfHarm && phq9Input === null ? { ...state.redFlags, 'suicidal-thoughts': true } : state.redFlags,
      usePattern,
      kud: {
        criteriaCount: kud.total,
        severity,
        meetsWithdrawalCriterion:
          withdrawalItem !== undefined && withdrawalItem.points > 0 && withdrawalItem.excluded !== true,
      },
      sowsTotal: sows.total,
      ...(phq9Input === null ? {} : { phq9: { ...phq9Input, suicidalIdeation: phq9SelfHarm } }),
      ...(gad7Input === null ? {} : { gad7: gad7Input }),
      hasNoSafePlaceToWithdraw: state.use.safePlace === 'no',
    },
    at,
  );
  return {
    at,
    result,
    usePattern,
    scores: { kud, sows, phq9, gad7 },
    phq9SelfHarm,
    suicidalThoughtsAnswered: state.redFlags['suicidal-thoughts'] === true,
  };
}
