import {
  ASSESSMENTS,
  CARE_INTENSITY_INPUT_IDS,
  INTAKE,
  type TCareIntensityInput,
  type TCareIntensityInputId,
} from '@kratom-care/contracts';
import {
  canonicalInstrumentId,
  scoreDsm5Kud,
  type Answers,
  type ChartCareIntensityFacts,
  type ScoreResult,
} from '@kratom-care/domain';
import type { PanelRecord } from '@kratom-care/store';
import { readChartIntake, type ChartIntake } from './chart-intake.js';

/*
 * Turns a patient's stored intake and assessments into the facts the care-intensity rules read
 * (suggestChartCareIntensity), and the list of inputs the clinician sees beside the suggestion: each
 * with its value, where it came from and the records behind it. What nobody recorded is named as not
 * recorded; the rules then read the absence as "no" (as the decision-support panel does) and the page
 * says so, so the clinician can record it or override.
 */

/** The stored type of the intake record (issue 10 §2). */
export const INTAKE_TYPE = INTAKE.name;
/** The stored type of scored instruments. */
export const ASSESSMENTS_TYPE = ASSESSMENTS.name;

/** What a stored assessment body holds that the rules read. */
interface AssessmentFields {
  readonly instrumentId: string;
  readonly answers: Answers;
  readonly total: number;
}

/** The facts for the rules, the inputs to show, and what is missing. */
export interface CareIntensityFacts {
  readonly facts: ChartCareIntensityFacts;
  readonly inputs: readonly TCareIntensityInput[];
  readonly notRecorded: readonly TCareIntensityInputId[];
}

const input = (
  id: TCareIntensityInputId,
  value: TCareIntensityInput['value'],
  source: TCareIntensityInput['source'],
  basis: readonly string[],
  detail: string | null = null,
): TCareIntensityInput => ({ id, value, source, basis: [...basis], detail });

const notRecorded = (id: TCareIntensityInputId): TCareIntensityInput => input(id, null, 'not-recorded', []);

/**
 * The stored KUD checklist as scored. The supervision context is not stored, so the answers are
 * rescored with each context until the stored total is met: the criteria a clinician excluded under
 * medical supervision stay excluded.
 */
function kudResult(body: AssessmentFields): ScoreResult {
  const plain = scoreDsm5Kud(body.answers);
  const excluded = [
    { withdrawalUnderMedicalSupervision: true },
    { toleranceUnderMedicalSupervision: true },
    { toleranceUnderMedicalSupervision: true, withdrawalUnderMedicalSupervision: true },
  ].map((context) => scoreDsm5Kud(body.answers, context));
  return [plain, ...excluded].find((result) => result.status === 'complete' && result.total === body.total) ?? plain;
}

function latestAssessment(records: readonly PanelRecord[], instrument: string): PanelRecord | undefined {
  return records.find(
    (record) =>
      record.type === ASSESSMENTS_TYPE &&
      canonicalInstrumentId((record.body as AssessmentFields).instrumentId) === instrument,
  );
}

function intakeInputs(intake: ChartIntake | undefined): TCareIntensityInput[] {
  if (intake === undefined) {
    return [
      notRecorded('redFlags'),
      notRecorded('alcoholOrBenzoWithdrawalRisk'),
      notRecorded('cannotKeepFluidsDown'),
      notRecorded('noSafePlaceToWithdraw'),
      notRecorded('highPotencyProducts'),
      notRecorded('dailyOtherOpioidUse'),
      notRecorded('wantsToChange'),
    ];
  }
  const basis = [intake.id];
  const listed = (entries: readonly string[]) => (entries.length === 0 ? null : entries.join(', '));
  return [
    input('redFlags', [...intake.redFlags, ...(intake.pregnant ? ['pregnant'] : [])], 'intake', basis),
    input(
      'alcoholOrBenzoWithdrawalRisk',
      intake.dailyWithdrawalRiskUse.length > 0,
      'intake',
      basis,
      listed(intake.dailyWithdrawalRiskUse),
    ),
    // An intake recorded before the question was asked, or "unknown": not recorded, never "no".
    intake.cannotKeepFluidsDown === undefined || intake.cannotKeepFluidsDown === 'unknown'
      ? notRecorded('cannotKeepFluidsDown')
      : input('cannotKeepFluidsDown', intake.cannotKeepFluidsDown === 'yes', 'intake', basis),
    intake.safePlaceToWithdraw === 'unknown'
      ? notRecorded('noSafePlaceToWithdraw')
      : input('noSafePlaceToWithdraw', intake.safePlaceToWithdraw === 'no', 'intake', basis),
    input('highPotencyProducts', intake.highPotency, 'intake', basis, intake.productForms.join(', ')),
    input(
      'dailyOtherOpioidUse',
      intake.dailyOtherOpioidUse.length > 0,
      'intake',
      basis,
      listed(intake.dailyOtherOpioidUse),
    ),
    input('wantsToChange', intake.wantsToChange === 'yes', 'intake', basis, intake.wantsToChange),
  ];
}

/**
 * Reads the care-intensity facts from a patient's current records (newest first, as the store answers).
 *
 * @param records - Current intake and assessment records of the patient.
 * @returns The rules' facts, the inputs as shown, and the inputs not recorded.
 * @see Clinical reference §10 (rules, N1–N6) and Appendix C.4.1–C.4.4
 */
export function careIntensityFacts(records: readonly PanelRecord[]): CareIntensityFacts {
  const intakeRecord = records.find((record) => record.type === INTAKE_TYPE);
  const intake = intakeRecord === undefined ? undefined : readChartIntake(intakeRecord.id, intakeRecord.body);
  const kudRecord = latestAssessment(records, 'dsm5-kud');
  const cowsRecord = latestAssessment(records, 'cows');
  const kud = kudRecord === undefined ? scoreDsm5Kud({}) : kudResult(kudRecord.body as AssessmentFields);
  const cowsTotal = cowsRecord === undefined ? undefined : (cowsRecord.body as AssessmentFields).total;
  const inputs = [
    kudRecord === undefined || kud.status !== 'complete'
      ? notRecorded('kud')
      : input('kud', kud.total, 'assessment', [kudRecord.id], kud.band?.id ?? null),
    cowsRecord === undefined || cowsTotal === undefined
      ? notRecorded('latestCows')
      : input('latestCows', cowsTotal, 'assessment', [cowsRecord.id]),
    ...intakeInputs(intake),
  ];
  const byId = new Map(inputs.map((entry) => [entry.id, entry]));
  const flag = (id: TCareIntensityInputId): boolean | undefined => {
    const value = byId.get(id)?.value;
    return typeof value === 'boolean' ? value : undefined;
  };
  const redFlags = byId.get('redFlags')?.value;
  const fluids = flag('cannotKeepFluidsDown');
  const noSafePlace = flag('noSafePlaceToWithdraw');
  const opioids = flag('dailyOtherOpioidUse');
  const facts: ChartCareIntensityFacts = {
    redFlagIds: Array.isArray(redFlags) ? redFlags : [],
    kud,
    ...(cowsTotal === undefined ? {} : { latestCowsTotal: cowsTotal }),
    alcoholOrBenzoWithdrawalRisk: flag('alcoholOrBenzoWithdrawalRisk') ?? false,
    ...(fluids === undefined ? {} : { cannotKeepFluidsDown: fluids }),
    ...(noSafePlace === undefined ? {} : { hasNoSafePlaceToWithdraw: noSafePlace }),
    usesHighPotencyProducts: flag('highPotencyProducts') ?? false,
    ...(opioids === undefined ? {} : { dailyOtherOpioidUse: opioids }),
    wantsToChange: flag('wantsToChange') ?? false,
  };
  // Shown in the order the contract lists them.
  const shown = CARE_INTENSITY_INPUT_IDS.flatMap((id) => byId.get(id) ?? []);
  return {
    facts,
    inputs: shown,
    notRecorded: shown.filter((entry) => entry.source === 'not-recorded').map((entry) => entry.id),
  };
}
