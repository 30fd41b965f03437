import { useMemo, useState } from 'react';
import { useSelfCheck } from '../state/use-self-check';
import { computeResult, type ComputedResult } from './compute-result';

/** @returns The result for the current answers, fixed at the moment the page opened; null if incomplete. */
export function useComputedResult(): ComputedResult | null {
  const { state } = useSelfCheck();
  const [at] = useState(() => new Date());
  return useMemo(() => computeResult(state, at), [state, at]);
}
