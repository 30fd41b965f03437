import { ZApiError } from '@kratom-care/contracts';
import { describe, expect, it } from 'vitest';
import { PATIENT_A } from '../test/access-world.js';
import { TEST_TARGETS } from '../test/auth-fixtures.js';
import { answersInOrder } from '../test/instrument-fixtures.js';
import { useAccessWorld } from '../test/use-access-world.js';

const ASSESSMENTS_A = `/api/patients/${PATIENT_A}/assessments`;
const COWS_MODERATE = answersInOrder('cows', [{ bpm: 104 }, 2, 3, 2, 2, 2, 2, 1, 2, 2, 3]);

/**
 * `assessedAt` (issue 10 §10): a serial COWS or SOWS charted after the bedside round keeps the time it
 * was scored, so the withdrawal chart and the due-time rule read the clinical time, not the typing time.
 */
describe.each(TEST_TARGETS)('assessments with assessedAt, on $kind', (target) => {
  const world = useAccessWorld(target);
  let keys = 0;

  function create(body: unknown) {
    return world().request('clinician-on-care-team', {
      method: 'POST',
      url: ASSESSMENTS_A,
      payload: body as object,
      headers: { 'idempotency-key': `assessed-at-key-${(keys += 1)}` },
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

  it('stores the time it was scored as the record time, in UTC', async () => {
    const assessedAt = new Date(Date.now() - 3 * 3_600_000);
    const local = `${assessedAt.toISOString().slice(0, 19)}+00:00`;
    const res = await create({ instrumentId: 'cows', answers: COWS_MODERATE, assessedAt: local });
    expect(res.statusCode).toBe(201);
    expect(res.json()).toMatchObject({ total: 23, bandId: 'moderate', recordedAt: `${local.slice(0, 19)}.000Z` });
    const listed = await world().request('clinician-on-care-team', {
      method: 'GET',
      url: `${ASSESSMENTS_A}?from=${encodeURIComponent(new Date(assessedAt.getTime() - 1000).toISOString())}&to=${encodeURIComponent(new Date(assessedAt.getTime() + 1000).toISOString())}`,
    });
    expect(listed.statusCode).toBe(200);
    expect(listed.json<{ items: { id: string }[] }>().items.map((item) => item.id)).toEqual([
      res.json<{ id: string }>().id,
    ]);
  });

  it('uses the time of recording when assessedAt is left out', async () => {
    const before = Date.now();
    const res = await create({ instrumentId: 'cows', answers: COWS_MODERATE });
    expect(res.statusCode).toBe(201);
    const recordedAt = Date.parse(res.json<{ recordedAt: string }>().recordedAt);
    expect(recordedAt).toBeGreaterThanOrEqual(before - 1000);
    expect(recordedAt).toBeLessThanOrEqual(Date.now() + 1000);
  });

  it('refuses a time in the future or not a time with 400 naming assessedAt, nothing stored', async () => {
    const before = await stored();
    const future = await create({
      instrumentId: 'cows',
      answers: COWS_MODERATE,
      assessedAt: new Date(Date.now() + 86_400_000).toISOString(),
    });
    expect(future.statusCode).toBe(400);
    expect(ZApiError.parse(future.json()).issues).toEqual([
      { path: ['assessedAt'], message: 'Must not be in the future' },
    ]);
    const text = await create({ instrumentId: 'cows', answers: COWS_MODERATE, assessedAt: 'yesterday' });
    expect(text.statusCode).toBe(400);
    expect(ZApiError.parse(text.json()).issues?.map((issue) => issue.path)).toEqual([['assessedAt']]);
    expect(await stored()).toBe(before);
  });

  it('keeps the PHQ-9 item 9 flag when only the time is wrong', async () => {
    const res = await create({
      instrumentId: 'phq9',
      answers: answersInOrder('phq9', [0, 0, 0, 0, 0, 0, 0, 0, 2]),
      assessedAt: new Date(Date.now() + 86_400_000).toISOString(),
    });
    expect(res.statusCode).toBe(400);
    expect(ZApiError.parse(res.json())).toMatchObject({ flags: ['suicidal-ideation'] });
  });
});
