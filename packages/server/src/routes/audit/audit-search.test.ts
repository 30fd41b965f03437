import { AUDIT_ACTIONS } from '@kratom-care/contracts';
import { describe, expect, it } from 'vitest';
import { TEST_TARGETS } from '../../test/auth-fixtures.js';
import { GRANT_F1, PATIENT_A, PATIENT_B, USERS } from '../../test/access-world.js';
import { useAccessWorld } from '../../test/use-access-world.js';

interface AuditRow {
  seq: number;
  action: string;
  actorUserId: string | null;
  actorName: string | null;
  actorRole: string | null;
  patientId: string | null;
  patientName: string | null;
}

describe.each(TEST_TARGETS)('audit search by name on $kind', (target) => {
  const world = useAccessWorld(target);

  it("picks the clinician by name and shows that clinician's reads with names in every row", async () => {
    await world().request('clinician-on-care-team', { method: 'GET', url: `/api/patients/${PATIENT_A}` });
    await world().request('clinician-on-care-team', { method: 'GET', url: `/api/patients/${PATIENT_B}` });
    await world().request('admissions', { method: 'GET', url: `/api/patients/${PATIENT_A}` });

    const people = await world().request('privacy-officer', {
      method: 'GET',
      url: '/api/audit/people?q=CLINICIAN-ON-CARE',
    });
    expect(people.statusCode).toBe(200);
    expect(people.json()).toEqual({
      items: [
        {
          id: USERS['clinician-on-care-team'],
          name: 'Test clinician-on-care-team',
          email: 'user-clin-team@example.test',
          roles: [{ role: 'clinician', facilityId: 'facility-riverbend' }],
        },
      ],
      nextCursor: null,
    });
    // Someone with no role at the officer's facilities is not offered.
    expect(
      (await world().request('privacy-officer', { method: 'GET', url: '/api/audit/people?q=other-facility' })).json(),
    ).toEqual({
      items: [],
      nextCursor: null,
    });

    const picked = people.json<{ items: { id: string }[] }>().items[0]?.id ?? '';
    const reads = await world().request('privacy-officer', {
      method: 'GET',
      url: `/api/audit?actorUserId=${picked}&action=patient.read`,
    });
    expect(reads.statusCode).toBe(200);
    const rows = reads.json<{ items: AuditRow[] }>().items;
    expect(rows.map(({ actorName, actorRole, patientName }) => ({ actorName, actorRole, patientName }))).toEqual([
      { actorName: 'Test clinician-on-care-team', actorRole: 'clinician', patientName: 'Sample Birch' },
      { actorName: 'Test clinician-on-care-team', actorRole: 'clinician', patientName: 'Sample Alder' },
    ]);
  });

  it('walks the log newest first, each row once, and refuses an unknown action or a foreign cursor', async () => {
    for (let index = 0; index < 5; index += 1) {
      await world().request('admissions', { method: 'GET', url: `/api/patients/${PATIENT_A}` });
    }
    const seqs: number[] = [];
    let cursor: string | null = null;
    do {
      const after: string = cursor === null ? '' : `&cursor=${cursor}`;
      const page = (
        await world().request('privacy-officer', { method: 'GET', url: `/api/audit?limit=2${after}` })
      ).json<{
        items: AuditRow[];
        nextCursor: string | null;
      }>();
      seqs.push(...page.items.map((row) => row.seq));
      cursor = page.nextCursor;
    } while (cursor !== null);
    expect(seqs).toEqual([5, 4, 3, 2, 1]);

    const unknown = await world().request('privacy-officer', { method: 'GET', url: '/api/audit?action=patient.reed' });
    expect(unknown.statusCode).toBe(400);
    expect(unknown.json()).toMatchObject({ code: 'INVALID_QUERY', issues: [{ path: ['action'] }] });
    // Well-formed cursors (time, seq) holding what the columns cannot be compared with, on either
    // database, and a cursor of the old seq-only order.
    const at = '2026-11-28T12:00:00.000Z';
    for (const values of [[at, 'abc'], [at, 1.5], [at, 1e300], [at, null], [at, '5'], [5, 5], [null, 5], [5]]) {
      const cursor = Buffer.from(JSON.stringify(values)).toString('base64url');
      const response = await world().request('privacy-officer', { method: 'GET', url: `/api/audit?cursor=${cursor}` });
      expect(response.statusCode, JSON.stringify(values)).toBe(400);
      expect(response.json()).toMatchObject({ issues: [{ path: ['cursor'] }] });
    }
    expect(
      (await world().request('privacy-officer', { method: 'GET', url: '/api/audit?cursor=abc' })).json(),
    ).toMatchObject({
      issues: [{ path: ['cursor'] }],
    });
    expect(AUDIT_ACTIONS).toEqual(expect.arrayContaining(['patient.read', 'patient.list', 'care-team.read']));
  });

  it('lists break-glass grants to review with the clinician and patient by name', async () => {
    const queue = await world().request('privacy-officer', { method: 'GET', url: '/api/audit/break-glass' });
    expect(queue.statusCode).toBe(200);
    expect(queue.json()).toMatchObject({
      items: [{ id: GRANT_F1, userName: 'Test clinician-same-facility-not-on-team', patientName: 'Sample Birch' }],
      nextCursor: null,
    });
  });
});
