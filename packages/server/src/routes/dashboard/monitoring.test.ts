import { INTAKE, LABS } from '@kratom-care/contracts';
import { describe, expect, it } from 'vitest';
import { PATIENT_A, USERS } from '../../test/access-world.js';
import { TEST_TARGETS } from '../../test/auth-fixtures.js';
import { careTeamPoster } from '../../test/care-team-requests.js';
import { answersInOrder } from '../../test/instrument-fixtures.js';
import { useAccessWorld } from '../../test/use-access-world.js';

/*
 * The monitoring summary through the API: records written through the record platform keep the
 * patient's summary current in the same transaction, the dashboard and the monitoring board read it,
 * and `?instrument=` filters assessments by the indexed subtype (issue 10 §1, §3, §10).
 */

const BASE = `/api/patients/${PATIENT_A}`;
const HOUR = 3_600_000;

/** COWS 6 (mild), 14 (moderate) and 2 (below mild). */
const COWS_MILD = answersInOrder('cows', [{ bpm: 70 }, 1, 1, 1, 1, 1, 1, 0, 0, 0, 0]);
const COWS_MODERATE = answersInOrder('cows', [{ bpm: 70 }, 2, 1, 2, 2, 2, 2, 1, 1, 1, 0]);
const COWS_LOW = answersInOrder('cows', [{ bpm: 70 }, 1, 1, 0, 0, 0, 0, 0, 0, 0, 0]);

interface Item {
  patient: { id: string; familyName: string };
  careLevel: string | null;
  lastKratomDoseAt: string | null;
  hoursSinceLastKratomDose: number | null;
  status: string;
  latestScore: { id: string; instrumentId: string; total: number; bandId: string | null; trend: string | null } | null;
  nextScoreDue: { at: string; rule: string; overdue: boolean } | null;
  alerts: { id: string; priority: string }[];
}

describe.each(TEST_TARGETS)('dashboard and monitoring board on $kind', (target) => {
  const world = useAccessWorld(target);
  const postRecord = careTeamPoster(world, BASE, 'monitoring-key');
  const post = async (path: string, payload: object) =>
    (await postRecord(path, payload)).json<{ id: string; recordedAt: string; total: number; bandId: string | null }>();

  async function read(
    path: string,
    role: Parameters<ReturnType<typeof world>['request']>[0] = 'clinician-on-care-team',
  ) {
    const response = await world().request(role, { method: 'GET', url: path });
    return { status: response.statusCode, body: response.json<{ items: Item[]; nextCursor: string | null }>() };
  }

  const itemOf = (items: Item[]) => items.find((item) => item.patient.id === PATIENT_A);

  it('puts a patient with COWS ≥ 5 on the board, due 4 h after it, and shows a higher band as an alert', async () => {
    expect(itemOf((await read('/api/monitoring-board')).body.items)).toBeUndefined();

    const mild = await post('/assessments', { instrumentId: 'cows', answers: COWS_MILD });
    expect(mild.bandId).toBe('mild');
    const board = await read('/api/monitoring-board');
    expect(board.status).toBe(200);
    const onBoard = itemOf(board.body.items);
    expect(onBoard?.nextScoreDue).toEqual({
      at: new Date(Date.parse(mild.recordedAt) + 4 * HOUR).toISOString(),
      rule: 'cows-interval',
      overdue: false,
    });
    expect(onBoard?.status).toBe('in-withdrawal');

    const moderate = await post('/assessments', { instrumentId: 'cows', answers: COWS_MODERATE });
    expect(moderate.bandId).toBe('moderate');
    const dashboard = itemOf((await read('/api/dashboard')).body.items);
    expect(dashboard?.latestScore).toMatchObject({
      id: moderate.id,
      instrumentId: 'cows',
      bandId: 'moderate',
      trend: 'up',
    });
    expect(dashboard?.alerts.map((alert) => alert.id)).toContain('cows-higher-band');

    // Marked entered in error in its own transaction: the summary goes back to the mild COWS.
    const marked = await world().request('clinician-on-care-team', {
      method: 'POST',
      url: `${BASE}/assessments/${moderate.id}/entered-in-error`,
      payload: { reason: 'Scored for the wrong patient' },
    });
    expect(marked.statusCode, marked.body).toBe(200);
    const after = itemOf((await read('/api/dashboard')).body.items);
    expect(after?.latestScore).toMatchObject({ id: mild.id, bandId: 'mild' });
    expect(after?.alerts.map((alert) => alert.id)).not.toContain('cows-higher-band');

    // Below the threshold: off the board, still on the dashboard.
    await post('/assessments', { instrumentId: 'cows', answers: COWS_LOW });
    expect(itemOf((await read('/api/monitoring-board')).body.items)).toBeUndefined();
    expect(itemOf((await read('/api/dashboard')).body.items)?.status).toBe('monitoring');
  });

  it('raises the urgent PHQ-9 item 9 alert first', async () => {
    await post('/assessments', { instrumentId: 'cows', answers: COWS_MILD });
    await post('/assessments', { instrumentId: 'phq9', answers: answersInOrder('phq9', [0, 0, 0, 0, 0, 0, 0, 0, 1]) });
    const item = itemOf((await read('/api/dashboard')).body.items);
    expect(item?.alerts[0]).toMatchObject({ id: 'phq9-item9', priority: 'urgent' });
  });

  it('reads the last kratom dose and the red flags from the current intake', async () => {
    const example = INTAKE.example as { kratom: Record<string, unknown> };
    const lastDoseAt = new Date(Date.now() - 5 * HOUR - 60_000).toISOString();
    await post('/intake', { ...INTAKE.example, kratom: { ...example.kratom, lastDoseAt }, redFlags: ['seizure'] });
    const item = itemOf((await read('/api/dashboard')).body.items);
    expect(item?.lastKratomDoseAt).toBe(lastDoseAt);
    expect(item?.hoursSinceLastKratomDose).toBe(5);
    expect(item?.alerts[0]).toMatchObject({ id: 'red-flag', priority: 'urgent' });
  });

  it("shows the care intensity the clinician decided (care-intensity decisions' level)", async () => {
    const suggestion = await world().request('clinician-on-care-team', {
      method: 'GET',
      url: `${BASE}/care-intensity`,
    });
    expect(suggestion.statusCode, suggestion.body).toBe(200);
    const suggestedLevel = suggestion.json<{ level: string | null }>().level;
    await post('/care-intensity', {
      action: 'override',
      level: 'H',
      rationale: 'No safe place to withdraw',
      suggestedLevel,
    });
    expect(itemOf((await read('/api/dashboard')).body.items)?.careLevel).toBe('H');
  });

  it('schedules the post-dose COWS 1 h after a buprenorphine dose, until a COWS after it', async () => {
    // The pre-dose COWS, scored 20 minutes ago.
    const assessedAt = new Date(Date.now() - 20 * 60_000).toISOString();
    await post('/assessments', { instrumentId: 'cows', answers: COWS_MODERATE, assessedAt });
    const order = await post('/medications', {
      drug: 'buprenorphine-naloxone',
      dose: 4,
      unit: 'mg',
      route: 'sublingual',
      status: 'active',
      orderedAt: new Date(Date.now() - 30 * 60_000).toISOString(),
      orderedBy: 'Dr Sample Fernhill',
    });
    const givenAt = new Date(Date.now() - 10 * 60_000).toISOString();
    await post(`/medications/${order.id}/administrations`, {
      dose: 4,
      unit: 'mg',
      route: 'sublingual',
      givenAt,
      givenBy: 'Nurse Sample Willowby',
    });
    const due = itemOf((await read('/api/monitoring-board')).body.items)?.nextScoreDue;
    expect(due).toEqual({ at: new Date(Date.parse(givenAt) + HOUR).toISOString(), rule: 'post-dose', overdue: false });

    const after = await post('/assessments', { instrumentId: 'cows', answers: COWS_MILD });
    expect(itemOf((await read('/api/monitoring-board')).body.items)?.nextScoreDue).toMatchObject({
      at: new Date(Date.parse(after.recordedAt) + 4 * HOUR).toISOString(),
      rule: 'cows-interval',
    });
  });

  it('raises the abnormal liver result alert from a lab above its upper limit', async () => {
    await post('/labs', { ...LABS.example, collectedAt: new Date(Date.now() - HOUR).toISOString() });
    const item = itemOf((await read('/api/dashboard')).body.items);
    expect(item?.alerts.map((alert) => alert.id)).toContain('liver-abnormal');
  });

  it('filters assessments by ?instrument= and names the field when unknown', async () => {
    const cows = await post('/assessments', { instrumentId: 'cows', answers: COWS_MILD });
    await post('/assessments', { instrumentId: 'phq9', answers: answersInOrder('phq9', [0, 0, 0, 0, 0, 0, 0, 0, 0]) });
    const only = await read(`${BASE}/assessments?instrument=cows`);
    expect(only.status).toBe(200);
    expect(only.body.items.map((item) => (item as unknown as { id: string }).id)).toEqual([cows.id]);
    const from = new Date(Date.parse(cows.recordedAt) + 1).toISOString();
    expect((await read(`${BASE}/assessments?instrument=cows&from=${from}`)).body.items).toEqual([]);
    const bad = await world().request('clinician-on-care-team', {
      method: 'GET',
      url: `${BASE}/assessments?instrument=bogus`,
    });
    expect(bad.statusCode).toBe(400);
    expect(bad.json<{ issues: { path: string[] }[] }>().issues.map((issue) => issue.path)).toContainEqual([
      'instrument',
    ]);
  });

  it('shows only the caller’s care-team patients, 404 to non-clinicians, one audit row per read', async () => {
    await post('/assessments', { instrumentId: 'cows', answers: COWS_MILD });
    expect(itemOf((await read('/api/dashboard', 'clinician-same-facility-not-on-team')).body.items)).toBeUndefined();
    expect(
      itemOf((await read('/api/monitoring-board', 'clinician-same-facility-not-on-team')).body.items),
    ).toBeUndefined();
    for (const role of ['patient', 'family-with-consent', 'admissions', 'privacy-officer'] as const) {
      expect((await read('/api/dashboard', role)).status, role).toBe(404);
      expect((await read('/api/monitoring-board', role)).status, role).toBe(404);
    }
    await read('/api/dashboard');
    const rows = await world()
      .scratch.db.selectFrom('audit_event')
      .select(['actor_user_id', 'outcome', 'resource_type'])
      .where('action', '=', 'dashboard.read')
      .orderBy('seq')
      .execute();
    expect(rows.at(-1)).toEqual({
      actor_user_id: USERS['clinician-on-care-team'],
      outcome: 'allowed',
      resource_type: 'dashboard',
    });
    expect(rows.filter((row) => row.outcome === 'denied')).toHaveLength(4);
  });
});
