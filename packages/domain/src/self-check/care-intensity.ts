import { RED_FLAG_QUESTIONS, type RedFlagId } from './red-flags.js';
import type { SelfCheckMessageKey } from './self-check.messages.en.js';

/** Kratom-use-disorder severity as the DSM-5 checklist bands it: the band ids of `dsm5-kud`, in order. */
export const KUD_SEVERITIES = ['none', 'mild', 'moderate', 'severe'] as const;

/** Kratom-use-disorder severity as the DSM-5 checklist bands it (band ids of `dsm5-kud`). */
export type SelfCheckKudSeverity = (typeof KUD_SEVERITIES)[number];

/** Our own care-intensity labels. Not the levels of any licensed criteria set. */
export type CareIntensityLevel = 'E' | 'H' | 'M' | 'O' | 'S';

/** Version of the rule set below; bump it whenever a rule changes, so stored suggestions stay explainable. */
export const CARE_INTENSITY_RULES_VERSION = '1.1.0';

export const CARE_INTENSITY_LEVELS: Readonly<
  Record<CareIntensityLevel, { readonly labelKey: SelfCheckMessageKey; readonly descriptionKey: SelfCheckMessageKey }>
> = {
  E: { labelKey: 'selfCheck.care.level.E.label', descriptionKey: 'selfCheck.care.level.E.description' },
  H: { labelKey: 'selfCheck.care.level.H.label', descriptionKey: 'selfCheck.care.level.H.description' },
  M: { labelKey: 'selfCheck.care.level.M.label', descriptionKey: 'selfCheck.care.level.M.description' },
  O: { labelKey: 'selfCheck.care.level.O.label', descriptionKey: 'selfCheck.care.level.O.description' },
  S: { labelKey: 'selfCheck.care.level.S.label', descriptionKey: 'selfCheck.care.level.S.description' },
};

export interface CareIntensityInput {
  /** Positive red-flag ids (see `evaluateRedFlags`). */
  readonly redFlagIds: readonly RedFlagId[];
  readonly kudSeverity: SelfCheckKudSeverity;
  /** DSM-5 criteria met, 0–11, after any medical-supervision exclusion. */
  readonly kudCriteriaCount: number;
  /** COWS total 0–48 when a clinician rated it; absent in the public self-check. */
  readonly cowsTotal?: number;
  /** The DSM-5 withdrawal criterion; stands in for COWS when no COWS total is given. */
  readonly meetsWithdrawalCriterion?: boolean;
  readonly alcoholOrBenzoWithdrawalRisk: boolean;
  readonly cannotKeepFluidsDown?: boolean;
  readonly hasNoSafePlaceToWithdraw?: boolean;
  /** Uses 7-OH products or extracts/concentrates. */
  readonly usesHighPotencyProducts: boolean;
  /** Daily heroin, fentanyl or non-prescribed opioid pills alongside kratom (C.4.1). */
  readonly dailyOtherOpioidUse?: boolean;
  /** Wants to cut down or stop ("yes" only). */
  readonly wantsToChange: boolean;
}

export interface CareIntensitySuggestion {
  /** Null when no rule matches; the result then says so plainly. */
  readonly level: CareIntensityLevel | null;
  readonly ruleNumber: 1 | 2 | 3 | 4 | 5 | null;
  readonly levelKey: SelfCheckMessageKey;
  /** The rule that fired, in words, or the no-match text. */
  readonly ruleKey: SelfCheckMessageKey;
  /** Each fact that made the rule fire. */
  readonly reasonKeys: readonly SelfCheckMessageKey[];
  readonly discussWithClinicianKey: SelfCheckMessageKey;
  readonly rulesVersion: string;
}

const EMERGENCY_FLAG_IDS: ReadonlySet<RedFlagId> = new Set(
  RED_FLAG_QUESTIONS.filter((question) => question.isEmergency).map((question) => question.id),
);

const COWS_WITHDRAWAL_MIN = 5;
const COWS_SEVERE_MIN = 25;
const MIN_CRITERIA_FOR_KUD = 2;

/** The band each count must fall in (DSM-5 severity: mild 2–3, moderate 4–5, severe ≥6). */
function severityForCount(count: number): SelfCheckKudSeverity {
  if (count >= 6) {
    return 'severe';
  }
  if (count >= 4) {
    return 'moderate';
  }
  return count >= MIN_CRITERIA_FOR_KUD ? 'mild' : 'none';
}

function assertInputsInRange(input: CareIntensityInput): void {
  const count = input.kudCriteriaCount;
  if (!Number.isInteger(count) || count < 0 || count > 11) {
    throw new RangeError(`kudCriteriaCount must be a whole number from 0 to 11, got ${count}`);
  }
  if (severityForCount(count) !== input.kudSeverity) {
    throw new RangeError(`kudSeverity '${input.kudSeverity}' does not match ${count} criteria`);
  }
  const cows = input.cowsTotal;
  if (cows !== undefined && (!Number.isInteger(cows) || cows < 0 || cows > 48)) {
    throw new RangeError(`cowsTotal must be a whole number from 0 to 48, got ${cows}`);
  }
}

function fired(
  level: CareIntensityLevel,
  ruleNumber: 1 | 2 | 3 | 4 | 5,
  reasons: readonly (SelfCheckMessageKey | false)[],
): CareIntensitySuggestion {
  return {
    level,
    ruleNumber,
    levelKey: CARE_INTENSITY_LEVELS[level].labelKey,
    ruleKey: `selfCheck.care.rule.${ruleNumber}`,
    reasonKeys: reasons.filter((reason): reason is SelfCheckMessageKey => reason !== false),
    discussWithClinicianKey: 'selfCheck.care.discussWithClinician',
    rulesVersion: CARE_INTENSITY_RULES_VERSION,
  };
}

/**
 * Suggests how much care may fit, with our own transparent rules. Rules run in order; the first match wins:
 * 1 any red flag except pregnancy → E; 2 alcohol/benzodiazepine withdrawal risk, COWS ≥ 25, unable to keep
 * fluids down > 24 h, pregnancy with withdrawal, or no safe place to withdraw → H; 3 KUD moderate/severe,
 * withdrawal present (COWS 5–24, or without COWS the DSM-5 withdrawal criterion), 7-OH/concentrate use,
 * daily use of heroin, fentanyl or non-prescribed opioid pills (C.4.1), or pregnancy (C.4.3) → M; 4 KUD
 * mild and no withdrawal → O; 5 fewer than 2 criteria and wants to change → S. Otherwise no level.
 * A suggestion to discuss with a clinician, never a prescription or a placement decision.
 *
 * @param input - Red flags, KUD result, withdrawal facts, co-use and wishes; numbers come from the scorers.
 * @returns The level (or null), the rule number, the facts that fired it and the "discuss with a clinician" key.
 * @throws RangeError when a count or total is outside its instrument's range, or severity and count disagree.
 * @see Clinical reference §10 "Implement as" (product-owned rules, [DESIGN], clinical sign-off needed) and test
 *   vectors N1–N6; §11 red flags; Appendix C.4.1 (opioid co-use → at least M), C.4.3 (pregnancy: never advice
 *   to taper alone; with withdrawal → H) and decision 0018 (pregnancy without withdrawal → at least M); asam.org copyright and permissions pages (why these are our own rules)
 * @example
 * // N3: KUD moderate, COWS 9, daily alcohol with morning tremor
 * suggestCareIntensity({ ...input, kudSeverity: 'moderate', kudCriteriaCount: 4, cowsTotal: 9,
 *   alcoholOrBenzoWithdrawalRisk: true }) // => { level: 'H', ruleNumber: 2, ... }
 */
export function suggestCareIntensity(input: CareIntensityInput): CareIntensitySuggestion {
  assertInputsInRange(input);
  const cows = input.cowsTotal;
  // Clinical decisions rest on COWS when a clinician rated it; the self-report criterion only stands in.
  const withdrawalByCows = cows !== undefined && cows >= COWS_WITHDRAWAL_MIN && cows < COWS_SEVERE_MIN;
  const withdrawalByCriterion = cows === undefined && input.meetsWithdrawalCriterion === true;
  const hasWithdrawal = (cows !== undefined && cows >= COWS_WITHDRAWAL_MIN) || withdrawalByCriterion;
  const isPregnant = input.redFlagIds.includes('pregnant');

  if (input.redFlagIds.some((id) => EMERGENCY_FLAG_IDS.has(id))) {
    return fired('E', 1, ['selfCheck.care.reason.redFlag']);
  }
  const rule2 = [
    input.alcoholOrBenzoWithdrawalRisk && 'selfCheck.care.reason.alcoholOrBenzoWithdrawal',
    cows !== undefined && cows >= COWS_SEVERE_MIN && 'selfCheck.care.reason.cowsSevere',
    input.cannotKeepFluidsDown === true && 'selfCheck.care.reason.cannotKeepFluidsDown',
    isPregnant && hasWithdrawal && 'selfCheck.care.reason.pregnantWithWithdrawal',
    input.hasNoSafePlaceToWithdraw === true && 'selfCheck.care.reason.noSafePlace',
  ] as const;
  if (rule2.some(Boolean)) {
    return fired('H', 2, rule2);
  }
  const rule3 = [
    (input.kudSeverity === 'moderate' || input.kudSeverity === 'severe') && 'selfCheck.care.reason.kudModerateSevere',
    withdrawalByCows && 'selfCheck.care.reason.cowsWithdrawal',
    withdrawalByCriterion && 'selfCheck.care.reason.withdrawalCriterion',
    input.usesHighPotencyProducts && 'selfCheck.care.reason.highPotency',
    // C.4.1: daily use of another opioid gives at least M, whatever the criteria count.
    input.dailyOtherOpioidUse === true && 'selfCheck.care.reason.dailyOtherOpioid',
    // C.4.3: pregnancy never gets advice to manage alone, so it never ends below medical care.
    isPregnant && 'selfCheck.care.reason.pregnant',
  ] as const;
  if (rule3.some(Boolean)) {
    return fired('M', 3, rule3);
  }
  if (input.kudSeverity === 'mild' && !hasWithdrawal) {
    return fired('O', 4, ['selfCheck.care.reason.kudMildNoWithdrawal']);
  }
  if (input.kudCriteriaCount < MIN_CRITERIA_FOR_KUD && input.wantsToChange) {
    return fired('S', 5, ['selfCheck.care.reason.fewCriteriaWantsChange']);
  }
  return {
    level: null,
    ruleNumber: null,
    levelKey: 'selfCheck.care.level.none.label',
    ruleKey: 'selfCheck.care.rule.none',
    reasonKeys: [],
    discussWithClinicianKey: 'selfCheck.care.discussWithClinician',
    rulesVersion: CARE_INTENSITY_RULES_VERSION,
  };
}
