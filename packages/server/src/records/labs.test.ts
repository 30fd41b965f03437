import { describe, expect, it } from 'vitest';
import { MISSING, PATIENT_A, USERS } from '../test/access-world.js';
import { TEST_TARGETS } from '../test/auth-fixtures.js';
import { useAccessWorld } from '../test/use-access-world.js';

/*
 * Lab results through the record platform (issue 10 §5, §10). The expected values are written from
 * the issue and the clinical reference (§8 default upper limits, C.1.2 units: 1 mg/dL = 17.1 µmol/L),
 * not read from the code under test. Every person and value is fictional.
 */

const LABS_A = `/api/patients/${PATIENT_A}/labs`;
const NOT_FOUND = '{"code":"NOT_FOUND","message":"Not found"}';

function minutesAgo(minutes: number): string {
  return new Date(Date.now() - minutes * 60_000).toISOString();
}

describe.each(TEST_TARGETS)('lab results through the record platform on $kind', (target) => {
  const world = useAccessWorld(target);
  let keys = 0;

  function record(
    body: object,
    role: 'clinician-on-care-team' | 'clinician-same-facility-not-on-team' = 'clinician-on-care-team',
    key = `labs-key-${(keys += 1)}`,
  ) {
    return world().request(role, { method: 'POST', url: LABS_A, payload: body, headers: { 'idempotency-key': key } });
  }

  async function labCount(): Promise<number> {
    const row = await world()
      .scratch.db.selectFrom('clinical_record')
      .where('type', '=', 'labs')
      .select((eb) => eb.fn.countAll<number | string>().as('n'))
      .executeTakeFirstOrThrow();
    return Number(row.n);
  }

  async function lastAudit() {
    return world()
      .scratch.db.selectFrom('audit_event')
      .select(['action', 'outcome', 'patient_id', 'resource_type', 'resource_id', 'actor_user_id'])
      .orderBy('seq', 'desc')
      .executeTakeFirstOrThrow();
  }

  it('records an ALT with the lab upper limit, answers it with an ETag, audits it and replays the key', async () => {
    const body = { loinc: '1742-6', value: 126, unit: 'U/L', upperLimit: 35, collectedAt: minutesAgo(30) };
    const first = await record(body, undefined, 'same-lab-key');
    expect(first.statusCode).toBe(201);
    expect(first.headers.etag).toBe('"1"');
    const created = first.json<{ id: string }>();
    expect(created).toMatchObject({
      patientId: PATIENT_A,
      version: 1,
      status: 'final',
      recordedAt: body.collectedAt,
      collectedAt: body.collectedAt,
      loinc: '1742-6',
      test: 'alt',
      value: 126,
      unit: 'U/L',
      upperLimit: 35,
      canonicalValue: 126,
      canonicalUnit: 'U/L',
      canonicalUpperLimit: 35,
      upperLimitDefaulted: false,
      recordedBy: USERS['clinician-on-care-team'],
      enteredInError: null,
    });
    expect(await lastAudit()).toEqual({
      action: 'lab.create',
      outcome: 'allowed',
      patient_id: PATIENT_A,
      resource_type: 'lab',
      resource_id: PATIENT_A,
      actor_user_id: USERS['clinician-on-care-team'],
    });
    const before = await labCount();
    const again = await record(body, undefined, 'same-lab-key');
    expect(again.statusCode).toBe(201);
    expect(again.body).toBe(first.body);
    expect((await record({ ...body, value: 127 }, undefined, 'same-lab-key')).statusCode).toBe(422);
    expect(await labCount()).toBe(before);

    const read = await world().request('clinician-on-care-team', { method: 'GET', url: `${LABS_A}/${created.id}` });
    expect(read.statusCode).toBe(200);
    expect(read.json()).toMatchObject({ id: created.id, value: 126 });
    expect(await lastAudit()).toMatchObject({ action: 'lab.read', outcome: 'allowed', resource_id: created.id });
  });

  it('uses the reference default upper limit when the lab gives none, and says so (§8, C.1.3)', async () => {
    const response = await record({ loinc: '6768-6', value: 150, unit: 'U/L', collectedAt: minutesAgo(10) });
    expect(response.statusCode).toBe(201);
    expect(response.json()).toMatchObject({
      test: 'alp',
      upperLimit: null,
      canonicalUpperLimit: 130,
      upperLimitDefaulted: true,
    });
  });

  it('converts total bilirubin in µmol/L to mg/dL (C.1.2) and keeps the value as entered', async () => {
    const response = await record({
      loinc: '1975-2',
      value: 85.5,
      unit: 'umol/L',
      upperLimit: 20.52,
      collectedAt: minutesAgo(10),
    });
    expect(response.statusCode).toBe(201);
    expect(response.json()).toMatchObject({
      test: 'totalBilirubin',
      value: 85.5,
      unit: 'umol/L',
      upperLimit: 20.52,
      canonicalValue: 5,
      canonicalUnit: 'mg/dL',
      canonicalUpperLimit: 1.2,
    });
  });

  it('records an INR without a unit and a kratom urine test as positive', async () => {
    const inr = await record({ loinc: '6301-6', value: 1.6, collectedAt: minutesAgo(5) });
    expect(inr.statusCode).toBe(201);
    expect(inr.json()).toMatchObject({ test: 'inr', unit: null, upperLimit: null, canonicalUpperLimit: null });
    const urine = await record({ loinc: '75649-4', value: 'positive', collectedAt: minutesAgo(5) });
    expect(urine.statusCode).toBe(201);
    expect(urine.json()).toMatchObject({
      test: 'kratomUrine',
      value: 'positive',
      unit: null,
      canonicalValue: null,
      upperLimitDefaulted: false,
    });
  });

  it.each<[string, object, string]>([
    ['an unknown LOINC code', { loinc: '1234-5', value: 40, unit: 'U/L' }, 'loinc'],
    ['no LOINC code', { value: 40, unit: 'U/L' }, 'loinc'],
    ['a unit the product does not know', { loinc: '1742-6', value: 40, unit: 'mmol/L' }, 'unit'],
    ['a bilirubin unit on an enzyme', { loinc: '1920-8', value: 40, unit: 'mg/dL' }, 'unit'],
    ['no unit on ALT', { loinc: '1742-6', value: 40 }, 'unit'],
    ['an ALT beyond any plausible value', { loinc: '1742-6', value: 250_000, unit: 'U/L' }, 'value'],
    ['a negative ALP', { loinc: '6768-6', value: -5, unit: 'U/L' }, 'value'],
    ['a bilirubin of 500 mg/dL', { loinc: '1975-2', value: 500, unit: 'mg/dL' }, 'value'],
    ['an INR of 0.1', { loinc: '6301-6', value: 0.1 }, 'value'],
    ['a lab without a value', { loinc: '1742-6', unit: 'U/L' }, 'value'],
    ['a value of null', { loinc: '1742-6', value: null, unit: 'U/L' }, 'value'],
    ['a word for a liver value', { loinc: '1742-6', value: 'high', unit: 'U/L' }, 'value'],
    ['a number for a urine test', { loinc: '72732-1', value: 1 }, 'value'],
    ['a urine result the product does not take', { loinc: '72732-1', value: 'maybe' }, 'value'],
    ['a unit on a urine test', { loinc: '75649-4', value: 'negative', unit: 'U/L' }, 'unit'],
    ['an upper limit on an INR', { loinc: '6301-6', value: 1.2, upperLimit: 1.1 }, 'upperLimit'],
    ['an upper limit of zero', { loinc: '1742-6', value: 40, unit: 'U/L', upperLimit: 0 }, 'upperLimit'],
    ['an upper limit as text', { loinc: '1742-6', value: 40, unit: 'U/L', upperLimit: '40' }, 'upperLimit'],
    ['a field the record does not have', { loinc: '1742-6', value: 40, unit: 'U/L', flag: 'H' }, 'flag'],
  ])('answers 400 naming the field for %s, and stores nothing', async (_label, fields, field) => {
    const before = await labCount();
    const response = await record({ collectedAt: minutesAgo(1), ...fields });
    expect(response.statusCode).toBe(400);
    const paths = response.json<{ issues: { path: unknown[] }[] }>().issues.map((issue) => issue.path[0]);
    expect(paths).toContain(field);
    expect(await labCount()).toBe(before);
  });

  it.each([
    ['a collection time an hour ahead', () => new Date(Date.now() + 3_600_000).toISOString()],
    ['a malformed collection time', () => 'yesterday'],
    ['no collection time', () => undefined],
  ])('answers 400 naming collectedAt for %s, and stores nothing', async (_label, collectedAt) => {
    const before = await labCount();
    const response = await record({ loinc: '1742-6', value: 40, unit: 'U/L', collectedAt: collectedAt() });
    expect(response.statusCode).toBe(400);
    expect(response.json<{ issues: { path: unknown[] }[] }>().issues.map((issue) => issue.path[0])).toContain(
      'collectedAt',
    );
    expect(await labCount()).toBe(before);
  });

  it('is append-only: no PUT; a wrong result is marked entered in error and stays listed', async () => {
    const created = (await record({ loinc: '1742-6', value: 400, unit: 'U/L', collectedAt: minutesAgo(3) })).json<{
      id: string;
    }>();
    const put = await world().request('clinician-on-care-team', {
      method: 'PUT',
      url: `${LABS_A}/${created.id}`,
      payload: { loinc: '1742-6', value: 40, unit: 'U/L', collectedAt: minutesAgo(3) },
      headers: { 'if-match': '"1"' },
    });
    expect(put.statusCode).toBe(404);
    const marked = await world().request('clinician-on-care-team', {
      method: 'POST',
      url: `${LABS_A}/${created.id}/entered-in-error`,
      payload: { reason: 'Typed 400 for 40' },
      headers: { 'if-match': '"1"' },
    });
    expect(marked.statusCode).toBe(200);
    expect(marked.json()).toMatchObject({ status: 'entered-in-error', version: 2, value: 400 });
    const list = await world().request('clinician-on-care-team', { method: 'GET', url: `${LABS_A}?limit=100` });
    const items = list.json<{ items: { id: string; status: string }[] }>().items;
    expect(items.find((item) => item.id === created.id)?.status).toBe('entered-in-error');
    expect(await lastAudit()).toMatchObject({ action: 'lab.list', outcome: 'allowed', patient_id: PATIENT_A });
  });

  it('answers a clinician outside the care team the same 404 as a missing patient, and audits the refusal', async () => {
    const before = await labCount();
    const valid = { loinc: '1742-6', value: 40, unit: 'U/L', collectedAt: minutesAgo(1) };
    const hiddenPost = await record(valid, 'clinician-same-facility-not-on-team');
    expect([hiddenPost.statusCode, hiddenPost.body]).toEqual([404, NOT_FOUND]);
    expect(await lastAudit()).toMatchObject({ action: 'lab.create', outcome: 'denied', patient_id: PATIENT_A });
    const hiddenList = await world().request('clinician-same-facility-not-on-team', { method: 'GET', url: LABS_A });
    const missingList = await world().request('clinician-same-facility-not-on-team', {
      method: 'GET',
      url: `/api/patients/${MISSING}/labs`,
    });
    expect([hiddenList.statusCode, hiddenList.body]).toEqual([404, NOT_FOUND]);
    expect(missingList.body).toBe(hiddenList.body);
    expect(await labCount()).toBe(before);
  });
});
