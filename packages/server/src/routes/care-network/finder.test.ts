import { ZFinderResponse, type TFinderResponse } from '@kratom-care/contracts';
import { distanceMiles } from '@kratom-care/domain';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildAuthTestApp, TEST_TARGETS, type AuthTestApp } from '../../test/auth-fixtures.js';
import { zipCentroid } from '../../care-network/zip-centroids.js';
import { destination, seedFinderFixture, type FixtureFacility } from './finder-fixture.js';

/*
 * The public finder through the API (issue 11 §2 and Tests: "Distance: search correctness against a
 * fixture of known coordinates, with radius boundaries"; "Filters: combinations are tested"). Every
 * facility is fictional; they sit at exact distances from the centre of ZIP code 10001.
 */

const ZIP = '10001';
const ORIGIN = zipCentroid(ZIP) ?? { latitude: 40.75065, longitude: -73.997293 };

const IOP_MEDICAID = { name: 'IOP', levelOfCare: 'iop', payers: ['medicaid'], capacityAvailable: 2 } as const;
const RESIDENTIAL_SELF_PAY = {
  name: 'Residential',
  levelOfCare: 'residential',
  payers: ['self-pay'],
  kratomExperience: true,
  capacityAvailable: 0,
} as const;

const FIXTURE: readonly FixtureFacility[] = [
  // Just inside and just outside 10 miles, on four bearings.
  { key: 'North-9.99', bearing: 0, miles: 9.99, state: 'NY', languages: ['en'], programmes: [IOP_MEDICAID] },
  { key: 'North-10.01', bearing: 0, miles: 10.01, state: 'NY', languages: ['en'], programmes: [IOP_MEDICAID] },
  { key: 'East-5', bearing: 90, miles: 5, state: 'NY', languages: ['en', 'es'], programmes: [RESIDENTIAL_SELF_PAY] },
  {
    key: 'South-2',
    bearing: 180,
    miles: 2,
    state: 'NY',
    languages: ['en', 'es'],
    programmes: [RESIDENTIAL_SELF_PAY, IOP_MEDICAID],
  },
  { key: 'West-9.999', bearing: 270, miles: 9.999, state: 'NJ', languages: ['en'], programmes: [] },
  { key: 'West-10.002', bearing: 270, miles: 10.002, state: 'NJ', languages: ['en'], programmes: [IOP_MEDICAID] },
  // Far away: only a 50-mile search or a state search finds it.
  {
    key: 'Far-40',
    bearing: 200,
    miles: 40,
    state: 'NJ',
    languages: ['vi'],
    programmes: [
      { name: 'OTP', levelOfCare: 'outpatient', medications: ['methadone'], otp: true, payers: ['medicaid'] },
    ],
  },
];

describe.each(TEST_TARGETS)('GET /api/finder/facilities on $kind', (target) => {
  let t: AuthTestApp;
  let ids: Record<string, string>;

  beforeAll(async () => {
    t = await buildAuthTestApp({ target });
    ids = await seedFinderFixture(t.db, ORIGIN, FIXTURE);
  });

  afterAll(async () => {
    await t.close();
  });

  async function find(query: string): Promise<TFinderResponse> {
    const response = await t.app.inject({ method: 'GET', url: `/api/finder/facilities?${query}` });
    expect(response.statusCode, response.body).toBe(200);
    return ZFinderResponse.parse(response.json());
  }
  const keysOf = (answer: TFinderResponse) =>
    answer.items.map((item) => Object.entries(ids).find(([, id]) => id === item.id)?.[0]);

  it('uses the fixture it says it does', () => {
    for (const facility of FIXTURE) {
      const point = destination(ORIGIN, facility.bearing, facility.miles);
      expect(distanceMiles(ORIGIN, point)).toBeCloseTo(facility.miles, 6);
    }
  });

  it('finds what lies within the radius, nearest first, and nothing just past it (no account needed)', async () => {
    const answer = await find(`zip=${ZIP}&radiusMiles=10`);
    expect(answer.origin).toEqual({ zip: ZIP, latitude: ORIGIN.latitude, longitude: ORIGIN.longitude });
    expect(keysOf(answer)).toEqual(['South-2', 'East-5', 'North-9.99', 'West-9.999']);
    expect(answer.items.map((item) => item.distanceMiles)).toEqual([2, 5, 10, 10]);
    expect(answer.truncated).toBe(false);
    expect(answer.items[0]).toMatchObject({
      state: 'NY',
      region: 'northeast',
      phone: '212-555-0100',
      admissionsLine: '212-555-0199',
      verificationStale: true,
      lastVerifiedAt: null,
      matchReasons: [],
    });
  });

  it('widens with the radius', async () => {
    expect(keysOf(await find(`zip=${ZIP}&radiusMiles=10.01`))).toEqual([
      'South-2',
      'East-5',
      'North-9.99',
      'West-9.999',
      'West-10.002',
    ]);
    expect(keysOf(await find(`zip=${ZIP}&radiusMiles=50`))).toHaveLength(7);
    expect(keysOf(await find(`zip=${ZIP}&radiusMiles=1`))).toEqual([]);
  });

  it('holds programme filters on the same programme, and says why each facility matches', async () => {
    const answer = await find(`zip=${ZIP}&radiusMiles=10&level=residential&payer=medicaid`);
    expect(keysOf(answer)).toEqual([]);
    const iopMedicaid = await find(`zip=${ZIP}&radiusMiles=10&level=iop&payer=medicaid`);
    expect(keysOf(iopMedicaid)).toEqual(['South-2', 'North-9.99']);
    expect(iopMedicaid.items[0]?.matchReasons).toEqual([
      { filter: 'level', value: 'iop' },
      { filter: 'payer', value: 'medicaid' },
    ]);
  });

  it('ORs repeated values and ANDs the filters', async () => {
    expect(keysOf(await find(`zip=${ZIP}&radiusMiles=10&level=iop&level=residential`))).toEqual([
      'South-2',
      'East-5',
      'North-9.99',
    ]);
    const spanishWithExperience = await find(`zip=${ZIP}&radiusMiles=10&language=es&kratomExperience=true`);
    expect(keysOf(spanishWithExperience)).toEqual(['South-2', 'East-5']);
    expect(spanishWithExperience.items[1]?.matchReasons).toEqual([
      { filter: 'language', value: 'es' },
      { filter: 'kratomExperience', value: 'true' },
    ]);
    expect(keysOf(await find(`zip=${ZIP}&radiusMiles=10&openCapacity=true&kratomExperience=true`))).toEqual([]);
    expect(keysOf(await find(`zip=${ZIP}&radiusMiles=10&openCapacity=true`))).toEqual(['South-2', 'North-9.99']);
    expect(keysOf(await find(`zip=${ZIP}&radiusMiles=10&state=NJ`))).toEqual(['West-9.999']);
    expect(keysOf(await find(`zip=${ZIP}&radiusMiles=50&medication=methadone&language=vi`))).toEqual(['Far-40']);
  });

  it('searches by state or region without a ZIP code, by name', async () => {
    const nj = await find('state=NJ');
    expect(nj.origin).toBeNull();
    expect(keysOf(nj)).toEqual(['Far-40', 'West-10.002', 'West-9.999']);
    expect(nj.items.every((item) => item.distanceMiles === null)).toBe(true);
    expect(keysOf(await find('region=mid-atlantic&payer=medicaid'))).toEqual(['Far-40', 'West-10.002']);
    expect(keysOf(await find('region=northeast&region=mid-atlantic&level=residential'))).toEqual(['East-5', 'South-2']);
    expect(keysOf(await find('region=northeast&state=NJ'))).toEqual([]);
  });

  it('stops at the limit and says so', async () => {
    const answer = await find(`zip=${ZIP}&radiusMiles=10&limit=2`);
    expect(keysOf(answer)).toEqual(['South-2', 'East-5']);
    expect(answer.truncated).toBe(true);
    expect((await find(`zip=${ZIP}&radiusMiles=10&limit=4`)).truncated).toBe(false);
    const filtered = await find('state=NY&state=NJ&payer=medicaid&limit=1');
    expect(filtered.items).toHaveLength(1);
    expect(filtered.truncated).toBe(true);
  });

  it.each([
    ['zip=00000', ['zip'], 'We could not find this ZIP code'],
    ['zip=123', ['zip'], 'five-digit'],
    ['level=iop', ['zip'], 'ZIP code, a region or a state'],
    [`zip=${ZIP}&radiusMiles=0`, ['radiusMiles'], 'miles'],
    [`zip=${ZIP}&radiusMiles=500`, ['radiusMiles'], 'miles'],
    [`zip=${ZIP}&level=spa`, ['level', 0], 'Must be one of'],
    [`zip=${ZIP}&level=iop&level=spa`, ['level', 1], 'Must be one of'],
    [`zip=${ZIP}&payer=bitcoin`, ['payer', 0], 'Must be one of'],
    [`zip=${ZIP}&openCapacity=yes`, ['openCapacity'], 'true or false'],
    [`zip=${ZIP}&limit=101`, ['limit'], '1 to 100'],
    ['state=ZZ', ['state', 0], 'state code'],
    [`zip=${ZIP}&sort=name`, ['sort'], 'Unknown field'],
  ])('answers 400 for ?%s naming %j', async (query, path, message) => {
    const response = await t.app.inject({ method: 'GET', url: `/api/finder/facilities?${query}` });
    expect(response.statusCode).toBe(400);
    const body = response.json<{ code: string; issues: { path: unknown[]; message: string }[] }>();
    expect(body.code).toBe('INVALID_QUERY');
    expect(body.issues[0]?.path).toEqual(path);
    expect(body.issues[0]?.message).toContain(message);
  });

  it('shows one facility with its programmes, and 404 for none', async () => {
    const response = await t.app.inject({ method: 'GET', url: `/api/finder/facilities/${ids['South-2'] ?? ''}` });
    expect(response.statusCode).toBe(200);
    const facility = response.json<{ distanceMiles: null; programmes: { name: string }[] }>();
    expect(facility.distanceMiles).toBeNull();
    expect(facility.programmes.map((programme) => programme.name)).toEqual(['IOP', 'Residential']);
    const missing = await t.app.inject({ method: 'GET', url: '/api/finder/facilities/no-such-facility' });
    expect(missing.statusCode).toBe(404);
    expect(missing.body).toBe('{"code":"NOT_FOUND","message":"Not found"}');
  });
});
