import { describe, expect, it } from 'vitest';
import { TEST_TARGETS } from '../../test/auth-fixtures.js';
import {
  GRANT_F1,
  GRANT_F2,
  MISSING,
  PATIENT_A,
  PATIENT_B,
  PATIENT_C,
  USERS,
  type AccessWorld,
} from '../../test/access-world.js';
import { useAccessWorld } from '../../test/use-access-world.js';

/*
 * Issue 8 defect 5: reads that show who is a patient (the admin user list) or what was done to
 * patients (the audit log, the break-glass queue and its review) write audit rows like any other
 * access to patient data: one per request, `denied` for a caller who may not read them.
 */

interface AuditRow {
  action: string;
  actor_user_id: string | null;
  patient_id: string | null;
  resource_type: string;
  resource_id: string | null;
  outcome: string;
  reason: string | null;
}

async function rows(world: AccessWorld): Promise<AuditRow[]> {
  return world.scratch.db
    .selectFrom('audit_event')
    .select(['action', 'actor_user_id', 'patient_id', 'resource_type', 'resource_id', 'outcome', 'reason'])
    .orderBy('seq')
    .execute();
}

describe.each(TEST_TARGETS)('audited admin and audit-log reads on $kind', (target) => {
  const world = useAccessWorld(target);

  it('audits an admin user page that shows a patient account, once, naming the account; not a page of staff', async () => {
    const all = await world().request('admin', { method: 'GET', url: '/api/admin/users?limit=100' });
    expect(all.statusCode).toBe(200);
    expect(await rows(world())).toEqual([
      {
        action: 'admin.user.list',
        actor_user_id: USERS.admin,
        patient_id: null,
        resource_type: 'user',
        resource_id: null,
        outcome: 'allowed',
        reason: `patient accounts shown: ${USERS.patient}`,
      },
    ]);
    // Staff only: nothing about a patient is shown, so nothing is written.
    const staff = await world().request('admin', { method: 'GET', url: '/api/admin/users?q=clin' });
    expect(staff.statusCode).toBe(200);
    expect(staff.json<{ items: unknown[] }>().items.length).toBeGreaterThan(0);
    expect(await rows(world())).toHaveLength(1);
    // Someone who may not list users: the usual 404, and a refusal on the record.
    const refused = await world().request('clinician-on-care-team', { method: 'GET', url: '/api/admin/users' });
    expect(refused.statusCode).toBe(404);
    expect((await rows(world())).at(-1)).toMatchObject({
      action: 'admin.user.list',
      actor_user_id: USERS['clinician-on-care-team'],
      outcome: 'denied',
    });
  });

  it('audits each read of the audit log, the person picker and the break-glass queue, with what was asked', async () => {
    const search = await world().request('privacy-officer', {
      method: 'GET',
      url: `/api/audit?patientId=${PATIENT_A}&action=patient.read`,
    });
    expect(search.statusCode).toBe(200);
    const people = await world().request('privacy-officer', { method: 'GET', url: '/api/audit/people?q=test' });
    expect(people.statusCode).toBe(200);
    const queue = await world().request('privacy-officer', { method: 'GET', url: '/api/audit/break-glass' });
    expect(queue.statusCode).toBe(200);
    expect(await rows(world())).toEqual([
      {
        action: 'audit.search',
        actor_user_id: USERS['privacy-officer'],
        patient_id: PATIENT_A,
        resource_type: 'audit-log',
        resource_id: null,
        outcome: 'allowed',
        reason: `filters: {"patientId":"${PATIENT_A}","action":"patient.read"}`,
      },
      {
        action: 'audit.people',
        actor_user_id: USERS['privacy-officer'],
        patient_id: null,
        resource_type: 'user',
        resource_id: null,
        outcome: 'allowed',
        reason: 'search: test',
      },
      {
        action: 'break-glass.list',
        actor_user_id: USERS['privacy-officer'],
        patient_id: null,
        resource_type: 'break-glass',
        resource_id: null,
        outcome: 'allowed',
        reason: `grants shown: ${GRANT_F1}`,
      },
    ]);
    // The officer's own reads show up in the log they search.
    const own = await world().request('privacy-officer', {
      method: 'GET',
      url: `/api/audit?actorUserId=${USERS['privacy-officer']}`,
    });
    expect(own.json<{ items: { action: string }[] }>().items.map((row) => row.action)).toEqual([
      'break-glass.list',
      'audit.people',
      'audit.search',
    ]);
    for (const url of ['/api/audit', '/api/audit/people', '/api/audit/break-glass']) {
      const refused = await world().request('admin', { method: 'GET', url });
      expect(refused.statusCode).toBe(404);
      expect((await rows(world())).at(-1)).toMatchObject({ actor_user_id: USERS.admin, outcome: 'denied' });
    }
  });

  it('audits a break-glass review with its patient, and a missing grant with the id asked for', async () => {
    const review = (id: string) =>
      world().request('privacy-officer', {
        method: 'POST',
        url: `/api/audit/break-glass/${id}/review`,
        payload: { note: 'Reviewed: justified emergency.' },
      });
    expect((await review(GRANT_F1)).statusCode).toBe(200);
    expect((await review(GRANT_F1)).statusCode).toBe(409);
    expect((await review(GRANT_F2)).statusCode).toBe(404);
    expect((await review(MISSING)).statusCode).toBe(404);
    const audited = (await rows(world())).map(({ action, patient_id, resource_id, outcome }) => ({
      action,
      patient_id,
      resource_id,
      outcome,
    }));
    expect(audited).toEqual([
      { action: 'break-glass.review', patient_id: PATIENT_B, resource_id: GRANT_F1, outcome: 'allowed' },
      { action: 'break-glass.review', patient_id: PATIENT_B, resource_id: GRANT_F1, outcome: 'denied' },
      { action: 'break-glass.review', patient_id: PATIENT_C, resource_id: GRANT_F2, outcome: 'denied' },
      { action: 'break-glass.review', patient_id: null, resource_id: MISSING, outcome: 'not-found' },
    ]);
  });
});
