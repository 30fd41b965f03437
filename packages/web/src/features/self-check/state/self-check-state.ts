import type { RedFlagId } from '@kratom-care/domain';
import { EMPTY_USE_DRAFT, type UseDraft } from './use-draft';

/** The questionnaires of the self-check, by instrument id. */
export type QuestionnaireId = 'dsm5-kud' | 'sows' | 'phq9' | 'gad7';

/** The two screens a person may skip. */
export type OptionalQuestionnaireId = 'phq9' | 'gad7';

/** Option values per item id, exactly as chosen. */
export type ItemAnswers = Readonly<Record<string, number>>;

/**
 * Everything the person has answered. It lives in memory, with a copy in this tab's sessionStorage (so a
 * reload keeps it), or in this device's localStorage while `remember` is true (see `stored-copy.ts`).
 */
export interface SelfCheckState {
  readonly remember: boolean;
  readonly redFlags: Readonly<Partial<Record<RedFlagId, boolean>>>;
  /** The person has read the emergency steps for the red flags answered yes. */
  readonly redFlagsAcknowledged: boolean;
  readonly use: UseDraft;
  readonly answers: Readonly<Record<QuestionnaireId, ItemAnswers>>;
  readonly skipped: Readonly<Record<OptionalQuestionnaireId, boolean>>;
}

export const INITIAL_STATE: SelfCheckState = {
  remember: false,
  redFlags: {},
  redFlagsAcknowledged: false,
  use: EMPTY_USE_DRAFT,
  answers: { 'dsm5-kud': {}, sows: {}, phq9: {}, gad7: {} },
  skipped: { phq9: false, gad7: false },
};
