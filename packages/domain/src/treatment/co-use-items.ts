import type { BuprenorphineCoUseWarning } from './buprenorphine-co-use.js';
import { decisionSupportItem, type DecisionSupportItem } from './decision-support-item.js';
import { TREATMENT_RULES } from './treatment-rules.js';

/**
 * The panel item for one co-use warning with buprenorphine.
 *
 * @param warning - The warning.
 * @returns The item (severity `warning`).
 * @see Clinical reference §11 "Evidence" (buprenorphine–benzodiazepine boxed warning [SECONDARY]; alcohol
 *   not sourced there); issue 10 §4 "Warnings"
 * @example coUseItem({ substance: 'alcohol', factIds: ['u1'], lastUseAtMs: null }).messageKey // => 'treatment.coUse.alcohol'
 */
export function coUseItem(warning: BuprenorphineCoUseWarning): DecisionSupportItem {
  return decisionSupportItem(TREATMENT_RULES.buprenorphineCoUse, {
    id: `bup-co-use:${warning.substance}`,
    kind: 'bup-co-use',
    severity: 'warning',
    messageKey: warning.substance === 'alcohol' ? 'treatment.coUse.alcohol' : 'treatment.coUse.benzodiazepine',
    values: {},
    notes: [{ key: 'treatment.clinicianDecides', values: {} }],
    inputs: { substance: warning.substance, lastUseAtMs: warning.lastUseAtMs },
    basis: warning.factIds,
    sourceIds: ['reference-11'],
    orderId: null,
  });
}
