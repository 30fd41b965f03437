import type { SelfCheckMessageKey } from './self-check.messages.en.js';
import type { SelfCheckSourceId } from './self-check-sources.js';

export type TreatmentOptionKind = 'withdrawal' | 'medication' | 'therapy' | 'support' | 'level-of-care';

export type TreatmentOptionId =
  | 'medically-supervised-withdrawal'
  | 'buprenorphine-naloxone'
  | 'other-withdrawal-medicines'
  | 'cbt'
  | 'contingency-management'
  | 'groups-and-peer-support'
  | 'inpatient'
  | 'partial-hospitalisation'
  | 'intensive-outpatient'
  | 'outpatient';

/** One "next step" explained in plain language, with where the facts come from. */
export interface TreatmentOption {
  readonly id: TreatmentOptionId;
  readonly kind: TreatmentOptionKind;
  readonly titleKey: SelfCheckMessageKey;
  readonly bodyKey: SelfCheckMessageKey;
  /** Research sources; empty when the option is a kind of care rather than a studied treatment. */
  readonly sourceIds: readonly SelfCheckSourceId[];
}

/**
 * Treatment options and levels of care for the "next steps" part of the result. Medicines are named only as
 * something to discuss with a clinician: no doses, ever, on the public side.
 *
 * @see Seed article (Recovery Centers of America: detox, buprenorphine-naloxone, clonidine, dihydrocodeine
 *   with lofexidine, CBT, contingency management, groups and peer support, inpatient, PHP, IOP, outpatient);
 *   Clinical reference §7 (Weiss & Douglas, J Addict Med 2021; McWhirter & Morris, Eur Addict Res 2010;
 *   Galbis-Reig, WMJ 2016; no FDA-approved treatment and no guideline for KUD), §9 (contingency management:
 *   Higgins/Budney NIDA manual; Petry CTN-0006), §10 (levels of care)
 */
export const TREATMENT_OPTIONS: readonly TreatmentOption[] = [
  {
    id: 'medically-supervised-withdrawal',
    kind: 'withdrawal',
    titleKey: 'selfCheck.treatment.supervisedWithdrawal.title',
    bodyKey: 'selfCheck.treatment.supervisedWithdrawal.body',
    sourceIds: ['mcwhirter-morris-2010', 'galbis-reig-2016', 'weiss-douglas-2021'],
  },
  {
    id: 'buprenorphine-naloxone',
    kind: 'medication',
    titleKey: 'selfCheck.treatment.buprenorphine.title',
    bodyKey: 'selfCheck.treatment.buprenorphine.body',
    sourceIds: ['weiss-douglas-2021', 'lei-butz-valentino'],
  },
  {
    id: 'other-withdrawal-medicines',
    kind: 'medication',
    titleKey: 'selfCheck.treatment.otherMedicines.title',
    bodyKey: 'selfCheck.treatment.otherMedicines.body',
    sourceIds: ['mcwhirter-morris-2010', 'galbis-reig-2016'],
  },
  {
    id: 'cbt',
    kind: 'therapy',
    titleKey: 'selfCheck.treatment.cbt.title',
    bodyKey: 'selfCheck.treatment.cbt.body',
    sourceIds: [],
  },
  {
    id: 'contingency-management',
    kind: 'therapy',
    titleKey: 'selfCheck.treatment.contingency.title',
    bodyKey: 'selfCheck.treatment.contingency.body',
    sourceIds: ['budney-higgins-1998', 'petry-2005', 'ndews-kratom-testing'],
  },
  {
    id: 'groups-and-peer-support',
    kind: 'support',
    titleKey: 'selfCheck.treatment.groups.title',
    bodyKey: 'selfCheck.treatment.groups.body',
    sourceIds: [],
  },
  {
    id: 'inpatient',
    kind: 'level-of-care',
    titleKey: 'selfCheck.treatment.inpatient.title',
    bodyKey: 'selfCheck.treatment.inpatient.body',
    sourceIds: [],
  },
  {
    id: 'partial-hospitalisation',
    kind: 'level-of-care',
    titleKey: 'selfCheck.treatment.php.title',
    bodyKey: 'selfCheck.treatment.php.body',
    sourceIds: [],
  },
  {
    id: 'intensive-outpatient',
    kind: 'level-of-care',
    titleKey: 'selfCheck.treatment.iop.title',
    bodyKey: 'selfCheck.treatment.iop.body',
    sourceIds: [],
  },
  {
    id: 'outpatient',
    kind: 'level-of-care',
    titleKey: 'selfCheck.treatment.outpatient.title',
    bodyKey: 'selfCheck.treatment.outpatient.body',
    sourceIds: [],
  },
];
