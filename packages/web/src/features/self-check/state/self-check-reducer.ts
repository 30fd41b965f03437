import { RED_FLAG_QUESTIONS, type RedFlagId } from '@kratom-care/domain';
import {
  INITIAL_STATE,
  type OptionalQuestionnaireId,
  type QuestionnaireId,
  type SelfCheckState,
} from './self-check-state';
import type { UseDraft } from './use-draft';

export type SelfCheckAction =
  | { readonly type: 'answer-red-flag'; readonly id: RedFlagId; readonly yes: boolean }
  | { readonly type: 'acknowledge-red-flags'; readonly acknowledged: boolean }
  | { readonly type: 'update-use'; readonly patch: Partial<UseDraft> }
  | {
      readonly type: 'answer-item';
      readonly questionnaire: QuestionnaireId;
      readonly itemId: string;
      readonly value: number;
    }
  | { readonly type: 'skip'; readonly questionnaire: OptionalQuestionnaireId; readonly skipped: boolean }
  | { readonly type: 'set-remember'; readonly remember: boolean }
  | { readonly type: 'clear' }
  | { readonly type: 'restore'; readonly state: SelfCheckState };

function answerRedFlag(state: SelfCheckState, id: RedFlagId, yes: boolean): SelfCheckState {
  // A follow-up is only asked after a yes; after a no its hidden answer must not keep raising a flag.
  const hidden = yes ? [] : RED_FLAG_QUESTIONS.filter((question) => question.askOnlyIf === id).map((q) => q.id);
  const redFlags: Partial<Record<RedFlagId, boolean>> = Object.fromEntries(
    Object.entries({ ...state.redFlags, [id]: yes }).filter(([key]) => !hidden.includes(key as RedFlagId)),
  );
  // A newly positive flag brings new emergency steps, which must be read again before moving on.
  const newlyPositive = yes && state.redFlags[id] !== true;
  return {
    ...state,
    redFlags,
    redFlagsAcknowledged: newlyPositive ? false : state.redFlagsAcknowledged,
  };
}

/**
 * All changes to the answers. Pure, so the same sequence of actions always gives the same answers.
 *
 * @param state - The answers so far.
 * @param action - What the person did.
 * @returns The new answers.
 */
export function selfCheckReducer(state: SelfCheckState, action: SelfCheckAction): SelfCheckState {
  switch (action.type) {
    case 'answer-red-flag':
      return answerRedFlag(state, action.id, action.yes);
    case 'acknowledge-red-flags':
      return { ...state, redFlagsAcknowledged: action.acknowledged };
    case 'update-use':
      return { ...state, use: { ...state.use, ...action.patch } };
    case 'answer-item': {
      const answers = { ...state.answers[action.questionnaire], [action.itemId]: action.value };
      const next = { ...state, answers: { ...state.answers, [action.questionnaire]: answers } };
      // Answering a screen means the person chose to take it after all.
      if (action.questionnaire === 'phq9' || action.questionnaire === 'gad7') {
        return { ...next, skipped: { ...state.skipped, [action.questionnaire]: false } };
      }
      return next;
    }
    case 'skip':
      return { ...state, skipped: { ...state.skipped, [action.questionnaire]: action.skipped } };
    case 'set-remember':
      return { ...state, remember: action.remember };
    case 'clear':
      // "Clear my answers" also ends remembering: nothing about the person stays on the device.
      return INITIAL_STATE;
    case 'restore':
      return action.state;
  }
}
