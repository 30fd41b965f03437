// The flow's order and addresses only, with no domain code: the start page and the router need these in
// the first download; the completion rules (./steps.ts) load with the first step.

/** A step of the flow. */
export type StepId = 'safety' | 'use' | 'criteria' | 'withdrawal' | 'mood' | 'anxiety' | 'result';

/** A step and its address. */
export interface Step {
  readonly id: StepId;
  readonly path: string;
}

/** The flow, in order. "Step n of 7" counts these. */
export const STEPS: readonly Step[] = [
  { id: 'safety', path: '/check/safety' },
  { id: 'use', path: '/check/use' },
  { id: 'criteria', path: '/check/criteria' },
  { id: 'withdrawal', path: '/check/withdrawal' },
  { id: 'mood', path: '/check/mood' },
  { id: 'anxiety', path: '/check/anxiety' },
  { id: 'result', path: '/check/result' },
];

/** The printable summary (after the result; not a numbered step). */
export const SUMMARY_PATH = '/check/summary';

/** @returns The step's place in {@link STEPS}, from 0. */
export function stepIndex(id: StepId): number {
  return STEPS.findIndex((step) => step.id === id);
}

/** @returns The step's address, or "/" for an unknown step. */
export function stepPath(id: StepId): string {
  return STEPS[stepIndex(id)]?.path ?? '/';
}
