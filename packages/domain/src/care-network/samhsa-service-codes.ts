import type { LevelOfCare, MedicationOffered, Payer, Population, Service } from './vocabulary.js';

/*
 * The SAMHSA service codes of the FindTreatment.gov locator that we turn into programme fields, as data.
 * Each entry carries the code's name as SAMHSA publishes it, the source that publishes it, and what it
 * sets on our programmes. docs/samhsa-service-codes.md is rendered from this list (a test proves the two
 * agree), and every code or name not listed here is kept on the programme as `unmappedCodes`.
 *
 * Codes are matched first; a name is matched when the listing gives no code for it, because the locator
 * has answered in two shapes: `f2` holding the codes of the names in `f3`, and `f2` holding only the
 * category's code (`SET`, `PAY`) with several names in `f3` (CBHSQ/findtreatment: src/utils/_DATA.js).
 */

/** Where a code's published name and meaning come from. */
export const SAMHSA_SOURCES = {
  'ftg-filters': {
    title:
      "FindTreatment.gov front end (SAMHSA CBHSQ with 18F, public domain): the locator's filter codes, labels and descriptions",
    reference: 'CBHSQ/findtreatment: src/utils/filters.js',
  },
  'ftg-listing': {
    title:
      'FindTreatment.gov front end (SAMHSA CBHSQ with 18F, public domain): a locator listing response and its service names',
    reference: 'CBHSQ/findtreatment: src/utils/_DATA.js, src/utils/services.js',
  },
  'nsumhss-legend': {
    title:
      'N-SUMHSS National Directory of Drug and Alcohol Use Treatment Facilities, code legend (SAMHSA, public domain), as transcribed by the samhsa-treatment-facility-directories project',
    reference: 'studhall/samhsa-treatment-facility-directories: src/samhsa_dirs/codes.py (CORE_LABELS)',
  },
} as const;
export type SamhsaSourceId = keyof typeof SAMHSA_SOURCES;

/** What one code sets on the programmes made from a listing. An empty mapping keeps the code unmapped. */
export interface SamhsaMapping {
  /** A programme at this level is made. */
  readonly levelOfCare?: LevelOfCare;
  /**
   * The level is only made when the listing also names a medication we map (the locator's telemedicine
   * code covers therapy by video too; ours is telehealth *medication* treatment).
   */
  readonly needsMedication?: true;
  readonly medications?: readonly MedicationOffered[];
  /** The listing is a SAMHSA-certified opioid treatment programme. */
  readonly otp?: true;
  readonly payers?: readonly Payer[];
  readonly populations?: readonly Population[];
  readonly services?: readonly Service[];
  /** ISO 639 codes. */
  readonly languages?: readonly string[];
}

/** One SAMHSA service code (or published service name) and what we make of it. */
export interface SamhsaServiceCode {
  /** The code; null when the source publishes the name without pairing it with a code. */
  readonly code: string | null;
  /** The category (`f1`) as the locator names it. */
  readonly category: string;
  /** The name as SAMHSA publishes it. */
  readonly name: string;
  /** SAMHSA's own one-line description, where the source gives one. */
  readonly description?: string;
  /** Other published spellings of the same service (the listing's `f3` names), matched like the name. */
  readonly aliases?: readonly string[];
  readonly source: SamhsaSourceId;
  readonly maps: SamhsaMapping;
  /** Why the mapping is what it is, where that is not obvious (and why an unmapped code stays unmapped). */
  readonly note?: string;
}

const TYPE_OF_CARE = 'Type of Care';
const SETTINGS = 'Service Settings';
const MEDICATIONS = 'Opioid Medications used in Treatment';
const PAYMENT = 'Payment/Insurance/Funding Accepted';
const ASSISTANCE = 'Payment Assistance Available';
const GROUPS = 'Special Programs/Groups Offered';
const AGES = 'Age Groups Accepted';

/** Every code and published name we know, mapped or kept. */
export const SAMHSA_SERVICE_CODES: readonly SamhsaServiceCode[] = [
  {
    code: 'DT',
    category: TYPE_OF_CARE,
    name: 'Detox',
    description: 'Supervised withdrawal from substance use.',
    aliases: ['Detoxification', 'Detoxification/Detox'],
    source: 'ftg-filters',
    maps: { levelOfCare: 'medically-managed-withdrawal' },
  },
  {
    code: 'RD',
    category: SETTINGS,
    name: 'Residential detoxification',
    source: 'nsumhss-legend',
    maps: { levelOfCare: 'medically-managed-withdrawal' },
  },
  {
    code: 'HI',
    category: SETTINGS,
    name: 'Hospital inpatient',
    description: '24/7 care connected to a hospital, lasting days or weeks.',
    source: 'ftg-filters',
    maps: { levelOfCare: 'residential' },
    note: 'Our residential level is "residential / inpatient"; hospital detox is listed under DT or RD.',
  },
  {
    code: 'RES',
    category: SETTINGS,
    name: 'Residential',
    description: 'Live-in care, lasting for one month to one year.',
    source: 'ftg-filters',
    maps: { levelOfCare: 'residential' },
  },
  {
    code: 'RS',
    category: SETTINGS,
    name: 'Short-term residential',
    source: 'nsumhss-legend',
    maps: { levelOfCare: 'residential' },
  },
  {
    code: 'RL',
    category: SETTINGS,
    name: 'Long-term residential',
    source: 'nsumhss-legend',
    maps: { levelOfCare: 'residential' },
  },
  {
    code: 'PH',
    category: SETTINGS,
    name: 'Partial hospitalization/day treatment',
    source: 'nsumhss-legend',
    maps: { levelOfCare: 'php' },
  },
  {
    code: 'ODT',
    category: SETTINGS,
    name: 'Outpatient day treatment',
    aliases: ['Outpatient day treatment or partial hospitalization'],
    source: 'nsumhss-legend',
    maps: { levelOfCare: 'php' },
  },
  {
    code: 'OIT',
    category: SETTINGS,
    name: 'Intensive outpatient treatment',
    source: 'nsumhss-legend',
    maps: { levelOfCare: 'iop' },
  },
  {
    code: 'OP',
    category: SETTINGS,
    name: 'Outpatient',
    description: 'Treatment at a program site while a patient lives on their own.',
    source: 'ftg-filters',
    maps: { levelOfCare: 'outpatient' },
  },
  {
    code: 'ORT',
    category: SETTINGS,
    name: 'Regular outpatient treatment',
    source: 'nsumhss-legend',
    maps: { levelOfCare: 'outpatient' },
  },
  {
    code: 'OMB',
    category: SETTINGS,
    name: 'Outpatient medication treatment',
    aliases: ['Outpatient methadone/buprenorphine or naltrexone treatment'],
    source: 'nsumhss-legend',
    maps: { levelOfCare: 'outpatient' },
  },
  {
    code: 'OD',
    category: SETTINGS,
    name: 'Outpatient detoxification',
    source: 'nsumhss-legend',
    maps: { levelOfCare: 'outpatient' },
    note: 'Withdrawal managed while living at home: outpatient, not our inpatient detox level.',
  },
  {
    code: 'CT',
    category: SETTINGS,
    name: 'Telemedicine (including internet and mobile programs)',
    description: 'Care given over the phone or online to support treatment and recovery.',
    aliases: ['Computerized treatment/telemedicine'],
    source: 'ftg-filters',
    maps: { levelOfCare: 'telehealth-medication-treatment', needsMedication: true },
    note: 'Only with buprenorphine or naltrexone on the same listing; telemedicine alone is kept unmapped.',
  },
  {
    code: 'TELE',
    category: SETTINGS,
    name: 'Telemedicine/telehealth',
    source: 'nsumhss-legend',
    maps: { levelOfCare: 'telehealth-medication-treatment', needsMedication: true },
    note: 'As CT.',
  },
  {
    code: 'BU',
    category: MEDICATIONS,
    name: 'Buprenorphine',
    description: 'Works similar to methadone, and can be prescribed to take at home.',
    aliases: ['Buprenorphine used in Treatment'],
    source: 'ftg-filters',
    maps: { medications: ['buprenorphine'] },
  },
  {
    code: 'NU',
    category: MEDICATIONS,
    name: 'Naltrexone',
    description:
      'Blocks the effects of opioids and alcohol completely. Not always the best fit for patients with chronic pain.',
    aliases: ['Naltrexone used in Treatment'],
    source: 'ftg-filters',
    maps: { medications: ['naltrexone'] },
  },
  {
    code: 'METH',
    category: MEDICATIONS,
    name: 'Methadone',
    description: 'Controls symptoms and blocks cravings. Given in person at a clinic, usually every day.',
    source: 'ftg-filters',
    maps: { medications: ['methadone'] },
    note: 'Set only on outpatient programmes of a listing that is also an OTP; otherwise kept unmapped.',
  },
  {
    code: 'MU',
    category: MEDICATIONS,
    name: 'Methadone used in treatment',
    source: 'nsumhss-legend',
    maps: { medications: ['methadone'] },
    note: 'As METH.',
  },
  {
    code: 'OTP',
    category: 'Type of Opioid Treatment',
    name: 'SAMHSA-certified opioid treatment program',
    source: 'nsumhss-legend',
    maps: { otp: true },
  },
  {
    code: 'MD',
    category: PAYMENT,
    name: 'Medicaid',
    description: 'Government program providing health coverage for people with very low income.',
    source: 'ftg-filters',
    maps: { payers: ['medicaid'] },
  },
  {
    code: 'MC',
    category: PAYMENT,
    name: 'Medicare',
    description: 'Federal health insurance for adults 65 and older, or younger people with certain disabilities.',
    source: 'ftg-filters',
    maps: { payers: ['medicare'] },
  },
  {
    code: 'MI',
    category: PAYMENT,
    name: 'Military insurance (e.g. TRICARE)',
    aliases: ['Military insurance (e.g., TRICARE)'],
    source: 'ftg-filters',
    maps: { payers: ['tricare'] },
  },
  {
    code: 'PI',
    category: PAYMENT,
    name: 'Private health insurance',
    description:
      'Those with private insurance typically get it through an employer or insurance exchange. For example: PPO or HMO coverage.',
    source: 'ftg-filters',
    maps: { payers: ['commercial'] },
    note: 'The listing names no insurers; commercialInsurers stays empty until someone verifies them.',
  },
  {
    code: 'SF',
    category: PAYMENT,
    name: 'Cash or self-payment',
    description: 'Accepts direct payment for treatment.',
    source: 'ftg-filters',
    maps: { payers: ['self-pay'] },
  },
  {
    code: 'NP',
    category: PAYMENT,
    name: 'Free or no-cost care',
    description: 'Free services; no payment needed.',
    aliases: ['Free services, no payment needed', 'No payment accepted'],
    source: 'ftg-filters',
    maps: { payers: ['free'] },
  },
  {
    code: 'SS',
    category: ASSISTANCE,
    name: 'Sliding fee scale',
    description: 'Adjustable fees based on income.',
    aliases: ['Sliding fee scale (fee is based on income and other factors)'],
    source: 'ftg-filters',
    maps: { payers: ['sliding-scale'] },
  },
  {
    code: 'PA',
    category: ASSISTANCE,
    name: 'Payment assistance available',
    description: 'Facilities that may offer help paying for services. Check with the facility for details.',
    aliases: ['Payment assistance (check with facility for details)'],
    source: 'ftg-filters',
    maps: {},
    note: 'Help of an unstated kind, not a fee scale or free care: kept unmapped.',
  },
  {
    code: 'ITU',
    category: PAYMENT,
    name: 'IHS/Tribal/Urban (ITU) funds',
    source: 'ftg-filters',
    maps: {},
    note: 'No payer of ours matches it: kept unmapped.',
  },
  {
    code: 'SI',
    category: PAYMENT,
    name: 'State-financed insurance',
    aliases: ['State-financed health insurance plan other than Medicaid'],
    source: 'nsumhss-legend',
    maps: {},
    note: 'Neither Medicaid nor commercial: kept unmapped.',
  },
  {
    code: 'ADLT',
    category: AGES,
    name: 'Adults (18 and older)',
    aliases: ['Adults'],
    source: 'ftg-filters',
    maps: { populations: ['adults'] },
  },
  {
    code: 'CHLD',
    category: AGES,
    name: 'Youth (under 18)',
    aliases: ['Children/adolescents', 'Adolescents'],
    source: 'ftg-filters',
    maps: { populations: ['adolescents'] },
  },
  {
    code: null,
    category: GROUPS,
    name: 'Adult women',
    source: 'ftg-listing',
    maps: { populations: ['women'] },
  },
  {
    code: null,
    category: GROUPS,
    name: 'Pregnant/postpartum women',
    source: 'ftg-listing',
    maps: { populations: ['pregnant'] },
  },
  {
    code: 'VET',
    category: GROUPS,
    name: 'Veterans',
    source: 'ftg-filters',
    maps: { populations: ['veterans'] },
  },
  {
    code: 'GL',
    category: GROUPS,
    name: 'LGBT (Lesbian, gay, bisexual, transgender)',
    aliases: ['Lesbian, gay, bisexual, or transgender (LGBT) clients'],
    source: 'ftg-filters',
    maps: { populations: ['lgbtq'] },
  },
  {
    code: 'CO',
    category: TYPE_OF_CARE,
    name: 'Co-occurring mental health and substance use treatment',
    description: 'Integrated care that addresses substance use and mental illness.',
    aliases: ['Persons with co-occurring mental and substance use disorders'],
    source: 'ftg-filters',
    maps: { services: ['dual-diagnosis'] },
  },
  {
    code: 'SUMH',
    category: TYPE_OF_CARE,
    name: 'Co-occurring mental health and substance use treatment',
    source: 'nsumhss-legend',
    maps: { services: ['dual-diagnosis'] },
  },
  {
    code: null,
    category: 'Counseling Services and Education',
    name: 'Family counseling offered',
    source: 'ftg-listing',
    maps: { services: ['family-programme'] },
  },
  {
    code: null,
    category: 'Ancillary Services',
    name: 'Transportation assistance',
    source: 'ftg-listing',
    maps: { services: ['transportation'] },
  },
  {
    code: null,
    category: 'Ancillary Services',
    name: 'Consumer-run (peer-support) services',
    source: 'ftg-listing',
    maps: { services: ['alumni-peer-support'] },
  },
  {
    code: 'SP',
    category: 'Language Services',
    name: 'Spanish',
    source: 'nsumhss-legend',
    maps: { languages: ['es'] },
  },
  {
    code: 'AH',
    category: 'Language Services',
    name: 'Services for deaf and hard of hearing',
    aliases: ['Services for the deaf and hard of hearing'],
    source: 'nsumhss-legend',
    maps: {},
    note: 'Does not say which sign language or whether interpreters are on site: kept unmapped.',
  },
  {
    code: 'SA',
    category: TYPE_OF_CARE,
    name: 'Substance use treatment',
    source: 'nsumhss-legend',
    maps: {},
    note: 'Says what is treated, not the setting: kept unmapped.',
  },
  {
    code: null,
    category: TYPE_OF_CARE,
    name: 'Mental health treatment',
    source: 'ftg-listing',
    maps: {},
    note: 'Mental health care alone is not a level of care we list: kept unmapped.',
  },
  {
    code: 'HH',
    category: TYPE_OF_CARE,
    name: 'Transitional housing',
    description:
      'Temporary space to stay while transitioning from an intensive treatment setting. Sometimes called a halfway house or sober living.',
    source: 'ftg-filters',
    maps: {},
    note: 'Housing, not a level of care we list: kept unmapped.',
  },
  {
    code: 'ISC',
    category: TYPE_OF_CARE,
    name: 'Interim care',
    description: 'When immediate admission to other care isn’t available.',
    source: 'ftg-filters',
    maps: {},
    note: 'Not a level of care we list: kept unmapped.',
  },
];

/** Lower case, single spaces: the listing's names carry doubled spaces and varying capitals. */
export function normalizeServiceName(name: string): string {
  return name.trim().replace(/\s+/g, ' ').toLowerCase();
}

const BY_CODE = new Map(
  SAMHSA_SERVICE_CODES.flatMap((entry) => (entry.code === null ? [] : [[entry.code.toUpperCase(), entry] as const])),
);
const BY_NAME = new Map(
  SAMHSA_SERVICE_CODES.flatMap((entry) =>
    [entry.name, ...(entry.aliases ?? [])].map((name) => [normalizeServiceName(name), entry] as const),
  ),
);

/**
 * The entry for a code, else for a published name.
 *
 * @param code - The listing's code (`f2` part), or null.
 * @param name - The listing's name (`f3` part), or null.
 * @returns The entry, or undefined when neither is known.
 * @example findSamhsaServiceCode('XYZ', 'Intensive outpatient treatment')?.maps.levelOfCare // => 'iop'
 */
export function findSamhsaServiceCode(code: string | null, name: string | null): SamhsaServiceCode | undefined {
  const byCode = code === null ? undefined : BY_CODE.get(code.trim().toUpperCase());
  return byCode ?? (name === null ? undefined : BY_NAME.get(normalizeServiceName(name)));
}

/** True when the mapping sets nothing: the code is kept in `unmappedCodes`. */
export function isUnmapped(mapping: SamhsaMapping): boolean {
  return Object.keys(mapping).length === 0;
}
