import type { TIntakeRequest } from '@kratom-care/contracts';
import { DSM5_KUD_DEFINITION } from '@kratom-care/domain';
import { describe, expect, it } from 'vitest';
import { MISSING, PATIENT_A, PATIENT_B, seededRecordId, USERS } from '../../test/access-world.js';
import { TEST_TARGETS } from '../../test/auth-fixtures.js';
import { intakeRequest } from '../../test/intake-fixtures.js';
import { answersInOrder } from '../../test/instrument-fixtures.js';
import { careTeamPoster } from '../../test/care-team-requests.js';
import { useAccessWorld } from '../../test/use-access-world.js';

/*
 * The problem list, the suggested ICD-10-CM code and the clinician's decision on it through the API
 * (issue 10 §2): REFERENCE §4 vectors D1–D8 from a DSM-5 KUD and an intake stored through the API, red
 * flags first, and the confirm / override-with-reason decision.
 */

const BASE = `/api/patients/${PATIENT_A}`;
const NOT_FOUND = '{"code":"NOT_FOUND","message":"Not found"}';

interface ProblemList {
  intakeId: string | null;
  redFlags: { id: string; source: string; basis: string[]; action: string }[];
  problems: { id: string; severity: string | null }[];
  icd10: { status: string; code: string | null; kudAssessmentId: string | null; inputs: Record<string, unknown> };
  decision: { finalCode: string; action: string; current: boolean; rationale: string | null } | null;
  confirmedCode: string | null;
  notRecorded: string[];
  basis: string[];
}

type Diagnosis = TIntakeRequest['diagnosis'];
const PLAIN: Diagnosis = {
  currentWithdrawal: false,
  withPerceptualDisturbance: false,
  remission: null,
  classification: 'other',
};

/** DSM-5 KUD answers with the given criteria (1–11, DSM-5 order) met. */
function kud(criteria: readonly number[]) {
  return answersInOrder(
    'dsm5-kud',
    DSM5_KUD_DEFINITION.items.map((_, index) => (criteria.includes(index + 1) ? 1 : 0)),
  );
}

const D_VECTORS: readonly {
  name: string;
  criteria: number[];
  diagnosis?: Partial<Diagnosis>;
  supervised?: boolean;
  status: string;
  code: string | null;
}[] = [
  { name: 'D1', criteria: [1], status: 'no-use-disorder', code: null },
  { name: 'D2', criteria: [1, 4], status: 'suggested', code: 'F19.10' },
  { name: 'D3', criteria: [2, 4, 10, 11], status: 'suggested', code: 'F19.20' },
  { name: 'D4', criteria: [1, 2, 3, 4, 5, 6, 7], status: 'suggested', code: 'F19.20' },
  {
    name: 'D5',
    criteria: [2, 4, 10, 11],
    diagnosis: { currentWithdrawal: true },
    status: 'suggested',
    code: 'F19.230',
  },
  { name: 'D6', criteria: [1, 4], diagnosis: { currentWithdrawal: true }, status: 'suggested', code: 'F19.130' },
  { name: 'D7', criteria: [10, 11], supervised: true, status: 'no-use-disorder', code: null },
  { name: 'D8', criteria: [1, 4], diagnosis: { remission: 'early' }, status: 'suggested', code: 'F19.11' },
];

describe.each(TEST_TARGETS)('problem list and ICD-10-CM through the API on $kind', (target) => {
  const world = useAccessWorld(target);
  const post = careTeamPoster(world, BASE, 'problem-list');
  const create = async (path: string, payload: object) => (await post(path, payload)).json<{ id: string }>().id;

  async function problemList(): Promise<ProblemList> {
    const response = await world().request('clinician-on-care-team', { method: 'GET', url: `${BASE}/problem-list` });
    expect(response.statusCode, response.body).toBe(200);
    return response.json<ProblemList>();
  }

  it('says what is not recorded yet, and suggests nothing without a DSM-5 KUD', async () => {
    // The seeded world gives patient A one record of every type: take back the ones the list reads.
    for (const type of ['intake', 'assessments', 'diagnosis-decisions', 'labs']) {
      const marked = await world().request('clinician-on-care-team', {
        method: 'POST',
        url: `${BASE}/${type}/${seededRecordId(type, PATIENT_A)}/entered-in-error`,
        payload: { reason: 'Seeded example, not this patient' },
        headers: { 'if-match': '"1"' },
      });
      expect(marked.statusCode, marked.body).toBe(200);
    }
    const empty = await problemList();
    expect(empty).toMatchObject({
      intakeId: null,
      redFlags: [],
      problems: [],
      icd10: { status: 'not-assessed', code: null },
      decision: null,
      confirmedCode: null,
      notRecorded: ['intake', 'dsm5-kud', 'phq9', 'gad7'],
    });
  });

  it.each(D_VECTORS)('$name: criteria $criteria suggest $code', async (vector) => {
    const intake = await create('/intake', intakeRequest({ diagnosis: { ...PLAIN, ...vector.diagnosis } }));
    const assessment = await create('/assessments', {
      instrumentId: 'dsm5-kud',
      answers: kud(vector.criteria),
      ...(vector.supervised === true
        ? { context: { toleranceUnderMedicalSupervision: true, withdrawalUnderMedicalSupervision: true } }
        : {}),
    });
    const result = await problemList();
    expect(result.icd10).toMatchObject({ status: vector.status, code: vector.code, kudAssessmentId: assessment });
    expect(result.intakeId).toBe(intake);
    expect(result.basis).toEqual(expect.arrayContaining([intake, assessment]));
    // The seeded world has a GAD-7 for patient A, and no PHQ-9.
    expect(result.notRecorded).toEqual(['phq9']);
    // The withdrawal code carries the use disorder: never F19.10/F19.20 beside it (§4).
    if (vector.diagnosis?.currentWithdrawal === true) {
      expect(result.problems.map((problem) => problem.id)).toContain('kratom-withdrawal');
    }
  });

  it('shows red flags first: PHQ-9 item 9 > 0 and the intake’s flags, before the problems and scores', async () => {
    const intake = await create(
      '/intake',
      intakeRequest({
        redFlags: ['liver-warning-signs'],
        medicalHistory: { liverDisease: 'no', cardiac: 'no', seizures: 'no', pregnancy: 'yes' },
      }),
    );
    const phq9 = await create('/assessments', {
      instrumentId: 'phq9',
      answers: answersInOrder('phq9', [1, 1, 1, 1, 1, 1, 1, 1, 2]),
    });
    const result = await problemList();
    expect(result.redFlags.map((flag) => [flag.id, flag.source, flag.basis])).toEqual([
      ['suicidal-thoughts', 'phq9', [phq9]],
      ['liver-warning-signs', 'intake', [intake]],
      ['pregnant', 'intake', [intake]],
    ]);
    expect(result.redFlags[0]?.action).toBe('call-988');
    expect(result.problems.map((problem) => problem.id).slice(0, 2)).toEqual(['suicidal-ideation', 'pregnancy']);
    expect(result.problems).toContainEqual(
      expect.objectContaining({ id: 'depressive-symptoms', severity: 'moderate' }),
    );
  });

  it('stores the clinician’s confirmation, or another code with a reason, and flags a decision on an older suggestion', async () => {
    await create('/intake', intakeRequest({ diagnosis: { ...PLAIN, currentWithdrawal: true } }));
    await create('/assessments', { instrumentId: 'dsm5-kud', answers: kud([2, 4, 10, 11]) });
    expect((await problemList()).icd10.code).toBe('F19.230');

    const noReason = await post(
      '/diagnosis-decisions',
      { suggestedCode: 'F19.230', action: 'override', code: 'F11.23' },
      400,
    );
    expect(noReason.json<{ issues: { path: string[] }[] }>().issues.map((issue) => issue.path)).toEqual([
      ['rationale'],
    ]);
    const badCode = await post(
      '/diagnosis-decisions',
      { suggestedCode: 'F19.230', action: 'override', code: 'Z99', rationale: 'Opioid framing' },
      400,
    );
    expect(badCode.json<{ issues: { path: string[] }[] }>().issues.map((issue) => issue.path)).toEqual([['code']]);

    await create('/diagnosis-decisions', { suggestedCode: 'F19.230', action: 'accept' });
    expect(await problemList()).toMatchObject({
      decision: { action: 'accept', finalCode: 'F19.230', current: true },
      confirmedCode: 'F19.230',
    });

    await create('/diagnosis-decisions', {
      suggestedCode: 'F19.230',
      action: 'override',
      code: 'F11.23',
      rationale: 'Framed as opioid use disorder with the patient (Weiss & Douglas)',
    });
    expect(await problemList()).toMatchObject({
      decision: { action: 'override', finalCode: 'F11.23', current: true },
      confirmedCode: 'F11.23',
    });

    // A new checklist changes the suggestion: the decision stands in history but needs review.
    await create('/assessments', { instrumentId: 'dsm5-kud', answers: kud([1, 4]) });
    const changed = await problemList();
    expect(changed.icd10.code).toBe('F19.130');
    expect(changed).toMatchObject({ decision: { finalCode: 'F11.23', current: false }, confirmedCode: null });
  });

  it('answers the same 404 to everyone but a clinician with access, one audit row per read', async () => {
    for (const role of ['patient', 'family-with-consent', 'clinician-same-facility-not-on-team', 'admin'] as const) {
      const response = await world().request(role, { method: 'GET', url: `${BASE}/problem-list` });
      expect(response.statusCode, role).toBe(404);
      expect(response.body).toBe(NOT_FOUND);
    }
    for (const id of [PATIENT_B, MISSING]) {
      const response = await world().request('clinician-on-care-team', {
        method: 'GET',
        url: `/api/patients/${id}/problem-list`,
      });
      expect(response.body).toBe(NOT_FOUND);
    }
    await problemList();
    const rows = await world()
      .scratch.db.selectFrom('audit_event')
      .select(['patient_id', 'resource_type', 'outcome', 'actor_user_id'])
      .where('action', '=', 'problem-list.read')
      .orderBy('seq')
      .execute();
    expect(rows.filter((row) => row.outcome !== 'allowed')).toHaveLength(6);
    expect(rows.at(-1)).toEqual({
      patient_id: PATIENT_A,
      resource_type: 'problem-list',
      outcome: 'allowed',
      actor_user_id: USERS['clinician-on-care-team'],
    });
  });
});
