import { decisionSupportItem, type DecisionSupportItem, type TreatmentMessage } from './decision-support-item.js';
import type { NaltrexoneWashoutResult } from './naltrexone-washout.js';
import { TREATMENT_RULES } from './treatment-rules.js';

function reasonNote(
  result: NaltrexoneWashoutResult,
  reason: NaltrexoneWashoutResult['reasons'][number],
): TreatmentMessage {
  const hours = reason === 'kratom-within-washout' ? result.hoursSinceLastKratom : result.hoursSinceLastOpioid;
  return { key: `treatment.naltrexone.reason.${reason}`, values: { hours, washoutHours: result.washoutHours } };
}

/**
 * The panel item for the naltrexone washout on one order: a block with its reasons, the precipitated-
 * withdrawal warning and how to override; an override with who and why (the warning stays); or allowed,
 * with the optional naloxone-challenge prompt.
 *
 * @param result - The washout check.
 * @param orderId - The naltrexone order.
 * @param kratomBasis - Records behind the kratom facts.
 * @returns The item.
 * @see Clinical reference §7 "Naltrexone" and (d), vectors T9–T10; Appendix C.2.5
 * @example naltrexoneItem(t9, 'ord-3', []).severity // => 'block'
 */
export function naltrexoneItem(
  result: NaltrexoneWashoutResult,
  orderId: string,
  kratomBasis: readonly string[],
): DecisionSupportItem {
  const reasons = result.reasons.map((reason) => reasonNote(result, reason));
  const warning: TreatmentMessage = { key: 'treatment.naltrexone.precipitatedWithdrawal', values: {} };
  const decides: TreatmentMessage = { key: 'treatment.clinicianDecides', values: {} };
  const byOutcome = {
    block: {
      severity: 'block',
      messageKey: 'treatment.naltrexone.block',
      values: {},
      notes: [...reasons, warning, { key: 'treatment.naltrexone.overrideHint', values: {} }],
    },
    overridden: {
      severity: 'warning',
      messageKey: 'treatment.naltrexone.overridden',
      values: { overriddenBy: result.override?.overriddenBy ?? null, reason: result.override?.reason ?? null },
      notes: [...reasons, warning, decides],
    },
    allow: {
      severity: 'info',
      messageKey: 'treatment.naltrexone.allow',
      values: { washoutHours: result.washoutHours },
      notes: [{ key: 'treatment.naltrexone.naloxoneChallenge', values: {} }, decides],
    },
  } as const satisfies Record<
    NaltrexoneWashoutResult['outcome'],
    Pick<DecisionSupportItem, 'severity' | 'messageKey' | 'values' | 'notes'>
  >;
  return decisionSupportItem(TREATMENT_RULES.naltrexoneWashout, {
    id: `naltrexone-washout:${orderId}`,
    kind: 'naltrexone-washout',
    ...byOutcome[result.outcome],
    inputs: {
      hoursSinceLastKratom: result.hoursSinceLastKratom,
      hoursSinceLastOpioid: result.hoursSinceLastOpioid,
      washoutHours: result.washoutHours,
      overriddenBy: result.override?.overriddenBy ?? null,
    },
    basis: [...kratomBasis, ...result.opioidBasis],
    sourceIds: ['naltrexone-case-2023', 'reference-7', 'reference-c2'],
    orderId,
  });
}
