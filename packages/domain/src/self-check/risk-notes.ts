import type { SelfCheckMessageKey } from './self-check.messages.en.js';
import type { SelfCheckSourceId } from './self-check-sources.js';
import type { UsePatternSummary } from './use-pattern.js';

export type RiskNoteId = 'high-potency' | 'depressant-co-use' | 'liver-warning-signs';

/** A note tied to what the person told us, with where its facts come from. */
export interface RiskNote {
  readonly id: RiskNoteId;
  readonly titleKey: SelfCheckMessageKey;
  readonly bodyKey: SelfCheckMessageKey;
  readonly sourceIds: readonly SelfCheckSourceId[];
}

const HIGH_POTENCY_NOTE: RiskNote = {
  id: 'high-potency',
  titleKey: 'selfCheck.risk.highPotency.title',
  bodyKey: 'selfCheck.risk.highPotency.body',
  sourceIds: ['uic-dig-2023', 'fda-7oh-2025'],
};

const DEPRESSANT_NOTE: RiskNote = {
  id: 'depressant-co-use',
  titleKey: 'selfCheck.risk.depressants.title',
  bodyKey: 'selfCheck.risk.depressants.body',
  sourceIds: ['uic-dig-2023'],
};

const LIVER_NOTE: RiskNote = {
  id: 'liver-warning-signs',
  titleKey: 'selfCheck.risk.liver.title',
  bodyKey: 'selfCheck.risk.liver.body',
  sourceIds: ['livertox-kratom', 'schimmel-dart-2020'],
};

/** The liver note for kava-kratom tonics: kava has its own liver risk, so it applies at any frequency. */
const KAVA_LIVER_NOTE: RiskNote = {
  id: 'liver-warning-signs',
  titleKey: 'selfCheck.risk.liver.title',
  bodyKey: 'selfCheck.risk.liver.bodyKava',
  sourceIds: ['livertox-kratom', 'schimmel-dart-2020', 'livertox-kava'],
};

/**
 * Picks the risk notes that fit the person's answers, in this order: high-potency products (7-OH or
 * extracts: a warning and a prompt to tell the clinician), use with alcohol, benzodiazepines/sedatives or
 * opioids (slowed breathing, and the sign that means 911), and the warning signs of liver injury to watch
 * for: for daily use, and for any use of a kava-kratom tonic whatever the frequency (with the kava wording).
 *
 * @param summary - The use-pattern summary (potency, depressant co-use, daily use, kava-kratom tonic).
 * @returns The notes that apply, in display order; empty when none apply.
 * @see Clinical reference §6 "Implement as" (high-potency warning and "tell your clinician", [DESIGN]; FDA on
 *   7-OH [SECONDARY]); §11 red flags (sedative combination; liver signs from LiverTox cases 8332 and 6972);
 *   §8 (Schimmel & Dart, Drugs 2020); seed article (liver checks for frequent users); Appendix C.4.7
 *   (kava-kratom tonics: the liver note at any frequency; LiverTox "Kava Kava")
 * @example
 * collectRiskNotes({ isHighPotency: true, depressantCoUse: ['alcohol'], isDailyUse: false, usesKavaTonic: false }).map((n) => n.id)
 * // => ['high-potency', 'depressant-co-use']
 */
export function collectRiskNotes(
  summary: Pick<UsePatternSummary, 'isHighPotency' | 'depressantCoUse' | 'isDailyUse' | 'usesKavaTonic'>,
): readonly RiskNote[] {
  const liverNote = summary.usesKavaTonic ? KAVA_LIVER_NOTE : summary.isDailyUse && LIVER_NOTE;
  return [
    summary.isHighPotency && HIGH_POTENCY_NOTE,
    summary.depressantCoUse.length > 0 && DEPRESSANT_NOTE,
    liverNote,
  ].filter((note): note is RiskNote => note !== false);
}
