import type { CoUseFact, CoUseSubstance } from './treatment-input.js';

export type BuprenorphineCoUseSubstance = Extract<CoUseSubstance, 'benzodiazepine' | 'alcohol'>;

export interface BuprenorphineCoUseWarning {
  readonly substance: BuprenorphineCoUseSubstance;
  /** The co-use facts behind the warning. */
  readonly factIds: readonly string[];
  /** The most recent known use; null when no time is known. */
  readonly lastUseAtMs: number | null;
}

const WARNED: readonly BuprenorphineCoUseSubstance[] = ['benzodiazepine', 'alcohol'];

/**
 * Warns about benzodiazepine or alcohol use alongside buprenorphine: one warning per substance, whatever
 * the last-use time (a reported use is current until the record says otherwise). The caller decides when
 * buprenorphine is in play (an active order, a dose given, or an open induction gate).
 *
 * @param coUse - Co-use facts from intake and later records.
 * @returns One warning per substance present, benzodiazepines first; empty when none.
 * @see Clinical reference §11 "Evidence" (boxed warning on buprenorphine with benzodiazepines [SECONDARY];
 *   alcohol co-use a general principle, not sourced there); issue 10 §4 "Warnings"
 * @example findBuprenorphineCoUseWarnings([{ id: 'u1', substance: 'alcohol', lastUseAtMs: null }])[0]?.substance // => 'alcohol'
 */
export function findBuprenorphineCoUseWarnings(coUse: readonly CoUseFact[]): readonly BuprenorphineCoUseWarning[] {
  return WARNED.flatMap((substance) => {
    const facts = coUse.filter((fact) => fact.substance === substance);
    if (facts.length === 0) {
      return [];
    }
    const times = facts.flatMap((fact) => (fact.lastUseAtMs === null ? [] : [fact.lastUseAtMs]));
    return [
      { substance, factIds: facts.map((fact) => fact.id), lastUseAtMs: times.length > 0 ? Math.max(...times) : null },
    ];
  });
}
