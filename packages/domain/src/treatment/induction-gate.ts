import {
  COWS_WITHDRAWAL_MIN,
  DEFAULT_TREATMENT_CONFIG,
  INDUCTION_CAUTION_HOURS,
  type TreatmentConfig,
} from './treatment-config.js';
import { treatmentConfigIssues } from './treatment-config-issues.js';
import type { CowsResultInput, KratomUseFacts, TreatmentKudSeverity } from './treatment-input.js';
import { invalid, timeIssue, type TreatmentInvalid } from './treatment-issues.js';
import { cowsIssues, kratomIssues } from './observation-issues.js';
import { HOUR_MS, hoursBetween, latestAtOrBefore } from './treatment-time.js';
import { classifyWeissDouglasBand, type WeissDouglasBand } from './weiss-douglas-band.js';

export interface InductionGateInput {
  readonly cows: readonly CowsResultInput[];
  readonly kratom: KratomUseFacts;
  readonly kudSeverity?: TreatmentKudSeverity;
}

/** Why the gate is closed. */
export type InductionGateClosedReason = 'no-cows' | 'below-threshold' | 'no-kud-or-withdrawal';

/** A caution shown beside an open gate. */
export type InductionGateCaution = 'under-12-hours-since-kratom' | 'last-kratom-dose-unknown';

/** The inputs the gate used, for "the rule that fired and its inputs". */
export interface InductionGateInputs {
  readonly latestCowsId: string | null;
  readonly latestCowsTotal: number | null;
  readonly latestCowsAtMs: number | null;
  readonly threshold: number;
  readonly hoursSinceLastKratom: number | null;
  readonly kudSeverity: TreatmentKudSeverity | null;
}

export interface InductionGateResult {
  readonly status: 'open' | 'closed';
  readonly reasons: readonly InductionGateClosedReason[];
  readonly cautions: readonly InductionGateCaution[];
  /** The Weiss & Douglas band, only beside an open gate (a closed gate makes no induction suggestion). */
  readonly doseBand: WeissDouglasBand | null;
  readonly inputs: InductionGateInputs;
}

/**
 * The buprenorphine induction readiness gate: open when the latest COWS is at or above the threshold
 * (default 8) and KUD is moderate/severe or withdrawal is present (COWS ≥ 5). Elapsed time never opens or
 * closes it; under 12 h since the last kratom dose, or an unknown last dose, adds a caution. Decision
 * support for the clinician: nothing here orders a dose.
 *
 * @param input - COWS results, kratom facts and (optionally) KUD severity.
 * @param nowMs - Now; results stamped later do not count yet.
 * @param config - Clinic settings (`bupInductionMinCows`).
 * @returns Open or closed with reasons, cautions, the dose band when open, and the inputs; or invalid.
 * @see Clinical reference §7 "Induction threshold" (COWS ≥ 8, CTN-0097 [SECONDARY]) and "Implement as" (a)
 * @see Appendix C.2.1 (the gate, the 12 h caution from the seed article's onset "within 12 to 48 hours")
 * @example
 * // T1: 12 g/day leaf, COWS 10 → open, band under-20
 * evaluateInductionGate({ cows: [{ id: 'c1', total: 10, assessedAtMs: now }], kratom }, now).status // => 'open'
 */
export function evaluateInductionGate(
  input: InductionGateInput,
  nowMs: number,
  config: TreatmentConfig = DEFAULT_TREATMENT_CONFIG,
): InductionGateResult | TreatmentInvalid {
  const issues = [
    ...[timeIssue('nowMs', nowMs)].filter((issue) => issue !== undefined),
    ...cowsIssues(input.cows),
    ...kratomIssues(input.kratom),
    ...treatmentConfigIssues(config),
  ];
  if (issues.length > 0) {
    return invalid(issues);
  }
  const latest = latestAtOrBefore(input.cows, (result) => result.assessedAtMs, nowMs);
  const lastDose = input.kratom.lastDoseAtMs;
  const hoursSinceLastKratom = lastDose === null ? null : hoursBetween(lastDose, nowMs);
  const kudSeverity = input.kudSeverity ?? null;
  const inputs: InductionGateInputs = {
    latestCowsId: latest?.id ?? null,
    latestCowsTotal: latest?.total ?? null,
    latestCowsAtMs: latest?.assessedAtMs ?? null,
    threshold: config.bupInductionMinCows,
    hoursSinceLastKratom,
    kudSeverity,
  };
  const reasons: InductionGateClosedReason[] = [];
  if (latest === undefined) {
    // A missing score is never "ready": the gate waits for a COWS.
    reasons.push('no-cows');
  } else {
    if (latest.total < config.bupInductionMinCows) {
      reasons.push('below-threshold');
    }
    const hasWithdrawal = latest.total >= COWS_WITHDRAWAL_MIN;
    if (!hasWithdrawal && kudSeverity !== 'moderate' && kudSeverity !== 'severe') {
      reasons.push('no-kud-or-withdrawal');
    }
  }
  if (reasons.length > 0) {
    return { status: 'closed', reasons, cautions: [], doseBand: null, inputs };
  }
  const cautions: InductionGateCaution[] = [];
  if (lastDose === null) {
    cautions.push('last-kratom-dose-unknown');
  } else if (nowMs - lastDose < INDUCTION_CAUTION_HOURS * HOUR_MS) {
    // Compared in whole milliseconds: the rounded hours shown to people could put 11.9999999 h on 12.
    cautions.push('under-12-hours-since-kratom');
  }
  return { status: 'open', reasons: [], cautions, doseBand: classifyWeissDouglasBand(input.kratom), inputs };
}
