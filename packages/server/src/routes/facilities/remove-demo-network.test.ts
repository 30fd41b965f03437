import { ZFinderResponse } from '@kratom-care/contracts';
import { addMembership } from '@kratom-care/store';
import { describe, expect, it } from 'vitest';
import { DEMO_FACILITIES } from '../../care-network/demo-network.js';
import { addDemoNetwork } from '../../care-network/seed-demo-network.js';
import { TEST_TARGETS } from '../../test/auth-fixtures.js';
import { USERS } from '../../test/access-world.js';
import { useAccessWorld } from '../../test/use-access-world.js';

describe.each(TEST_TARGETS)('DELETE /api/facilities/demo on $kind', (target) => {
  const world = useAccessWorld(target);

  const remove = (role: 'admin' | 'admissions') =>
    world().request(role, { method: 'DELETE', url: '/api/facilities/demo' });
  const demoCount = async (): Promise<number> => {
    const response = await world().request('anonymous', { method: 'GET', url: '/api/finder/facilities?region=west' });
    return ZFinderResponse.parse(response.json()).items.filter((item) => item.demo).length;
  };

  it('removes every demo facility for an admin, keeps one still in use, and audits it', async () => {
    await addDemoNetwork(world().scratch.db, new Date('2027-03-01T12:00:00.000Z'));
    expect(await demoCount()).toBeGreaterThan(0);
    const inUse = await world()
      .scratch.db.selectFrom('facility')
      .select('id')
      .where('external_key', '=', 'demo-golden-gate')
      .executeTakeFirstOrThrow();
    await addMembership(world().scratch.db, { userId: USERS.admin, facilityId: inUse.id, role: 'clinician' });

    expect((await remove('admissions')).statusCode).toBe(404);
    const response = await remove('admin');
    expect(response.statusCode, response.body).toBe(200);
    expect(response.json()).toEqual({ removed: DEMO_FACILITIES.length - 1, kept: 1 });
    expect(await demoCount()).toBe(1);
    const audit = await world()
      .scratch.db.selectFrom('audit_event')
      .select(['outcome', 'reason'])
      .where('action', '=', 'network.demo.remove')
      .orderBy('seq')
      .execute();
    expect(audit).toEqual([
      { outcome: 'denied', reason: null },
      { outcome: 'allowed', reason: `${DEMO_FACILITIES.length - 1} removed, 1 kept (in use)` },
    ]);
  });
});
