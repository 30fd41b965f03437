import { checkAlpha2Hold, type HoldCheckResult } from './alpha2-hold-check.js';
import { findBuprenorphineCoUseWarnings } from './buprenorphine-co-use.js';
import { coUseItem } from './co-use-items.js';
import type { DecisionSupportItem } from './decision-support-item.js';
import { decisionSupportInputIssues } from './decision-support-input-issues.js';
import { holdItem } from './hold-items.js';
import { evaluateInductionGate, type InductionGateResult } from './induction-gate.js';
import { inductionItems } from './induction-items.js';
import { checkLofexidineCeiling, type LofexidineCeilingResult } from './lofexidine-ceiling.js';
import { lofexidineItem } from './lofexidine-items.js';
import { checkNaltrexoneWashout, type NaltrexoneWashoutResult } from './naltrexone-washout.js';
import { naltrexoneItem } from './naltrexone-items.js';
import { DEFAULT_TREATMENT_CONFIG, type TreatmentConfig } from './treatment-config.js';
import type { DecisionSupportInput, MedicationOrderInput, TreatmentDrug } from './treatment-input.js';
import { invalid, isTreatmentInvalid, type TreatmentInvalid } from './treatment-issues.js';
import type { TreatmentMessageKey } from './treatment.messages.en.js';

/** The panel's current items for one patient, as `GET /api/patients/{id}/decision-support` answers them. */
export interface DecisionSupportPanel {
  readonly status: 'ok';
  readonly atMs: number;
  /** "Decision support for clinician review; nothing here is an order." Shown above the items. */
  readonly disclaimerKey: TreatmentMessageKey;
  readonly items: readonly DecisionSupportItem[];
}

const SEVERITY_ORDER = { block: 0, warning: 1, caution: 2, info: 3 } as const;

const BUPRENORPHINE: ReadonlySet<TreatmentDrug> = new Set(['buprenorphine-naloxone', 'buprenorphine']);

/** The sub-checks cannot refuse input the panel has already checked; this narrows their result types. */
function checked<T extends object>(result: T | TreatmentInvalid): T {
  if (isTreatmentInvalid(result)) {
    throw new Error('decision-support input passed validation but a check refused it');
  }
  return result;
}

function activeOrders(input: DecisionSupportInput, drugs: readonly TreatmentDrug[]): MedicationOrderInput[] {
  return input.orders.filter((order) => order.status === 'active' && drugs.includes(order.drug));
}

/**
 * Assembles the medication decision-support panel for one patient at one moment:
 * - the buprenorphine induction gate, and the Weiss & Douglas band beside an open gate;
 * - a clonidine or lofexidine hold check for each active order of either;
 * - the lofexidine ceilings for each active lofexidine order, with the order's dose as the next dose;
 * - the naltrexone washout for each active naltrexone order, lifted only by that order's override;
 * - benzodiazepine and alcohol co-use warnings when buprenorphine is in play (an active order, a dose in
 *   the records given, or an open gate).
 * Items come blocks first, then warnings, cautions and information. Every item names its rule and version, its inputs, the records behind them and its sources. Decision
 * support only: nothing here orders, gives or withholds a medicine.
 *
 * @param input - Orders, administrations, COWS, vitals, kratom and co-use facts, overrides.
 * @param nowMs - The panel's moment (the server's clock; the domain has none).
 * @param config - Clinic settings; REFERENCE defaults otherwise.
 * @returns The items in display order, or invalid with every bad field named.
 * @see Clinical reference §7 "Implement as" (a)–(d) and vectors T1–T10; Appendix C.2; §11 (co-use)
 * @example buildDecisionSupportPanel(input, Date.parse('2027-01-31T08:00:00Z')).status // => 'ok'
 */
export function buildDecisionSupportPanel(
  input: DecisionSupportInput,
  nowMs: number,
  config: TreatmentConfig = DEFAULT_TREATMENT_CONFIG,
): DecisionSupportPanel | TreatmentInvalid {
  const issues = decisionSupportInputIssues(input, nowMs, config);
  if (issues.length > 0) {
    return invalid(issues);
  }
  const gate = checked<InductionGateResult>(evaluateInductionGate(input, nowMs, config));
  const holds = activeOrders(input, ['clonidine', 'lofexidine']).map((order) =>
    holdItem(
      checked<HoldCheckResult>(
        checkAlpha2Hold(order.drug === 'clonidine' ? 'clonidine' : 'lofexidine', input.vitals, nowMs, config),
      ),
      order.id,
    ),
  );
  const ceilings = activeOrders(input, ['lofexidine']).map((order) =>
    lofexidineItem(
      checked<LofexidineCeilingResult>(
        checkLofexidineCeiling(input.administrations, nowMs, { dose: order.dose, unit: order.unit }),
      ),
      order.id,
    ),
  );
  const washouts = activeOrders(input, ['naltrexone']).map((order) => {
    // The latest override for this order applies; an override for another order never lifts this block.
    const override = (input.naltrexoneOverrides ?? []).filter((entry) => entry.orderId === order.id).at(-1);
    return naltrexoneItem(
      checked<NaltrexoneWashoutResult>(checkNaltrexoneWashout(input, nowMs, override, config)),
      order.id,
      input.kratom.basis ?? [],
    );
  });
  const bupInPlay =
    gate.status === 'open' ||
    activeOrders(input, [...BUPRENORPHINE]).length > 0 ||
    input.administrations.some((given) => BUPRENORPHINE.has(given.drug) && given.givenAtMs <= nowMs);
  const coUse = bupInPlay ? findBuprenorphineCoUseWarnings(input.coUse).map(coUseItem) : [];
  return {
    status: 'ok',
    atMs: nowMs,
    disclaimerKey: 'treatment.panel.disclaimer',
    // Blocks first, then warnings, cautions and information; the sort is stable, so rules keep their order.
    items: [...washouts, ...ceilings, ...holds, ...coUse, ...inductionItems(gate, input.kratom)].sort(
      (a, b) => SEVERITY_ORDER[a.severity] - SEVERITY_ORDER[b.severity],
    ),
  };
}
