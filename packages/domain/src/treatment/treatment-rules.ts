/**
 * The decision-support rules with their versions. Bump a version whenever its rule changes, so a stored
 * or shown suggestion can always be traced to the rule text that produced it.
 */
export const TREATMENT_RULES = {
  bupInductionGate: { id: 'treatment.bup-induction-gate', version: '1.0.0' },
  weissDouglasBand: { id: 'treatment.weiss-douglas-band', version: '1.0.0' },
  clonidineHold: { id: 'treatment.clonidine-hold', version: '1.0.0' },
  lofexidineHold: { id: 'treatment.lofexidine-hold', version: '1.0.0' },
  lofexidineCeiling: { id: 'treatment.lofexidine-ceiling', version: '1.0.0' },
  naltrexoneWashout: { id: 'treatment.naltrexone-washout', version: '1.0.0' },
  buprenorphineCoUse: { id: 'treatment.bup-co-use', version: '1.0.0' },
} as const;

export type TreatmentRuleName = keyof typeof TREATMENT_RULES;

/** A rule as an item names it: id plus version. */
export interface TreatmentRuleRef {
  readonly id: string;
  readonly version: string;
}
