import { describe, expect, it } from 'vitest';
import { MISSING, PATIENT_A, PATIENT_B, USERS, seededRecordId } from '../test/access-world.js';
import { TEST_TARGETS } from '../test/auth-fixtures.js';
import { useAccessWorld } from '../test/use-access-world.js';

const MEDS_A = `/api/patients/${PATIENT_A}/medications`;
const NOT_FOUND = '{"code":"NOT_FOUND","message":"Not found"}';

interface View {
  id: string;
  status: string;
  recordedAt: string;
  [field: string]: unknown;
}

function minutesAgo(minutes: number): string {
  return new Date(Date.now() - minutes * 60_000).toISOString();
}

const LOFEXIDINE = {
  drug: 'lofexidine',
  dose: 0.2,
  unit: 'mg',
  route: 'oral',
  status: 'active',
  orderedBy: 'Dr Sample Fernhill',
};

describe.each(TEST_TARGETS)('medication orders and administrations on $kind', (target) => {
  const world = useAccessWorld(target);
  let keys = 0;

  function post(
    url: string,
    payload: object,
    role: Parameters<ReturnType<typeof world>['request']>[0] = 'clinician-on-care-team',
  ) {
    return world().request(role, {
      method: 'POST',
      url,
      payload,
      headers: { 'idempotency-key': `med-key-${(keys += 1)}` },
    });
  }

  async function count(): Promise<number> {
    const row = await world()
      .scratch.db.selectFrom('clinical_record')
      .select((eb) => eb.fn.countAll<number | string>().as('n'))
      .executeTakeFirstOrThrow();
    return Number(row.n);
  }

  async function lastAudit() {
    return world()
      .scratch.db.selectFrom('audit_event')
      .select(['action', 'resource_type', 'resource_id', 'patient_id', 'outcome', 'actor_user_id'])
      .orderBy('seq', 'desc')
      .limit(1)
      .executeTakeFirstOrThrow();
  }

  it('records an order with who ordered it and when, audited, and lists it', async () => {
    const orderedAt = minutesAgo(30);
    const created = await post(MEDS_A, { ...LOFEXIDINE, orderedAt });
    expect(created.statusCode).toBe(201);
    const order = created.json<View>();
    const { status: orderStatus, ...asOrdered } = LOFEXIDINE;
    // The order's own status is `orderStatus`: the envelope's `status` (final, entered in error) would hide it.
    expect(order).toMatchObject({ ...asOrdered, orderStatus, orderedAt, recordedAt: orderedAt, status: 'final' });
    expect(await lastAudit()).toMatchObject({
      action: 'medications.create',
      resource_type: 'medication-order',
      patient_id: PATIENT_A,
      outcome: 'allowed',
      actor_user_id: USERS['clinician-on-care-team'],
    });
    const list = await world().request('clinician-on-care-team', { method: 'GET', url: MEDS_A });
    expect(list.statusCode).toBe(200);
    expect(list.json<{ items: View[] }>().items.map((item) => item.id)).toContain(order.id);
    expect((await lastAudit()).action).toBe('medications.list');
  });

  it('refuses a dose in the wrong unit, an unknown drug or route, naming the field, and stores nothing', async () => {
    const before = await count();
    const cases: [object, string][] = [
      [{ ...LOFEXIDINE, unit: 'g', orderedAt: minutesAgo(1) }, 'unit'],
      [{ ...LOFEXIDINE, drug: 'buprenorphine-naloxone', dose: 8, unit: 'ug', orderedAt: minutesAgo(1) }, 'unit'],
      [{ ...LOFEXIDINE, drug: 'kratomol', orderedAt: minutesAgo(1) }, 'drug'],
      [{ ...LOFEXIDINE, route: 'nasal', orderedAt: minutesAgo(1) }, 'route'],
      [{ ...LOFEXIDINE, dose: 0, orderedAt: minutesAgo(1) }, 'dose'],
      [{ ...LOFEXIDINE, dose: 0.0001, orderedAt: minutesAgo(1) }, 'dose'],
      [{ ...LOFEXIDINE, orderedBy: '  ', orderedAt: minutesAgo(1) }, 'orderedBy'],
      [{ ...LOFEXIDINE, orderedAt: new Date(Date.now() + 60 * 60_000).toISOString() }, 'orderedAt'],
      [{ ...LOFEXIDINE, drug: 'symptomatic', unit: 'mg', orderedAt: minutesAgo(1) }, 'name'],
    ];
    for (const [body, field] of cases) {
      const response = await post(MEDS_A, body);
      expect(response.statusCode, JSON.stringify(body)).toBe(400);
      expect(response.json<{ issues: { path: unknown[] }[] }>().issues.map((issue) => issue.path)).toContainEqual([
        field,
      ]);
    }
    expect(await count()).toBe(before);
  });

  it('records doses given under their order, checked against its medicine, audited', async () => {
    const order = (await post(MEDS_A, { ...LOFEXIDINE, orderedAt: minutesAgo(60) })).json<View>();
    const url = `${MEDS_A}/${order.id}/administrations`;
    const givenAt = minutesAgo(20);
    const given = await post(url, { dose: 200, unit: 'ug', route: 'oral', givenAt, givenBy: 'Nurse Sample Willowby' });
    expect(given.statusCode).toBe(201);
    expect(given.json()).toMatchObject({
      medicationId: order.id,
      drug: 'lofexidine',
      dose: 200,
      unit: 'ug',
      givenAt,
      givenBy: 'Nurse Sample Willowby',
      recordedBy: USERS['clinician-on-care-team'],
    });
    const id = given.json<View>().id;
    expect(await lastAudit()).toMatchObject({
      action: 'administrations.create',
      resource_type: 'medication-administration',
      patient_id: PATIENT_A,
      outcome: 'allowed',
    });
    const list = await world().request('clinician-on-care-team', { method: 'GET', url });
    expect(list.json<{ items: View[] }>().items.map((item) => item.id)).toEqual([id]);
    const one = await world().request('clinician-on-care-team', { method: 'GET', url: `${url}/${id}` });
    expect(one.statusCode).toBe(200);
    // Not reachable under another order of the same patient.
    const other = (await post(MEDS_A, { ...LOFEXIDINE, orderedAt: minutesAgo(50) })).json<View>();
    const crossed = await world().request('clinician-on-care-team', {
      method: 'GET',
      url: `${MEDS_A}/${other.id}/administrations/${id}`,
    });
    expect(crossed.body).toBe(NOT_FOUND);

    const before = await count();
    for (const [body, field] of [
      [{ dose: 0.2, unit: 'g', route: 'oral', givenAt, givenBy: 'N' }, 'unit'],
      [{ dose: 0.2, unit: 'mg', route: 'nasal', givenAt, givenBy: 'N' }, 'route'],
      [{ dose: 0.2, unit: 'mg', route: 'oral', givenAt, givenBy: ' ' }, 'givenBy'],
      [{ dose: -1, unit: 'mg', route: 'oral', givenAt, givenBy: 'N' }, 'dose'],
      [{ dose: 0.2, unit: 'mg', route: 'oral', givenAt: 'soon', givenBy: 'N' }, 'givenAt'],
    ] as const) {
      const response = await post(url, body);
      expect(response.statusCode, JSON.stringify(body)).toBe(400);
      expect(response.json<{ issues: { path: unknown[] }[] }>().issues.map((issue) => issue.path)).toContainEqual([
        field,
      ]);
    }
    expect(await count()).toBe(before);
  });

  it('answers the same 404 for an order that is missing, of another patient, or of a hidden patient', async () => {
    const body = { dose: 0.2, unit: 'mg', route: 'oral', givenAt: minutesAgo(5), givenBy: 'Nurse Sample Willowby' };
    const before = await count();
    const urls = [
      `${MEDS_A}/${MISSING}/administrations`,
      `${MEDS_A}/${seededRecordId('medications', PATIENT_B)}/administrations`,
      `/api/patients/${PATIENT_B}/medications/${seededRecordId('medications', PATIENT_B)}/administrations`,
    ];
    for (const url of urls) {
      const created = await post(url, body);
      expect(created.statusCode, url).toBe(404);
      expect(created.body).toBe(NOT_FOUND);
      expect((await lastAudit()).outcome).toMatch(/not-found|denied/);
      const listed = await world().request('clinician-on-care-team', { method: 'GET', url });
      expect(listed.body).toBe(NOT_FOUND);
    }
    expect(await count()).toBe(before);
  });

  it('gives a clinician outside the care team the same 404 on every medication route', async () => {
    const order = seededRecordId('medications', PATIENT_A);
    const given = seededRecordId('administrations', PATIENT_A);
    const routes: [string, string, object | undefined][] = [
      ['GET', MEDS_A, undefined],
      ['POST', MEDS_A, { ...LOFEXIDINE, orderedAt: minutesAgo(1) }],
      ['GET', `${MEDS_A}/${order}`, undefined],
      ['GET', `${MEDS_A}/${order}/administrations`, undefined],
      [
        'POST',
        `${MEDS_A}/${order}/administrations`,
        { dose: 0.2, unit: 'mg', route: 'oral', givenAt: minutesAgo(1), givenBy: 'N' },
      ],
      ['GET', `${MEDS_A}/${order}/administrations/${given}`, undefined],
      ['POST', `${MEDS_A}/${order}/administrations/${given}/entered-in-error`, { reason: 'Wrong patient' }],
    ];
    for (const [method, url, payload] of routes) {
      const response = await world().request('clinician-same-facility-not-on-team', {
        method: method as 'GET' | 'POST',
        url,
        headers: { 'idempotency-key': `outsider-${(keys += 1)}`, 'if-match': '"1"' },
        ...(payload === undefined ? {} : { payload }),
      });
      expect(response.statusCode, `${method} ${url}`).toBe(404);
      expect(response.body).toBe(NOT_FOUND);
    }
  });
});
