import { ZApiError } from '@kratom-care/contracts';
import { describe, expect, it } from 'vitest';
import { PATIENT_A, SEEDED_RECORDED_AT, USERS } from '../test/access-world.js';
import { TEST_TARGETS } from '../test/auth-fixtures.js';
import { answersInOrder } from '../test/instrument-fixtures.js';
import { useAccessWorld } from '../test/use-access-world.js';

const ASSESSMENTS_A = `/api/patients/${PATIENT_A}/assessments`;

/**
 * The assessment record type on each database: issue 9's clinical corrections reach the create route
 * (safety flags on a 400, COWS pulse in bpm only, one supervision switch per criterion), and records
 * stored under the SOWS id of before issue 9 still read.
 */
describe.each(TEST_TARGETS)('assessments, issue 9 corrections, on $kind', (target) => {
  const world = useAccessWorld(target);
  let keys = 0;

  function create(body: unknown) {
    return world().request('clinician-on-care-team', {
      method: 'POST',
      url: ASSESSMENTS_A,
      payload: body as object,
      headers: { 'idempotency-key': `assessment-key-${(keys += 1)}` },
    });
  }

  async function stored(): Promise<number> {
    const row = await world()
      .scratch.db.selectFrom('clinical_record')
      .select((eb) => eb.fn.countAll<number | string>().as('n'))
      .where('type', '=', 'assessments')
      .executeTakeFirstOrThrow();
    return Number(row.n);
  }

  it('answers an incomplete PHQ-9 with item 9 above 0 with 400, naming the fields and keeping the flag', async () => {
    const before = await stored();
    const res = await create({ instrumentId: 'phq9', answers: { interest: 1, selfHarmThoughts: 2 } });
    expect(res.statusCode).toBe(400);
    const body = ZApiError.parse(res.json());
    expect(body).toMatchObject({ code: 'INVALID_BODY', flags: ['suicidal-ideation'] });
    expect(body.issues?.map((issue) => issue.path)).toContainEqual(['answers', 'feelingDown']);
    expect(await stored()).toBe(before);
  });

  it('keeps the flag when another PHQ-9 answer has the wrong type (refused by the request schema)', async () => {
    const answers = { ...answersInOrder('phq9', [0, 0, 0, 0, 0, 0, 0, 0, 3]), sleep: 'most nights' };
    const res = await create({ instrumentId: 'phq9', answers });
    expect(res.statusCode).toBe(400);
    const body = ZApiError.parse(res.json());
    expect(body.flags).toEqual(['suicidal-ideation']);
    expect(body.issues?.map((issue) => issue.path)).toContainEqual(['answers', 'sleep']);
  });

  it('records a complete PHQ-9 with item 9 above 0, flag stored', async () => {
    const res = await create({ instrumentId: 'phq9', answers: answersInOrder('phq9', [0, 0, 0, 0, 0, 0, 0, 0, 1]) });
    expect(res.statusCode).toBe(201);
    expect(res.json()).toMatchObject({ instrumentId: 'phq9', total: 1, bandId: 'minimal' });
  });

  it('refuses COWS pulse points with a 400 naming answers.pulse, and records the bpm', async () => {
    const before = await stored();
    const points = await create({
      instrumentId: 'cows',
      answers: answersInOrder('cows', [2, 2, 3, 2, 2, 2, 2, 1, 2, 2, 3]),
    });
    expect(points.statusCode).toBe(400);
    expect(ZApiError.parse(points.json()).issues).toEqual([
      {
        path: ['answers', 'pulse'],
        message: 'Give the measured bpm as { "bpm": a whole number from 20 to 250 }; points are not accepted',
      },
    ]);
    expect(await stored()).toBe(before);
    const bpm = await create({
      instrumentId: 'cows',
      answers: answersInOrder('cows', [{ bpm: 104 }, 2, 3, 2, 2, 2, 2, 1, 2, 2, 3]),
    });
    expect(bpm.statusCode).toBe(201);
    expect(bpm.json()).toMatchObject({
      instrumentId: 'cows',
      instrumentVersion: '2003.2',
      total: 23,
      bandId: 'moderate',
    });
  });

  it('takes one DSM-5 supervision switch per criterion and refuses the old single one', async () => {
    const answers = answersInOrder('dsm5-kud', [0, 1, 0, 1, 0, 0, 0, 0, 0, 1, 1]);
    const tolerance = await create({
      instrumentId: 'dsm5-kud',
      answers,
      context: { toleranceUnderMedicalSupervision: true },
    });
    expect(tolerance.json()).toMatchObject({ total: 3, bandId: 'mild' });
    const both = await create({
      instrumentId: 'dsm5-kud',
      answers,
      context: { toleranceUnderMedicalSupervision: true, withdrawalUnderMedicalSupervision: true },
    });
    expect(both.json()).toMatchObject({ total: 2, bandId: 'mild' });
    const old = await create({ instrumentId: 'dsm5-kud', answers, context: { underMedicalSupervision: true } });
    expect(old.statusCode).toBe(400);
    expect(ZApiError.parse(old.json()).issues).toEqual([
      { path: ['context', 'underMedicalSupervision'], message: 'Unknown field: remove it' },
    ]);
  });

  it('records each SOWS variant under its own id, and no new record under the old id', async () => {
    const values = [2, 1, 1, 0, 1, 0, 1, 2, 1, 3, 2, 1, 0, 1, 1, 3];
    const kratom = await create({
      instrumentId: 'sows-kratom-adapted',
      answers: answersInOrder('sows-kratom-adapted', values),
    });
    expect(kratom.json()).toMatchObject({ instrumentId: 'sows-kratom-adapted', total: 20, bandId: null });
    const original = await create({
      instrumentId: 'sows-handelsman-1987',
      answers: answersInOrder('sows-handelsman-1987', values),
    });
    expect(original.json()).toMatchObject({ instrumentId: 'sows-handelsman-1987', total: 20, bandId: null });
    const legacy = await create({ instrumentId: 'sows', answers: answersInOrder('sows-kratom-adapted', values) });
    expect(legacy.statusCode).toBe(400);
    expect(ZApiError.parse(legacy.json()).issues?.[0]?.path).toEqual(['instrumentId']);
  });

  it('shows a SOWS record stored before issue 9 (id sows) under the kratom-adapted id, score unchanged', async () => {
    const id = '00000000-0000-4000-8000-00000000a917';
    const body = {
      instrumentId: 'sows',
      instrumentVersion: '1987-kratom-adapted.1',
      answers: answersInOrder('sows-kratom-adapted', [2, 1, 1, 0, 1, 0, 1, 2, 1, 3, 2, 1, 0, 1, 1, 3]),
      total: 20,
      bandId: null,
      flags: [],
    };
    await world()
      .scratch.db.insertInto('clinical_record')
      .values({
        id,
        patient_id: PATIENT_A,
        type: 'assessments',
        version: 1,
        status: 'final',
        recorded_at: SEEDED_RECORDED_AT,
        recorded_by: USERS['clinician-on-care-team'],
        body: JSON.stringify(body),
        created_at: SEEDED_RECORDED_AT,
        updated_at: SEEDED_RECORDED_AT,
        entered_in_error_reason: null,
        entered_in_error_by: null,
        entered_in_error_at: null,
      })
      .execute();
    const one = await world().request('clinician-on-care-team', { method: 'GET', url: `${ASSESSMENTS_A}/${id}` });
    expect(one.statusCode).toBe(200);
    expect(one.json()).toMatchObject({
      id,
      instrumentId: 'sows-kratom-adapted',
      instrumentVersion: '1987-kratom-adapted.1',
      total: 20,
      bandId: null,
    });
    const list = await world().request('clinician-on-care-team', { method: 'GET', url: ASSESSMENTS_A });
    const listed = list.json<{ items: { id: string; instrumentId: string }[] }>().items.find((item) => item.id === id);
    expect(listed?.instrumentId).toBe('sows-kratom-adapted');
  });
});
