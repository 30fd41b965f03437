import { randomUUID } from 'node:crypto';
import { createClinicalRecord, markClinicalRecordEnteredInError } from '@kratom-care/store';
import { describe, expect, it } from 'vitest';
import { MISSING, PATIENT_A, USERS } from '../../../test/access-world.js';
import { TEST_TARGETS } from '../../../test/auth-fixtures.js';
import { answersInOrder } from '../../../test/instrument-fixtures.js';
import { useAccessWorld } from '../../../test/use-access-world.js';

/*
 * Care intensity through the API (issue 10 §6, §10): the clinical reference §10 vectors N1–N6 built
 * from a stored intake and scored assessments, then the clinician's decision. Every patient and value
 * is fictional.
 */

const NOT_FOUND = '{"code":"NOT_FOUND","message":"Not found"}';

/** The intake fields the rules read, in the intake record's shape (issue 10 §2). */
interface IntakeFacts {
  readonly redFlags?: readonly string[];
  readonly forms?: readonly string[];
  readonly others?: readonly { substance: string; frequency: string }[];
  readonly safePlace?: 'yes' | 'no' | 'unknown';
  readonly wantsToChange?: 'yes' | 'unsure' | 'no';
  readonly pregnancy?: 'yes' | 'no';
  /** Left out: an intake recorded before the question was asked. */
  readonly fluids?: 'yes' | 'no' | 'unknown';
}

function intakeBody(facts: IntakeFacts) {
  return {
    kratom: { products: (facts.forms ?? ['leaf-powder']).map((form) => ({ form })) },
    otherSubstances: facts.others ?? [],
    medicalHistory: {
      liverDisease: 'no',
      cardiac: 'no',
      seizures: 'no',
      pregnancy: facts.pregnancy ?? 'no',
      ...(facts.fluids === undefined ? {} : { cannotKeepFluidsDown: facts.fluids }),
    },
    medications: [],
    allergyStatus: 'none-known',
    allergies: [],
    social: { housing: 'stable', support: 'some', safePlaceToWithdraw: facts.safePlace ?? 'yes' },
    goals: { wantsToChange: facts.wantsToChange ?? 'yes' },
    redFlags: facts.redFlags ?? [],
    diagnosis: { currentWithdrawal: false, withPerceptualDisturbance: false, remission: null, classification: 'other' },
  };
}

/** KUD answers with the first `count` criteria met. */
const kudAnswers = (count: number) =>
  answersInOrder(
    'dsm5-kud',
    Array.from({ length: 11 }, (_, index) => (index < count ? 1 : 0)),
  );

/** COWS answers with the given points after a resting pulse of 70 (0 points). */
const COWS: Readonly<Record<number, readonly number[]>> = {
  27: [4, 5, 5, 4, 4, 5, 0, 0, 0, 0],
  9: [1, 1, 1, 1, 1, 1, 1, 1, 1, 0],
  8: [1, 1, 1, 1, 1, 1, 1, 1, 0, 0],
  2: [1, 1, 0, 0, 0, 0, 0, 0, 0, 0],
};

interface Vector {
  readonly id: string;
  readonly intake: IntakeFacts;
  readonly kudCriteria?: number;
  readonly cows?: number;
  readonly level: string;
  readonly rule: number;
  readonly reasons: readonly string[];
  readonly programmes: readonly string[];
}

const VECTORS: readonly Vector[] = [
  {
    id: 'N1',
    intake: { redFlags: ['seizure'] },
    level: 'E',
    rule: 1,
    reasons: ['careProgrammes.reason.redFlag'],
    programmes: [],
  },
  {
    id: 'N2',
    intake: {},
    kudCriteria: 6,
    cows: 27,
    level: 'H',
    rule: 2,
    reasons: ['careProgrammes.reason.cowsSevere'],
    programmes: ['inpatient-withdrawal-management', 'residential-withdrawal-management'],
  },
  {
    id: 'N3',
    intake: { others: [{ substance: 'alcohol', frequency: 'daily' }] },
    kudCriteria: 4,
    cows: 9,
    level: 'H',
    rule: 2,
    reasons: ['careProgrammes.reason.alcoholOrBenzoWithdrawal'],
    programmes: ['inpatient-withdrawal-management', 'residential-withdrawal-management'],
  },
  {
    id: 'N4',
    intake: { safePlace: 'yes' },
    kudCriteria: 4,
    cows: 8,
    level: 'M',
    rule: 3,
    reasons: ['careProgrammes.reason.kudModerateSevere', 'careProgrammes.reason.cowsWithdrawal'],
    programmes: ['php', 'iop', 'outpatient', 'telehealth-medication-treatment'],
  },
  {
    id: 'N5',
    intake: { forms: ['leaf-powder'] },
    kudCriteria: 2,
    cows: 2,
    level: 'O',
    rule: 4,
    reasons: ['careProgrammes.reason.kudMildNoWithdrawal'],
    programmes: ['outpatient'],
  },
  {
    id: 'N6',
    intake: { wantsToChange: 'yes' },
    kudCriteria: 1,
    level: 'S',
    rule: 5,
    reasons: ['careProgrammes.reason.fewCriteriaWantsChange'],
    programmes: [],
  },
];

interface CareIntensity {
  status: string;
  level: string | null;
  rule: { number: number | null; key: string | null; rulesVersion: string };
  reasons: string[];
  programmes: string[];
  inputs: { id: string; value: unknown; source: string; basis: string[]; detail: string | null }[];
  notRecorded: string[];
  missing: string[];
  decision: { level: string; action: string; rationale: string | null; suggestedLevel: string | null } | null;
}

describe.each(TEST_TARGETS)('care intensity through the API on $kind', (target) => {
  const world = useAccessWorld(target);
  let keys = 0;

  async function storeIntake(facts: IntakeFacts): Promise<string> {
    const at = new Date().toISOString();
    const record = await createClinicalRecord(world().scratch.db, {
      id: randomUUID(),
      patientId: PATIENT_A,
      type: 'intake',
      recordedAt: at,
      recordedBy: USERS['clinician-on-care-team'],
      body: intakeBody(facts),
      at,
    });
    return record.id;
  }

  async function assess(instrumentId: string, answers: object): Promise<string> {
    const response = await world().request('clinician-on-care-team', {
      method: 'POST',
      url: `/api/patients/${PATIENT_A}/assessments`,
      payload: { instrumentId, answers },
      headers: { 'idempotency-key': `care-assess-${(keys += 1)}` },
    });
    expect(response.statusCode).toBe(201);
    return response.json<{ id: string }>().id;
  }

  async function chart(vector: Vector): Promise<void> {
    await storeIntake(vector.intake);
    if (vector.kudCriteria !== undefined) {
      await assess('dsm5-kud', kudAnswers(vector.kudCriteria));
    }
    if (vector.cows !== undefined) {
      const points = COWS[vector.cows] ?? [];
      await assess('cows', answersInOrder('cows', [{ bpm: 70 }, ...points]));
    }
  }

  const read = (role: Parameters<ReturnType<typeof world>['request']>[0] = 'clinician-on-care-team', id = PATIENT_A) =>
    world().request(role, { method: 'GET', url: `/api/patients/${id}/care-intensity` });

  const decide = (
    payload: object,
    key = `care-decide-${(keys += 1)}`,
    role: 'clinician-on-care-team' | 'patient' = 'clinician-on-care-team',
  ) =>
    world().request(role, {
      method: 'POST',
      url: `/api/patients/${PATIENT_A}/care-intensity`,
      payload,
      headers: { 'idempotency-key': key },
    });

  it.each(VECTORS)('$id: level $level by rule $rule, read from the stored intake and scores', async (vector) => {
    await chart(vector);
    const response = await read();
    expect(response.statusCode).toBe(200);
    const body = response.json<CareIntensity>();
    expect(body).toMatchObject({
      status: 'suggested',
      level: vector.level,
      rule: { number: vector.rule, key: `careProgrammes.rule.${vector.rule}` },
      programmes: vector.programmes,
      decision: null,
    });
    for (const reason of vector.reasons) {
      expect(body.reasons).toContain(reason);
    }
  });

  it('reads an intake recorded through its own route (N1: a seizure today gives E by rule 1)', async () => {
    const intake = await world().request('clinician-on-care-team', {
      method: 'POST',
      url: `/api/patients/${PATIENT_A}/intake`,
      payload: intakeBody({ redFlags: ['seizure'], others: [{ substance: 'alcohol', frequency: 'daily' }] }),
      headers: { 'idempotency-key': `care-intake-${(keys += 1)}` },
    });
    expect(intake.statusCode, intake.body).toBe(201);
    const body = (await read()).json<CareIntensity>();
    expect(body).toMatchObject({ status: 'suggested', level: 'E', rule: { number: 1 } });
    expect(body.inputs.find((input) => input.id === 'redFlags')).toMatchObject({
      value: ['seizure'],
      source: 'intake',
      basis: [intake.json<{ id: string }>().id],
    });
  });

  it('N3 shows the input behind rule 2 and where it came from; an intake that did not ask about fluids names them as not recorded', async () => {
    const vector = VECTORS[2];
    if (vector === undefined) {
      throw new Error('N3 missing');
    }
    await chart(vector);
    const body = (await read()).json<CareIntensity>();
    expect(body.inputs.find((input) => input.id === 'alcoholOrBenzoWithdrawalRisk')).toMatchObject({
      value: true,
      source: 'intake',
      detail: 'alcohol daily',
    });
    expect(body.inputs.find((input) => input.id === 'kud')).toMatchObject({
      value: 4,
      source: 'assessment',
      detail: 'moderate',
    });
    expect(body.inputs.find((input) => input.id === 'latestCows')).toMatchObject({ value: 9, source: 'assessment' });
    expect(body.notRecorded).toEqual(['cannotKeepFluidsDown']);
  });

  it('an intake saying fluids would not stay down for over 24 h in withdrawal moves N5 (O) to H by rule 2, from the intake', async () => {
    const intake = await world().request('clinician-on-care-team', {
      method: 'POST',
      url: `/api/patients/${PATIENT_A}/intake`,
      payload: intakeBody({ fluids: 'yes' }),
      headers: { 'idempotency-key': `care-intake-${(keys += 1)}` },
    });
    expect(intake.statusCode, intake.body).toBe(201);
    await assess('dsm5-kud', kudAnswers(2));
    await assess('cows', answersInOrder('cows', [{ bpm: 70 }, ...(COWS[2] ?? [])]));
    const body = (await read()).json<CareIntensity>();
    expect(body).toMatchObject({
      status: 'suggested',
      level: 'H',
      rule: { number: 2, key: 'careProgrammes.rule.2' },
      reasons: ['careProgrammes.reason.cannotKeepFluidsDown'],
      programmes: ['inpatient-withdrawal-management', 'residential-withdrawal-management'],
    });
    expect(body.inputs.find((input) => input.id === 'cannotKeepFluidsDown')).toEqual({
      id: 'cannotKeepFluidsDown',
      value: true,
      source: 'intake',
      basis: [intake.json<{ id: string }>().id],
      detail: null,
    });
    expect(body.notRecorded).not.toContain('cannotKeepFluidsDown');
  });

  it('fluids: "no" is read as no from the intake (N5 stays O); "unknown" is named as not recorded', async () => {
    const vector = VECTORS[4];
    if (vector === undefined) {
      throw new Error('N5 missing');
    }
    await chart({ ...vector, intake: { ...vector.intake, fluids: 'no' } });
    const answeredNo = (await read()).json<CareIntensity>();
    expect(answeredNo).toMatchObject({ level: 'O', rule: { number: 4 } });
    expect(answeredNo.inputs.find((input) => input.id === 'cannotKeepFluidsDown')).toMatchObject({
      value: false,
      source: 'intake',
    });
    await storeIntake({ ...vector.intake, fluids: 'unknown' });
    const unknown = (await read()).json<CareIntensity>();
    expect(unknown).toMatchObject({ level: 'O', notRecorded: ['cannotKeepFluidsDown'] });
  });

  it('without intake or KUD checklist: incomplete, every intake input not recorded, nothing guessed', async () => {
    // The world may seed an intake from the type's example: an intake entered in error is no intake.
    const intakes = await world()
      .scratch.db.selectFrom('clinical_record')
      .select('id')
      .where('type', '=', 'intake')
      .execute();
    for (const { id } of intakes) {
      const at = new Date().toISOString();
      const by = USERS['clinician-on-care-team'];
      await markClinicalRecordEnteredInError(world().scratch.db, {
        patientId: PATIENT_A,
        type: 'intake',
        id,
        reason: 'Wrong patient',
        by,
        at,
      });
    }
    const body = (await read()).json<CareIntensity>();
    expect(body).toMatchObject({ status: 'incomplete', level: null, missing: ['kud'], programmes: [] });
    expect(body.notRecorded).toContain('kud');
    expect(body.notRecorded).toContain('redFlags');
    expect(body.notRecorded).toContain('wantsToChange');
    expect(body.inputs.every((input) => input.source !== 'not-recorded' || input.value === null)).toBe(true);
  });

  it('accepting records the level with the suggestion and its inputs; the read answers it as the current decision', async () => {
    const vector = VECTORS[3];
    if (vector === undefined) {
      throw new Error('N4 missing');
    }
    await chart(vector);
    const created = await decide({ action: 'accept', suggestedLevel: 'M' });
    expect(created.statusCode).toBe(201);
    expect(created.json()).toMatchObject({
      level: 'M',
      action: 'accept',
      suggestedLevel: 'M',
      suggestedRuleNumber: 3,
      rationale: null,
      programmes: ['php', 'iop', 'outpatient', 'telehealth-medication-treatment'],
      decidedBy: USERS['clinician-on-care-team'],
    });
    const audit = await world()
      .scratch.db.selectFrom('audit_event')
      .select(['action', 'outcome', 'patient_id'])
      .orderBy('seq', 'desc')
      .executeTakeFirstOrThrow();
    expect(audit).toEqual({ action: 'care-intensity.decide', outcome: 'allowed', patient_id: PATIENT_A });
    expect((await read()).json<CareIntensity>().decision).toMatchObject({ level: 'M', action: 'accept' });
  });

  it('overriding needs a rationale; with one, the override stands and is stored append-only', async () => {
    const vector = VECTORS[3];
    if (vector === undefined) {
      throw new Error('N4 missing');
    }
    await chart(vector);
    const missing = await decide({ action: 'override', level: 'H', suggestedLevel: 'M' });
    expect(missing.statusCode).toBe(400);
    expect(missing.json<{ issues: { path: string[] }[] }>().issues).toEqual([
      { path: ['rationale'], message: 'Required' },
    ]);
    const blank = await decide({ action: 'override', level: 'H', rationale: '   ', suggestedLevel: 'M' });
    expect(blank.json<{ issues: { path: string[] }[] }>().issues.map((issue) => issue.path)).toEqual([['rationale']]);
    const same = await decide({ action: 'override', level: 'M', rationale: 'Same', suggestedLevel: 'M' });
    expect(same.json<{ issues: { path: string[] }[] }>().issues.map((issue) => issue.path)).toEqual([['level']]);
    const done = await decide({
      action: 'override',
      level: 'H',
      rationale: 'Lives alone, no one to check on overnight',
      suggestedLevel: 'M',
    });
    expect(done.statusCode).toBe(201);
    expect(done.json()).toMatchObject({ level: 'H', action: 'override', suggestedLevel: 'M' });
    const stored = await world()
      .scratch.db.selectFrom('clinical_record')
      .select(['type', 'body'])
      .where('type', '=', 'care-intensity-decisions')
      .execute();
    // Only the valid decision was stored; the refused ones left nothing.
    expect(stored).toHaveLength(1);
    expect(JSON.parse(stored[0]?.body ?? '{}')).toMatchObject({
      level: 'H',
      rationale: 'Lives alone, no one to check on overnight',
    });
  });

  it('bad input names the field: unknown action, unknown level, wrong types, unknown fields (400, nothing stored)', async () => {
    const bodies: [object, string][] = [
      [{ action: 'approve', suggestedLevel: null }, 'action'],
      [{ action: 'override', level: 'X', rationale: 'r', suggestedLevel: null }, 'level'],
      [{ action: 'override', level: 'H', rationale: 5, suggestedLevel: null }, 'rationale'],
      [{ action: 'accept' }, 'suggestedLevel'],
      [{ action: 'accept', suggestedLevel: 'Z' }, 'suggestedLevel'],
      [{ action: 'override', level: 'H', rationale: 'x'.repeat(2001), suggestedLevel: null }, 'rationale'],
      [{ action: 'accept', suggestedLevel: null, extra: 1 }, ''],
    ];
    for (const [payload, field] of bodies) {
      const response = await decide(payload);
      expect(response.statusCode, JSON.stringify(payload)).toBe(400);
      const paths = response.json<{ issues: { path: string[] }[] }>().issues.map((issue) => issue.path.join('.'));
      expect(
        paths.some((path) => path === field || (field === '' && path.length >= 0)),
        JSON.stringify(paths),
      ).toBe(true);
    }
    // Accepting when no rule suggested anything names the action.
    const nothing = await decide({ action: 'accept', suggestedLevel: null });
    expect(nothing.statusCode).toBe(400);
    expect(nothing.json<{ issues: { path: string[] }[] }>().issues.map((issue) => issue.path)).toEqual([['action']]);
    const count = await world()
      .scratch.db.selectFrom('clinical_record')
      .select('id')
      .where('type', '=', 'care-intensity-decisions')
      .execute();
    expect(count).toHaveLength(0);
  });

  it('a decision on a suggestion that has changed since is refused (409), nothing stored', async () => {
    const vector = VECTORS[3];
    if (vector === undefined) {
      throw new Error('N4 missing');
    }
    await chart(vector);
    const response = await decide({ action: 'accept', suggestedLevel: 'O' });
    expect(response.statusCode).toBe(409);
    expect(response.json<{ issues: { path: string[] }[] }>().issues[0]?.path).toEqual(['suggestedLevel']);
  });

  it('needs an Idempotency-Key; the same key and body replay the first answer', async () => {
    const noKey = await world().request('clinician-on-care-team', {
      method: 'POST',
      url: `/api/patients/${PATIENT_A}/care-intensity`,
      payload: { action: 'override', level: 'M', rationale: 'Daily use', suggestedLevel: null },
    });
    expect(noKey.statusCode).toBe(400);
    const payload = { action: 'override', level: 'M', rationale: 'Daily use', suggestedLevel: null };
    const first = await decide(payload, 'care-replay-key-1');
    const again = await decide(payload, 'care-replay-key-1');
    expect(again.statusCode).toBe(201);
    expect(again.json()).toEqual(first.json());
  });

  it('only clinicians with access: the patient, and anyone for a missing patient, get the one 404', async () => {
    expect((await read('patient')).body).toBe(NOT_FOUND);
    expect((await read('family-with-consent')).body).toBe(NOT_FOUND);
    expect((await read('clinician-other-facility')).body).toBe(NOT_FOUND);
    expect((await read('clinician-on-care-team', MISSING)).body).toBe(NOT_FOUND);
    const byPatient = await decide(
      { action: 'override', level: 'S', rationale: 'I feel fine', suggestedLevel: null },
      undefined,
      'patient',
    );
    expect(byPatient.body).toBe(NOT_FOUND);
  });
});
