import { INQUIRY_REFERENCE_PATTERN, type TCreateInquiryInput } from '@kratom-care/contracts';
import type { LevelOfCare } from '@kratom-care/domain';
import { createProgramme, createScratchDatabase, type AppDatabase, type ScratchDatabase } from '@kratom-care/store';
import type { InjectOptions } from 'fastify';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { App } from '../../app-types.js';
import { createApp } from '../../app.js';
import { CSRF_HEADER, CSRF_HEADER_VALUE, createMemoryOutbox } from '../../auth/index.js';
import { TEST_TARGETS } from '../../test/auth-fixtures.js';
import { TEST_CONFIG } from '../../test/build-test-app.js';

/*
 * The public call-back request (issue 11 §3): what is stored, where it is routed, the double
 * submit, the per-IP limit and every kind of bad input (a 400 naming the field, nothing stored).
 * Facilities are fictional, at the coordinates of real cities so routing by ZIP code can be checked.
 */

const NOW = '2026-12-03T15:00:00.000Z';

/** A valid form, as the public page sends it. */
const FORM: TCreateInquiryInput = {
  name: 'Robin',
  phone: '(215) 555-0142',
  bestTime: 'evening',
  forWhom: 'self',
  zip: '19104',
  levelOfCare: 'residential',
  needs: [],
  consentToContact: true,
  website: '',
  elapsedMs: 42_000,
};

interface Place {
  readonly id: string;
  readonly name: string;
  readonly state: string;
  readonly latitude: number;
  readonly longitude: number;
  readonly levels: readonly LevelOfCare[];
  readonly demo?: boolean;
}

/** Philadelphia (IOP only), Pittsburgh (residential), a demo facility in Philadelphia with residential, Harrisburg with none. */
const PLACES: readonly Place[] = [
  {
    id: 'f-phl',
    name: 'Schuylkill Example Centre (fictional)',
    state: 'PA',
    latitude: 39.95,
    longitude: -75.17,
    levels: ['iop'],
  },
  {
    id: 'f-pit',
    name: 'Allegheny Example House (fictional)',
    state: 'PA',
    latitude: 40.44,
    longitude: -79.99,
    levels: ['residential'],
  },
  {
    id: 'f-demo',
    name: 'Demo Recovery (fictional)',
    state: 'PA',
    latitude: 39.96,
    longitude: -75.2,
    levels: ['residential'],
    demo: true,
  },
  {
    id: 'f-den',
    name: 'Front Range Example Clinic (fictional)',
    state: 'CO',
    latitude: 39.74,
    longitude: -104.99,
    levels: ['outpatient'],
  },
];

async function seedNetwork(db: AppDatabase): Promise<void> {
  for (const place of PLACES) {
    await db
      .insertInto('facility')
      .values({
        id: place.id,
        name: place.name,
        region: 'test',
        address: '',
        state: place.state,
        latitude: place.latitude,
        longitude: place.longitude,
        demo: place.demo === true ? 1 : 0,
        created_at: NOW,
        updated_at: NOW,
        version: 1,
      })
      .execute();
    for (const level of place.levels) {
      await createProgramme(db, place.id, {
        name: `${level} programme`,
        levelOfCare: level,
        medications: [],
        otp: false,
        kratomExperience: true,
        kratomTesting: false,
        populations: [],
        services: [],
        payers: ['medicaid'],
        commercialInsurers: [],
        unmappedCodes: [],
        capacityAvailable: null,
        nextIntakeDate: null,
        lastVerifiedAt: null,
        lastVerifiedBy: null,
      });
    }
  }
}

describe.each(TEST_TARGETS)('POST /api/inquiries on $kind', (target) => {
  let scratch: ScratchDatabase;
  let app: App;

  async function start(inquiryPerIpPerMinute = 100): Promise<void> {
    app = await createApp({
      config: TEST_CONFIG,
      db: scratch.db,
      clock: () => new Date(NOW),
      mailer: createMemoryOutbox(),
      authLimits: { inquiryPerIpPerMinute },
    });
    await app.ready();
  }

  beforeEach(async () => {
    scratch = await createScratchDatabase(target);
    await seedNetwork(scratch.db);
  }, 30_000);

  afterEach(async () => {
    await app.close();
    await scratch.dispose();
  });

  const submit = (
    body: object,
    key = `form-${Math.random().toString(36).slice(2)}`,
  ): Promise<{ statusCode: number; body: string; json: () => unknown }> => {
    const options: InjectOptions = {
      method: 'POST',
      url: '/api/inquiries',
      headers: { [CSRF_HEADER]: CSRF_HEADER_VALUE, 'idempotency-key': key },
      payload: body,
    };
    return app.inject(options);
  };

  const stored = async () => scratch.db.selectFrom('inquiry').selectAll().execute();

  it('stores a valid request with its first log entry and an audit row without an actor, and answers only the reference', async () => {
    await start();
    const response = await submit({
      ...FORM,
      payer: { kind: 'medicaid', memberId: 'ABC123' },
      needs: ['family-support'],
    });
    expect(response.statusCode).toBe(201);
    const body = response.json() as Record<string, unknown>;
    expect(Object.keys(body)).toEqual(['reference']);
    expect(body.reference).toMatch(INQUIRY_REFERENCE_PATTERN);
    const [row, ...rest] = await stored();
    expect(rest).toEqual([]);
    expect(row).toMatchObject({
      reference: body.reference,
      status: 'new',
      name: 'Robin',
      phone: '(215) 555-0142',
      email: null,
      routed_to_family_programme: 1,
      self_check_summary: null,
      submitted_at: NOW,
      consent_to_contact_at: NOW,
    });
    expect(JSON.parse(row?.payer ?? 'null')).toEqual({ kind: 'medicaid', insurer: null, memberId: 'ABC123' });
    const log = await scratch.db.selectFrom('inquiry_activity').selectAll().execute();
    expect(log).toMatchObject([{ kind: 'status', to_status: 'new', actor_user_id: null }]);
    const audit = await scratch.db.selectFrom('audit_event').selectAll().execute();
    expect(audit).toMatchObject([
      {
        action: 'inquiry.submit',
        actor_user_id: null,
        resource_type: 'inquiry',
        resource_id: row?.id,
        outcome: 'allowed',
      },
    ]);
  });

  it('keeps the self-check summary only when the person attached it', async () => {
    await start();
    expect((await submit({ ...FORM, selfCheckSummary: 'Daily use, moderate withdrawal' })).statusCode).toBe(201);
    expect((await submit({ ...FORM, selfCheckSummary: '' })).statusCode).toBe(201);
    const summaries = (await stored()).map((row) => row.self_check_summary).sort();
    expect(summaries).toEqual(['Daily use, moderate withdrawal', null]);
  });

  it('stores exactly one request for 16 parallel submits with one Idempotency-Key', async () => {
    await start();
    const key = 'double-submit-0001';
    const responses = await Promise.all(Array.from({ length: 16 }, () => submit(FORM, key)));
    const statuses = responses.map((response) => response.statusCode);
    expect(statuses.every((status) => status === 201 || status === 409)).toBe(true);
    expect(statuses).toContain(201);
    const references = new Set(
      responses
        .filter((response) => response.statusCode === 201)
        .map((response) => (response.json() as { reference: string }).reference),
    );
    expect(references.size).toBe(1);
    expect(await stored()).toHaveLength(1);
    // A retry after the race replays the same answer; the fill time may have grown meanwhile.
    const retry = await submit({ ...FORM, elapsedMs: 99_000 }, key);
    expect(retry.statusCode).toBe(201);
    expect((retry.json() as { reference: string }).reference).toBe([...references][0]);
    expect(await stored()).toHaveLength(1);
  });

  it('answers 422 when the key comes back with another request', async () => {
    await start();
    expect((await submit(FORM, 'same-key-0001')).statusCode).toBe(201);
    expect((await submit({ ...FORM, name: 'Someone Else' }, 'same-key-0001')).statusCode).toBe(422);
  });

  it('limits requests per client address', async () => {
    await start(2);
    expect((await submit(FORM)).statusCode).toBe(201);
    expect((await submit(FORM)).statusCode).toBe(201);
    const limited = await submit(FORM);
    expect(limited.statusCode).toBe(429);
    expect(await stored()).toHaveLength(2);
  });

  it('needs an Idempotency-Key and the CSRF header', async () => {
    await start();
    const noKey = await app.inject({
      method: 'POST',
      url: '/api/inquiries',
      headers: { [CSRF_HEADER]: CSRF_HEADER_VALUE },
      payload: FORM as Record<string, unknown>,
    });
    expect(noKey.statusCode).toBe(400);
    expect(noKey.json()).toMatchObject({ issues: [{ path: ['headers', 'idempotency-key'] }] });
    const noCsrf = await app.inject({
      method: 'POST',
      url: '/api/inquiries',
      headers: { 'idempotency-key': 'form-no-csrf-1' },
      payload: FORM as Record<string, unknown>,
    });
    expect(noCsrf.statusCode).toBe(403);
    expect(await stored()).toEqual([]);
  });

  it.each<[string, object, (string | number)[]]>([
    ['no way to reach the person', { phone: undefined }, ['phone']],
    ['empty phone and email', { phone: '', email: '' }, ['phone']],
    ['a bad phone number', { phone: '555-01' }, ['phone']],
    ['a phone number without the area code', { phone: '555-0142' }, ['phone']],
    ['a bad email', { phone: undefined, email: 'robin@' }, ['email']],
    ['a ZIP code that does not exist', { zip: '00000' }, ['zip']],
    ['a malformed ZIP code', { zip: '1910' }, ['zip']],
    ['neither ZIP code nor state', { zip: undefined }, ['zip']],
    ['an unknown state', { zip: undefined, state: 'XX' }, ['state']],
    ['no consent to be contacted', { consentToContact: false }, ['consentToContact']],
    ['the honeypot filled in', { website: 'https://spam.example.org' }, ['website']],
    ['a form sent faster than a person fills it', { elapsedMs: 400 }, ['elapsedMs']],
    ['an unknown level of care', { levelOfCare: 'spa' }, ['levelOfCare']],
    ['an unknown payer', { payer: { kind: 'crypto' } }, ['payer', 'kind']],
    ['an unknown need', { needs: ['massage'] }, ['needs', 0]],
    ['an unknown field', { favouriteColour: 'blue' }, ['favouriteColour']],
    ['a facility that does not exist', { facilityId: 'no-such-facility' }, ['facilityId']],
    ['no name', { name: '   ' }, ['name']],
  ])('answers 400 naming the field for %s, and stores nothing', async (_label, change, path) => {
    await start();
    const response = await submit({ ...FORM, ...change });
    expect(response.statusCode).toBe(400);
    const body = response.json() as { issues: { path: (string | number)[] }[] };
    expect(body.issues.map((issue) => issue.path)).toContainEqual(path);
    expect(await stored()).toEqual([]);
    expect(await scratch.db.selectFrom('inquiry_activity').selectAll().execute()).toEqual([]);
    expect(await scratch.db.selectFrom('idempotency_key').selectAll().execute()).toEqual([]);
  });

  it.each<[string, object, string, string]>([
    ['the facility the person named', { facilityId: 'f-den' }, 'f-den', 'named-facility'],
    ['the nearest real facility with the level (past a nearer one without it)', {}, 'f-pit', 'nearest-with-level'],
    ['the nearest real facility when no level was chosen', { levelOfCare: undefined }, 'f-phl', 'nearest'],
    ['the nearest real facility when none has the level', { levelOfCare: 'php' }, 'f-phl', 'nearest'],
    ['a facility in the state, with the level, for a state only', { zip: undefined, state: 'PA' }, 'f-pit', 'in-state'],
    [
      'any facility, with the level first, in a state without one',
      { zip: undefined, state: 'VT', levelOfCare: 'outpatient' },
      'f-den',
      'any',
    ],
  ])('routes to %s', async (_label, change, facilityId, routedBy) => {
    await start();
    expect((await submit({ ...FORM, ...change })).statusCode).toBe(201);
    expect(await stored()).toMatchObject([{ facility_id: facilityId, routed_by: routedBy }]);
  });
});
