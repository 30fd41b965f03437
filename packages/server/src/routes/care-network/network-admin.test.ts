import { ZFacilityProfile, ZNetworkFacility, ZNetworkProgramme } from '@kratom-care/contracts';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  buildAuthTestApp,
  createTestFacility,
  createTestUser,
  signInAs,
  TEST_TARGETS,
  type AuthTestApp,
  type SignedInHeaders,
} from '../../test/auth-fixtures.js';

/*
 * The admin's side of the care network (issue 11 §1): the facility profile through POST/PATCH
 * /api/facilities, the facility with its programmes, and programme create/change/remove with
 * "verified" stamping now and the admin's name. Every facility and person is fictional.
 */

const NOT_FOUND = '{"code":"NOT_FOUND","message":"Not found"}';
const PROGRAMME = {
  name: 'Example Intensive Outpatient (fictional)',
  levelOfCare: 'iop',
  medications: ['buprenorphine', 'naltrexone'],
  payers: ['medicaid', 'commercial'],
  commercialInsurers: ['Example Health Plan'],
  populations: ['adults'],
  services: ['family-programme'],
  kratomExperience: true,
  capacityAvailable: 3,
  nextIntakeDate: '2026-02-01',
};

describe.each(TEST_TARGETS)('network admin routes on $kind', (target) => {
  let t: AuthTestApp;
  let admin: SignedInHeaders;
  let otherAdmin: SignedInHeaders;
  let clinician: SignedInHeaders;
  let facilityId: string;
  let keyCounter = 0;
  const key = () => ({ 'idempotency-key': `network-admin-${(keyCounter += 1)}-key` });

  beforeAll(async () => {
    t = await buildAuthTestApp({ target });
    facilityId = await createTestFacility(t.app, 'Example Recovery Centre (fictional)');
    const other = await createTestFacility(t.app, 'Other Example Centre (fictional)');
    admin = await signInAs(t.app, await createTestUser(t.app, { role: 'admin', facilityId, name: 'Avery Admin' }));
    otherAdmin = await signInAs(t.app, await createTestUser(t.app, { role: 'admin', facilityId: other }));
    clinician = await signInAs(t.app, await createTestUser(t.app, { role: 'clinician', facilityId }));
  });

  afterAll(async () => {
    await t.close();
  });

  it('creates a facility with a profile, taking the ZIP code centre as its coordinates', async () => {
    const response = await t.app.inject({
      method: 'POST',
      url: '/api/facilities',
      headers: { ...admin, ...key() },
      payload: {
        name: 'Example Harbour House (fictional)',
        region: 'Northeast',
        street1: '1 Example Pier',
        city: 'New York',
        state: 'NY',
        zip: '10001',
        phone: '212-555-0101',
        admissionsLine: '212-555-0102',
        hours: 'Mon–Fri 8–6; admissions 24/7',
        languages: ['en', 'ES'],
        website: 'https://example.org/harbour',
        verified: true,
      },
    });
    expect(response.statusCode, response.body).toBe(201);
    const created = ZFacilityProfile.parse(response.json());
    expect(created).toMatchObject({
      state: 'NY',
      finderRegion: 'northeast',
      latitude: 40.75065,
      longitude: -73.997293,
      languages: ['en', 'es'],
      source: 'manual',
      demo: false,
      lastVerifiedBy: 'Avery Admin',
      verificationStale: false,
    });
    const finder = await t.app.inject({ method: 'GET', url: '/api/finder/facilities?zip=10001&radiusMiles=1' });
    expect(finder.json<{ items: { id: string }[] }>().items.map((item) => item.id)).toContain(created.id);

    // A corrected ZIP code moves a listing still at the old ZIP code's centre; a position typed by hand stays.
    const corrected = await t.app.inject({
      method: 'PATCH',
      url: `/api/facilities/${created.id}`,
      headers: { ...admin, 'if-match': `"${created.version}"` },
      payload: { zip: '10002' },
    });
    expect(corrected.json()).toMatchObject({ zip: '10002', latitude: 40.715969, longitude: -73.986895 });
    const placed = await t.app.inject({
      method: 'PATCH',
      url: `/api/facilities/${created.id}`,
      headers: { ...admin, 'if-match': `"${created.version + 1}"` },
      payload: { latitude: 40.7, longitude: -73.99 },
    });
    expect(placed.statusCode, placed.body).toBe(200);
    const movedZip = await t.app.inject({
      method: 'PATCH',
      url: `/api/facilities/${created.id}`,
      headers: { ...admin, 'if-match': `"${created.version + 2}"` },
      payload: { zip: '10001' },
    });
    expect(movedZip.json()).toMatchObject({ zip: '10001', latitude: 40.7, longitude: -73.99 });
  });

  it('refuses an unknown ZIP code and half a coordinate pair, naming the field, storing nothing', async () => {
    const unknownZip = await t.app.inject({
      method: 'POST',
      url: '/api/facilities',
      headers: { ...admin, ...key() },
      payload: { name: 'Nowhere (fictional)', region: 'X', zip: '00000' },
    });
    expect(unknownZip.statusCode).toBe(400);
    expect(unknownZip.json<{ issues: { path: unknown[] }[] }>().issues[0]?.path).toEqual(['zip']);
    const half = await t.app.inject({
      method: 'PATCH',
      url: `/api/facilities/${facilityId}`,
      headers: { ...admin, 'if-match': '"1"' },
      payload: { latitude: 40 },
    });
    expect(half.statusCode).toBe(400);
    expect(half.json<{ issues: { path: unknown[] }[] }>().issues[0]?.path).toEqual(['longitude']);
  });

  it('changes the profile with If-Match and shows it with the programmes', async () => {
    const patched = await t.app.inject({
      method: 'PATCH',
      url: `/api/facilities/${facilityId}`,
      headers: { ...admin, 'if-match': '"1"' },
      payload: { state: 'PA', zip: '19104', phone: '215-555-0100', latitude: 39.95, longitude: -75.19 },
    });
    expect(patched.statusCode, patched.body).toBe(200);
    expect(patched.json()).toMatchObject({ version: 2, state: 'PA', latitude: 39.95, finderRegion: 'mid-atlantic' });
    const stale = await t.app.inject({
      method: 'PATCH',
      url: `/api/facilities/${facilityId}`,
      headers: { ...admin, 'if-match': '"1"' },
      payload: { phone: '215-555-0109' },
    });
    expect(stale.statusCode).toBe(412);

    const read = await t.app.inject({ method: 'GET', url: `/api/facilities/${facilityId}`, headers: admin });
    expect(read.statusCode).toBe(200);
    expect(read.headers.etag).toBe('"2"');
    expect(ZNetworkFacility.parse(read.json())).toMatchObject({ programmes: [], phone: '215-555-0100' });
  });

  it('hides another facility and the admin view from non-admins behind the 404', async () => {
    for (const headers of [otherAdmin, clinician]) {
      const response = await t.app.inject({ method: 'GET', url: `/api/facilities/${facilityId}`, headers });
      expect(response.statusCode).toBe(404);
      expect(response.body).toBe(NOT_FOUND);
      const create = await t.app.inject({
        method: 'POST',
        url: `/api/facilities/${facilityId}/programmes`,
        headers: { ...headers, ...key() },
        payload: PROGRAMME,
      });
      expect(create.body).toBe(NOT_FOUND);
    }
  });

  it('adds a programme once per Idempotency-Key, changes it with If-Match, stamps verification, removes it', async () => {
    const headers = { ...admin, ...key() };
    const first = await t.app.inject({
      method: 'POST',
      url: `/api/facilities/${facilityId}/programmes`,
      headers,
      payload: PROGRAMME,
    });
    expect(first.statusCode, first.body).toBe(201);
    const replay = await t.app.inject({
      method: 'POST',
      url: `/api/facilities/${facilityId}/programmes`,
      headers,
      payload: PROGRAMME,
    });
    expect(replay.json()).toEqual(first.json());
    const programme = ZNetworkProgramme.parse(first.json());
    expect(programme).toMatchObject({ ...PROGRAMME, otp: false, lastVerifiedAt: null, verificationStale: true });

    const url = `/api/facilities/${facilityId}/programmes/${programme.id}`;
    const methadone = await t.app.inject({
      method: 'PATCH',
      url,
      headers: { ...admin, 'if-match': '"1"' },
      payload: { medications: ['methadone'] },
    });
    expect(methadone.statusCode).toBe(400);
    expect(methadone.json<{ issues: { path: unknown[] }[] }>().issues[0]?.path).toEqual(['medications']);

    const verified = await t.app.inject({
      method: 'PATCH',
      url,
      headers: { ...admin, 'if-match': '"1"' },
      payload: { medications: ['methadone'], otp: true, capacityAvailable: null, verified: true },
    });
    expect(verified.statusCode, verified.body).toBe(200);
    expect(verified.json()).toMatchObject({
      version: 2,
      otp: true,
      medications: ['methadone'],
      capacityAvailable: null,
      lastVerifiedAt: t.clock.now().toISOString(),
      lastVerifiedBy: 'Avery Admin',
      verificationStale: false,
    });
    const stale = await t.app.inject({
      method: 'PATCH',
      url,
      headers: { ...admin, 'if-match': '"1"' },
      payload: { name: 'Renamed' },
    });
    expect(stale.statusCode).toBe(412);

    const listed = await t.app.inject({ method: 'GET', url: `/api/facilities/${facilityId}`, headers: admin });
    expect(listed.json<{ programmes: { id: string }[] }>().programmes.map((p) => p.id)).toEqual([programme.id]);

    const removed = await t.app.inject({ method: 'DELETE', url, headers: admin });
    expect(removed.statusCode).toBe(204);
    const again = await t.app.inject({ method: 'DELETE', url, headers: admin });
    expect(again.statusCode).toBe(404);
    expect(again.body).toBe(NOT_FOUND);
  });

  it('refuses bad programme bodies naming the field', async () => {
    const response = await t.app.inject({
      method: 'POST',
      url: `/api/facilities/${facilityId}/programmes`,
      headers: { ...admin, ...key() },
      payload: { ...PROGRAMME, levelOfCare: 'spa', capacityAvailable: -1 },
    });
    expect(response.statusCode).toBe(400);
    expect(response.json<{ issues: { path: unknown[] }[] }>().issues.map((issue) => issue.path)).toEqual([
      ['levelOfCare'],
      ['capacityAvailable'],
    ]);
  });

  it('lets any admin add what an imported listing lacks (nobody works there), while a facility staff work at stays with its own admins', async () => {
    const imported = await t.app.inject({
      method: 'POST',
      url: '/api/facilities/import',
      headers: admin,
      payload: {
        format: 'json',
        content: JSON.stringify([
          {
            externalKey: 'listing-1',
            name: 'Example Listed Clinic (fictional)',
            street1: '9 Example Street',
            city: 'Camden',
            state: 'NJ',
            zip: '08102',
            phone: '856-555-0109',
            programmes: [{ name: 'Outpatient', levelOfCare: 'outpatient' }],
          },
        ]),
      },
    });
    expect(imported.statusCode, imported.body).toBe(200);
    const found = await t.app.inject({ method: 'GET', url: '/api/finder/facilities?state=NJ' });
    const listingId = found
      .json<{ items: { id: string; name: string }[] }>()
      .items.find((item) => item.name === 'Example Listed Clinic (fictional)')?.id;
    expect(listingId).toBeDefined();
    const url = `/api/facilities/${listingId}`;

    // The admin of another facility (not the one who imported it) manages the listing.
    const read = await t.app.inject({ method: 'GET', url, headers: otherAdmin });
    expect(read.statusCode, read.body).toBe(200);
    const listing = ZNetworkFacility.parse(read.json());
    const profile = await t.app.inject({
      method: 'PATCH',
      url,
      headers: { ...otherAdmin, 'if-match': `"${listing.version}"` },
      payload: { admissionsLine: '856-555-0110' },
    });
    expect(profile.statusCode, profile.body).toBe(200);
    const [programme] = listing.programmes;
    const verified = await t.app.inject({
      method: 'PATCH',
      url: `${url}/programmes/${programme?.id}`,
      headers: { ...otherAdmin, 'if-match': `"${programme?.version}"` },
      payload: { kratomExperience: true, capacityAvailable: 4, verified: true },
    });
    expect(verified.statusCode, verified.body).toBe(200);
    expect(ZNetworkProgramme.parse(verified.json())).toMatchObject({ kratomExperience: true, capacityAvailable: 4 });
    const added = await t.app.inject({
      method: 'POST',
      url: `${url}/programmes`,
      headers: { ...otherAdmin, ...key() },
      payload: PROGRAMME,
    });
    expect(added.statusCode, added.body).toBe(201);
    const removed = await t.app.inject({
      method: 'DELETE',
      url: `${url}/programmes/${ZNetworkProgramme.parse(added.json()).id}`,
      headers: otherAdmin,
    });
    expect(removed.statusCode).toBe(204);

    // Staff who are not admins still get the 404 of a missing facility, and so does the other admin on a
    // facility whose own admins manage it.
    for (const [who, target] of [
      [clinician, url],
      [otherAdmin, `/api/facilities/${facilityId}`],
    ] as const) {
      const refused = await t.app.inject({ method: 'GET', url: target, headers: who });
      expect(refused.statusCode).toBe(404);
      expect(refused.body).toBe(NOT_FOUND);
    }
  });
});
