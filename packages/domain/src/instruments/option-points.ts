import type { InstrumentItem } from './instrument-definition.js';
import type { AnswerIssue, AnswerValue } from './score-result.js';

/** The outcome of checking one present answer: its points and the clean value to store, or why it fails. */
export type AnswerCheck =
  | { readonly ok: true; readonly points: number; readonly value: AnswerValue }
  | { readonly ok: false; readonly reason: Exclude<AnswerIssue['reason'], 'missing' | 'unknown-item'> };

/**
 * Checks that an answer is exactly one of the item's published option values. Nothing is rounded or
 * clamped: 1.5, 2 for COWS restlessness and 5 for SOWS are all refused.
 *
 * @param item - The item being answered.
 * @param value - The raw answer, as received (it may come from untyped JSON).
 * @returns The points (the option value itself), or `wrong-type` for anything that is not a whole
 *   number and `not-an-option` for a whole number the item does not offer.
 * @see Clinical reference §0 rule 2, "Reject values that are not published options"
 * @example optionPoints(restlessness, 3) // => { ok: true, points: 3, value: 3 }
 * @example optionPoints(restlessness, 2) // => { ok: false, reason: 'not-an-option' }
 */
export function optionPoints(item: InstrumentItem, value: unknown): AnswerCheck {
  if (typeof value !== 'number' || !Number.isInteger(value)) {
    return { ok: false, reason: 'wrong-type' };
  }
  for (const option of item.options) {
    if (option.value === value) {
      return { ok: true, points: value, value };
    }
  }
  return { ok: false, reason: 'not-an-option' };
}
