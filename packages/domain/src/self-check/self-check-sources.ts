/**
 * Ids of the research sources the public self-check may show a person. Research and public-health sources
 * only: never a treatment provider's article, never our own internal reference (issue 9 §1).
 */
export const SELF_CHECK_SOURCE_IDS = [
  'uic-dig-2023',
  'fda-7oh-2025',
  'livertox-kratom',
  'livertox-kava',
  'schimmel-dart-2020',
  'singh-2014',
  'mcwhirter-morris-2010',
  'galbis-reig-2016',
  'weiss-douglas-2021',
  'lei-butz-valentino',
  'budney-higgins-1998',
  'petry-2005',
  'ndews-kratom-testing',
  'crisis-lines',
] as const;

export type SelfCheckSourceId = (typeof SELF_CHECK_SOURCE_IDS)[number];

/** One source as a reader would look it up. Citations are not translated. */
export interface SelfCheckSource {
  readonly id: SelfCheckSourceId;
  readonly citation: string;
}

/** A line of the sources list: a research source, or a questionnaire's own citation (`instrument:<id>`). */
export interface SelfCheckCitation {
  readonly id: SelfCheckSourceId | `instrument:${string}`;
  readonly citation: string;
}

/**
 * The citations, as REFERENCE records them (its Appendix B source list). Only sources REFERENCE marks as
 * read ([CONFIRMED] or [CONFIRMED abstract]) or as public-health pages appear here.
 *
 * @see Clinical reference Appendix B; §6 (7-OH, withdrawal symptoms), §7 (treatment case reports), §8
 *   (liver), §9 (contingency management and the kratom testing caveat), §11 (crisis lines); for kava, which
 *   REFERENCE does not source (Appendix C.4.7 only says it has its own liver risk), the LiverTox "Kava Kava"
 *   record (ncbi.nlm.nih.gov/books/n/livertox/KavaKava/): kava products "have been
 *   linked to … acute liver injury which can be severe and even fatal"
 */
export const SELF_CHECK_SOURCES: Readonly<Record<SelfCheckSourceId, SelfCheckSource>> = {
  'uic-dig-2023': {
    id: 'uic-dig-2023',
    citation: 'University of Illinois Chicago Drug Information Group. Kratom FAQ. August 2023.',
  },
  'fda-7oh-2025': {
    id: 'fda-7oh-2025',
    citation: 'US Food and Drug Administration. Recommendation to schedule 7-hydroxymitragynine (7-OH). July 29, 2025.',
  },
  'livertox-kratom': {
    id: 'livertox-kratom',
    citation: 'LiverTox (National Institutes of Health). Kratom, cases 8332 and 6972.',
  },
  'livertox-kava': {
    id: 'livertox-kava',
    citation:
      'LiverTox: Clinical and Research Information on Drug-Induced Liver Injury. Kava Kava. National Institute of Diabetes and Digestive and Kidney Diseases; updated April 10, 2018.',
  },
  'schimmel-dart-2020': {
    id: 'schimmel-dart-2020',
    citation:
      'Schimmel J, Dart RC. Kratom (Mitragyna speciosa) liver injury: a comprehensive review. Drugs. 2020;80(3):263-283.',
  },
  'singh-2014': {
    id: 'singh-2014',
    citation:
      'Singh D, Müller CP, Vicknasingam BK. Kratom (Mitragyna speciosa) dependence, withdrawal symptoms and craving in regular users. Drug Alcohol Depend. 2014;139:132-137.',
  },
  'mcwhirter-morris-2010': {
    id: 'mcwhirter-morris-2010',
    citation:
      'McWhirter L, Morris S. A case report of inpatient detoxification after kratom (Mitragyna speciosa) dependence. Eur Addict Res. 2010;16(4):229-231.',
  },
  'galbis-reig-2016': {
    id: 'galbis-reig-2016',
    citation: 'Galbis-Reig D. A case report of kratom addiction and withdrawal. WMJ. 2016;115(1):49-52.',
  },
  'weiss-douglas-2021': {
    id: 'weiss-douglas-2021',
    citation:
      'Weiss ST, Douglas HE. Treatment of kratom withdrawal and dependence with buprenorphine/naloxone: a case series and systematic literature review. J Addict Med. 2021;15(2):167-172.',
  },
  'lei-butz-valentino': {
    id: 'lei-butz-valentino',
    citation:
      'Lei J, Butz A, Valentino N. Case series of three patients, George E. Wahlen VA Medical Center (AHRQ bibliography entry).',
  },
  'budney-higgins-1998': {
    id: 'budney-higgins-1998',
    citation:
      'Budney AJ, Higgins ST. A Community Reinforcement Approach: Treating Cocaine Addiction. NIDA Therapy Manual. 1998.',
  },
  'petry-2005': {
    id: 'petry-2005',
    citation: 'Petry NM et al. (NIDA Clinical Trials Network, CTN-0006). Arch Gen Psychiatry. 2005;62:1148-1156.',
  },
  'ndews-kratom-testing': {
    id: 'ndews-kratom-testing',
    citation: 'National Drug Early Warning System (NDEWS). Bulletin on kratom and drug testing.',
  },
  'crisis-lines': {
    id: 'crisis-lines',
    citation: '988 Suicide & Crisis Lifeline (988lifeline.org); SAMHSA National Helpline; HRSA Poison Help.',
  },
};

/**
 * Lists the sources behind what a result shows, each once, in order of first use.
 *
 * @param ids - Source ids as they occur on the page (repeats allowed).
 * @returns The sources, without repeats.
 * @example collectSources(['singh-2014', 'uic-dig-2023', 'singh-2014']).map((s) => s.id) // => ['singh-2014', 'uic-dig-2023']
 */
export function collectSources(ids: Iterable<SelfCheckSourceId>): readonly SelfCheckSource[] {
  return [...new Set(ids)].map((id) => SELF_CHECK_SOURCES[id]);
}
