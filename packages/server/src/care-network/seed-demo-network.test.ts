import { ZFinderResponse } from '@kratom-care/contracts';
import { isVerificationStale, REGIONS, regionOfState, type UsState } from '@kratom-care/domain';
import { createFacility, deleteDemoNetwork, getAppMeta } from '@kratom-care/store';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { buildAuthTestApp, TEST_TARGETS, type AuthTestApp } from '../test/auth-fixtures.js';
import { DEMO_FACILITIES } from './demo-network.js';
import { DEMO_NETWORK_META_KEY, seedDemoNetwork } from './seed-demo-network.js';
import { zipCentroid } from './zip-centroids.js';

const NOW = new Date('2027-03-01T12:00:00.000Z');

describe.each(TEST_TARGETS)('the demo network on $kind', (target) => {
  let t: AuthTestApp;

  beforeEach(async () => {
    t = await buildAuthTestApp({ target });
  }, 30_000);
  afterEach(async () => {
    await t.close();
  });

  const demoRows = () => t.db.selectFrom('facility').selectAll().where('demo', '=', 1).orderBy('name').execute();

  it('is seeded into an empty database once: fictional, in every region, at real ZIP centres, some verification stale', async () => {
    expect(await seedDemoNetwork(t.db, { enabled: true, now: NOW })).toBe('seeded');
    const rows = await demoRows();
    expect(rows).toHaveLength(DEMO_FACILITIES.length);
    expect(rows.length).toBeGreaterThanOrEqual(24);
    for (const row of rows) {
      expect(row.name).toMatch(/\(demo\)$/);
      expect(row.phone).toMatch(/^\d{3}-555-01\d\d$/);
      expect(row.website).toMatch(/^https:\/\/example\.org\/demo\//);
      expect(row.source).toBe('demo');
      expect({ latitude: row.latitude, longitude: row.longitude }).toEqual(zipCentroid(row.zip ?? ''));
    }
    expect(new Set(rows.map((row) => regionOfState(row.state as UsState)))).toEqual(new Set(REGIONS));
    const programmes = await t.db.selectFrom('programme').selectAll().execute();
    const stale = programmes.filter((programme) => isVerificationStale(programme.last_verified_at, NOW));
    expect(stale.length).toBeGreaterThan(0);
    expect(stale.length).toBeLessThan(programmes.length);
    expect(new Set(programmes.map((programme) => programme.level_of_care)).size).toBe(6);
    expect(await seedDemoNetwork(t.db, { enabled: true, now: NOW })).toBe('already-decided');
    expect(await demoRows()).toHaveLength(DEMO_FACILITIES.length);
  });

  it('is seeded by exactly one of two instances starting at once', async () => {
    const outcomes = await Promise.all([
      seedDemoNetwork(t.db, { enabled: true, now: NOW }),
      seedDemoNetwork(t.db, { enabled: true, now: NOW }),
    ]);
    expect(outcomes.sort()).toEqual(['already-decided', 'seeded']);
    expect(await demoRows()).toHaveLength(DEMO_FACILITIES.length);
  });

  it('is never added to a database that already has facilities, nor when DEMO_NETWORK=off', async () => {
    expect(await seedDemoNetwork(t.db, { enabled: false, now: NOW })).toBe('disabled');
    expect(await getAppMeta(t.db, DEMO_NETWORK_META_KEY)).toBeUndefined();
    await createFacility(t.db, { name: 'Fictional Valley Clinic', region: 'Midwest', address: '1 Example Road' });
    expect(await seedDemoNetwork(t.db, { enabled: true, now: NOW })).toBe('not-empty');
    expect(await demoRows()).toHaveLength(0);
  });

  it('stays removed once removed, and shows in the finder marked demo until then', async () => {
    await seedDemoNetwork(t.db, { enabled: true, now: NOW });
    const response = await t.app.inject({ method: 'GET', url: '/api/finder/facilities?zip=19107&radiusMiles=25' });
    const found = ZFinderResponse.parse(response.json());
    expect(found.items.map((item) => [item.name, item.demo])).toEqual([['Liberty Bell Treatment (demo)', true]]);
    expect(await deleteDemoNetwork(t.db)).toEqual({ removed: DEMO_FACILITIES.length, kept: [] });
    expect(await seedDemoNetwork(t.db, { enabled: true, now: NOW })).toBe('already-decided');
    expect(await demoRows()).toHaveLength(0);
  });
});
