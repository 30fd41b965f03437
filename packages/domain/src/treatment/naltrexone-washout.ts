import { DEFAULT_TREATMENT_CONFIG, type TreatmentConfig } from './treatment-config.js';
import { treatmentConfigIssues } from './treatment-config-issues.js';
import type {
  CoUseFact,
  KratomUseFacts,
  MedicationAdministrationInput,
  NaltrexoneOverride,
  TreatmentDrug,
} from './treatment-input.js';
import { administrationIssues } from './medication-dose.js';
import { coUseIssues, kratomIssues } from './observation-issues.js';
import { invalid, timeIssue, type TreatmentInvalid, type TreatmentIssue } from './treatment-issues.js';
import { HOUR_MS, hoursBetween } from './treatment-time.js';

export interface NaltrexoneWashoutInput {
  readonly kratom: KratomUseFacts;
  readonly administrations: readonly MedicationAdministrationInput[];
  readonly coUse: readonly CoUseFact[];
}

/** What blocks naltrexone. */
export type NaltrexoneBlockReason =
  'kratom-within-washout' | 'kratom-last-use-unknown' | 'opioid-within-washout' | 'opioid-last-use-unknown';

export interface NaltrexoneWashoutResult {
  /** `block` until a clinician overrides with a reason; `allow` may still use a naloxone challenge. */
  readonly outcome: 'block' | 'overridden' | 'allow';
  readonly reasons: readonly NaltrexoneBlockReason[];
  readonly washoutHours: number;
  readonly hoursSinceLastKratom: number | null;
  /** Latest opioid medicine given or opioid use reported, with a known time. */
  readonly hoursSinceLastOpioid: number | null;
  /** Record ids behind the opioid facts used. */
  readonly opioidBasis: readonly string[];
  readonly override: NaltrexoneOverride | null;
}

/** Medicines given here that are opioids, so naltrexone would precipitate withdrawal after them too. */
const OPIOID_DRUGS: ReadonlySet<TreatmentDrug> = new Set(['buprenorphine-naloxone', 'buprenorphine', 'dihydrocodeine']);

/**
 * Checks an override of the naltrexone block: who, and a reason that is not blank.
 *
 * @param override - The override, if any.
 * @returns Issues naming `override.reason` or `override.overriddenBy`.
 * @example naltrexoneOverrideIssues({ orderId: 'o1', overriddenBy: 'dr-river', reason: '  ' })[0]?.rule // => 'blank-reason'
 */
export function naltrexoneOverrideIssues(
  override: NaltrexoneOverride | undefined,
  path = 'override',
): TreatmentIssue[] {
  if (override === undefined) {
    return [];
  }
  const issues: TreatmentIssue[] = [];
  if (override.reason.trim() === '') {
    issues.push({ path: `${path}.reason`, rule: 'blank-reason', message: 'An override needs a reason' });
  }
  if (override.overriddenBy.trim() === '') {
    issues.push({ path: `${path}.overriddenBy`, rule: 'required', message: 'Say who overrides' });
  }
  return issues;
}

function opioidFacts(
  input: NaltrexoneWashoutInput,
  nowMs: number,
): { latestMs: number | null; unknown: boolean; basis: string[] } {
  const timed = [
    ...input.administrations
      .filter((given) => OPIOID_DRUGS.has(given.drug) && given.givenAtMs <= nowMs)
      .map((given) => ({ id: given.id, atMs: given.givenAtMs })),
    ...input.coUse
      .filter((fact) => fact.substance === 'opioid' && fact.lastUseAtMs !== null)
      .map((fact) => ({ id: fact.id, atMs: fact.lastUseAtMs ?? 0 })),
  ];
  const unknown = input.coUse.filter((fact) => fact.substance === 'opioid' && fact.lastUseAtMs === null);
  const latest = timed.reduce<{ id: string; atMs: number } | null>(
    (best, fact) => (best === null || fact.atMs > best.atMs ? fact : best),
    null,
  );
  return {
    latestMs: latest?.atMs ?? null,
    unknown: unknown.length > 0,
    basis: [...(latest === null ? [] : [latest.id]), ...unknown.map((fact) => fact.id)],
  };
}

/**
 * The naltrexone safety check: kratom or 7-OH use within the last 7 × 24 hours (inclusive: exactly 168 h
 * ago still blocks), or an unknown last use, blocks naltrexone; so does an opioid medicine given, or other
 * opioid use reported, within the same window or at an unknown time. A block lifts only with a clinician's
 * override and a reason (for example a negative mitragynine test or a naloxone challenge).
 *
 * @param input - Kratom facts, administrations and co-use facts.
 * @param nowMs - Now.
 * @param override - The clinician's override for this order, if any; a blank reason is refused.
 * @param config - Clinic settings (`naltrexoneWashoutDays`, default 7).
 * @returns Block, overridden or allow, with the reasons and the hours behind them; or invalid.
 * @see Clinical reference §7 "Naltrexone" (precipitated withdrawal with undisclosed kratom use, PMC10337879
 *   [CONFIRMED]; usual opioid-free interval 7–10 days for short-acting opioids, optional naloxone challenge
 *   [SECONDARY]) and "Implement as" (d); vectors T9, T10
 * @see Appendix C.2.5 (7 × 24 h inclusive, unknown last use blocks, override with a reason, 7-OH counts as
 *   kratom). Other opioids blocking too is this product's [DESIGN] extension (issue 10 §4), for clinical review.
 * @example
 * // T9: last kratom 3 days ago → block
 * checkNaltrexoneWashout({ kratom: { ...facts, lastDoseAtMs: now - 72 * HOUR_MS }, administrations: [], coUse: [] }, now).outcome // => 'block'
 */
export function checkNaltrexoneWashout(
  input: NaltrexoneWashoutInput,
  nowMs: number,
  override?: NaltrexoneOverride,
  config: TreatmentConfig = DEFAULT_TREATMENT_CONFIG,
): NaltrexoneWashoutResult | TreatmentInvalid {
  const issues = [
    ...[timeIssue('nowMs', nowMs)].filter((issue) => issue !== undefined),
    ...kratomIssues(input.kratom),
    ...input.administrations.flatMap((given, index) => administrationIssues(`administrations[${index}]`, given)),
    ...coUseIssues(input.coUse),
    ...naltrexoneOverrideIssues(override),
    ...treatmentConfigIssues(config),
  ];
  if (issues.length > 0) {
    return invalid(issues);
  }
  const washoutHours = config.naltrexoneWashoutDays * 24;
  const washoutMs = washoutHours * HOUR_MS;
  const lastKratom = input.kratom.lastDoseAtMs;
  const opioids = opioidFacts(input, nowMs);
  const reasons: NaltrexoneBlockReason[] = [];
  if (lastKratom === null) {
    reasons.push('kratom-last-use-unknown');
  } else if (nowMs - lastKratom <= washoutMs) {
    reasons.push('kratom-within-washout');
  }
  if (opioids.latestMs !== null && nowMs - opioids.latestMs <= washoutMs) {
    reasons.push('opioid-within-washout');
  }
  if (opioids.unknown) {
    reasons.push('opioid-last-use-unknown');
  }
  let outcome: NaltrexoneWashoutResult['outcome'] = 'allow';
  if (reasons.length > 0) {
    outcome = override === undefined ? 'block' : 'overridden';
  }
  return {
    outcome,
    reasons,
    washoutHours,
    hoursSinceLastKratom: lastKratom === null ? null : hoursBetween(lastKratom, nowMs),
    hoursSinceLastOpioid: opioids.latestMs === null ? null : hoursBetween(opioids.latestMs, nowMs),
    opioidBasis: opioids.basis,
    override: reasons.length > 0 && override !== undefined ? override : null,
  };
}
