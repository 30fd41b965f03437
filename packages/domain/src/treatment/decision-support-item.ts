import type { TreatmentMessageKey } from './treatment.messages.en.js';
import type { TreatmentRuleRef } from './treatment-rules.js';
import type { TreatmentSourceId } from './treatment-sources.js';

/** How strongly an item asks for attention; `block` stops an action until a clinician overrides it. */
export type DecisionSupportSeverity = 'info' | 'caution' | 'warning' | 'block';

export type DecisionSupportKind =
  'bup-induction-gate' | 'bup-dose-band' | 'alpha2-hold' | 'lofexidine-ceiling' | 'naltrexone-washout' | 'bup-co-use';

/** A value shown in a text or listed as an input. Times are epoch milliseconds; the UI formats them. */
export type DecisionSupportValue = string | number | boolean | null;

/** One text: a catalogue key and the values it interpolates. */
export interface TreatmentMessage {
  readonly key: TreatmentMessageKey;
  readonly values: Readonly<Record<string, DecisionSupportValue>>;
}

/** One suggestion, warning or block on the panel, with the rule that fired and what it read. */
export interface DecisionSupportItem {
  /** Stable within a panel: kind plus the order it concerns (`alpha2-hold:ord-7`). */
  readonly id: string;
  readonly kind: DecisionSupportKind;
  readonly severity: DecisionSupportSeverity;
  readonly ruleId: string;
  readonly ruleVersion: string;
  readonly messageKey: TreatmentMessageKey;
  readonly values: Readonly<Record<string, DecisionSupportValue>>;
  /** Further lines: reasons, cautions, prompts, "the clinician decides". */
  readonly notes: readonly TreatmentMessage[];
  /** The inputs the rule used, by name. */
  readonly inputs: Readonly<Record<string, DecisionSupportValue>>;
  /** Ids of the stored records behind the inputs. */
  readonly basis: readonly string[];
  readonly sourceIds: readonly TreatmentSourceId[];
  /** The order the item is about, if any. */
  readonly orderId: string | null;
}

/**
 * Builds an item from a rule reference and its parts.
 *
 * @param rule - The rule that fired.
 * @param parts - Everything else.
 * @returns The item with `ruleId` and `ruleVersion` taken from the rule.
 * @example decisionSupportItem(TREATMENT_RULES.lofexidineCeiling, { ...parts }).ruleId // => 'treatment.lofexidine-ceiling'
 */
export function decisionSupportItem(
  rule: TreatmentRuleRef,
  parts: Omit<DecisionSupportItem, 'ruleId' | 'ruleVersion'>,
): DecisionSupportItem {
  const { id, kind, severity, messageKey, values, notes, inputs, basis, sourceIds, orderId } = parts;
  return {
    id,
    kind,
    severity,
    ruleId: rule.id,
    ruleVersion: rule.version,
    messageKey,
    values,
    notes,
    inputs,
    basis,
    sourceIds,
    orderId,
  };
}

/**
 * Writes whole micrograms as milligrams for display, without floating-point tails.
 *
 * @param micrograms - Whole micrograms.
 * @returns Milligrams.
 * @example microgramsToMg(2880) // => 2.88
 */
export function microgramsToMg(micrograms: number): number {
  return Math.round(micrograms) / 1000;
}
