export type YesNo = 'yes' | 'no';

/** A stored yes/no answer as a radio value; undefined when not answered yet. */
export function toYesNo(answer: boolean | undefined): YesNo | undefined {
  if (answer === undefined) {
    return undefined;
  }
  return answer ? 'yes' : 'no';
}
