import { describe, expect, it } from 'vitest';
import { PATIENT_A, PATIENT_B, USERS } from '../../test/access-world.js';
import { TEST_TARGETS } from '../../test/auth-fixtures.js';
import { intakeRequest } from '../../test/intake-fixtures.js';
import { useAccessWorld } from '../../test/use-access-world.js';

/*
 * The intake record type through the API (issue 10 §2): stored with grams of leaf per day derived,
 * changed only with the version read, and every bad-input class of the issue (unknown units, values out
 * of range, missing values, a time in the future) a 400 naming the field with nothing stored.
 */

const INTAKE_A = `/api/patients/${PATIENT_A}/intake`;
const NOT_FOUND = '{"code":"NOT_FOUND","message":"Not found"}';

describe.each(TEST_TARGETS)('intake through the record platform on $kind', (target) => {
  const world = useAccessWorld(target);
  let keys = 0;

  function post(payload: unknown, url = INTAKE_A) {
    return world().request('clinician-on-care-team', {
      method: 'POST',
      url,
      payload: payload as object,
      headers: { 'idempotency-key': `intake-key-${(keys += 1)}` },
    });
  }

  async function stored(): Promise<number> {
    const row = await world()
      .scratch.db.selectFrom('clinical_record')
      .select((eb) => eb.fn.countAll<number | string>().as('n'))
      .where('type', '=', 'intake')
      .executeTakeFirstOrThrow();
    return Number(row.n);
  }

  it('stores an intake with grams of leaf per day summed from the leaf products logged in grams, audited', async () => {
    const lastDoseAt = '2026-11-30T10:00:00+02:00';
    const response = await post(
      intakeRequest({
        kratom: {
          products: [
            { form: 'leaf-powder', amountPerDay: 9.5, unit: 'g' },
            { form: 'capsule', amountPerDay: 2.5, unit: 'g' },
            { form: '7-oh-product', amountPerDay: 2, unit: 'tablet' },
          ],
          dosesPerDay: 5,
          lastDoseAt,
        },
        otherSubstances: [{ substance: 'benzodiazepine', frequency: 'weekly', lastUseAt: '2026-11-29T22:00:00Z' }],
      }),
    );
    expect(response.statusCode, response.body).toBe(201);
    expect(response.headers.etag).toBe('"1"');
    expect(response.json()).toMatchObject({
      patientId: PATIENT_A,
      recordedBy: USERS['clinician-on-care-team'],
      kratom: { gramsPerDay: 12, lastDoseAt: '2026-11-30T08:00:00.000Z', dosesPerDay: 5 },
      otherSubstances: [{ substance: 'benzodiazepine', lastUseAt: '2026-11-29T22:00:00.000Z' }],
    });
    const rows = await world()
      .scratch.db.selectFrom('audit_event')
      .select(['action', 'resource_type', 'outcome'])
      .where('action', '=', 'intake.create')
      .execute();
    expect(rows).toEqual([{ action: 'intake.create', resource_type: 'intake', outcome: 'allowed' }]);
  });

  it('leaves grams per day out when no leaf product is logged in grams (§6: never convert other units)', async () => {
    const response = await post(
      intakeRequest({
        kratom: {
          products: [
            { form: 'capsule', amountPerDay: 6, unit: 'capsule' },
            { form: 'extract-or-concentrate', amountPerDay: 1, unit: 'g' },
          ],
        },
      }),
    );
    expect(response.statusCode, response.body).toBe(201);
    expect(response.json<{ kratom: Record<string, unknown> }>().kratom).not.toHaveProperty('gramsPerDay');
  });

  it('changes an intake only with the version read: 428 without If-Match, 412 when stale', async () => {
    const created = await post(intakeRequest());
    const id = created.json<{ id: string }>().id;
    const changed = intakeRequest({ goals: { wantsToChange: 'unsure' } });
    const put = (headers: Record<string, string>) =>
      world().request('clinician-on-care-team', { method: 'PUT', url: `${INTAKE_A}/${id}`, payload: changed, headers });
    expect((await put({})).statusCode).toBe(428);
    const ok = await put({ 'if-match': '"1"' });
    expect(ok.statusCode, ok.body).toBe(200);
    expect(ok.json()).toMatchObject({ version: 2, goals: { wantsToChange: 'unsure' } });
    expect((await put({ 'if-match': '"1"' })).statusCode).toBe(412);
  });

  const BAD: readonly { name: string; body: unknown; path: (string | number)[] }[] = [
    {
      name: 'an amount in a unit the product does not know',
      body: intakeRequest({ kratom: { products: [{ form: 'leaf-powder', amountPerDay: 12, unit: 'oz' as 'g' }] } }),
      path: ['kratom', 'products', 0, 'unit'],
    },
    {
      name: 'an implausible amount for its unit',
      body: intakeRequest({ kratom: { products: [{ form: 'leaf-powder', amountPerDay: 900, unit: 'g' }] } }),
      path: ['kratom', 'products', 0, 'amountPerDay'],
    },
    {
      name: 'a negative amount',
      body: intakeRequest({ kratom: { products: [{ form: 'tea', amountPerDay: -3, unit: 'glass' }] } }),
      path: ['kratom', 'products', 0, 'amountPerDay'],
    },
    {
      name: 'an amount without its unit',
      body: intakeRequest({ kratom: { products: [{ form: 'leaf-powder', amountPerDay: 12 }] } }),
      path: ['kratom', 'products', 0, 'unit'],
    },
    {
      name: 'an unknown product form',
      body: intakeRequest({ kratom: { products: [{ form: 'gummy' as 'tea' }] } }),
      path: ['kratom', 'products', 0, 'form'],
    },
    {
      name: 'no product at all',
      body: intakeRequest({ kratom: { products: [] } }),
      path: ['kratom', 'products'],
    },
    {
      name: 'doses per day out of range',
      body: intakeRequest({ kratom: { products: [{ form: 'leaf-powder' }], dosesPerDay: 100 } }),
      path: ['kratom', 'dosesPerDay'],
    },
    {
      name: 'a last dose in the future',
      body: intakeRequest({
        kratom: { products: [{ form: 'leaf-powder' }], lastDoseAt: new Date(Date.now() + 3 * 3600_000).toISOString() },
      }),
      path: ['kratom', 'lastDoseAt'],
    },
    {
      name: 'a last dose that is not a date',
      body: intakeRequest({ kratom: { products: [{ form: 'leaf-powder' }], lastDoseAt: 'yesterday' } }),
      path: ['kratom', 'lastDoseAt'],
    },
    {
      name: 'a missing medical history',
      body: (({ medicalHistory: _omitted, ...rest }) => rest)(intakeRequest()),
      path: ['medicalHistory'],
    },
    {
      name: 'a missing pregnancy answer',
      body: intakeRequest({
        medicalHistory: { liverDisease: 'no', cardiac: 'no', seizures: 'no' } as never,
      }),
      path: ['medicalHistory', 'pregnancy'],
    },
    {
      name: 'a true/false fluids answer (it is yes, no or unknown)',
      body: intakeRequest({
        medicalHistory: {
          liverDisease: 'no',
          cardiac: 'no',
          seizures: 'no',
          pregnancy: 'no',
          cannotKeepFluidsDown: true as unknown as 'yes',
        },
      }),
      path: ['medicalHistory', 'cannotKeepFluidsDown'],
    },
    {
      name: 'an unnamed other substance',
      body: intakeRequest({ otherSubstances: [{ substance: 'other' }] }),
      path: ['otherSubstances', 0, 'name'],
    },
    {
      name: 'a substance the intake does not know',
      body: intakeRequest({ otherSubstances: [{ substance: 'kava' as 'other' }] }),
      path: ['otherSubstances', 0, 'substance'],
    },
    {
      name: 'allergies listed with no allergy',
      body: intakeRequest({ allergyStatus: 'listed', allergies: [] }),
      path: ['allergies'],
    },
    {
      name: 'perceptual disturbances without withdrawal',
      body: intakeRequest({
        diagnosis: {
          currentWithdrawal: false,
          withPerceptualDisturbance: true,
          remission: null,
          classification: 'other',
        },
      }),
      path: ['diagnosis', 'withPerceptualDisturbance'],
    },
    {
      name: 'an unknown red flag',
      body: intakeRequest({ redFlags: ['pregnant' as 'seizure'] }),
      path: ['redFlags', 0],
    },
    {
      name: 'an unknown field',
      body: { ...intakeRequest(), weight: 80 },
      path: ['weight'],
    },
  ];

  it.each(BAD)('answers 400 naming the field for $name, storing nothing', async ({ body, path }) => {
    const before = await stored();
    const response = await post(body);
    expect(response.statusCode, response.body).toBe(400);
    expect(response.json<{ issues: { path: unknown[] }[] }>().issues.map((issue) => issue.path)).toContainEqual(path);
    expect(await stored()).toBe(before);
  });

  it('answers the one 404 to a clinician outside the care team and for another patient', async () => {
    const before = await stored();
    const response = await world().request('clinician-same-facility-not-on-team', {
      method: 'POST',
      url: INTAKE_A,
      payload: intakeRequest(),
      headers: { 'idempotency-key': 'outsider-intake' },
    });
    expect(response.statusCode).toBe(404);
    expect(response.body).toBe(NOT_FOUND);
    const other = await post(intakeRequest(), `/api/patients/${PATIENT_B}/intake`);
    expect(other.body).toBe(NOT_FOUND);
    expect(await stored()).toBe(before);
  });
});
