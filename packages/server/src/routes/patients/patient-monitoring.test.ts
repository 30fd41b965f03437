import { describe, expect, it } from 'vitest';
import { PATIENT_A, USERS } from '../../test/access-world.js';
import { TEST_TARGETS } from '../../test/auth-fixtures.js';
import { TEST_CONFIG } from '../../test/build-test-app.js';
import { careTeamPoster } from '../../test/care-team-requests.js';
import { answersInOrder } from '../../test/instrument-fixtures.js';
import { useAccessWorld } from '../../test/use-access-world.js';

/*
 * `GET /api/patients/:id/monitoring`, the Withdrawal tab's source of "next score due" (decision 0036):
 * a deployment that changes the due-time settings (here every 2 h instead of 4, post-dose 0.5 h
 * instead of 1) gets the same due time and rule on the tab as on the monitoring board, both from the
 * summary stored on write (decision 0024).
 */

const BASE = `/api/patients/${PATIENT_A}`;
const HOUR = 3_600_000;
const NOT_FOUND = '{"code":"NOT_FOUND","message":"Not found"}';
const SETTINGS = { intervalHours: 2, activeWithdrawalMinCows: 5, postDoseIntervalHours: 0.5 };

/** COWS 14 (moderate). */
const COWS_MODERATE = answersInOrder('cows', [{ bpm: 70 }, 2, 1, 2, 2, 2, 2, 1, 1, 1, 0]);

interface Due {
  at: string;
  rule: string;
  overdue: boolean;
}

describe.each(TEST_TARGETS)("a patient's stored next-score due time on $kind", (target) => {
  const world = useAccessWorld(target, {
    ...TEST_CONFIG,
    monitoring: { intervalHours: SETTINGS.intervalHours, postDoseIntervalHours: SETTINGS.postDoseIntervalHours },
  });
  const post = careTeamPoster(world, BASE, 'patient-monitoring-key');

  async function tab() {
    const response = await world().request('clinician-on-care-team', { method: 'GET', url: `${BASE}/monitoring` });
    expect(response.statusCode, response.body).toBe(200);
    return response.json<{ nextScoreDue: Due | null; status: string; settings: typeof SETTINGS; at: string }>();
  }

  async function board(): Promise<Due | null | undefined> {
    const response = await world().request('clinician-on-care-team', { method: 'GET', url: '/api/monitoring-board' });
    expect(response.statusCode, response.body).toBe(200);
    return response
      .json<{ items: { patient: { id: string }; nextScoreDue: Due | null }[] }>()
      .items.find((item) => item.patient.id === PATIENT_A)?.nextScoreDue;
  }

  it('answers no due time before any withdrawal score, with the configured settings', async () => {
    const before = await tab();
    expect(before.nextScoreDue).toBeNull();
    expect(before.status).toBe('no-scores');
    expect(before.settings).toEqual(SETTINGS);
  });

  it('answers the due time the board shows: 2 h after a COWS ≥ 5, then 0.5 h after a buprenorphine dose', async () => {
    // The pre-dose COWS, scored 20 minutes ago.
    const assessedAt = new Date(Date.now() - 20 * 60_000).toISOString();
    const cows = (await post('/assessments', { instrumentId: 'cows', answers: COWS_MODERATE, assessedAt })).json<{
      recordedAt: string;
    }>();
    const interval = await tab();
    expect(interval.nextScoreDue).toEqual({
      at: new Date(Date.parse(cows.recordedAt) + 2 * HOUR).toISOString(),
      rule: 'cows-interval',
      overdue: false,
    });
    expect(interval.status).toBe('in-withdrawal');
    expect(await board()).toEqual(interval.nextScoreDue);

    const order = (
      await post('/medications', {
        drug: 'buprenorphine-naloxone',
        dose: 4,
        unit: 'mg',
        route: 'sublingual',
        status: 'active',
        orderedAt: new Date(Date.now() - 30 * 60_000).toISOString(),
        orderedBy: 'Dr Sample Fernhill',
      })
    ).json<{ id: string }>();
    const givenAt = new Date(Date.now() - 10 * 60_000).toISOString();
    await post(`/medications/${order.id}/administrations`, {
      dose: 4,
      unit: 'mg',
      route: 'sublingual',
      givenAt,
      givenBy: 'Nurse Sample Willowby',
    });
    const postDose = await tab();
    expect(postDose.nextScoreDue).toEqual({
      at: new Date(Date.parse(givenAt) + 0.5 * HOUR).toISOString(),
      rule: 'post-dose',
      overdue: false,
    });
    expect(await board()).toEqual(postDose.nextScoreDue);
  });

  it('marks a stored due time overdue at the server time, as the board does', async () => {
    const assessedAt = new Date(Date.now() - 3 * HOUR).toISOString();
    await post('/assessments', { instrumentId: 'cows', answers: COWS_MODERATE, assessedAt });
    const overdue = await tab();
    expect(overdue.nextScoreDue).toMatchObject({ rule: 'cows-interval', overdue: true });
    expect(await board()).toEqual(overdue.nextScoreDue);
  });

  it('is the one 404 for everyone but a clinician with access, and audits every read', async () => {
    for (const role of [
      'patient',
      'family-with-consent',
      'clinician-same-facility-not-on-team',
      'admissions',
      'privacy-officer',
    ] as const) {
      const response = await world().request(role, { method: 'GET', url: `${BASE}/monitoring` });
      expect(response.statusCode, role).toBe(404);
      expect(response.body, role).toBe(NOT_FOUND);
    }
    const missing = await world().request('clinician-on-care-team', {
      method: 'GET',
      url: '/api/patients/no-such-patient/monitoring',
    });
    expect(missing.body).toBe(NOT_FOUND);
    await tab();
    const rows = await world()
      .scratch.db.selectFrom('audit_event')
      .select(['actor_user_id', 'outcome', 'resource_type', 'patient_id'])
      .where('action', '=', 'patient-monitoring.read')
      .orderBy('seq')
      .execute();
    expect(rows).toHaveLength(7);
    expect(rows.at(-1)).toEqual({
      actor_user_id: USERS['clinician-on-care-team'],
      outcome: 'allowed',
      resource_type: 'patient-monitoring',
      patient_id: PATIENT_A,
    });
    expect(rows.filter((row) => row.outcome === 'denied')).toHaveLength(5);
  });
});
