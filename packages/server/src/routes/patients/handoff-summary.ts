import {
  ASSESSMENTS,
  HANDOFF_SECTION_CATEGORIES,
  HANDOFF_SECTIONS,
  LABS,
  MEDICATIONS,
  REDISCLOSURE_NOTICE,
  REDISCLOSURE_NOTICE_VERSION,
  toStoredLab,
  type TAssessmentBody,
  type THandoffSection,
  type THandoffSectionStatus,
  type THandoffSummary,
  type TLabBody,
  type TMedicationBody,
} from '@kratom-care/contracts';
import { assessLiver } from '@kratom-care/domain';
import {
  listPanelRecords,
  type ConsentCategory,
  type Executor,
  type PanelRecord,
  type PatientRecord,
} from '@kratom-care/store';
import { currentPlanVersion } from './plan/plan-store.js';
import { readProblemList } from './problem-list-read.js';

/*
 * Assembles the hand-off summary (issue 10 §9) from the patient's current records (not entered in
 * error): active medication orders, the latest score of each instrument, the latest result of each
 * lab test with the liver assessment over them, the problem list (as `GET …/problem-list` reads it)
 * and the current plan revision. What each record may show is its type's own `toView`, the same
 * fields its routes answer. docs/decisions/0028-handoff-summary.md.
 */

/** Which consent categories the summary may fill: every one for the care team's own copy. */
export type CoveredCategories = (category: ConsentCategory) => boolean;

/** The care team's own copy: nothing is withheld. */
export const EVERY_CATEGORY: CoveredCategories = () => true;

/** The first record of each key, in the given (newest-first) order. */
function latestBy<T>(records: readonly T[], key: (record: T) => string): T[] {
  const seen = new Set<string>();
  return records.filter((record) => {
    const value = key(record);
    if (seen.has(value)) {
      return false;
    }
    seen.add(value);
    return true;
  });
}

const item = <T extends object>(record: PanelRecord, view: T) => ({
  id: record.id,
  recordedAt: record.recordedAt,
  ...view,
});

/**
 * Builds the summary at `at`. Reads the three record types in parallel, one indexed query each
 * (bounded by listPanelRecords' limit, newest first).
 *
 * @param executor - The request's database handle or transaction.
 * @param patient - The patient, already admitted by the access policy.
 * @param at - The request's time.
 * @param covers - Which consent categories may be filled; the others are `not-covered`.
 * @returns The summary, with the 42 CFR §2.32 notice.
 */
export async function assembleHandoffSummary(
  executor: Executor,
  patient: PatientRecord,
  at: string,
  covers: CoveredCategories,
): Promise<THandoffSummary> {
  const included = (section: THandoffSection) => covers(HANDOFF_SECTION_CATEGORIES[section]);
  const read = (type: string, section: THandoffSection) =>
    included(section) ? listPanelRecords(executor, { patientId: patient.id, types: [type] }) : Promise.resolve([]);
  const [orders, assessments, labs, problemList, plan] = await Promise.all([
    read(MEDICATIONS.name, 'medications'),
    read(ASSESSMENTS.name, 'scores'),
    read(LABS.name, 'labs'),
    included('problems') ? readProblemList(executor, patient.id, at) : Promise.resolve(undefined),
    included('plan') ? currentPlanVersion(executor, patient.id) : Promise.resolve(undefined),
  ]);
  const status = (section: THandoffSection, count: number): THandoffSectionStatus => {
    if (!included(section)) {
      return 'not-covered';
    }
    return count === 0 ? 'not-recorded' : 'included';
  };

  // Bodies were validated by their declarations on the way in.
  const activeOrders = orders
    .map((record) => item(record, MEDICATIONS.toView(record.body as TMedicationBody)))
    .filter((order) => order.orderStatus === 'active');
  const scores = latestBy(
    assessments.map((record) => item(record, ASSESSMENTS.toView(record.body as TAssessmentBody))),
    (score) => score.instrumentId,
  );
  const labResults = labs.map((record) => item(record, LABS.toView(record.body as TLabBody)));
  const latestLabs = latestBy(labResults, (lab) => lab.loinc);
  let liver: THandoffSummary['liver'] = null;
  if (included('labs')) {
    const { panelAtMs, ...assessment } = assessLiver(
      labs.map((record) => toStoredLab(record.id, record.body as TLabBody)),
      Date.parse(at),
    );
    liver = { ...assessment, panelAt: panelAtMs === null ? null : new Date(panelAtMs).toISOString() };
  }

  return {
    generatedAt: at,
    patient: {
      id: patient.id,
      givenName: patient.givenName,
      familyName: patient.familyName,
      birthDate: patient.birthDate,
    },
    redisclosureNotice: REDISCLOSURE_NOTICE,
    redisclosureNoticeVersion: REDISCLOSURE_NOTICE_VERSION,
    problems: {
      status: status('problems', problemList?.problems.length ?? 0),
      items: (problemList?.problems ?? []).map(({ id, messageKey, severity, substance }) => ({
        id,
        messageKey,
        severity,
        substance,
      })),
      confirmedCode: problemList?.confirmedCode ?? null,
    },
    medications: { status: status('medications', activeOrders.length), items: activeOrders },
    scores: { status: status('scores', scores.length), items: scores },
    labs: { status: status('labs', latestLabs.length), items: latestLabs },
    liver,
    plan: {
      status: status('plan', plan === undefined ? 0 : 1),
      current:
        plan === undefined
          ? null
          : {
              revision: plan.revision,
              problems: plan.problems,
              goals: plan.goals,
              interventions: plan.interventions,
              staff: plan.staff,
              reviewDate: plan.reviewDate,
              savedAt: plan.savedAt,
              savedByName: plan.savedByName,
            },
    },
  };
}

/**
 * The consent categories of the summary's sections a consent covers: what a disclosure under it
 * carries (a covered section with nothing recorded still tells the recipient so).
 *
 * @param covers - What the consent covers.
 * @returns The categories, each once, in section order; empty when it covers no section.
 */
export function summaryCategories(covers: CoveredCategories): ConsentCategory[] {
  const categories = HANDOFF_SECTIONS.map((section) => HANDOFF_SECTION_CATEGORIES[section]).filter(covers);
  return [...new Set(categories)];
}
