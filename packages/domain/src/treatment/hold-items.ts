import type { HoldCheckResult, HoldOutcome } from './alpha2-hold-check.js';
import {
  decisionSupportItem,
  type DecisionSupportItem,
  type DecisionSupportSeverity,
} from './decision-support-item.js';
import type { TreatmentMessageKey } from './treatment.messages.en.js';
import { TREATMENT_RULES } from './treatment-rules.js';

const OUTCOME: Readonly<Record<HoldOutcome, { key: TreatmentMessageKey; severity: DecisionSupportSeverity }>> = {
  hold: { key: 'treatment.hold.hold', severity: 'warning' },
  'check-vitals': { key: 'treatment.hold.checkVitals', severity: 'caution' },
  give: { key: 'treatment.hold.give', severity: 'info' },
};

/**
 * The panel item for a clonidine or lofexidine hold check on one order: the outcome, a line for every
 * reading that is low, missing or stale (a stale low value is shown beside "check vitals"), and the
 * readings as inputs.
 *
 * @param check - The hold check's result.
 * @param orderId - The order it is about.
 * @returns The item.
 * @see Clinical reference §7 (clonidine hold parameters; lofexidine label) and vectors T5–T7; Appendix C.2.3
 * @example holdItem(t5Check, 'ord-1').severity // => 'warning'
 */
export function holdItem(check: HoldCheckResult, orderId: string): DecisionSupportItem {
  const rule = check.drug === 'clonidine' ? TREATMENT_RULES.clonidineHold : TREATMENT_RULES.lofexidineHold;
  const outcome = OUTCOME[check.outcome];
  const notes = check.readings
    .filter((reading) => reading.state !== 'ok')
    .map((reading) => ({
      key: `treatment.hold.${reading.vital}.${reading.state}` as TreatmentMessageKey,
      values: { value: reading.value, threshold: reading.threshold, maxAgeHours: check.vitalsMaxAgeHours },
    }));
  const inputs = Object.fromEntries(
    check.readings.flatMap((reading) => [
      [reading.vital, reading.value],
      [`${reading.vital}TakenAtMs`, reading.takenAtMs],
      [`${reading.vital}Below`, reading.threshold],
    ]),
  );
  return decisionSupportItem(rule, {
    id: `alpha2-hold:${orderId}`,
    kind: 'alpha2-hold',
    severity: outcome.severity,
    messageKey: outcome.key,
    values: { drug: check.drug },
    notes: [...notes, { key: 'treatment.clinicianDecides', values: {} }],
    inputs: { ...inputs, vitalsMaxAgeHours: check.vitalsMaxAgeHours },
    basis: [...new Set(check.readings.flatMap((reading) => (reading.vitalsId === null ? [] : [reading.vitalsId])))],
    sourceIds:
      check.drug === 'clonidine'
        ? ['clonidine-order-set', 'reference-c2']
        : ['lofexidine-label', 'clonidine-order-set', 'reference-c2'],
    orderId,
  });
}
