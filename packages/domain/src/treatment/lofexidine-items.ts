import {
  decisionSupportItem,
  microgramsToMg,
  type DecisionSupportItem,
  type TreatmentMessage,
} from './decision-support-item.js';
import type { LofexidineCeilingResult } from './lofexidine-ceiling.js';
import { TREATMENT_RULES } from './treatment-rules.js';

/**
 * The panel item for the lofexidine ceilings on one order: within limits, or a block for the single-dose
 * or the rolling-24-hour maximum, with what the order's next dose would make and when it would fit.
 *
 * @param ceiling - The ceiling check, run with the order's dose as the request.
 * @param orderId - The order.
 * @returns The item.
 * @see Clinical reference §7 "Alpha-2 agonists" and (c), vector T8; Appendix C.2.4
 * @example lofexidineItem(t8Ceiling, 'ord-2').severity // => 'block'
 */
export function lofexidineItem(ceiling: LofexidineCeilingResult, orderId: string): DecisionSupportItem {
  const givenMg = microgramsToMg(ceiling.givenLast24hUg);
  const requestedMg = ceiling.requestedUg === null ? null : microgramsToMg(ceiling.requestedUg);
  const notes: TreatmentMessage[] = [];
  if (ceiling.totalWithRequestUg !== null && ceiling.outcome !== 'block-single-dose') {
    notes.push({
      key: 'treatment.lofexidine.nextDose',
      values: { requestedMg, totalMg: microgramsToMg(ceiling.totalWithRequestUg) },
    });
  }
  if (ceiling.outcome === 'block-daily-maximum' && ceiling.nextAllowedAtMs !== null) {
    notes.push({ key: 'treatment.lofexidine.nextAllowedAt', values: { nextAllowedAtMs: ceiling.nextAllowedAtMs } });
  }
  notes.push({ key: 'treatment.clinicianDecides', values: {} });
  let messageKey: DecisionSupportItem['messageKey'] = 'treatment.lofexidine.within';
  if (ceiling.outcome === 'block-daily-maximum') {
    messageKey = 'treatment.lofexidine.blockDaily';
  } else if (ceiling.outcome === 'block-single-dose') {
    messageKey = 'treatment.lofexidine.blockSingle';
  }
  return decisionSupportItem(TREATMENT_RULES.lofexidineCeiling, {
    id: `lofexidine-ceiling:${orderId}`,
    kind: 'lofexidine-ceiling',
    severity: ceiling.outcome === 'within-limits' ? 'info' : 'block',
    messageKey,
    values: { givenMg, remainingMg: microgramsToMg(ceiling.remainingUg), requestedMg },
    notes,
    inputs: {
      givenLast24hUg: ceiling.givenLast24hUg,
      requestedUg: ceiling.requestedUg,
      maxSingleDoseUg: ceiling.maxSingleDoseUg,
      maxDailyUg: ceiling.maxDailyUg,
      nextAllowedAtMs: ceiling.nextAllowedAtMs,
    },
    basis: ceiling.countedAdministrationIds,
    sourceIds: ['lofexidine-label', 'reference-c2'],
    orderId,
  });
}
