import { describe, expect, it } from 'vitest';
import { MISSING, PATIENT_A, PATIENT_B, USERS } from '../../test/access-world.js';
import { TEST_TARGETS } from '../../test/auth-fixtures.js';
import { careTeamPoster, careTeamRead } from '../../test/care-team-requests.js';
import { answersInOrder } from '../../test/instrument-fixtures.js';
import { useAccessWorld } from '../../test/use-access-world.js';

/*
 * The decision-support panel through the API, from records stored through the API: the clinical
 * reference §7 vectors the stored data can express (the induction gate at COWS ≥ 8, T4 below it,
 * T5/T7 alpha-2 hold checks, T8 the lofexidine daily ceiling). Kratom use is not recorded yet, so
 * the dose-band vectors T1–T3 and the naltrexone washout T9/T10 stay with the domain's tests.
 */

const BASE = `/api/patients/${PATIENT_A}`;
const NOT_FOUND = '{"code":"NOT_FOUND","message":"Not found"}';
const HOUR = 60 * 60_000;

interface Item {
  id: string;
  kind: string;
  severity: string;
  messageKey: string;
  notes: { key: string }[];
  inputs: Record<string, unknown>;
  basis: string[];
  orderId: string | null;
}
interface Panel {
  at: string;
  disclaimerKey: string;
  items: Item[];
  inductionLog: { cowsAfter: unknown }[];
  notRecorded: string[];
}

const ago = (ms: number): string => new Date(Date.now() - ms).toISOString();

describe.each(TEST_TARGETS)('decision support through the API on $kind', (target) => {
  const world = useAccessWorld(target);
  const postRecord = careTeamPoster(world, BASE, 'panel-key');
  const post = async (path: string, payload: object): Promise<string> =>
    (await postRecord(path, payload)).json<{ id: string }>().id;
  const panel = (): Promise<Panel> => careTeamRead<Panel>(world, `${BASE}/decision-support`);

  async function auditRows(action: string) {
    return world()
      .scratch.db.selectFrom('audit_event')
      .select(['patient_id', 'resource_type', 'outcome', 'actor_user_id'])
      .where('action', '=', action)
      .orderBy('seq')
      .execute();
  }

  function one(result: Panel, kind: string, orderId?: string): Item {
    const found = result.items.filter(
      (item) => item.kind === kind && (orderId === undefined || item.orderId === orderId),
    );
    expect(found, `${kind} ${orderId ?? ''}: ${JSON.stringify(result.items)}`).toHaveLength(1);
    return found[0] as Item;
  }

  it('opens the induction gate at COWS ≥ 8, not at 6 (T4), naming the COWS behind it; one audit row per read', async () => {
    const six = await post('/assessments', {
      instrumentId: 'cows',
      answers: answersInOrder('cows', [{ bpm: 70 }, 1, 1, 1, 1, 1, 1, 0, 0, 0, 0]),
    });
    const below = await panel();
    expect(below.disclaimerKey).toBe('treatment.panel.disclaimer');
    // Patient A has a seeded intake (every type's example is seeded), which records kratom use and
    // co-use (decision 0023); without one both are listed as not recorded (decision-support-intake.test.ts).
    expect(below.notRecorded).toEqual([]);
    const closed = one(below, 'bup-induction-gate');
    expect(closed.messageKey).toBe('treatment.gate.closed.belowThreshold');
    expect(closed.inputs).toMatchObject({ latestCowsTotal: 6, threshold: 8 });
    expect(closed.basis).toContain(six);
    expect(below.items.some((item) => item.kind === 'bup-dose-band')).toBe(false);

    // Exactly the threshold opens it (Appendix C.2.1: COWS ≥ 8).
    const eight = await post('/assessments', {
      instrumentId: 'cows',
      answers: answersInOrder('cows', [{ bpm: 70 }, 1, 1, 1, 1, 1, 1, 1, 1, 0, 0]),
    });
    const open = one(await panel(), 'bup-induction-gate');
    expect(open.messageKey).toBe('treatment.gate.open');
    expect(open.inputs).toMatchObject({ latestCowsTotal: 8, latestCowsId: eight, threshold: 8 });
    expect(open.basis).toContain(eight);

    // A COWS marked entered in error no longer counts: the gate reads the 6 again.
    const marked = await world().request('clinician-on-care-team', {
      method: 'POST',
      url: `${BASE}/assessments/${eight}/entered-in-error`,
      payload: { reason: 'Scored for the wrong patient' },
    });
    expect(marked.statusCode, marked.body).toBe(200);
    expect(one(await panel(), 'bup-induction-gate').inputs).toMatchObject({ latestCowsId: six, latestCowsTotal: 6 });

    const rows = await auditRows('decision-support.read');
    expect(rows).toEqual([
      {
        patient_id: PATIENT_A,
        resource_type: 'decision-support',
        outcome: 'allowed',
        actor_user_id: USERS['clinician-on-care-team'],
      },
      {
        patient_id: PATIENT_A,
        resource_type: 'decision-support',
        outcome: 'allowed',
        actor_user_id: USERS['clinician-on-care-team'],
      },
      {
        patient_id: PATIENT_A,
        resource_type: 'decision-support',
        outcome: 'allowed',
        actor_user_id: USERS['clinician-on-care-team'],
      },
    ]);
  });

  it('holds an active clonidine order on a low systolic (T5) or a low heart rate (T6) and suggests giving on normal vitals (T7)', async () => {
    const orderedAt = ago(48 * HOUR);
    const clonidine = await post('/medications', {
      drug: 'clonidine',
      dose: 0.1,
      unit: 'mg',
      route: 'oral',
      status: 'active',
      orderedAt,
      orderedBy: 'Dr Sample Fernhill',
    });
    const low = await post('/vitals', { takenAt: ago(30 * 60_000), systolic: 88, heartRate: 70 });
    const hold = one(await panel(), 'alpha2-hold', clonidine);
    expect(hold.messageKey).toBe('treatment.hold.hold');
    expect(hold.severity).toBe('warning');
    expect(hold.notes.map((note) => note.key)).toContain('treatment.hold.systolic.low');
    expect(hold.basis).toContain(low);

    const slow = await post('/vitals', { takenAt: ago(20 * 60_000), systolic: 112, diastolic: 70, heartRate: 58 });
    const slowHold = one(await panel(), 'alpha2-hold', clonidine);
    expect(slowHold.messageKey).toBe('treatment.hold.hold');
    expect(slowHold.notes.map((note) => note.key)).toContain('treatment.hold.heartRate.low');
    expect(slowHold.notes.map((note) => note.key)).not.toContain('treatment.hold.systolic.low');
    expect(slowHold.basis).toContain(slow);

    await post('/vitals', { takenAt: ago(10 * 60_000), systolic: 118, diastolic: 74, heartRate: 72 });
    const give = one(await panel(), 'alpha2-hold', clonidine);
    expect(give.messageKey).toBe('treatment.hold.give');
    expect(give.severity).toBe('info');

    // A stopped order raises no check: stopping is a change of the order, with the version read.
    const stopped = await world().request('clinician-on-care-team', {
      method: 'PUT',
      url: `${BASE}/medications/${clonidine}`,
      payload: {
        drug: 'clonidine',
        dose: 0.1,
        unit: 'mg',
        route: 'oral',
        status: 'stopped',
        orderedAt,
        orderedBy: 'Dr Sample Fernhill',
      },
      headers: { 'if-match': '"1"' },
    });
    expect(stopped.statusCode, stopped.body).toBe(200);
    expect((await panel()).items.some((item) => item.orderId === clonidine)).toBe(false);
  });

  it('blocks a fifth lofexidine 0.72 mg dose after four in 24 hours (T8), from doses given under the order', async () => {
    const lofexidine = await post('/medications', {
      drug: 'lofexidine',
      dose: 0.72,
      unit: 'mg',
      route: 'oral',
      status: 'active',
      orderedAt: ago(48 * HOUR),
      orderedBy: 'Dr Sample Fernhill',
    });
    for (const hoursAgo of [16, 11, 6, 1]) {
      await post(`/medications/${lofexidine}/administrations`, {
        dose: 0.72,
        unit: 'mg',
        route: 'oral',
        givenAt: ago(hoursAgo * HOUR),
        givenBy: 'Nurse Sample Willowby',
      });
    }
    const ceiling = one(await panel(), 'lofexidine-ceiling', lofexidine);
    expect(ceiling.severity).toBe('block');
    expect(ceiling.basis).toHaveLength(4);
  });

  it('ties each buprenorphine dose to the COWS before it and the first COWS after it (induction log)', async () => {
    const before = await post('/assessments', {
      instrumentId: 'cows',
      answers: answersInOrder('cows', [{ bpm: 70 }, 2, 1, 1, 1, 1, 1, 1, 1, 1, 0]),
    });
    const order = await post('/medications', {
      drug: 'buprenorphine-naloxone',
      dose: 4,
      unit: 'mg',
      route: 'sublingual',
      status: 'active',
      orderedAt: ago(HOUR),
      orderedBy: 'Dr Sample Fernhill',
    });
    const givenAt = new Date().toISOString();
    const dose = await post(`/medications/${order}/administrations`, {
      dose: 4,
      unit: 'mg',
      route: 'sublingual',
      givenAt,
      givenBy: 'Nurse Sample Willowby',
    });
    const due = (await panel()).inductionLog;
    expect(due).toEqual([
      {
        administrationId: dose,
        givenAt,
        doseMg: 4,
        cowsBefore: { id: before, total: 10, assessedAt: expect.any(String) as string },
        cowsAfter: null,
      },
    ]);
    // The clock may not move between the dose and the next COWS: wait so the COWS is after the dose.
    await new Promise((resolve) => setTimeout(resolve, 5));
    const after = await post('/assessments', {
      instrumentId: 'cows',
      answers: answersInOrder('cows', [{ bpm: 70 }, 1, 1, 0, 0, 0, 0, 0, 0, 0, 0]),
    });
    expect((await panel()).inductionLog[0]?.cowsAfter).toMatchObject({ id: after, total: 2 });
  });

  it('answers the same 404 to everyone but a clinician with access, audited', async () => {
    for (const role of ['patient', 'family-with-consent', 'clinician-same-facility-not-on-team', 'admin'] as const) {
      const response = await world().request(role, { method: 'GET', url: `${BASE}/decision-support` });
      expect(response.statusCode, role).toBe(404);
      expect(response.body).toBe(NOT_FOUND);
    }
    for (const id of [PATIENT_B, MISSING]) {
      const response = await world().request('clinician-on-care-team', {
        method: 'GET',
        url: `/api/patients/${id}/decision-support`,
      });
      expect(response.body).toBe(NOT_FOUND);
    }
    const outcomes = (await auditRows('decision-support.read')).map((row) => row.outcome);
    expect(outcomes.filter((outcome) => outcome !== 'allowed')).toHaveLength(6);
  });
});
