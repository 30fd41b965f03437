import { RED_FLAG_QUESTIONS, getInstrument } from '@kratom-care/domain';
import type { ItemAnswers, QuestionnaireId, SelfCheckState } from './state/self-check-state';
import { checkUseDraft } from './state/use-draft-input';
import { STEPS, stepIndex, type Step, type StepId } from './step-paths';

export { STEPS, SUMMARY_PATH, stepIndex, stepPath, type Step, type StepId } from './step-paths';

/** The red-flag questions to ask, given the answers so far (follow-ups appear after a "yes"). */
export function visibleRedFlagQuestions(state: SelfCheckState): typeof RED_FLAG_QUESTIONS {
  return RED_FLAG_QUESTIONS.filter(
    (question) => question.askOnlyIf === undefined || state.redFlags[question.askOnlyIf] === true,
  );
}

export function unansweredItems(questionnaire: QuestionnaireId, answers: ItemAnswers): string[] {
  const items = getInstrument(questionnaire)?.definition.items ?? [];
  return items.filter((item) => answers[item.id] === undefined).map((item) => item.id);
}

function isSafetyDone(state: SelfCheckState): boolean {
  const questions = visibleRedFlagQuestions(state);
  const allAnswered = questions.every((question) => state.redFlags[question.id] !== undefined);
  const anyYes = questions.some((question) => state.redFlags[question.id] === true);
  return allAnswered && (!anyYes || state.redFlagsAcknowledged);
}

/**
 * Whether a step's required answers are all in.
 *
 * @param state - The answers.
 * @param id - The step.
 * @param at - Now (the use step rejects a last dose in the future).
 * @returns True when the person may move past this step.
 */
export function isStepComplete(state: SelfCheckState, id: StepId, at: Date): boolean {
  switch (id) {
    case 'safety':
      return isSafetyDone(state);
    case 'use':
      return checkUseDraft(state.use, at).input !== null;
    case 'criteria':
      return unansweredItems('dsm5-kud', state.answers['dsm5-kud']).length === 0;
    case 'withdrawal':
      return unansweredItems('sows', state.answers.sows).length === 0;
    case 'mood':
      return state.skipped.phq9 || unansweredItems('phq9', state.answers.phq9).length === 0;
    case 'anxiety':
      return state.skipped.gad7 || unansweredItems('gad7', state.answers.gad7).length === 0;
    case 'result':
      return true;
  }
}

/**
 * The first step before `target` that still needs answers, if any: where to send someone who opened a
 * later page directly.
 *
 * @param state - The answers.
 * @param target - The step being opened.
 * @param at - Now.
 * @returns That earlier step, or null when every earlier step is done.
 */
export function firstIncompleteStepBefore(state: SelfCheckState, target: StepId, at: Date): Step | null {
  const end = stepIndex(target);
  return STEPS.slice(0, end).find((step) => !isStepComplete(state, step.id, at)) ?? null;
}
