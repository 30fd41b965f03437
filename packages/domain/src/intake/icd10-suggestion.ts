import type { ScoreResult } from '../instruments/score-result.js';
import type { IntakeMessageKey } from './intake.messages.en.js';

/** The ICD-10-CM codes §4 maps a kratom (other substance) use disorder and its withdrawal to. */
export const F19_CODES = [
  'F19.10',
  'F19.11',
  'F19.20',
  'F19.21',
  'F19.130',
  'F19.230',
  'F19.930',
  'F19.132',
  'F19.232',
  'F19.932',
] as const;
export type F19Code = (typeof F19_CODES)[number];

export type KudSeverity = 'none' | 'mild' | 'moderate' | 'severe';
export type Remission = 'early' | 'sustained';
/** F19 "other (or unknown) substance" is the default; F11 "opioid" is the clinician's choice (§4). */
export type KudClassification = 'other' | 'opioid';
export type KudSubstance = 'kratom' | '7-oh-product';

export const ICD10_RULES_VERSION = '1.0.0';

export interface Icd10Input {
  /** The DSM-5 KUD result from `scoreDsm5Kud` (supervision exclusions already applied). */
  readonly kud: ScoreResult;
  /** The clinician diagnoses current kratom withdrawal. */
  readonly currentWithdrawal: boolean;
  readonly withPerceptualDisturbance?: boolean;
  readonly remission?: Remission | null;
  readonly classification?: KudClassification;
  readonly substance?: KudSubstance;
}

export interface Icd10Issue {
  readonly field: 'kud' | 'remission' | 'withPerceptualDisturbance';
  readonly rule:
    'wrong-instrument' | 'invalid-score' | 'needs-use-disorder' | 'conflicts-with-withdrawal' | 'needs-withdrawal';
  readonly messageKey: IntakeMessageKey;
}

/** What the suggestion was built from, so the UI can show the rule and its inputs. */
export interface Icd10Inputs {
  readonly criteriaCount: number;
  readonly severity: KudSeverity;
  readonly currentWithdrawal: boolean;
  readonly withPerceptualDisturbance: boolean;
  readonly remission: Remission | null;
  readonly classification: KudClassification;
  readonly substance: KudSubstance;
}

export type Icd10Suggestion =
  | {
      readonly status: 'suggested';
      readonly code: F19Code;
      readonly descriptorKey: IntakeMessageKey;
      readonly rule: { readonly id: string; readonly version: string };
      readonly inputs: Icd10Inputs;
      /** A suggestion only: the clinician confirms or changes it. */
      readonly requiresClinicianConfirmation: true;
      /** E.g. "the withdrawal code carries the use disorder: do not also record F19.10/F19.20". */
      readonly noteKeys: readonly IntakeMessageKey[];
    }
  | {
      /** No code: fewer than 2 criteria and no withdrawal. */
      readonly status: 'no-use-disorder';
      readonly reasonKey: IntakeMessageKey;
      readonly inputs: Icd10Inputs;
    }
  | {
      /** F11 chosen: §4 gives no F11 table, so the clinician enters the code. */
      readonly status: 'clinician-codes';
      readonly reasonKey: IntakeMessageKey;
      readonly inputs: Icd10Inputs;
    }
  | { readonly status: 'incomplete'; readonly missing: readonly string[] }
  | { readonly status: 'invalid'; readonly issues: readonly Icd10Issue[] };

const DESCRIPTOR: Readonly<Record<F19Code, IntakeMessageKey>> = {
  'F19.10': 'intake.icd10.F19.10',
  'F19.11': 'intake.icd10.F19.11',
  'F19.20': 'intake.icd10.F19.20',
  'F19.21': 'intake.icd10.F19.21',
  'F19.130': 'intake.icd10.F19.130',
  'F19.230': 'intake.icd10.F19.230',
  'F19.930': 'intake.icd10.F19.930',
  'F19.132': 'intake.icd10.F19.132',
  'F19.232': 'intake.icd10.F19.232',
  'F19.932': 'intake.icd10.F19.932',
};

function severityOf(kud: ScoreResult): KudSeverity | undefined {
  if (kud.status !== 'complete') {
    return undefined;
  }
  const band = kud.band?.id;
  return band === 'none' || band === 'mild' || band === 'moderate' || band === 'severe' ? band : undefined;
}

function pickCode(inputs: Icd10Inputs): { code: F19Code; ruleId: string } | null {
  const { severity, currentWithdrawal, withPerceptualDisturbance: perceptual, remission } = inputs;
  if (currentWithdrawal) {
    // The withdrawal code carries the use disorder (DSM-5 recording procedure).
    if (severity === 'none') {
      return { code: perceptual ? 'F19.932' : 'F19.930', ruleId: 'icd10.f19.withdrawal-without-use-disorder' };
    }
    const mild = severity === 'mild';
    if (perceptual) {
      return { code: mild ? 'F19.132' : 'F19.232', ruleId: 'icd10.f19.withdrawal-perceptual' };
    }
    return { code: mild ? 'F19.130' : 'F19.230', ruleId: 'icd10.f19.withdrawal' };
  }
  if (severity === 'none') {
    return null;
  }
  const mild = severity === 'mild';
  if (remission !== null) {
    return { code: mild ? 'F19.11' : 'F19.21', ruleId: 'icd10.f19.remission' };
  }
  return { code: mild ? 'F19.10' : 'F19.20', ruleId: 'icd10.f19.use-disorder' };
}

/**
 * Suggests the ICD-10-CM code for a DSM-5 kratom-use-disorder result, DSM-5-TR style, for the clinician to
 * confirm: mild F19.10, moderate or severe F19.20; in remission F19.11 / F19.21; with current withdrawal
 * F19.130 (mild) / F19.230 (moderate–severe) / F19.930 (no use disorder), and with perceptual
 * disturbances F19.132 / F19.232 / F19.932. The withdrawal code carries the use disorder: F19.10 or
 * F19.20 is never suggested beside it. When the clinician classifies the use as opioid (F11), §4 gives no
 * code table, so the clinician enters the code. Never throws.
 *
 * @param input - The KUD result and the clinician's modifiers.
 * @returns The suggestion with its rule and inputs, or why there is none.
 * @see Clinical reference §4 "ICD-10-CM mapping, DSM-5-TR style" (DSM-5 recording procedures; F19.130 /
 *   F19.230 / F19.930 descriptors checked against code lists) and test vectors D1–D8
 * @example suggestIcd10Code({ kud: scoreDsm5Kud(criteria 2, 4, 10, 11), currentWithdrawal: true }).code // => 'F19.230'
 */
export function suggestIcd10Code(input: Icd10Input): Icd10Suggestion {
  const { kud } = input;
  if (kud.instrument !== 'dsm5-kud') {
    return {
      status: 'invalid',
      issues: [{ field: 'kud', rule: 'wrong-instrument', messageKey: 'intake.icd10.issue.kud.wrong-instrument' }],
    };
  }
  if (kud.status === 'invalid') {
    return {
      status: 'invalid',
      issues: [{ field: 'kud', rule: 'invalid-score', messageKey: 'intake.icd10.issue.kud.invalid-score' }],
    };
  }
  if (kud.status === 'incomplete') {
    return { status: 'incomplete', missing: kud.missing };
  }
  const severity = severityOf(kud) ?? 'none';
  const inputs: Icd10Inputs = {
    criteriaCount: kud.total,
    severity,
    currentWithdrawal: input.currentWithdrawal,
    withPerceptualDisturbance: input.withPerceptualDisturbance === true,
    remission: input.remission ?? null,
    classification: input.classification ?? 'other',
    substance: input.substance ?? 'kratom',
  };
  const issues: Icd10Issue[] = [];
  if (inputs.remission !== null && severity === 'none') {
    issues.push({
      field: 'remission',
      rule: 'needs-use-disorder',
      messageKey: 'intake.icd10.issue.remission.needs-use-disorder',
    });
  }
  if (inputs.remission !== null && inputs.currentWithdrawal) {
    issues.push({
      field: 'remission',
      rule: 'conflicts-with-withdrawal',
      messageKey: 'intake.icd10.issue.remission.conflicts-with-withdrawal',
    });
  }
  if (inputs.withPerceptualDisturbance && !inputs.currentWithdrawal) {
    issues.push({
      field: 'withPerceptualDisturbance',
      rule: 'needs-withdrawal',
      messageKey: 'intake.icd10.issue.withPerceptualDisturbance.needs-withdrawal',
    });
  }
  if (issues.length > 0) {
    return { status: 'invalid', issues };
  }
  if (inputs.classification === 'opioid') {
    return { status: 'clinician-codes', reasonKey: 'intake.icd10.opioidClassification', inputs };
  }
  const picked = pickCode(inputs);
  if (picked === null) {
    return { status: 'no-use-disorder', reasonKey: 'intake.icd10.noUseDisorder', inputs };
  }
  return {
    status: 'suggested',
    code: picked.code,
    descriptorKey: DESCRIPTOR[picked.code],
    rule: { id: picked.ruleId, version: ICD10_RULES_VERSION },
    inputs,
    requiresClinicianConfirmation: true,
    noteKeys: [
      'intake.icd10.note.recordSubstance',
      ...(inputs.currentWithdrawal ? (['intake.icd10.note.withdrawalCarriesUseDisorder'] as const) : []),
    ],
  };
}

/**
 * Whether a value is one of the F19 codes §4 lists (for the clinician's override).
 *
 * @param value - Any value.
 * @returns True for a listed F19 code.
 * @example isF19Code('F19.230') // => true
 */
export function isF19Code(value: unknown): value is F19Code {
  return typeof value === 'string' && (F19_CODES as readonly string[]).includes(value);
}
