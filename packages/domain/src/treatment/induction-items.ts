import { decisionSupportItem, type DecisionSupportItem, type TreatmentMessage } from './decision-support-item.js';
import type { InductionGateResult } from './induction-gate.js';
import type { KratomUseFacts } from './treatment-input.js';
import type { TreatmentMessageKey } from './treatment.messages.en.js';
import { TREATMENT_RULES } from './treatment-rules.js';
import type { WeissDouglasBand, WeissDouglasBandId } from './weiss-douglas-band.js';

const CLINICIAN_DECIDES: TreatmentMessage = { key: 'treatment.clinicianDecides', values: {} };

const CLOSED_KEYS = {
  'no-cows': 'treatment.gate.closed.noCows',
  'below-threshold': 'treatment.gate.closed.belowThreshold',
  'no-kud-or-withdrawal': 'treatment.gate.closed.noKudOrWithdrawal',
} as const satisfies Record<InductionGateResult['reasons'][number], TreatmentMessageKey>;

const BAND_KEYS = {
  'under-20': 'treatment.band.under20',
  '20-to-40': 'treatment.band.20to40',
  'over-40': 'treatment.band.over40',
  'product-no-band': 'treatment.band.productNoBand',
  'grams-unknown': 'treatment.band.gramsUnknown',
} as const satisfies Record<WeissDouglasBandId, TreatmentMessageKey>;

function gateItem(gate: InductionGateResult, basis: readonly string[]): DecisionSupportItem {
  const { inputs } = gate;
  const values = { cows: inputs.latestCowsTotal, threshold: inputs.threshold };
  const cautionNotes = gate.cautions.map((caution): TreatmentMessage =>
    caution === 'last-kratom-dose-unknown'
      ? { key: 'treatment.gate.caution.lastDoseUnknown', values: {} }
      : { key: 'treatment.gate.caution.under12Hours', values: { hours: inputs.hoursSinceLastKratom } },
  );
  const [firstReason, ...otherReasons] = gate.reasons;
  const isOpen = firstReason === undefined;
  return decisionSupportItem(TREATMENT_RULES.bupInductionGate, {
    id: 'bup-induction-gate',
    kind: 'bup-induction-gate',
    severity: gate.cautions.length > 0 ? 'caution' : 'info',
    messageKey: isOpen ? 'treatment.gate.open' : CLOSED_KEYS[firstReason],
    values,
    notes: isOpen
      ? [...cautionNotes, CLINICIAN_DECIDES]
      : [
          ...otherReasons.map((reason): TreatmentMessage => ({ key: CLOSED_KEYS[reason], values })),
          { key: 'treatment.gate.reassess', values: {} },
        ],
    inputs: { ...inputs },
    basis: [...(inputs.latestCowsId === null ? [] : [inputs.latestCowsId]), ...basis],
    sourceIds: ['reference-7', 'reference-c2', 'ctn-0097', 'lei-butz-valentino', 'seed-article'],
    orderId: null,
  });
}

function bandItem(band: WeissDouglasBand, kratom: KratomUseFacts): DecisionSupportItem {
  const hasBand = band.buprenorphineMgPerDay !== null;
  return decisionSupportItem(TREATMENT_RULES.weissDouglasBand, {
    id: 'bup-dose-band',
    kind: 'bup-dose-band',
    severity: 'info',
    messageKey: BAND_KEYS[band.band],
    values: {},
    notes: [
      ...(band.gramsPerDay === null
        ? []
        : [{ key: 'treatment.band.loggedGrams', values: { grams: band.gramsPerDay } } as const]),
      { key: 'treatment.band.doseDoesNotTrack', values: {} },
      CLINICIAN_DECIDES,
    ],
    inputs: {
      band: band.band,
      gramsPerDay: kratom.gramsPerDay,
      productForms: kratom.products.map((product) => product.form).join(','),
      buprenorphineMgMin: band.buprenorphineMgPerDay?.min ?? null,
      buprenorphineMgMax: band.buprenorphineMgPerDay?.max ?? null,
    },
    basis: kratom.basis ?? [],
    sourceIds: hasBand
      ? ['weiss-douglas-2021', 'reference-c2', 'fam-pract-2023', 'lei-butz-valentino']
      : ['weiss-douglas-2021', 'reference-c2'],
    orderId: null,
  });
}

/**
 * The panel items for the induction gate: the gate itself (open with cautions, or closed with its reasons
 * and a reassess prompt) and, beside an open gate only, the Weiss & Douglas dose band.
 *
 * @param gate - The gate's result.
 * @param kratom - The kratom facts the band was read from.
 * @returns One item for a closed gate, two for an open one.
 * @see Clinical reference §7 "Implement as" (a) and vectors T1–T4; Appendix C.2.1–C.2.2
 * @example inductionItems(closedGate, kratom).map((item) => item.kind) // => ['bup-induction-gate']
 */
export function inductionItems(gate: InductionGateResult, kratom: KratomUseFacts): readonly DecisionSupportItem[] {
  const kratomBasis = kratom.basis ?? [];
  return gate.doseBand === null
    ? [gateItem(gate, kratomBasis)]
    : [gateItem(gate, kratomBasis), bandItem(gate.doseBand, kratom)];
}
