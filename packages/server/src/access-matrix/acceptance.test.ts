import { verifyAuditChain } from '@kratom-care/store';
import { sql } from 'kysely';
import { TEST_TARGETS } from '../test/auth-fixtures.js';
import { describe, expect, it } from 'vitest';
import { answersInOrder } from '../test/instrument-fixtures.js';
import { CONSENT_A, F1, MISSING, PATIENT_A, seededRecordId } from '../test/access-world.js';
import { useAccessWorld } from '../test/use-access-world.js';

describe.each(TEST_TARGETS)('issue 3 acceptance on $kind', (target) => {
  const world = useAccessWorld(target);

  it('hides a new patient from a clinician outside the care team exactly like a missing one, and the privacy officer sees both reads', async () => {
    const created = await world().request('clinician-on-care-team', {
      method: 'POST',
      url: '/api/patients',
      payload: { facilityId: F1, givenName: 'Sample', familyName: 'Quill' },
      headers: { 'idempotency-key': 'acceptance-0001' },
    });
    expect(created.statusCode).toBe(201);
    expect(created.headers.etag).toBe('"1"');
    const id = created.json<{ id: string }>().id;
    expect(
      (await world().request('clinician-on-care-team', { method: 'GET', url: `/api/patients/${id}` })).statusCode,
    ).toBe(200);

    const hidden = await world().request('clinician-same-facility-not-on-team', {
      method: 'GET',
      url: `/api/patients/${id}`,
    });
    const missing = await world().request('clinician-same-facility-not-on-team', {
      method: 'GET',
      url: `/api/patients/${MISSING}`,
    });
    expect(hidden.statusCode).toBe(404);
    expect(hidden.body).toBe(missing.body);
    expect(hidden.body).toBe('{"code":"NOT_FOUND","message":"Not found"}');

    const audit = await world().request('privacy-officer', { method: 'GET', url: '/api/audit?action=patient.read' });
    const rows = audit.json<{ items: { patientId: string | null; outcome: string }[] }>().items;
    expect(rows.some((row) => row.patientId === id && row.outcome === 'denied')).toBe(true);
    expect(rows.some((row) => row.patientId === id && row.outcome === 'allowed')).toBe(true);
    const missingRead = await world().request('privacy-officer', {
      method: 'GET',
      url: '/api/audit?action=patient.read&limit=100',
    });
    expect(missingRead.statusCode).toBe(200);
  });

  it('replays the same Idempotency-Key and refuses it with another body', async () => {
    const body = { facilityId: F1, givenName: 'Sample', familyName: 'Twice' };
    const first = await world().request('admissions', {
      method: 'POST',
      url: '/api/patients',
      payload: body,
      headers: { 'idempotency-key': 'same-key-0001' },
    });
    const again = await world().request('admissions', {
      method: 'POST',
      url: '/api/patients',
      payload: body,
      headers: { 'idempotency-key': 'same-key-0001' },
    });
    expect(again.statusCode).toBe(201);
    expect(again.body).toBe(first.body);
    const other = await world().request('admissions', {
      method: 'POST',
      url: '/api/patients',
      payload: { ...body, familyName: 'Other' },
      headers: { 'idempotency-key': 'same-key-0001' },
    });
    expect(other.statusCode).toBe(422);
    const count = await world()
      .scratch.db.selectFrom('patient')
      .select((eb) => eb.fn.countAll<number | string>().as('n'))
      .where('family_name', 'in', ['Twice', 'Other'])
      .executeTakeFirstOrThrow();
    expect(Number(count.n)).toBe(1);
  });

  it('lets the family member read only the granted category, records the disclosure, and answers 404 right after revocation', async () => {
    const recorded = await world().request('clinician-on-care-team', {
      method: 'POST',
      url: `/api/patients/${PATIENT_A}/assessments`,
      payload: { instrumentId: 'gad7', answers: answersInOrder('gad7', [2, 2, 2, 2, 2, 2, 2]) },
      headers: { 'idempotency-key': 'assess-0001' },
    });
    expect(recorded.statusCode).toBe(201);
    expect(recorded.json()).toMatchObject({ total: 14 });

    const read = await world().request('family-with-consent', {
      method: 'GET',
      url: `/api/patients/${PATIENT_A}/assessments`,
    });
    expect(read.statusCode).toBe(200);
    // The new assessment first, then the one the world was seeded with.
    expect(read.json()).toMatchObject({
      items: [{ id: recorded.json<{ id: string }>().id, total: 14 }, { id: seededRecordId('assessments', PATIENT_A) }],
      nextCursor: null,
      redisclosureNotice: '42 CFR part 2 prohibits unauthorized disclosure of these records.',
    });
    expect(read.json<{ items: unknown[] }>().items).toHaveLength(2);
    // Demographics are not a consented category.
    expect(
      (await world().request('family-with-consent', { method: 'GET', url: `/api/patients/${PATIENT_A}` })).statusCode,
    ).toBe(404);

    const disclosures = await world().request('patient', { method: 'GET', url: '/api/me/disclosures' });
    expect(disclosures.json<{ items: unknown[] }>().items).toHaveLength(1);
    expect(disclosures.json()).toMatchObject({
      redisclosureNotice: '42 CFR part 2 prohibits unauthorized disclosure of these records.',
      items: [
        { consentId: CONSENT_A, action: 'family-read', categories: ['assessments'], recipientKind: 'family-user' },
      ],
    });

    expect(
      (await world().request('patient', { method: 'POST', url: `/api/me/consents/${CONSENT_A}/revoke` })).statusCode,
    ).toBe(200);
    const after = await world().request('family-with-consent', {
      method: 'GET',
      url: `/api/patients/${PATIENT_A}/assessments`,
    });
    expect(after.statusCode).toBe(404);
    expect(after.body).toBe('{"code":"NOT_FOUND","message":"Not found"}');
    const last = await world()
      .scratch.db.selectFrom('audit_event')
      .selectAll()
      .orderBy('seq', 'desc')
      .limit(1)
      .executeTakeFirstOrThrow();
    expect(last).toMatchObject({ action: 'assessment.list', patient_id: PATIENT_A, outcome: 'denied' });
  });

  it('opens a patient by break-glass for 60 minutes, audited with break_glass=1 and queued for the privacy officer', async () => {
    const opened = await world().request('clinician-same-facility-not-on-team', {
      method: 'POST',
      url: `/api/patients/${PATIENT_A}/break-glass`,
      payload: {
        reason: 'Found unresponsive, need medication history',
      },
      headers: { 'idempotency-key': 'break-glass-0001' },
    });
    expect(opened.statusCode).toBe(201);
    const read = await world().request('clinician-same-facility-not-on-team', {
      method: 'GET',
      url: `/api/patients/${PATIENT_A}`,
    });
    expect(read.statusCode).toBe(200);
    const flagged = await world().request('privacy-officer', { method: 'GET', url: '/api/audit?breakGlass=true' });
    const actions = flagged.json<{ items: { action: string }[] }>().items.map((row) => row.action);
    expect(actions).toEqual(expect.arrayContaining(['patient.break-glass', 'patient.read']));
    const queue = await world().request('privacy-officer', { method: 'GET', url: '/api/audit/break-glass' });
    expect(queue.json<{ items: { reason: string }[] }>().items.map((item) => item.reason)).toContain(
      'Found unresponsive, need medication history',
    );
  });

  it('verifies the audit chain, then names the row edited directly in the database', async () => {
    await world().request('patient', { method: 'GET', url: `/api/patients/${PATIENT_A}` });
    await world().request('admissions', { method: 'GET', url: `/api/patients/${PATIENT_A}` });
    expect(await verifyAuditChain(world().scratch.db, world().app.identity.auditKey)).toMatchObject({
      ok: true,
      count: 2,
    });
    const first = await world()
      .scratch.db.selectFrom('audit_event')
      .select(['seq', 'id'])
      .orderBy('seq')
      .limit(1)
      .executeTakeFirstOrThrow();
    // What an attacker with schema rights does first: switch off the append-only triggers.
    if (world().scratch.dialect === 'sqlite') {
      await sql`drop trigger audit_event_no_update`.execute(world().scratch.db);
    } else {
      await sql`alter table audit_event disable trigger user`.execute(world().scratch.db);
    }
    await sql`update audit_event set outcome = 'denied' where seq = ${first.seq}`.execute(world().scratch.db);
    expect(await verifyAuditChain(world().scratch.db, world().app.identity.auditKey)).toMatchObject({
      ok: false,
      seq: first.seq,
      id: first.id,
      problem: 'edited',
    });
  });
});
