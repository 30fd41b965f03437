import {
  intakeProblemFacts,
  type TAssessmentBody,
  type TDiagnosisDecisionBody,
  type TIcd10SuggestionView,
  type TIntakeBody,
  type TProblemListRedFlag,
} from '@kratom-care/contracts';
import {
  canonicalInstrumentId,
  classifyTotal,
  evaluateRedFlags,
  INSTRUMENTS,
  isInstrumentId,
  suggestIcd10Code,
  type CompleteScore,
  type Icd10Suggestion,
  type IntakeFacts,
  type KudSubstance,
  type LiverAssessment,
  type RedFlagId,
} from '@kratom-care/domain';
import type { PanelRecord } from '@kratom-care/store';

/*
 * Turns a patient's stored intake, assessments and liver assessment into what the intake domain's
 * rules read (deriveProblemList, suggestIcd10Code, evaluateRedFlags), and their answers into the
 * response's shape. Bodies come from the store as their declarations wrote them.
 */

/** The latest current assessment of each instrument the problem list reads. */
export interface LatestScores {
  readonly kud?: PanelRecord;
  readonly phq9?: PanelRecord;
  readonly gad7?: PanelRecord;
  readonly cows?: PanelRecord;
}

const READ = { 'dsm5-kud': 'kud', phq9: 'phq9', gad7: 'gad7', cows: 'cows' } as const;

/**
 * @param assessments - Current assessments, newest first (as the store answers).
 * @returns The newest of each instrument the problem list reads.
 */
export function latestScores(assessments: readonly PanelRecord[]): LatestScores {
  const latest: Partial<Record<keyof LatestScores, PanelRecord>> = {};
  for (const record of assessments) {
    const stored = (record.body as TAssessmentBody).instrumentId;
    const id = canonicalInstrumentId(stored) ?? stored;
    const key = id in READ ? READ[id as keyof typeof READ] : undefined;
    if (key !== undefined && latest[key] === undefined) {
      latest[key] = record;
    }
  }
  return latest;
}

/**
 * A stored, complete assessment as the domain's score result. The stored total already applies the
 * DSM-5 medical-supervision exclusion the clinician chose when scoring (REFERENCE §4, vector D7), so it
 * is read, not scored again; the items are not needed by the intake rules.
 *
 * @param record - A stored assessment.
 * @returns The complete score.
 */
export function storedScore(record: PanelRecord): CompleteScore {
  const body = record.body as TAssessmentBody;
  const id = canonicalInstrumentId(body.instrumentId) ?? body.instrumentId;
  const band = isInstrumentId(id) ? classifyTotal(INSTRUMENTS[id].definition, body.total) : null;
  return {
    status: 'complete',
    instrument: id,
    version: body.instrumentVersion,
    total: body.total,
    band: band === null ? null : { id: band.id, labelKey: band.labelKey },
    flags: body.flags,
    items: [],
  };
}

/**
 * The substance named with the code: "7-OH product" when every product in use is one, else kratom.
 *
 * @see Clinical reference §4 "Classifying kratom" (record the substance as kratom or 7-OH product)
 */
function substanceOf(intake: TIntakeBody | undefined): KudSubstance {
  const products = intake?.kratom.products ?? [];
  return products.length > 0 && products.every((product) => product.form === '7-oh-product')
    ? '7-oh-product'
    : 'kratom';
}

/**
 * @param intake - The current intake's body, if any.
 * @param scores - The latest scores.
 * @param liver - The liver assessment (abnormal or Hy's-law labs add problems).
 * @returns What `deriveProblemList` reads.
 */
export function problemFacts(
  intake: TIntakeBody | undefined,
  scores: LatestScores,
  liver: LiverAssessment | undefined,
): IntakeFacts {
  return {
    ...(intake === undefined ? {} : intakeProblemFacts(intake)),
    ...(scores.kud === undefined ? {} : { kud: storedScore(scores.kud) }),
    ...(scores.phq9 === undefined ? {} : { phq9: storedScore(scores.phq9) }),
    ...(scores.gad7 === undefined ? {} : { gad7: storedScore(scores.gad7) }),
    ...(scores.cows === undefined ? {} : { latestCowsTotal: (scores.cows.body as TAssessmentBody).total }),
    ...(liver === undefined ? {} : { liver }),
  };
}

/**
 * The ICD-10-CM suggestion for the latest DSM-5 KUD and the intake's modifiers, in the response's shape.
 *
 * @param intake - The current intake's body, if any (no intake: no withdrawal, no remission, F19).
 * @param kud - The latest DSM-5 KUD assessment, if any.
 * @returns The suggestion, or `not-assessed` without a DSM-5 KUD.
 * @see Clinical reference §4 "ICD-10-CM mapping" and vectors D1–D8 (the rules live in packages/domain/src/intake)
 */
export function icd10Of(intake: TIntakeBody | undefined, kud: PanelRecord | undefined): TIcd10SuggestionView {
  const none = {
    code: null,
    descriptorKey: null,
    reasonKey: null,
    rule: null,
    noteKeys: [],
    issues: [],
    inputs: {},
    kudAssessmentId: kud?.id ?? null,
  };
  if (kud === undefined) {
    return { ...none, status: 'not-assessed' };
  }
  const diagnosis = intake?.diagnosis;
  const suggestion: Icd10Suggestion = suggestIcd10Code({
    kud: storedScore(kud),
    currentWithdrawal: diagnosis?.currentWithdrawal ?? false,
    withPerceptualDisturbance: diagnosis?.withPerceptualDisturbance ?? false,
    remission: diagnosis?.remission ?? null,
    classification: diagnosis?.classification ?? 'other',
    substance: substanceOf(intake),
  });
  switch (suggestion.status) {
    case 'suggested':
      return {
        ...none,
        status: 'suggested',
        code: suggestion.code,
        descriptorKey: suggestion.descriptorKey,
        rule: suggestion.rule,
        noteKeys: [...suggestion.noteKeys],
        inputs: { ...suggestion.inputs },
      };
    case 'no-use-disorder':
    case 'clinician-codes':
      return { ...none, status: suggestion.status, reasonKey: suggestion.reasonKey, inputs: { ...suggestion.inputs } };
    case 'incomplete':
      return { ...none, status: 'incomplete' };
    case 'invalid':
      return {
        ...none,
        status: 'invalid',
        issues: suggestion.issues.map((issue) => ({ field: issue.field, messageKey: issue.messageKey })),
      };
  }
}

/**
 * The red flags on record, most urgent first: those the intake recorded, pregnancy from its medical
 * history, and PHQ-9 item 9 > 0 from the latest PHQ-9 (even when the intake said no).
 *
 * @param intake - The current intake, if any.
 * @param phq9 - The latest PHQ-9, if any.
 * @returns The flags with where each came from.
 * @see Clinical reference §11 "Implement as" (red flags before any score) and §5 (PHQ-9 item 9); Appendix C.4.4
 */
export function redFlagsOf(intake: PanelRecord | undefined, phq9: PanelRecord | undefined): TProblemListRedFlag[] {
  const body = intake?.body as TIntakeBody | undefined;
  const answers: Partial<Record<RedFlagId, boolean>> = {};
  for (const id of body?.redFlags ?? []) {
    answers[id] = true;
  }
  if (body?.medicalHistory.pregnancy === 'yes') {
    answers.pregnant = true;
  }
  const itemNine = phq9 !== undefined && (phq9.body as TAssessmentBody).flags.includes('suicidal-ideation');
  const fromIntake = answers['suicidal-thoughts'] === true;
  if (itemNine) {
    answers['suicidal-thoughts'] = true;
  }
  return evaluateRedFlags(answers).flags.map((flag) => {
    const byPhq9 = phq9 !== undefined && flag.id === 'suicidal-thoughts' && itemNine && !fromIntake;
    return {
      id: flag.id,
      action: flag.action,
      labelKey: flag.labelKey,
      actionKey: flag.actionKey,
      isEmergency: flag.isEmergency,
      source: byPhq9 ? 'phq9' : 'intake',
      basis: byPhq9 ? [phq9.id] : [intake?.id].filter((id): id is string => id !== undefined),
    };
  });
}

/**
 * @param decision - The latest current decision on the code, if any.
 * @param suggested - Today's suggested code (null when none).
 * @returns Whether the clinician decided on today's suggestion.
 */
export function decisionIsCurrent(decision: TDiagnosisDecisionBody, suggested: string | null): boolean {
  return decision.suggestedCode === suggested;
}
