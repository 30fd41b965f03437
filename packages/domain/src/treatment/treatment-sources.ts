/** Ids of the sources the decision-support panel cites; the UI shows each item's citations from them. */
export const TREATMENT_SOURCE_IDS = [
  'reference-7',
  'reference-c2',
  'weiss-douglas-2021',
  'lei-butz-valentino',
  'fam-pract-2023',
  'ctn-0097',
  'seed-article',
  'lofexidine-label',
  'clonidine-order-set',
  'naltrexone-case-2023',
  'reference-11',
] as const;

export type TreatmentSourceId = (typeof TREATMENT_SOURCE_IDS)[number];

/** One source as a clinician would look it up. Citations are not translated. */
export interface TreatmentSource {
  readonly id: TreatmentSourceId;
  readonly citation: string;
  /** REFERENCE's status tag for what the product takes from it. */
  readonly status: 'confirmed' | 'secondary' | 'design';
}

/**
 * The citations as the clinical reference records them (§7, §11, Appendix B, Appendix C.2).
 *
 * @see Clinical reference §7 (treatment evidence), §11 (co-use), Appendix B (source list), Appendix C.2 (rulings)
 */
export const TREATMENT_SOURCES: Readonly<Record<TreatmentSourceId, TreatmentSource>> = {
  'reference-7': {
    id: 'reference-7',
    citation: 'Kratom-care clinical reference §7: medication for withdrawal and for kratom use disorder.',
    status: 'design',
  },
  'reference-c2': {
    id: 'reference-c2',
    citation: 'Kratom-care clinical reference Appendix C.2: rulings on medication decision support (product design).',
    status: 'design',
  },
  'weiss-douglas-2021': {
    id: 'weiss-douglas-2021',
    citation:
      'Weiss ST, Douglas HE. Treatment of kratom withdrawal and dependence with buprenorphine/naloxone: a case series and systematic literature review. J Addict Med. 2021;15(2):167-172. doi:10.1097/ADM.0000000000000721',
    status: 'confirmed',
  },
  'lei-butz-valentino': {
    id: 'lei-butz-valentino',
    citation:
      'Lei J, Butz A, Valentino N. Case series of three patients, George E. Wahlen VA Medical Center (AHRQ bibliography entry; journal and year unconfirmed).',
    status: 'confirmed',
  },
  'fam-pract-2023': {
    id: 'fam-pract-2023',
    citation:
      'Fam Pract. 2023;40(4):596-598. doi:10.1093/fampra/cmad081 (two patients taking 35 g/day; telehealth, then unobserved home induction).',
    status: 'confirmed',
  },
  'ctn-0097': {
    id: 'ctn-0097',
    citation:
      'NIDA Clinical Trials Network CTN-0097 analyses stratified by COWS ≥ 8 (usual induction gate in OUD practice).',
    status: 'secondary',
  },
  'seed-article': {
    id: 'seed-article',
    citation: 'Kratom dependence article (seed): withdrawal symptoms "begin within 12 to 48 hours after the last use".',
    status: 'design',
  },
  'lofexidine-label': {
    id: 'lofexidine-label',
    citation:
      'Lofexidine (Lucemyra) prescribing information: maximum single dose 0.72 mg, maximum daily dose 2.88 mg; monitor vital signs before each dose.',
    status: 'secondary',
  },
  'clonidine-order-set': {
    id: 'clonidine-order-set',
    citation: 'Hospital clonidine order set (local protocol): hold if SBP < 90, DBP < 60 or HR < 60.',
    status: 'secondary',
  },
  'naltrexone-case-2023': {
    id: 'naltrexone-case-2023',
    citation:
      'Case report: naltrexone precipitated withdrawal in a patient with undisclosed chronic kratom use. PMC10337879.',
    status: 'confirmed',
  },
  'reference-11': {
    id: 'reference-11',
    citation:
      'Kratom-care clinical reference §11: boxed warning on buprenorphine with benzodiazepines [SECONDARY]; alcohol co-use as a general principle [not sourced].',
    status: 'secondary',
  },
};
