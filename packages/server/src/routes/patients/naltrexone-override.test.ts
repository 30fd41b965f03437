import { INTAKE } from '@kratom-care/contracts';
import { describe, expect, it } from 'vitest';
import { PATIENT_A, PATIENT_B, USERS } from '../../test/access-world.js';
import { TEST_TARGETS } from '../../test/auth-fixtures.js';
import { careTeamPoster } from '../../test/care-team-requests.js';
import { useAccessWorld } from '../../test/use-access-world.js';

/*
 * The naltrexone washout block and its override through the API (clinical reference §7 (d), vectors
 * T9/T10; Appendix C.2.5: kratom within 7 × 24 h or an unknown last use blocks, and a block lifts
 * only with a clinician's override and a reason; decision 0027). The last kratom dose comes from the
 * patient's current intake.
 */

const BASE = `/api/patients/${PATIENT_A}`;
const NOT_FOUND = '{"code":"NOT_FOUND","message":"Not found"}';
const HOUR = 60 * 60_000;

interface Item {
  kind: string;
  severity: string;
  messageKey: string;
  values: Record<string, unknown>;
  notes: { key: string }[];
  inputs: Record<string, unknown>;
  orderId: string | null;
}

const NALTREXONE = {
  drug: 'naltrexone',
  dose: 50,
  unit: 'mg',
  route: 'oral',
  status: 'active',
  orderedAt: new Date(Date.now() - HOUR).toISOString(),
  orderedBy: 'Dr Sample Fernhill',
};
const OVERRIDE = {
  reason: 'Urine mitragynine negative today; naloxone challenge without withdrawal signs',
  overriddenBy: 'Dr Sample Fernhill',
};

/** An intake (the declaration's example) whose last kratom dose was `hoursAgo` ago, or unknown; no other substances. */
function intakeWithLastDose(hoursAgo: number | null): object {
  const { lastDoseAt: _dropped, ...kratom } = INTAKE.example.kratom;
  return {
    ...INTAKE.example,
    kratom:
      hoursAgo === null ? kratom : { ...kratom, lastDoseAt: new Date(Date.now() - hoursAgo * HOUR).toISOString() },
    otherSubstances: [],
  };
}

describe.each(TEST_TARGETS)('naltrexone override through the API on $kind', (target) => {
  const world = useAccessWorld(target);
  const post = careTeamPoster(world, BASE, 'override-key');

  async function washout(orderId: string): Promise<Item> {
    const response = await world().request('clinician-on-care-team', {
      method: 'GET',
      url: `${BASE}/decision-support`,
    });
    expect(response.statusCode, response.body).toBe(200);
    const found = response
      .json<{ items: Item[] }>()
      .items.filter((item) => item.kind === 'naltrexone-washout' && item.orderId === orderId);
    expect(found).toHaveLength(1);
    return found[0] as Item;
  }

  async function storedOverrides(): Promise<number> {
    const rows = await world()
      .scratch.db.selectFrom('clinical_record')
      .select('id')
      .where('type', 'like', '%/naltrexone-overrides')
      .where('patient_id', '=', PATIENT_A)
      .execute();
    return rows.length;
  }

  it('blocks with kratom 3 days ago (T9), lifts with an override, and blocks again once it is withdrawn', async () => {
    await post('/intake', intakeWithLastDose(72));
    const order = (await post('/medications', NALTREXONE)).json<{ id: string }>().id;
    const blocked = await washout(order);
    expect(blocked.severity).toBe('block');
    expect(blocked.messageKey).toBe('treatment.naltrexone.block');
    expect(blocked.notes.map((note) => note.key)).toEqual(
      expect.arrayContaining([
        'treatment.naltrexone.reason.kratom-within-washout',
        'treatment.naltrexone.precipitatedWithdrawal',
        'treatment.naltrexone.overrideHint',
      ]),
    );

    const created = await post(`/medications/${order}/naltrexone-overrides`, OVERRIDE);
    const override = created.json<{ id: string; medicationId: string; drug: string; recordedBy: string }>();
    expect(override).toMatchObject({ medicationId: order, drug: 'naltrexone', ...OVERRIDE });
    expect(override.recordedBy).toBe(USERS['clinician-on-care-team']);

    const lifted = await washout(order);
    expect(lifted.severity).toBe('warning');
    expect(lifted.messageKey).toBe('treatment.naltrexone.overridden');
    expect(lifted.values).toEqual({ overriddenBy: OVERRIDE.overriddenBy, reason: OVERRIDE.reason });
    // The precipitated-withdrawal warning stays beside an override.
    expect(lifted.notes.map((note) => note.key)).toContain('treatment.naltrexone.precipitatedWithdrawal');

    const withdrawn = await world().request('clinician-on-care-team', {
      method: 'POST',
      url: `${BASE}/medications/${order}/naltrexone-overrides/${override.id}/entered-in-error`,
      payload: { reason: 'Recorded against the wrong order' },
    });
    expect(withdrawn.statusCode, withdrawn.body).toBe(200);
    expect((await washout(order)).severity).toBe('block');

    const audit = await world()
      .scratch.db.selectFrom('audit_event')
      .select(['action', 'outcome', 'resource_type'])
      .where('resource_type', '=', 'naltrexone-override')
      .orderBy('seq')
      .execute();
    expect(audit.map((row) => row.outcome)).toEqual(['allowed', 'allowed']);
  });

  it('allows naltrexone 12 days after the last kratom (T10), with the naloxone-challenge prompt', async () => {
    await post('/intake', intakeWithLastDose(12 * 24));
    const order = (await post('/medications', NALTREXONE)).json<{ id: string }>().id;
    const allowed = await washout(order);
    expect(allowed.severity).toBe('info');
    expect(allowed.messageKey).toBe('treatment.naltrexone.allow');
    expect(allowed.notes.map((note) => note.key)).toContain('treatment.naltrexone.naloxoneChallenge');
  });

  it('counts the washout as 7 × 24 hours (C.2.5): 167.5 h after the last kratom blocks, 168.5 h allows', async () => {
    await post('/intake', intakeWithLastDose(167.5));
    const inside = (await post('/medications', NALTREXONE)).json<{ id: string }>().id;
    expect((await washout(inside)).severity).toBe('block');
    await post('/intake', intakeWithLastDose(168.5));
    const outside = (await post('/medications', NALTREXONE)).json<{ id: string }>().id;
    expect((await washout(outside)).severity).toBe('info');
    // The same patient, the newer intake: the first order's block lifts too, with no override needed.
    expect((await washout(inside)).messageKey).toBe('treatment.naltrexone.allow');
  });

  it('blocks when the last kratom use is unknown (C.2.5) until overridden', async () => {
    await post('/intake', intakeWithLastDose(null));
    const order = (await post('/medications', NALTREXONE)).json<{ id: string }>().id;
    const blocked = await washout(order);
    expect(blocked.severity).toBe('block');
    expect(blocked.notes.map((note) => note.key)).toContain('treatment.naltrexone.reason.kratom-last-use-unknown');
    await post(`/medications/${order}/naltrexone-overrides`, OVERRIDE);
    expect((await washout(order)).messageKey).toBe('treatment.naltrexone.overridden');
  });

  it('refuses a blank reason or a missing name with a 400 naming the field, storing nothing', async () => {
    await post('/intake', intakeWithLastDose(72));
    const order = (await post('/medications', NALTREXONE)).json<{ id: string }>().id;
    const before = await storedOverrides();
    for (const [payload, field] of [
      [{ ...OVERRIDE, reason: '   ' }, 'reason'],
      [{ overriddenBy: OVERRIDE.overriddenBy }, 'reason'],
      [{ ...OVERRIDE, overriddenBy: '' }, 'overriddenBy'],
      [{ ...OVERRIDE, reason: 7 }, 'reason'],
    ] as const) {
      const response = await post(`/medications/${order}/naltrexone-overrides`, payload, 400);
      expect(response.json<{ issues: { path: string[] }[] }>().issues.map((issue) => issue.path)).toContainEqual([
        field,
      ]);
    }
    expect(await storedOverrides()).toBe(before);
    expect((await washout(order)).severity).toBe('block');
  });

  it('refuses an override under an order for another medicine: 400 naming medId, nothing stored, audited', async () => {
    await post('/intake', intakeWithLastDose(72));
    const lofexidine = (await post('/medications', { ...NALTREXONE, drug: 'lofexidine', dose: 0.2 })).json<{
      id: string;
    }>().id;
    const before = await storedOverrides();
    const response = await post(`/medications/${lofexidine}/naltrexone-overrides`, OVERRIDE, 400);
    const body = response.json<{ code: string; issues: { path: string[]; message: string }[] }>();
    expect(body.code).toBe('INVALID_BODY');
    expect(body.issues).toEqual([
      { path: ['medId'], message: 'A naltrexone override can only be recorded under a naltrexone order' },
    ]);
    expect(await storedOverrides()).toBe(before);
    const audit = await world()
      .scratch.db.selectFrom('audit_event')
      .select(['action', 'outcome', 'reason'])
      .where('resource_type', '=', 'naltrexone-override')
      .orderBy('seq')
      .execute();
    expect(audit).toEqual([{ action: 'naltrexone-overrides.create', outcome: 'denied', reason: 'INVALID_BODY' }]);
  });

  it("lifts only its own order's block: another naltrexone order stays blocked", async () => {
    await post('/intake', intakeWithLastDose(72));
    const first = (await post('/medications', NALTREXONE)).json<{ id: string }>().id;
    const second = (await post('/medications', NALTREXONE)).json<{ id: string }>().id;
    await post(`/medications/${first}/naltrexone-overrides`, OVERRIDE);
    expect((await washout(first)).severity).toBe('warning');
    expect((await washout(second)).severity).toBe('block');
  });

  it('answers the one 404 for an order of another patient or a clinician outside the care team', async () => {
    await post('/intake', intakeWithLastDose(72));
    const order = (await post('/medications', NALTREXONE)).json<{ id: string }>().id;
    const foreign = await world().request('clinician-on-care-team', {
      method: 'POST',
      url: `/api/patients/${PATIENT_B}/medications/${order}/naltrexone-overrides`,
      payload: OVERRIDE,
      headers: { 'idempotency-key': 'override-foreign' },
    });
    expect(foreign.statusCode).toBe(404);
    const outsider = await world().request('clinician-same-facility-not-on-team', {
      method: 'POST',
      url: `${BASE}/medications/${order}/naltrexone-overrides`,
      payload: OVERRIDE,
      headers: { 'idempotency-key': 'override-outsider' },
    });
    expect(outsider.statusCode).toBe(404);
    expect(outsider.body).toBe(NOT_FOUND);
    expect((await washout(order)).severity).toBe('block');
  });
});
