import { classifyTotal } from '../instruments/classify-total.js';
import { COWS_DEFINITION } from '../instruments/cows/cows.items.js';
import type { ScoreResult } from '../instruments/score-result.js';
import type { LiverAssessment } from '../liver/assess-liver.js';
import type { IntakeMessageKey } from './intake.messages.en.js';

/** One other substance from the intake history. */
export interface OtherSubstanceFact {
  /** A substance id from the intake form, e.g. `alcohol`, `benzodiazepines`, `heroin-or-fentanyl`. */
  readonly substance: string;
  /** Last use, epoch milliseconds, or null when unknown. */
  readonly lastUseAtMs?: number | null;
}

/** The intake facts the problem list is built from; an absent fact adds no problem. */
export interface IntakeFacts {
  /** DSM-5 KUD result from `scoreDsm5Kud`. */
  readonly kud?: ScoreResult;
  /** The clinician records current kratom withdrawal. */
  readonly currentWithdrawal?: boolean;
  /** The latest COWS total (0–48). */
  readonly latestCowsTotal?: number;
  readonly liver?: LiverAssessment;
  readonly phq9?: ScoreResult;
  readonly gad7?: ScoreResult;
  /** 7-OH products or extracts/concentrates. */
  readonly highPotencyProductUse?: boolean;
  readonly otherSubstances?: readonly OtherSubstanceFact[];
  readonly pregnant?: boolean;
}

export type ProblemId =
  | 'suicidal-ideation'
  | 'hys-law-labs'
  | 'pregnancy'
  | 'kratom-use-disorder'
  | 'kratom-withdrawal'
  | 'liver-test-abnormal'
  | 'high-potency-product-use'
  | 'depressive-symptoms'
  | 'anxiety-symptoms'
  | 'other-substance-use';

/** A fact behind a problem: where it came from and its value. */
export type ProblemInputs = Readonly<Record<string, string | number | boolean | null>>;

export interface Problem {
  readonly id: ProblemId;
  readonly messageKey: IntakeMessageKey;
  /** A band or grade id where the problem has one (e.g. `moderate`); null otherwise. */
  readonly severity: string | null;
  /** The other substance, for `other-substance-use`; null otherwise. */
  readonly substance: string | null;
  readonly inputs: ProblemInputs;
  readonly rule: { readonly id: string; readonly version: string };
}

export const PROBLEM_LIST_RULES_VERSION = '1.0.0';

const problem = (
  id: ProblemId,
  inputs: ProblemInputs,
  severity: string | null = null,
  substance: string | null = null,
): Problem => ({
  id,
  messageKey: `intake.problem.${id}`,
  severity,
  substance,
  inputs,
  rule: { id: `intake.problem.${id}`, version: PROBLEM_LIST_RULES_VERSION },
});

/** A questionnaire band above `minimal`, from a complete score of the given instrument. */
function bandAboveMinimal(score: ScoreResult | undefined, instrument: string): { band: string; total: number } | null {
  if (score?.instrument !== instrument || score.status !== 'complete' || score.band === null) {
    return null;
  }
  return score.band.id === 'minimal' ? null : { band: score.band.id, total: score.total };
}

/**
 * Derives the suggested problem list from intake facts, most safety-critical first. Each problem carries
 * a message key, its severity where it has one, the inputs it came from and the rule that added it, so
 * the clinician sees why and can edit the list: a suggestion, not a diagnosis.
 *
 * - suicidal ideation: PHQ-9 item 9 > 0, from any PHQ-9 result, even incomplete or invalid (C.4.4);
 * - Hy's-law labs met (urgent) and any abnormal liver result (§8, C.1);
 * - pregnancy (§11, C.4.3);
 * - kratom use disorder: DSM-5 KUD band mild, moderate or severe (§4);
 * - kratom withdrawal: recorded by the clinician, or the latest COWS ≥ 5 (mild band or above, §1);
 * - 7-OH or concentrate use (§6);
 * - depressive / anxiety symptoms: PHQ-9 / GAD-7 band above minimal, with the band (§5; GAD-7 ≥ 10 is a
 *   positive screen, shown in the inputs);
 * - other substance use: one problem per substance, with its last use.
 *
 * @param facts - The intake facts.
 * @returns The problems in display order.
 * @see Clinical reference §1 (COWS bands), §4 (KUD severity), §5 (PHQ-9 / GAD-7 bands, item 9), §6, §8, §11;
 *   the "band above minimal" threshold for the symptom problems is our own [DESIGN] choice for review
 * @example deriveProblemList({ kud: scoreDsm5Kud(seven criteria), pregnant: true }).map((p) => p.id)
 *   // => ['pregnancy', 'kratom-use-disorder']
 */
export function deriveProblemList(facts: IntakeFacts): Problem[] {
  const problems: Problem[] = [];
  const { phq9, gad7, kud, liver } = facts;
  if (phq9?.instrument === 'phq9' && phq9.flags.includes('suicidal-ideation')) {
    problems.push(problem('suicidal-ideation', { 'phq9.item9': '> 0', 'phq9.status': phq9.status }));
  }
  if (liver?.urgent === true) {
    problems.push(problem('hys-law-labs', { 'liver.hysLaw': liver.hysLaw.status, 'liver.panelAtMs': liver.panelAtMs }));
  }
  if (facts.pregnant === true) {
    problems.push(problem('pregnancy', { pregnant: true }));
  }
  if (kud?.instrument === 'dsm5-kud' && kud.status === 'complete' && kud.band !== null && kud.band.id !== 'none') {
    problems.push(
      problem('kratom-use-disorder', { 'dsm5-kud.total': kud.total, 'dsm5-kud.band': kud.band.id }, kud.band.id),
    );
  }
  const cowsBand = facts.latestCowsTotal === undefined ? null : classifyTotal(COWS_DEFINITION, facts.latestCowsTotal);
  if (facts.currentWithdrawal === true || (cowsBand !== null && cowsBand.id !== 'below-mild')) {
    problems.push(
      problem(
        'kratom-withdrawal',
        {
          currentWithdrawal: facts.currentWithdrawal ?? null,
          'cows.total': facts.latestCowsTotal ?? null,
          'cows.band': cowsBand?.id ?? null,
        },
        cowsBand?.id ?? null,
      ),
    );
  }
  if (liver?.abnormal === true) {
    problems.push(
      problem(
        'liver-test-abnormal',
        {
          'liver.pattern': liver.pattern,
          'liver.rRatio': liver.rRatio,
          'liver.dilinGrade': liver.dilinGrade?.grade ?? null,
        },
        liver.dilinGrade === null ? null : `dilin-${liver.dilinGrade.grade}`,
      ),
    );
  }
  if (facts.highPotencyProductUse === true) {
    problems.push(problem('high-potency-product-use', { highPotencyProductUse: true }));
  }
  const depression = bandAboveMinimal(phq9, 'phq9');
  if (depression !== null) {
    problems.push(
      problem('depressive-symptoms', { 'phq9.total': depression.total, 'phq9.band': depression.band }, depression.band),
    );
  }
  const anxiety = bandAboveMinimal(gad7, 'gad7');
  if (anxiety !== null) {
    const inputs = {
      'gad7.total': anxiety.total,
      'gad7.band': anxiety.band,
      'gad7.positiveScreen': anxiety.total >= 10,
    };
    problems.push(problem('anxiety-symptoms', inputs, anxiety.band));
  }
  for (const other of facts.otherSubstances ?? []) {
    problems.push(
      problem(
        'other-substance-use',
        { substance: other.substance, lastUseAtMs: other.lastUseAtMs ?? null },
        null,
        other.substance,
      ),
    );
  }
  return problems;
}
