import { classifyTotal } from './classify-total.js';
import type { InstrumentDefinition, InstrumentItem } from './instrument-definition.js';
import { optionPoints, type AnswerCheck } from './option-points.js';
import type { AnswerIssue, Answers, ItemPoints, ScoreFlag, ScoreResult, ScoringContext } from './score-result.js';

/** The few places where an instrument departs from "sum the published option values". */
export interface SumRules {
  /** Turns one present answer into points. Defaults to {@link optionPoints}; COWS adds raw pulse bpm. */
  readonly answerPoints?: (item: InstrumentItem, value: unknown) => AnswerCheck;
  /** Item ids that are answered and stored but do not count in this context (DSM-5 supervision rules). */
  readonly excludedItems?: (context: ScoringContext) => readonly string[];
  /** Safety flags read from item points, raised whatever the total (PHQ-9 item 9). */
  readonly flags?: (points: ReadonlyMap<string, number>) => readonly ScoreFlag[];
}

const NO_RULES: SumRules = {};
const NONE: readonly string[] = [];
const NO_FLAGS: readonly ScoreFlag[] = Object.freeze([]);

/**
 * The one scorer behind every instrument: validates every answer, then sums item points.
 *
 * - Any unknown item id, wrong type, out-of-range or non-option value makes the result `invalid`. It
 *   lists every problem at once, unanswered items included (reason `missing`), so a form can show them
 *   all together.
 * - Whatever the status, the safety flags of every answer that could be read are reported (C.4.4).
 * - Otherwise, unanswered items make it `incomplete`: no total and no pro-rating.
 * - Otherwise it is `complete`, with the total, its band (`null` when the instrument has none), flags
 *   and the points of each item in published order.
 *
 * An answer that is `undefined` counts as unanswered, as a form field left blank would.
 *
 * @param definition - The instrument definition, items in published order.
 * @param answers - Raw answers keyed by item id.
 * @param context - Facts some rules need, e.g. `toleranceUnderMedicalSupervision`.
 * @param rules - The instrument's departures from a plain sum.
 * @returns A complete, incomplete or invalid result carrying the instrument id and version.
 * @see Clinical reference §0 rules 2–4 (reject non-options; store raw answers, total, band, version; no pro-rating)
 * @see Clinical reference Appendix C.4.4 (safety flags survive bad input)
 * @example scoreSum(GAD7_DEFINITION, { nervous: 1, … }) // => { status: 'complete', total: 4, band: { id: 'minimal', … } }
 */
export function scoreSum(
  definition: InstrumentDefinition,
  answers: Answers,
  context: ScoringContext = {},
  rules: SumRules = NO_RULES,
): ScoreResult {
  // One pass, no intermediate arrays or sets: the public score endpoint runs this on every
  // request and has a throughput budget (issue 2).
  const answerPoints = rules.answerPoints ?? optionPoints;
  const excluded = rules.excludedItems?.(context) ?? NONE;
  const issues: AnswerIssue[] = [];
  const missing: string[] = [];
  const items: ItemPoints[] = [];
  const points = rules.flags === undefined ? null : new Map<string, number>();
  let ownKeysSeen = 0;
  let total = 0;

  for (const item of definition.items) {
    const own = Object.hasOwn(answers, item.id);
    if (own) {
      ownKeysSeen += 1;
    }
    const value: unknown = own ? answers[item.id] : undefined;
    if (value === undefined) {
      missing.push(item.id);
      issues.push({ itemId: item.id, reason: 'missing' });
      continue;
    }
    const check = answerPoints(item, value);
    if (!check.ok) {
      issues.push({ itemId: item.id, reason: check.reason });
      // A number that is not an option still reaches the flag rules: a PHQ-9 item 9 of 4 is refused,
      // but it is no reason to stay silent about thoughts of self-harm (C.4.4, err towards help).
      if (points !== null && typeof value === 'number' && Number.isFinite(value)) {
        points.set(item.id, value);
      }
      continue;
    }
    points?.set(item.id, check.points);
    if (excluded.includes(item.id)) {
      items.push({ id: item.id, value: check.value, points: 0, excluded: true });
    } else {
      items.push({ id: item.id, value: check.value, points: check.points });
      total += check.points;
    }
  }
  // Every own key matched an item unless there are more keys than matches.
  const keys = Object.keys(answers);
  if (keys.length > ownKeysSeen) {
    for (const id of keys) {
      if (!definition.items.some((item) => item.id === id)) {
        issues.push({ itemId: id, reason: 'unknown-item' });
      }
    }
  }

  const { id: instrument, version } = definition;
  // Flags come first and from every answer that could be read, whatever else is wrong (C.4.4).
  const flags = rules.flags === undefined || points === null ? NO_FLAGS : rules.flags(points);
  if (issues.length > missing.length) {
    return { status: 'invalid', instrument, version, issues, flags };
  }
  if (missing.length > 0) {
    return { status: 'incomplete', instrument, version, missing, flags };
  }
  const band = classifyTotal(definition, total);
  return {
    status: 'complete',
    instrument,
    version,
    total,
    band: band === null ? null : { id: band.id, labelKey: band.labelKey },
    flags,
    items,
  };
}
