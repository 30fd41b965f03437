import { REDISCLOSURE_NOTICE, VITALS } from '@kratom-care/contracts';
import { describe, expect, it } from 'vitest';
import { MISSING, PATIENT_A, PATIENT_B, SEEDED_RECORDED_AT, USERS, seededRecordId } from '../test/access-world.js';
import { TEST_TARGETS } from '../test/auth-fixtures.js';
import { useAccessWorld } from '../test/use-access-world.js';

const VITALS_A = `/api/patients/${PATIENT_A}/vitals`;
const NOT_FOUND = '{"code":"NOT_FOUND","message":"Not found"}';

interface VitalsView {
  id: string;
  version: number;
  status: string;
  recordedAt: string;
  takenAt: string;
  heartRate?: number;
  recordedByName: string | null;
  enteredInError: { reason: string; by: string } | null;
}

describe.each(TEST_TARGETS)('vitals through the record platform on $kind', (target) => {
  const world = useAccessWorld(target);
  let keys = 0;

  function record(body: object, key = `vitals-key-${(keys += 1)}`) {
    return world().request('clinician-on-care-team', {
      method: 'POST',
      url: VITALS_A,
      payload: body,
      headers: { 'idempotency-key': key },
    });
  }

  async function count(table: 'clinical_record' | 'disclosure' | 'idempotency_key'): Promise<number> {
    const row = await world()
      .scratch.db.selectFrom(table)
      .select((eb) => eb.fn.countAll<number | string>().as('n'))
      .executeTakeFirstOrThrow();
    return Number(row.n);
  }

  function minutesAgo(minutes: number): string {
    return new Date(Date.now() - minutes * 60_000).toISOString();
  }

  it('records vitals with an ETag, replays the same Idempotency-Key, and refuses it with another body', async () => {
    const body = { takenAt: minutesAgo(5), heartRate: 72, systolic: 118, diastolic: 76 };
    const first = await record(body, 'same-vitals-key');
    expect(first.statusCode).toBe(201);
    expect(first.headers.etag).toBe('"1"');
    expect(first.json()).toMatchObject({
      patientId: PATIENT_A,
      version: 1,
      status: 'final',
      recordedAt: body.takenAt,
      takenAt: body.takenAt,
      heartRate: 72,
      recordedBy: USERS['clinician-on-care-team'],
      recordedByName: 'Test clinician-on-care-team',
      enteredInError: null,
    });
    const before = await count('clinical_record');
    const again = await record(body, 'same-vitals-key');
    expect(again.statusCode).toBe(201);
    expect(again.body).toBe(first.body);
    expect((await record({ ...body, heartRate: 73 }, 'same-vitals-key')).statusCode).toBe(422);
    expect(await count('clinical_record')).toBe(before);
    expect(
      (await world().request('clinician-on-care-team', { method: 'POST', url: VITALS_A, payload: body })).statusCode,
    ).toBe(400);
  });

  it('names the field of every bad value and stores nothing', async () => {
    const before = await count('clinical_record');
    const cases: [object, (string | number)[]][] = [
      [{ takenAt: minutesAgo(1), heartRate: 301 }, ['heartRate']],
      [{ takenAt: minutesAgo(1), temperature: 37.25 }, ['temperature']],
      [{ takenAt: minutesAgo(1), systolic: 80, diastolic: 90 }, ['systolic']],
      [{ takenAt: minutesAgo(1) }, ['heartRate']],
      [{ takenAt: 'yesterday', heartRate: 80 }, ['takenAt']],
      [{ takenAt: new Date(Date.now() + 10 * 60_000).toISOString(), heartRate: 80 }, ['takenAt']],
      [{ takenAt: minutesAgo(1), heartRate: 80, weight: 70 }, ['weight']],
    ];
    for (const [body, path] of cases) {
      const response = await record(body);
      expect(response.statusCode, JSON.stringify(body)).toBe(400);
      expect(response.json<{ issues: { path: unknown[] }[] }>().issues.map((issue) => issue.path)).toContainEqual(path);
    }
    expect(await count('clinical_record')).toBe(before);
  });

  it('lists newest taken first over pages, ties in recordedAt included, with the recorder named in the same answer', async () => {
    const tie = minutesAgo(30);
    const ids: string[] = [];
    for (const heartRate of [60, 61, 62, 63, 64]) {
      ids.push((await record({ takenAt: tie, heartRate })).json<VitalsView>().id);
    }
    const newest = (await record({ takenAt: minutesAgo(1), heartRate: 90 })).json<VitalsView>().id;
    const seen: VitalsView[] = [];
    let cursor: string | null = null;
    do {
      const url: string = `${VITALS_A}?limit=2${cursor === null ? '' : `&cursor=${cursor}`}`;
      const page = await world().request('clinician-on-care-team', { method: 'GET', url });
      expect(page.statusCode).toBe(200);
      const body = page.json<{ items: VitalsView[]; nextCursor: string | null }>();
      expect(body.items.length).toBeLessThanOrEqual(2);
      seen.push(...body.items);
      cursor = body.nextCursor;
    } while (cursor !== null);
    expect(seen.map((item) => item.id)).toEqual([
      newest,
      ...[...ids].sort().reverse(),
      seededRecordId('vitals', PATIENT_A),
    ]);
    expect(seen.every((item) => item.recordedByName === 'Test clinician-on-care-team')).toBe(true);
    const oldestFirst = await world().request('clinician-on-care-team', {
      method: 'GET',
      url: `${VITALS_A}?order=asc&limit=1`,
    });
    expect(oldestFirst.json<{ items: VitalsView[] }>().items[0]?.recordedAt).toBe(SEEDED_RECORDED_AT);
    const bad = await world().request('clinician-on-care-team', {
      method: 'GET',
      url: `${VITALS_A}?cursor=not-a-cursor`,
    });
    expect(bad.statusCode).toBe(400);
    expect(bad.json()).toMatchObject({ issues: [{ path: ['cursor'] }] });
  });

  it('changes vitals only with the version read: 428 without If-Match, 412 when stale', async () => {
    const created = (await record({ takenAt: minutesAgo(10), heartRate: 100 })).json<VitalsView>();
    const url = `${VITALS_A}/${created.id}`;
    const change = { takenAt: minutesAgo(10), heartRate: 101 };
    expect((await world().request('clinician-on-care-team', { method: 'PUT', url, payload: change })).statusCode).toBe(
      428,
    );
    const updated = await world().request('clinician-on-care-team', {
      method: 'PUT',
      url,
      payload: change,
      headers: { 'if-match': '"1"' },
    });
    expect(updated.statusCode).toBe(200);
    expect(updated.headers.etag).toBe('"2"');
    expect(updated.json()).toMatchObject({ version: 2, status: 'amended', heartRate: 101 });
    const stale = await world().request('clinician-on-care-team', {
      method: 'PUT',
      url,
      payload: { ...change, heartRate: 102 },
      headers: { 'if-match': '"1"' },
    });
    expect(stale.statusCode).toBe(412);
    const read = await world().request('clinician-on-care-team', { method: 'GET', url });
    expect(read.headers.etag).toBe('"2"');
    expect(read.json()).toMatchObject({ heartRate: 101 });
    // A record of patient B is not reachable through patient A.
    const crossed = await world().request('clinician-on-care-team', {
      method: 'GET',
      url: `${VITALS_A}/${seededRecordId('vitals', PATIENT_B)}`,
    });
    expect(crossed.statusCode).toBe(404);
    expect(crossed.body).toBe(NOT_FOUND);
    expect(
      (await world().request('clinician-on-care-team', { method: 'GET', url: `${VITALS_A}/${MISSING}` })).body,
    ).toBe(NOT_FOUND);
  });

  it('marks a wrong entry entered in error with a reason, keeps it listed, and refuses to change it', async () => {
    const created = (await record({ takenAt: minutesAgo(3), heartRate: 250 })).json<VitalsView>();
    const url = `${VITALS_A}/${created.id}/entered-in-error`;
    const withoutReason = await world().request('clinician-on-care-team', {
      method: 'POST',
      url,
      payload: {},
      headers: { 'if-match': '"1"' },
    });
    expect(withoutReason.statusCode).toBe(400);
    expect(withoutReason.json()).toMatchObject({ issues: [{ path: ['reason'] }] });
    expect(
      (
        await world().request('clinician-on-care-team', {
          method: 'POST',
          url,
          payload: { reason: 'Typed 250 for 52' },
        })
      ).statusCode,
    ).toBe(428);
    const marked = await world().request('clinician-on-care-team', {
      method: 'POST',
      url,
      payload: { reason: 'Typed 250 for 52' },
      headers: { 'if-match': '"1"' },
    });
    expect(marked.statusCode).toBe(200);
    expect(marked.json()).toMatchObject({
      status: 'entered-in-error',
      heartRate: 250,
      enteredInError: { reason: 'Typed 250 for 52', by: USERS['clinician-on-care-team'] },
    });
    const again = await world().request('clinician-on-care-team', {
      method: 'POST',
      url,
      payload: { reason: 'Again' },
      headers: { 'if-match': '"2"' },
    });
    expect(again.statusCode).toBe(409);
    const change = await world().request('clinician-on-care-team', {
      method: 'PUT',
      url: `${VITALS_A}/${created.id}`,
      payload: { takenAt: minutesAgo(3), heartRate: 52 },
      headers: { 'if-match': '"2"' },
    });
    expect(change.statusCode).toBe(409);
    const list = await world().request('clinician-on-care-team', {
      method: 'GET',
      url: `${VITALS_A}?status=entered-in-error`,
    });
    expect(list.json<{ items: VitalsView[] }>().items.map((item) => [item.id, item.status])).toEqual([
      [created.id, 'entered-in-error'],
    ]);
  });

  it('writes a disclosure row for every family read and hides a category the consent leaves out', async () => {
    const before = await count('disclosure');
    const list = await world().request('family-with-consent', {
      method: 'GET',
      url: `/api/patients/${PATIENT_A}/assessments`,
    });
    expect(list.statusCode).toBe(200);
    expect(list.json()).toMatchObject({ redisclosureNotice: REDISCLOSURE_NOTICE });
    const one = await world().request('family-with-consent', {
      method: 'GET',
      url: `/api/patients/${PATIENT_A}/assessments/${seededRecordId('assessments', PATIENT_A)}`,
    });
    expect(one.statusCode).toBe(200);
    expect(one.json()).toMatchObject({ redisclosureNotice: REDISCLOSURE_NOTICE, total: 7 });
    expect(await count('disclosure')).toBe(before + 2);
    const rows = await world().scratch.db.selectFrom('disclosure').selectAll().orderBy('occurred_at').execute();
    expect(rows.slice(-2).map((row) => [row.action, row.resource_type, row.resource_id, row.categories])).toEqual([
      ['family-read', 'assessment', null, '["assessments"]'],
      ['family-read', 'assessment', seededRecordId('assessments', PATIENT_A), '["assessments"]'],
    ]);

    // Vitals are not in the consent: the same 404 as a missing record, and nothing disclosed.
    const vitals = await world().request('family-with-consent', { method: 'GET', url: VITALS_A });
    expect(vitals.statusCode).toBe(404);
    expect(vitals.body).toBe(NOT_FOUND);
    expect(await count('disclosure')).toBe(before + 2);
    // A clinician's or the patient's own read is not a disclosure and carries no notice.
    const own = await world().request('patient', { method: 'GET', url: VITALS_A });
    expect(own.statusCode).toBe(200);
    expect(own.json()).not.toHaveProperty('redisclosureNotice');
    expect(await count('disclosure')).toBe(before + 2);
  });

  it('documents every vitals route in the OpenAPI document', async () => {
    const spec = (await world().app.inject({ method: 'GET', url: '/api/openapi.json' })).json<{
      paths: Record<string, Record<string, unknown>>;
    }>();
    expect(Object.keys(spec.paths['/api/patients/{id}/vitals'] ?? {}).sort()).toEqual(['get', 'post']);
    expect(Object.keys(spec.paths['/api/patients/{id}/vitals/{recordId}'] ?? {}).sort()).toEqual(['get', 'put']);
    expect(Object.keys(spec.paths['/api/patients/{id}/vitals/{recordId}/entered-in-error'] ?? {})).toEqual(['post']);
    // Assessments are append-only: no update route.
    expect(Object.keys(spec.paths['/api/patients/{id}/assessments/{recordId}'] ?? {})).toEqual(['get']);
    expect(VITALS.versioning).toBe('editable');
  });
});
