import type { InstrumentDefinition } from './instrument-definition.js';
import type { AnswerValue, Answers } from './score-result.js';

/**
 * Builds answers from values listed in the instrument's published order, the way the clinical reference
 * writes its test vectors and a paper form is read. An `undefined` entry leaves that item unanswered.
 *
 * @param definition - The instrument definition.
 * @param values - One entry per item, in published order.
 * @returns Answers keyed by item id.
 * @throws RangeError when the number of values differs from the number of items (a programming error).
 * @example answersInOrder(GAD7_DEFINITION, [1, 0, 0, 1, 0, 1, 1]) // => { nervous: 1, cannotStopWorrying: 0, … }
 */
export function answersInOrder(
  definition: InstrumentDefinition,
  values: readonly (AnswerValue | undefined)[],
): Answers {
  if (values.length !== definition.items.length) {
    throw new RangeError(
      `${definition.id} has ${definition.items.length} items but ${values.length} values were given`,
    );
  }
  const answers: Record<string, AnswerValue> = {};
  definition.items.forEach((item, index) => {
    const value = values[index];
    if (value !== undefined) {
      answers[item.id] = value;
    }
  });
  return answers;
}
