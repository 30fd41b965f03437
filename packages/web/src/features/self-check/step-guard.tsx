import { useState, type ReactNode } from 'react';
import { Navigate } from 'react-router';
import { useSelfCheck } from './state/use-self-check';
import { firstIncompleteStepBefore, type StepId } from './steps';

/** Route state that makes the target page say why the person landed there. */
export interface StepNoticeState {
  readonly notice: 'earlier-steps';
}

export function isStepNoticeState(value: unknown): value is StepNoticeState {
  return typeof value === 'object' && value !== null && (value as { notice?: unknown }).notice === 'earlier-steps';
}

interface StepGuardProps {
  readonly step: StepId;
  readonly children: ReactNode;
}

/**
 * Opening a later step directly (a bookmark, a reload without remembered answers) sends the person to
 * the first step that still needs answers, with a short notice. Checked when the page opens only, so
 * clearing answers on a page does not yank the person away from the Undo button.
 */
export function StepGuard({ step, children }: StepGuardProps) {
  const { state } = useSelfCheck();
  const [missing] = useState(() => firstIncompleteStepBefore(state, step, new Date()));
  if (missing !== null) {
    const notice: StepNoticeState = { notice: 'earlier-steps' };
    return <Navigate to={missing.path} replace state={notice} />;
  }
  return children;
}
