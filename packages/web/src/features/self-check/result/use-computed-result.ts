import { evaluateSelfCheck, type SelfCheckEvaluation, type UsePatternInput } from '@kratom-care/domain';
import { useMemo, useState } from 'react';
import type { SelfCheckState } from '../state/self-check-state';
import { useSelfCheck } from '../state/use-self-check';
import { checkUseDraft } from '../state/use-draft-input';

/** The domain's evaluation of the answers, and the use answers as the domain read them (for the summary). */
export interface ComputedResult {
  readonly evaluation: SelfCheckEvaluation;
  /** Null while the use step is unfinished. */
  readonly usePattern: UsePatternInput | null;
}

/**
 * Hands the answers to the domain as given: the domain scores them, decides everything shown, and keeps the
 * safety part even when something else is missing or invalid. Nothing leaves the browser.
 *
 * @param state - The answers.
 * @param at - The moment of the result (for the hours since the last dose).
 * @returns The evaluation and the use answers.
 */
export function computeResult(state: SelfCheckState, at: Date): ComputedResult {
  const usePattern = checkUseDraft(state.use, at).input;
  const evaluation = evaluateSelfCheck(
    {
      redFlags: state.redFlags,
      usePattern,
      ...(state.use.safePlace === undefined ? {} : { hasSafePlaceToWithdraw: state.use.safePlace === 'yes' }),
      questionnaires: {
        kud: state.answers['dsm5-kud'],
        sows: state.answers.sows,
        phq9: state.answers.phq9,
        gad7: state.answers.gad7,
      },
      skipped: state.skipped,
    },
    at,
  );
  return { evaluation, usePattern };
}

/** @returns The evaluation of the current answers, fixed at the moment the page opened. */
export function useComputedResult(): ComputedResult {
  const { state } = useSelfCheck();
  const [at] = useState(() => new Date());
  return useMemo(() => computeResult(state, at), [state, at]);
}
