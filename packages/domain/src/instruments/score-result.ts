import type { InstrumentDefinition, MessageKey } from './instrument-definition.js';

/** A raw answer: an option value, or for a measured item (COWS pulse) the measurement itself. */
export type AnswerValue = number | { readonly bpm: number };

/** Answers keyed by item id, exactly as the person or clinician gave them. */
export type Answers = Readonly<Record<string, AnswerValue>>;

/**
 * Extra facts some rules need: the DSM-5 medical-supervision exclusion, one switch per criterion,
 * because tolerance and withdrawal are excluded separately.
 *
 * @see Clinical reference §4, "Medical-supervision exclusion" (`solelyUnderMedicalSupervision: { c10, c11 }`)
 */
export interface ScoringContext {
  /** The tolerance criterion (10) comes solely from a medicine taken under medical supervision. */
  readonly toleranceUnderMedicalSupervision?: boolean;
  /** The withdrawal criterion (11) comes solely from a medicine taken under medical supervision. */
  readonly withdrawalUnderMedicalSupervision?: boolean;
}

/** Why one answer could not be scored. */
export interface AnswerIssue {
  readonly itemId: string;
  readonly reason: 'missing' | 'unknown-item' | 'not-an-option' | 'wrong-type' | 'out-of-range';
}

/** Points one item contributed; `excluded` items are answered but do not count (DSM-5 supervision rule). */
export interface ItemPoints {
  readonly id: string;
  readonly value: AnswerValue;
  readonly points: number;
  readonly excluded?: boolean;
}

/** A safety flag raised whatever the total, e.g. PHQ-9 item 9 > 0. */
export type ScoreFlag = 'suicidal-ideation';

export interface CompleteScore {
  readonly status: 'complete';
  readonly instrument: string;
  readonly version: string;
  readonly total: number;
  readonly band: { readonly id: string; readonly labelKey: MessageKey } | null;
  readonly flags: readonly ScoreFlag[];
  readonly items: readonly ItemPoints[];
}

/** Some items unanswered: no total, never pro-rated (REFERENCE §0 rule 4). */
export interface IncompleteScore {
  readonly status: 'incomplete';
  readonly instrument: string;
  readonly version: string;
  readonly missing: readonly string[];
  /**
   * Safety flags raised by the items that were answered. A person who answers PHQ-9 item 9 and skips
   * another item must still be routed to crisis help, so flags do not wait for a complete form.
   */
  readonly flags: readonly ScoreFlag[];
}

/** Some answers are not published options: rejected, never rounded or clamped (REFERENCE §0 rule 2). */
export interface InvalidScore {
  readonly status: 'invalid';
  readonly instrument: string;
  readonly version: string;
  readonly issues: readonly AnswerIssue[];
  /**
   * Safety flags raised by the answers that could be read. A bad answer elsewhere must not hide
   * PHQ-9 item 9: scores may be incomplete, flags may not.
   *
   * @see Clinical reference Appendix C.4.4, "Safety flags survive bad input"
   */
  readonly flags: readonly ScoreFlag[];
}

export type ScoreResult = CompleteScore | IncompleteScore | InvalidScore;

/** A definition together with its pure scorer. The registry holds one per instrument id. */
export interface Instrument {
  readonly definition: InstrumentDefinition;
  /** A plain function property, not a method, so callers may pass it around unbound. */
  readonly score: (answers: Answers, context?: ScoringContext) => ScoreResult;
}
