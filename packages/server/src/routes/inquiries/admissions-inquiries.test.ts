import type { TInquiryDetail, TInquiryReports, TListInquiriesResponse } from '@kratom-care/contracts';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { TEST_TARGETS } from '../../test/auth-fixtures.js';
import { TEST_CONFIG } from '../../test/build-test-app.js';
import {
  createAccessWorld,
  F1,
  F2,
  INQUIRY_F1,
  INQUIRY_F2,
  MISSING,
  USERS,
  type AccessWorld,
  type SignedInRole,
  type WorldRequest,
} from '../../test/access-world.js';

/*
 * The admissions pipeline through the API (issue 11 §4): scoping to the admissions staff of the
 * request's facility, the queue's timers, the state machine with its log, benefits and transport,
 * conversion to a patient, referral as a disclosure, and the manager reports. The seeded world
 * has INQUIRY_F1 (F1) and INQUIRY_F2 (F2) with their assessment scheduled.
 */

/** The part of an OpenAPI operation these tests read. */
interface OpenApiOperation {
  readonly responses: Record<
    string,
    {
      readonly content: {
        readonly 'application/json': {
          readonly schema: {
            readonly required?: string[];
            readonly properties?: Record<string, { readonly description?: string }>;
          };
        };
      };
    }
  >;
}

const START = Date.parse('2026-12-03T09:00:00.000Z');
const MINUTE = 60_000;

const FORM = {
  name: 'Robin',
  email: 'robin@example.org',
  bestTime: 'morning',
  forWhom: 'self',
  state: 'PA',
  levelOfCare: 'iop',
  facilityId: F1,
  needs: ['transport'],
  consentToContact: true,
  website: '',
  elapsedMs: 30_000,
};

describe.each(TEST_TARGETS)('admissions routes on $kind', (target) => {
  let world: AccessWorld;
  let now = START;
  let keys = 0;

  beforeEach(async () => {
    now = START;
    world = await createAccessWorld(target, () => new Date(now));
  }, 30_000);

  afterEach(async () => {
    await world.dispose();
  });

  const call = (role: SignedInRole | 'anonymous', request: WorldRequest) => {
    keys += 1;
    return world.request(role, {
      ...request,
      headers: { 'idempotency-key': `admissions-test-${keys}`, ...request.headers },
    });
  };
  const asAdmissions = (request: WorldRequest) => call('admissions', request);
  const detail = async (id: string): Promise<TInquiryDetail> =>
    (await asAdmissions({ method: 'GET', url: `/api/inquiries/${id}` })).json();
  const patch = (id: string, version: number, payload: object) =>
    asAdmissions({ method: 'PATCH', url: `/api/inquiries/${id}`, payload, headers: { 'if-match': `"${version}"` } });

  /** A new request at F1, submitted now; returns its id. */
  async function submitted(change: object = {}): Promise<string> {
    const response = await call('anonymous', {
      method: 'POST',
      url: '/api/inquiries',
      payload: { ...FORM, ...change },
    });
    expect(response.statusCode).toBe(201);
    const { reference } = response.json<{ reference: string }>();
    const row = await world.scratch.db
      .selectFrom('inquiry')
      .select('id')
      .where('reference', '=', reference)
      .executeTakeFirstOrThrow();
    return row.id;
  }

  /** Moves a request's submission back in time (and its first log entry with it). */
  async function submittedMinutesAgo(id: string, minutes: number): Promise<void> {
    const at = new Date(now - minutes * MINUTE).toISOString();
    await world.scratch.db.updateTable('inquiry').set({ submitted_at: at }).where('id', '=', id).execute();
  }

  it('hides requests of other facilities, missing ones and everyone but admissions behind one 404', async () => {
    const missing = await asAdmissions({ method: 'GET', url: `/api/inquiries/${MISSING}` });
    expect(missing.statusCode).toBe(404);
    for (const role of ['clinician-on-care-team', 'admin', 'privacy-officer', 'clinician-other-facility'] as const) {
      const hidden = await call(role, { method: 'GET', url: `/api/inquiries/${INQUIRY_F1}` });
      expect(hidden.statusCode, role).toBe(404);
      expect(hidden.body, role).toBe(missing.body);
    }
    const otherFacility = await asAdmissions({ method: 'GET', url: `/api/inquiries/${INQUIRY_F2}` });
    expect(otherFacility.statusCode).toBe(404);
    expect(otherFacility.body).toBe(missing.body);
    expect((await asAdmissions({ method: 'GET', url: `/api/inquiries?facilityId=${F2}` })).body).toBe(missing.body);
    const change = await asAdmissions({
      method: 'PATCH',
      url: `/api/inquiries/${INQUIRY_F2}`,
      payload: { status: 'closed', closeReason: 'x' },
      headers: { 'if-match': '"1"' },
    });
    expect(change.body).toBe(missing.body);
    const row = await world.scratch.db
      .selectFrom('inquiry')
      .selectAll()
      .where('id', '=', INQUIRY_F2)
      .executeTakeFirstOrThrow();
    expect(row.status).toBe('assessment-scheduled');
  });

  it('gives admissions staff 404 on clinical routes', async () => {
    const patients = await world.scratch.db.selectFrom('patient').select('id').where('facility_id', '=', F1).execute();
    for (const { id } of patients) {
      for (const url of [`/api/patients/${id}/vitals`, `/api/patients/${id}/summary`, `/api/patients/${id}/liver`]) {
        expect((await asAdmissions({ method: 'GET', url })).statusCode, url).toBe(404);
      }
    }
  });

  it('audits every read and change of a request, naming the facility, and every refusal', async () => {
    await detail(INQUIRY_F1);
    await asAdmissions({ method: 'GET', url: `/api/inquiries/${INQUIRY_F2}` });
    const rows = await world.scratch.db
      .selectFrom('audit_event')
      .select(['action', 'outcome', 'resource_id', 'actor_facility_id', 'actor_user_id'])
      .orderBy('seq')
      .execute();
    expect(rows).toEqual([
      {
        action: 'inquiry.read',
        outcome: 'allowed',
        resource_id: INQUIRY_F1,
        actor_facility_id: F1,
        actor_user_id: USERS.admissions,
      },
      {
        action: 'inquiry.read',
        outcome: 'denied',
        resource_id: INQUIRY_F2,
        actor_facility_id: F1,
        actor_user_id: USERS.admissions,
      },
    ]);
  });

  it('queues requests oldest first with timers against the first-contact target, and stops the clock at the first call', async () => {
    // Sessions time out after 15 idle minutes: the waits are set on the rows, not lived through.
    const first = await submitted();
    const second = await submitted({ name: 'Sam' });
    await submittedMinutesAgo(first, 71);
    await submittedMinutesAgo(second, 61);
    const queue: TListInquiriesResponse = (
      await asAdmissions({ method: 'GET', url: `/api/inquiries?facilityId=${F1}&status=new` })
    ).json();
    expect(queue.items.map((item) => [item.id, item.minutesWaiting, item.firstContactOverdue])).toEqual([
      [first, 71, true],
      [second, 61, true],
    ]);
    // The page names the target its overdue flags are measured against (the hour, when unset).
    expect(queue.firstContactTargetMinutes).toBe(60);
    const paged: TListInquiriesResponse = (
      await asAdmissions({ method: 'GET', url: '/api/inquiries?status=open&limit=1' })
    ).json();
    expect(paged.items).toHaveLength(1);
    expect(paged.nextCursor).not.toBeNull();
    expect(paged.firstContactTargetMinutes).toBe(60);
    const open: TListInquiriesResponse = (
      await asAdmissions({ method: 'GET', url: `/api/inquiries?status=open&limit=100` })
    ).json();
    expect(open.items.map((item) => item.id)).toEqual([INQUIRY_F1, first, second]);

    const logged = await asAdmissions({
      method: 'POST',
      url: `/api/inquiries/${second}/activities`,
      payload: { kind: 'call', text: 'Reached Sam; prefers afternoons' },
    });
    expect(logged.statusCode).toBe(201);
    expect(logged.json()).toMatchObject({ kind: 'call', actorName: 'Test admissions' });
    now += 10 * MINUTE;
    const after = await detail(second);
    expect(after).toMatchObject({ status: 'new', minutesWaiting: 61, firstContactOverdue: true });
    expect(after.firstContactAt).toBe(new Date(START).toISOString());
    // A note is not a contact.
    await asAdmissions({
      method: 'POST',
      url: `/api/inquiries/${first}/activities`,
      payload: { kind: 'note', text: 'Voicemail full' },
    });
    expect((await detail(first)).firstContactAt).toBeNull();
    expect((await asAdmissions({ method: 'GET', url: '/api/inquiries?cursor=not-a-cursor!' })).statusCode).toBe(400);
  });

  it('measures the wait against the configured first-contact target', async () => {
    const strict = await createAccessWorld(target, () => new Date(now), {
      ...TEST_CONFIG,
      inquiryFirstContactTargetMinutes: 15,
    });
    try {
      const submit = await strict.request('anonymous', {
        method: 'POST',
        url: '/api/inquiries',
        payload: FORM,
        headers: { 'idempotency-key': 'strict-target-0001' },
      });
      expect(submit.statusCode).toBe(201);
      await strict.scratch.db
        .updateTable('inquiry')
        .set({ submitted_at: new Date(now - 20 * MINUTE).toISOString() })
        .where('reference', '=', submit.json<{ reference: string }>().reference)
        .execute();
      const queue: TListInquiriesResponse = (
        await strict.request('admissions', { method: 'GET', url: '/api/inquiries?status=new' })
      ).json();
      expect(queue.items.map((item) => [item.minutesWaiting, item.firstContactOverdue])).toEqual([[20, true]]);
      expect(queue.firstContactTargetMinutes).toBe(15);
      // The request's own page names the same target.
      const detail = (
        await strict.request('admissions', { method: 'GET', url: `/api/inquiries/${queue.items[0]?.id ?? ''}` })
      ).json<TInquiryDetail>();
      expect([detail.firstContactOverdue, detail.firstContactTargetMinutes]).toEqual([true, 15]);
      // An empty page still says the target; the OpenAPI document describes the field.
      const none: TListInquiriesResponse = (
        await strict.request('admissions', { method: 'GET', url: '/api/inquiries?status=admitted' })
      ).json();
      expect(none).toEqual({ items: [], nextCursor: null, firstContactTargetMinutes: 15 });
      const spec = (await strict.app.inject({ method: 'GET', url: '/api/openapi.json' })).json<{
        paths: Record<string, Record<string, OpenApiOperation>>;
      }>();
      const page = spec.paths['/api/inquiries']?.['get']?.responses['200']?.content['application/json'].schema;
      expect(page?.required).toContain('firstContactTargetMinutes');
      expect(page?.properties?.['firstContactTargetMinutes']?.description).toMatch(
        /INQUIRY_FIRST_CONTACT_TARGET_MINUTES/,
      );
    } finally {
      await strict.dispose();
    }
  });

  it('moves a request along the pipeline with If-Match, logging every change in its transaction', async () => {
    const id = await submitted();
    now += 5 * MINUTE;
    const contacted = await patch(id, 1, { status: 'contacted' });
    expect(contacted.statusCode).toBe(200);
    expect(contacted.headers.etag).toBe('"2"');
    expect(contacted.json()).toMatchObject({ status: 'contacted', minutesWaiting: 5, firstContactOverdue: false });

    const refused: [object, (string | number)[]][] = [
      [{ status: 'admitted' }, ['status']],
      [{ status: 'new' }, ['status']],
      [{ status: 'closed' }, ['closeReason']],
      [{ status: 'referred-out' }, ['status']],
      [{ benefits: { inNetwork: 'maybe' } }, ['benefits', 'inNetwork']],
      [{ transport: { pickupLocation: 'Home', date: '2026-02-30' } }, ['transport', 'date']],
      [{ facilityId: MISSING }, ['facilityId']],
      [{}, []],
    ];
    for (const [payload, path] of refused) {
      const response = await patch(id, 2, payload);
      expect(response.statusCode, JSON.stringify(payload)).toBe(400);
      expect(response.json<{ issues: { path: unknown[] }[] }>().issues.map((issue) => issue.path)).toContainEqual(path);
    }
    expect((await patch(id, 1, { status: 'benefits-check' })).statusCode).toBe(412);
    const noIfMatch = await asAdmissions({
      method: 'PATCH',
      url: `/api/inquiries/${id}`,
      payload: { status: 'benefits-check' },
    });
    expect(noIfMatch.statusCode).toBe(428);
    const unchanged = await detail(id);
    expect(unchanged).toMatchObject({ status: 'contacted', version: 2 });
    expect(unchanged.activity).toHaveLength(2);

    now += MINUTE;
    const checked = await patch(id, 2, {
      status: 'benefits-check',
      benefits: {
        payerKind: 'commercial',
        insurer: 'Example Health (fictional)',
        planType: 'PPO',
        memberId: 'XZ-001',
        inNetwork: true,
        deductibleNotes: '$500 met',
        outOfPocketNotes: '$2,000 max',
        priorAuthorisation: 'requested',
        verified: true,
      },
      transport: { pickupLocation: '30th Street Station', date: '2026-12-05', needs: 'Wheelchair' },
    });
    expect(checked.statusCode).toBe(200);
    const worked = checked.json<TInquiryDetail>();
    expect(worked.benefits).toMatchObject({
      inNetwork: true,
      priorAuthorisation: 'requested',
      verifiedBy: 'Test admissions',
      verifiedAt: new Date(now).toISOString(),
    });
    expect(worked.transport).toMatchObject({
      pickupLocation: '30th Street Station',
      date: '2026-12-05',
      requestedBy: 'Test admissions',
    });
    expect(worked.activity.map((entry) => [entry.kind, entry.toStatus])).toEqual([
      ['status', 'new'],
      ['status', 'contacted'],
      ['status', 'benefits-check'],
      ['benefits', null],
      ['transport', null],
    ]);
    const unverified = await patch(id, 3, { benefits: { planType: 'HMO' } });
    expect(unverified.json<TInquiryDetail>().benefits).toMatchObject({
      planType: 'HMO',
      verifiedBy: null,
      verifiedAt: null,
    });

    const closed = await patch(id, 4, { status: 'closed', closeReason: 'Chose a programme nearer home' });
    expect(closed.json()).toMatchObject({ status: 'closed', closeReason: 'Chose a programme nearer home' });
    expect((await patch(id, 5, { status: 'contacted' })).statusCode).toBe(400);
  });

  it('converts a request with its assessment scheduled into a patient of the facility, once', async () => {
    const early = await submitted({ name: 'Robin Example' });
    expect(
      (await asAdmissions({ method: 'POST', url: `/api/inquiries/${early}/convert`, payload: {} })).statusCode,
    ).toBe(409);

    const converted = await asAdmissions({ method: 'POST', url: `/api/inquiries/${INQUIRY_F1}/convert`, payload: {} });
    expect(converted.statusCode).toBe(201);
    const { patientId } = converted.json<{ patientId: string }>();
    const patient = await asAdmissions({ method: 'GET', url: `/api/patients/${patientId}` });
    expect(patient.statusCode).toBe(200);
    expect(patient.json()).toMatchObject({
      facilityId: F1,
      givenName: 'Sample',
      familyName: 'Caller',
      phone: '215-555-0101',
      email: null,
      birthDate: null,
    });
    const after = await detail(INQUIRY_F1);
    expect(after).toMatchObject({ status: 'admitted', convertedPatientId: patientId });
    expect(after.activity.map((entry) => entry.kind).slice(-2)).toEqual(['status', 'conversion']);
    const audit = await world.scratch.db
      .selectFrom('audit_event')
      .select(['action', 'patient_id'])
      .where('action', 'in', ['patient.create', 'inquiry.convert'])
      .where('outcome', '=', 'allowed')
      .orderBy('seq')
      .execute();
    expect(audit).toEqual([
      { action: 'patient.create', patient_id: patientId },
      { action: 'inquiry.convert', patient_id: null },
    ]);
    expect(
      (await asAdmissions({ method: 'POST', url: `/api/inquiries/${INQUIRY_F1}/convert`, payload: {} })).statusCode,
    ).toBe(409);
    expect(
      await world.scratch.db.selectFrom('patient').select('id').where('id', '=', patientId).execute(),
    ).toHaveLength(1);
  });

  it('asks for the family name when the request gives a first name only', async () => {
    const id = await submitted({ name: 'Robin' });
    await patch(id, 1, { status: 'assessment-scheduled' });
    const refused = await asAdmissions({ method: 'POST', url: `/api/inquiries/${id}/convert`, payload: {} });
    expect(refused.statusCode).toBe(400);
    expect(refused.json()).toMatchObject({ issues: [{ path: ['familyName'] }] });
    expect((await detail(id)).convertedPatientId).toBeNull();
    const converted = await asAdmissions({
      method: 'POST',
      url: `/api/inquiries/${id}/convert`,
      payload: { familyName: 'Example' },
    });
    expect(converted.statusCode).toBe(201);
    const patient = await asAdmissions({
      method: 'GET',
      url: `/api/patients/${converted.json<{ patientId: string }>().patientId}`,
    });
    expect(patient.json()).toMatchObject({ givenName: 'Robin', familyName: 'Example', email: 'robin@example.org' });
  });

  it('refers out inside the network as a disclosure that opens the request at the other facility', async () => {
    const referred = await asAdmissions({
      method: 'POST',
      url: `/api/inquiries/${INQUIRY_F1}/referrals`,
      payload: { toFacilityId: F2, summary: 'Needs residential care; F1 has no bed' },
    });
    expect(referred.statusCode).toBe(201);
    expect(referred.json()).toMatchObject({ status: 'referred-out' });
    const disclosures = await world.scratch.db.selectFrom('inquiry_disclosure').selectAll().execute();
    expect(disclosures).toMatchObject([
      {
        inquiry_id: INQUIRY_F1,
        recipient_kind: 'network-facility',
        recipient_facility_id: F2,
        recipient_name: 'Aspen House',
        consent_confirmed_by: null,
      },
    ]);
    const opened = await world.scratch.db
      .selectFrom('inquiry')
      .selectAll()
      .where('referred_from_id', '=', INQUIRY_F1)
      .execute();
    expect(opened).toMatchObject([{ facility_id: F2, status: 'new', routed_by: 'referral', name: 'Sample Caller' }]);
    // Admissions of F1 cannot follow it to F2.
    expect((await asAdmissions({ method: 'GET', url: `/api/inquiries/${opened[0]?.id ?? ''}` })).statusCode).toBe(404);
    // Ended: no second referral.
    const again = await asAdmissions({
      method: 'POST',
      url: `/api/inquiries/${INQUIRY_F1}/referrals`,
      payload: { toName: 'Elsewhere (fictional)', summary: 'x', consentConfirmed: true },
    });
    expect(again.statusCode).toBe(409);
  });

  it("refers outside the network only with the person's recorded agreement", async () => {
    const id = await submitted();
    const refused = await asAdmissions({
      method: 'POST',
      url: `/api/inquiries/${id}/referrals`,
      payload: { toName: 'Elsewhere Outpatient (fictional)', summary: 'Closer to home' },
    });
    expect(refused.statusCode).toBe(400);
    expect(refused.json()).toMatchObject({ issues: [{ path: ['consentConfirmed'] }] });
    expect(await world.scratch.db.selectFrom('inquiry_disclosure').selectAll().execute()).toEqual([]);
    const both = await asAdmissions({
      method: 'POST',
      url: `/api/inquiries/${id}/referrals`,
      payload: { toName: 'X (fictional)', toFacilityId: F2, summary: 'x', consentConfirmed: true },
    });
    expect(both.statusCode).toBe(400);
    const referred = await asAdmissions({
      method: 'POST',
      url: `/api/inquiries/${id}/referrals`,
      payload: { toName: 'Elsewhere Outpatient (fictional)', summary: 'Closer to home', consentConfirmed: true },
    });
    expect(referred.statusCode).toBe(201);
    expect(await world.scratch.db.selectFrom('inquiry_disclosure').selectAll().execute()).toMatchObject([
      { recipient_kind: 'outside-provider', recipient_facility_id: null, consent_confirmed_by: USERS.admissions },
    ]);
  });

  it('reports the funnel, the median time to first contact and conversion for managers of the facility', async () => {
    const quick = await submitted({ levelOfCare: 'iop' });
    const slow = await submitted({ levelOfCare: 'outpatient' });
    await submittedMinutesAgo(quick, 20);
    await submittedMinutesAgo(slow, 60);
    await patch(quick, 1, { status: 'contacted' });
    await patch(slow, 1, { status: 'closed', closeReason: 'Unreachable' });
    await asAdmissions({ method: 'POST', url: `/api/inquiries/${INQUIRY_F1}/convert`, payload: {} });

    const response = await asAdmissions({ method: 'GET', url: `/api/inquiries/reports?facilityId=${F1}` });
    expect(response.statusCode).toBe(200);
    const reports = response.json<TInquiryReports>();
    expect(reports.facilityIds).toEqual([F1]);
    expect(Object.fromEntries(reports.funnel.map((row) => [row.status, [row.current, row.reached]]))).toEqual({
      new: [0, 2],
      contacted: [1, 1],
      'benefits-check': [0, 0],
      'assessment-scheduled': [0, 0],
      admitted: [1, 1],
      'referred-out': [0, 0],
      closed: [1, 1],
    });
    // 20 and 60 minutes for the two new requests; the seeded one was contacted as it came in.
    expect(reports.medianMinutesToFirstContact).toBe(20);
    expect(reports.firstContactTargetMinutes).toBe(60);
    expect(reports.conversionByLevel).toEqual([
      { levelOfCare: 'iop', inquiries: 2, admitted: 1, rate: 0.5 },
      { levelOfCare: 'outpatient', inquiries: 1, admitted: 0, rate: 0 },
    ]);
    expect(reports.conversionByFacility).toEqual([
      { facilityId: F1, facilityName: 'Riverbend Clinic', inquiries: 3, admitted: 1, rate: 0.333 },
    ]);

    expect((await call('admin', { method: 'GET', url: '/api/inquiries/reports' })).statusCode).toBe(200);
    expect((await call('clinician-on-care-team', { method: 'GET', url: '/api/inquiries/reports' })).statusCode).toBe(
      404,
    );
    expect((await asAdmissions({ method: 'GET', url: `/api/inquiries/reports?facilityId=${F2}` })).statusCode).toBe(
      404,
    );
    expect((await asAdmissions({ method: 'GET', url: '/api/inquiries/reports?from=yesterday' })).statusCode).toBe(400);
    // Bounds without milliseconds compare as times, not as text: from the second the quick request came in.
    const since = new Date(START - 20 * MINUTE).toISOString().replace('.000Z', 'Z');
    const recent = await asAdmissions({ method: 'GET', url: `/api/inquiries/reports?facilityId=${F1}&from=${since}` });
    expect(recent.json<TInquiryReports>().conversionByFacility).toMatchObject([{ inquiries: 1 }]);
  });
});
