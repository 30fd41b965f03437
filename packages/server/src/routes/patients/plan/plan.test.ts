import { describe, expect, it } from 'vitest';
import { MISSING, PATIENT_A, USERS } from '../../../test/access-world.js';
import { TEST_TARGETS } from '../../../test/auth-fixtures.js';
import { useAccessWorld } from '../../../test/use-access-world.js';

/*
 * The treatment plan through the API (issue 10 §7): revisions with If-Match, the readable history, and
 * the patient's view with only the parts meant for them. Every person and plan is fictional.
 */

const NOT_FOUND = '{"code":"NOT_FOUND","message":"Not found"}';
const CLINICIAN = USERS['clinician-on-care-team'];

const plan = (overrides: object = {}) => ({
  problems: [
    { text: 'Kratom use disorder, moderate', patientFacing: true },
    { text: 'Possible alcohol misuse (to assess)', patientFacing: false },
  ],
  goals: [
    {
      text: 'Stop kratom use',
      measure: 'No use reported at weekly visits for 4 weeks',
      targetDate: '2027-03-01',
      patientFacing: true,
    },
    {
      text: 'Rule out liver injury',
      measure: 'ALT within the lab limit',
      targetDate: '2027-02-01',
      patientFacing: false,
    },
  ],
  interventions: [
    {
      kind: 'supervised-withdrawal',
      details: 'Outpatient, daily COWS',
      responsibleUserId: CLINICIAN,
      patientFacing: true,
    },
    { kind: 'cbt', details: 'Weekly, 8 sessions', patientFacing: true },
    { kind: 'dual-diagnosis-care', details: 'Screen for depression', patientFacing: false },
  ],
  responsibleUserIds: [CLINICIAN],
  reviewDate: '2027-02-15',
  patientNote: 'We will look at this plan together in two weeks.',
  ...overrides,
});

interface Version {
  id: string;
  revision: number;
  goals: { text: string }[];
  staff: { userId: string; name: string | null }[];
  savedBy: string;
}

describe.each(TEST_TARGETS)('the treatment plan through the API on $kind', (target) => {
  const world = useAccessWorld(target);
  let keys = 0;

  const save = (
    body: object,
    ifMatch?: string,
    role: 'clinician-on-care-team' | 'patient' = 'clinician-on-care-team',
  ) =>
    world().request(role, {
      method: 'POST',
      url: `/api/patients/${PATIENT_A}/plan`,
      payload: body,
      headers: {
        'idempotency-key': `plan-key-${(keys += 1)}`,
        ...(ifMatch === undefined ? {} : { 'if-match': ifMatch }),
      },
    });
  const get = (
    path: string,
    role: Parameters<ReturnType<typeof world>['request']>[0] = 'clinician-on-care-team',
    id = PATIENT_A,
  ) => world().request(role, { method: 'GET', url: `/api/patients/${id}/plan${path}` });

  it('before the first save the plan is null; the first save is revision 1 with the staff named', async () => {
    expect((await get('')).json()).toEqual({ plan: null });
    const first = await save(plan());
    expect(first.statusCode).toBe(201);
    expect(first.headers.etag).toBe('"1"');
    expect(first.json<Version>()).toMatchObject({
      revision: 1,
      savedBy: CLINICIAN,
      staff: [{ userId: CLINICIAN, name: expect.any(String) as string }],
    });
    const current = await get('');
    expect(current.headers.etag).toBe('"1"');
    expect(current.json<{ plan: Version }>().plan.revision).toBe(1);
  });

  it('a save needs the revision it was based on: 428 without, 412 when stale; every revision stays readable', async () => {
    await save(plan());
    expect((await save(plan())).statusCode).toBe(428);
    const second = await save(plan({ reviewDate: '2027-03-01' }), '"1"');
    expect(second.statusCode).toBe(201);
    expect(second.json<Version>().revision).toBe(2);
    const stale = await save(plan({ reviewDate: '2027-04-01' }), '"1"');
    expect(stale.statusCode).toBe(412);
    const third = await save(
      plan({
        goals: [
          { text: 'Cut down to half', measure: 'Grams per day logged', targetDate: '2027-02-20', patientFacing: true },
        ],
      }),
      '"2"',
    );
    expect(third.json<Version>().revision).toBe(3);
    const versions = await get('/versions');
    expect(versions.statusCode).toBe(200);
    const items = versions.json<{ items: Version[]; nextCursor: string | null }>().items;
    expect(items.map((item) => item.revision)).toEqual([3, 2, 1]);
    expect(items[0]?.goals.map((goal) => goal.text)).toEqual(['Cut down to half']);
    expect(items[2]?.goals).toHaveLength(2);
    const page = await get('/versions?limit=2');
    expect(page.json<{ items: Version[]; nextCursor: string | null }>().nextCursor).not.toBeNull();
  });

  it('a save needs an Idempotency-Key; the same key and body replay the first answer', async () => {
    const noKey = await world().request('clinician-on-care-team', {
      method: 'POST',
      url: `/api/patients/${PATIENT_A}/plan`,
      payload: plan(),
    });
    expect(noKey.statusCode).toBe(400);
    expect(noKey.json<{ issues: { path: string[] }[] }>().issues[0]?.path).toEqual(['headers', 'idempotency-key']);
    const send = () =>
      world().request('clinician-on-care-team', {
        method: 'POST',
        url: `/api/patients/${PATIENT_A}/plan`,
        payload: plan(),
        headers: { 'idempotency-key': 'plan-replay-key-1' },
      });
    const first = await send();
    const again = await send();
    expect(again.statusCode).toBe(201);
    expect(again.json()).toEqual(first.json());
    expect((await get('/versions')).json<{ items: unknown[] }>().items).toHaveLength(1);
  });

  it('the first save with an If-Match names a revision that does not exist: 412, nothing stored', async () => {
    expect((await save(plan(), '"1"')).statusCode).toBe(412);
    expect((await get('')).json()).toEqual({ plan: null });
  });

  it('the patient reads only the parts marked for them; family and other clinicians get the one 404', async () => {
    await save(plan());
    const view = await get('/patient-view', 'patient');
    expect(view.statusCode).toBe(200);
    const body = view.json<{ plan: Record<string, unknown> }>().plan;
    expect(body).toEqual({
      revision: 1,
      problems: [{ text: 'Kratom use disorder, moderate' }],
      goals: [
        { text: 'Stop kratom use', measure: 'No use reported at weekly visits for 4 weeks', targetDate: '2027-03-01' },
      ],
      interventions: [
        { kind: 'supervised-withdrawal', details: 'Outpatient, daily COWS' },
        { kind: 'cbt', details: 'Weekly, 8 sessions' },
      ],
      staff: [{ userId: CLINICIAN, name: expect.any(String) as string }],
      reviewDate: '2027-02-15',
      patientNote: 'We will look at this plan together in two weeks.',
      savedAt: expect.any(String) as string,
    });
    expect(JSON.stringify(body)).not.toContain('alcohol');
    expect(JSON.stringify(body)).not.toContain('liver');
    expect((await get('', 'patient')).body).toBe(NOT_FOUND);
    expect((await get('/versions', 'patient')).body).toBe(NOT_FOUND);
    expect((await get('/patient-view', 'family-with-consent')).body).toBe(NOT_FOUND);
    expect((await get('/patient-view', 'admissions')).body).toBe(NOT_FOUND);
    expect((await get('', 'clinician-other-facility')).body).toBe(NOT_FOUND);
    expect((await get('', 'clinician-on-care-team', MISSING)).body).toBe(NOT_FOUND);
    expect((await save(plan(), undefined, 'patient')).body).toBe(NOT_FOUND);
  });

  it('bad input names the field (400, nothing stored)', async () => {
    const cases: [object, string][] = [
      [plan({ problems: [] }), 'problems'],
      [plan({ goals: [{ text: 'Stop', targetDate: '2027-01-01', patientFacing: true }] }), 'goals.0.measure'],
      [
        plan({ goals: [{ text: 'Stop', measure: 'm', targetDate: '31/01/2027', patientFacing: true }] }),
        'goals.0.targetDate',
      ],
      [plan({ interventions: [{ kind: 'hypnosis', patientFacing: true }] }), 'interventions.0.kind'],
      [plan({ interventions: [{ kind: 'cbt', patientFacing: 'yes' }] }), 'interventions.0.patientFacing'],
      [plan({ reviewDate: 'soon' }), 'reviewDate'],
      [plan({ responsibleUserIds: [] }), 'responsibleUserIds'],
      [plan({ responsibleUserIds: [USERS['clinician-other-facility']] }), 'responsibleUserIds.0'],
      [plan({ responsibleUserIds: [USERS.admissions] }), 'responsibleUserIds.0'],
      [
        plan({ interventions: [{ kind: 'cbt', responsibleUserId: MISSING, patientFacing: true }] }),
        'interventions.0.responsibleUserId',
      ],
      [plan({ extra: true }), ''],
    ];
    for (const [body, field] of cases) {
      const response = await save(body);
      expect(response.statusCode, field).toBe(400);
      const paths = response
        .json<{ issues: { path: (string | number)[] }[] }>()
        .issues.map((issue) => issue.path.join('.'));
      if (field !== '') {
        expect(paths, field).toContain(field);
      }
    }
    expect((await get('')).json()).toEqual({ plan: null });
  });

  it('every read and save is audited with its action', async () => {
    await save(plan());
    await get('/patient-view', 'patient');
    const rows = await world()
      .scratch.db.selectFrom('audit_event')
      .select(['action', 'outcome', 'actor_user_id'])
      .where('action', 'like', 'plan.%')
      .orderBy('seq', 'asc')
      .execute();
    expect(rows).toEqual([
      { action: 'plan.create', outcome: 'allowed', actor_user_id: CLINICIAN },
      { action: 'plan.read', outcome: 'allowed', actor_user_id: USERS.patient },
    ]);
  });
});
