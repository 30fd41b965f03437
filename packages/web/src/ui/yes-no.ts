export type YesNo = 'yes' | 'no';

/**
 * The one order of a yes/no question, on every page: "Yes" first, the usual form order (and the order
 * most of the flow's questions already had). Flipping it from one page to the next invites mis-taps.
 */
export const YES_NO_ORDER: readonly YesNo[] = ['yes', 'no'];

/** A stored yes/no answer as a radio value; undefined when not answered yet. */
export function toYesNo(answer: boolean | undefined): YesNo | undefined {
  if (answer === undefined) {
    return undefined;
  }
  return answer ? 'yes' : 'no';
}
