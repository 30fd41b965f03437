import {
  CARE_INTENSITY_DECISIONS_TYPE,
  ZCareIntensityDecisionBody,
  type TCareIntensityDecision,
  type TCareIntensityResponse,
} from '@kratom-care/contracts';
import {
  CARE_INTENSITY_RULES_VERSION,
  CARE_PROGRAMME_MAP_VERSION,
  suggestChartCareIntensity,
  type ChartCareIntensityResult,
} from '@kratom-care/domain';
import { listClinicalRecords, listPanelRecords, type ClinicalRecord, type Executor } from '@kratom-care/store';
import { ASSESSMENTS_TYPE, careIntensityFacts, INTAKE_TYPE, type CareIntensityFacts } from './care-intensity-facts.js';

/** The suggestion as answered, with what the decision route needs to check and store a decision. */
export interface CareIntensityRead {
  readonly response: Omit<TCareIntensityResponse, 'decision'>;
  readonly result: ChartCareIntensityResult;
  readonly facts: CareIntensityFacts;
}

/** No KUD checklist on record: the rules need one; otherwise the items it lacks, or the unreadable fields. */
function missingFor(
  result: Exclude<ChartCareIntensityResult, { status: 'suggested' }>,
  facts: CareIntensityFacts,
): string[] {
  if (result.status === 'invalid') {
    return result.issues.map((issue) => issue.field);
  }
  return facts.notRecorded.includes('kud') ? ['kud'] : [...result.missing];
}

/**
 * The care-intensity suggestion over the patient's current intake and assessments.
 *
 * @param executor - The request's transaction or the database handle.
 * @param patientId - The patient (access already checked).
 * @returns The answer without the decision, and the domain result behind it.
 * @see Clinical reference §10 (rules, N1–N6) and Appendix C.4
 */
export async function readCareIntensity(executor: Executor, patientId: string): Promise<CareIntensityRead> {
  const [intakes, assessments] = await Promise.all([
    // Apart, so a long history of scores never pushes the current intake out of the read's bound.
    listPanelRecords(executor, { patientId, types: [INTAKE_TYPE] }),
    listPanelRecords(executor, { patientId, types: [ASSESSMENTS_TYPE] }),
  ]);
  const facts = careIntensityFacts([...intakes, ...assessments]);
  const result = suggestChartCareIntensity(facts.facts);
  const base = {
    inputs: [...facts.inputs],
    notRecorded: [...facts.notRecorded],
    programmeMapVersion: CARE_PROGRAMME_MAP_VERSION,
  };
  if (result.status === 'suggested') {
    return {
      result,
      facts,
      response: {
        ...base,
        status: 'suggested',
        level: result.level,
        rule: { number: result.ruleNumber, key: result.ruleKey, rulesVersion: result.rulesVersion },
        reasons: [...result.reasonKeys],
        discussKey: result.discussKey,
        fromRedFlagsOnly: result.fromRedFlagsOnly,
        programmes: [...(result.programmes?.programmes ?? [])],
        programmeNoteKey: result.programmes?.noteKey ?? null,
        missing: [],
      },
    };
  }
  return {
    result,
    facts,
    response: {
      ...base,
      status: result.status,
      level: null,
      rule: { number: null, key: null, rulesVersion: CARE_INTENSITY_RULES_VERSION },
      reasons: [],
      discussKey: 'careProgrammes.discussAndAssess',
      fromRedFlagsOnly: false,
      programmes: [],
      programmeNoteKey: null,
      missing: missingFor(result, facts),
    },
  };
}

/**
 * A stored decision as answered.
 *
 * @param record - A `care-intensity-decisions` record.
 * @returns The decision with who made it and when.
 */
export function decisionView(record: ClinicalRecord): TCareIntensityDecision {
  // Written only by the decision route from a body this schema describes.
  const body = ZCareIntensityDecisionBody.parse(record.body);
  return {
    ...body,
    id: record.id,
    decidedAt: record.recordedAt,
    decidedBy: record.recordedBy,
    decidedByName: record.recordedByName,
  };
}

/**
 * The clinician's current decision: the newest not entered in error.
 *
 * @param executor - The request's transaction or the database handle.
 * @param patientId - The patient.
 * @returns The decision, or null.
 */
export async function currentDecision(executor: Executor, patientId: string): Promise<TCareIntensityDecision | null> {
  const page = await listClinicalRecords(executor, {
    patientId,
    type: CARE_INTENSITY_DECISIONS_TYPE,
    order: 'desc',
    status: 'final',
    limit: 1,
  });
  const [newest] = page.rows;
  return newest === undefined ? null : decisionView(newest);
}
