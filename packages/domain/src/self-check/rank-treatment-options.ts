import type { CareIntensityLevel } from './care-intensity.js';
import type { SelfCheckFacts } from './self-check-facts.js';
import type { SelfCheckMessageKey } from './self-check.messages.en.js';
import { TREATMENT_OPTIONS, type TreatmentOption, type TreatmentOptionId } from './treatment-options.js';

/** A treatment option chosen for these answers, with why it is listed. */
export interface RankedTreatmentOption extends TreatmentOption {
  /** The answers that make it relevant, in words; never empty. */
  readonly whyKeys: readonly SelfCheckMessageKey[];
}

type Why = SelfCheckMessageKey | false;

const hasKud = (f: SelfCheckFacts): boolean => f.kudSeverity !== 'none';
const moderateOrSevere = (f: SelfCheckFacts): boolean => f.kudSeverity === 'moderate' || f.kudSeverity === 'severe';
const levelIs = (f: SelfCheckFacts, ...levels: CareIntensityLevel[]): boolean =>
  f.care.level !== null && levels.includes(f.care.level);
/** The care rule's own facts explain a matching level-of-care option. */
const careReasons = (f: SelfCheckFacts, ...levels: CareIntensityLevel[]): readonly Why[] =>
  levelIs(f, ...levels) ? f.care.reasonKeys : [];

/**
 * Why each option fits, as the facts that make it relevant. An option with no reason is not listed.
 *
 * @see Clinical reference §7 (buprenorphine: Weiss & Douglas 2021, Lei/Butz/Valentino; lofexidine and
 *   clonidine: McWhirter & Morris 2010, Galbis-Reig 2016), §9 (contingency management), §10 (our own
 *   levels: H inpatient/residential, M supervised outpatient and/or medicine, O outpatient counselling)
 */
const WHY: Readonly<Record<TreatmentOptionId, (f: SelfCheckFacts) => readonly Why[]>> = {
  inpatient: (f) => careReasons(f, 'H'),
  'medically-supervised-withdrawal': (f) => [
    f.withdrawalSign && 'selfCheck.treatment.why.withdrawalSign',
    f.usePattern.alcoholOrBenzoWithdrawalRisk && 'selfCheck.treatment.why.alcoholOrBenzo',
    f.usePattern.dailyOtherOpioidUse && 'selfCheck.treatment.why.dailyOtherOpioid',
    f.isPregnant && 'selfCheck.treatment.why.pregnant',
  ],
  'buprenorphine-naloxone': (f) => [
    f.withdrawalSign && 'selfCheck.treatment.why.withdrawalSign',
    moderateOrSevere(f) && 'selfCheck.treatment.why.fourOrMoreSigns',
    f.usePattern.dailyOtherOpioidUse && 'selfCheck.treatment.why.dailyOtherOpioid',
  ],
  'other-withdrawal-medicines': (f) => [f.withdrawalSign && 'selfCheck.treatment.why.withdrawalSign'],
  'partial-hospitalisation': (f) => [
    levelIs(f, 'H', 'M') && f.kudSeverity === 'severe' && 'selfCheck.treatment.why.sixOrMoreSigns',
  ],
  'intensive-outpatient': (f) => careReasons(f, 'M'),
  outpatient: (f) => [...careReasons(f, 'O', 'S'), levelIs(f, 'M') && 'selfCheck.treatment.why.regularVisits'],
  cbt: (f) => [
    hasKud(f) && 'selfCheck.treatment.why.twoOrMoreSigns',
    f.wantsToChange && 'selfCheck.treatment.why.wantsToChange',
  ],
  'contingency-management': (f) => [hasKud(f) && 'selfCheck.treatment.why.twoOrMoreSigns'],
  'groups-and-peer-support': (f) => [
    hasKud(f) && 'selfCheck.treatment.why.twoOrMoreSigns',
    f.wantsToChange && 'selfCheck.treatment.why.wantsToChange',
  ],
};

/** Display order per suggested level: the level's own kind of care first, then what supports it. */
const ORDER: Readonly<Record<CareIntensityLevel | 'none', readonly TreatmentOptionId[]>> = {
  E: [
    'medically-supervised-withdrawal',
    'buprenorphine-naloxone',
    'other-withdrawal-medicines',
    'cbt',
    'contingency-management',
    'groups-and-peer-support',
    'outpatient',
  ],
  H: [
    'inpatient',
    'medically-supervised-withdrawal',
    'buprenorphine-naloxone',
    'other-withdrawal-medicines',
    'partial-hospitalisation',
    'cbt',
    'contingency-management',
    'groups-and-peer-support',
  ],
  M: [
    'medically-supervised-withdrawal',
    'buprenorphine-naloxone',
    'other-withdrawal-medicines',
    'intensive-outpatient',
    'partial-hospitalisation',
    'outpatient',
    'cbt',
    'contingency-management',
    'groups-and-peer-support',
  ],
  O: ['outpatient', 'cbt', 'contingency-management', 'groups-and-peer-support', 'buprenorphine-naloxone'],
  S: ['outpatient', 'cbt', 'groups-and-peer-support'],
  none: ['cbt', 'groups-and-peer-support', 'outpatient'],
};

const FALLBACK_WHY: SelfCheckMessageKey = 'selfCheck.treatment.why.fallback';

const byId = (id: TreatmentOptionId): TreatmentOption => {
  const option = TREATMENT_OPTIONS.find((candidate) => candidate.id === id);
  if (option === undefined) {
    throw new Error(`TREATMENT_OPTIONS has no option '${id}'`);
  }
  return option;
};

/**
 * Chooses the treatment options that fit the answers and orders them by relevance: the suggested level's
 * own kind of care first, then medicines and therapies. Each option says why it is listed. When nothing
 * points anywhere, outpatient care is listed with a plain "if you are worried" reason, so the list is never
 * empty and never says "no suggestion".
 *
 * @param facts - The facts derived from the answers.
 * @returns The options with their reasons, most relevant first.
 * @see Clinical reference §7, §9, §10; Appendix C.4.1–C.4.3
 * @example rankTreatmentOptions(mildFacts).map((o) => o.id) // => ['outpatient', 'cbt', 'contingency-management', ...]
 */
export function rankTreatmentOptions(facts: SelfCheckFacts): readonly RankedTreatmentOption[] {
  const ranked = ORDER[facts.care.level ?? 'none'].flatMap((id) => {
    const whyKeys = [...new Set(WHY[id](facts).filter((why): why is SelfCheckMessageKey => why !== false))];
    return whyKeys.length === 0 ? [] : [{ ...byId(id), whyKeys }];
  });
  return ranked.length > 0 ? ranked : [{ ...byId('outpatient'), whyKeys: [FALLBACK_WHY] }];
}
