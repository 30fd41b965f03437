import { boundingBox, distanceMiles } from '@kratom-care/domain';
import {
  CompiledQuery,
  sql,
  type KyselyPlugin,
  type PluginTransformQueryArgs,
  type PluginTransformResultArgs,
  type QueryResult,
  type RootOperationNode,
  type UnknownRow,
} from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Executor } from '../executor.js';
import { insertTestUser } from '../testing/fixtures.js';
import { createScratchDatabase, scratchTargets, type ScratchDatabase } from '../testing/scratch-database.js';
import { createFacility, getFacility } from './facilities.js';
import { addMembership } from './memberships.js';
import {
  countFacilities,
  deleteDemoNetwork,
  getFacilityWithProgrammes,
  listFacilitiesByIds,
  listFacilityPointsInBox,
  listFacilitiesInStates,
  upsertNetworkFacility,
  type NetworkFacilityInput,
} from './network-facilities.js';
import { createProgramme, listProgrammesOf, updateProgramme } from './programmes.js';

/** Records the SQL of every SELECT run through it. */
class CaptureSelects implements KyselyPlugin {
  readonly queries: CompiledQuery[] = [];
  constructor(private readonly db: Executor) {}
  transformQuery(args: PluginTransformQueryArgs): RootOperationNode {
    if (args.node.kind === 'SelectQueryNode') {
      this.queries.push(this.db.getExecutor().compileQuery(args.node, args.queryId));
    }
    return args.node;
  }
  transformResult(args: PluginTransformResultArgs): Promise<QueryResult<UnknownRow>> {
    return Promise.resolve(args.result);
  }
}

async function plan(scratch: ScratchDatabase, query: CompiledQuery): Promise<string[]> {
  if (scratch.dialect === 'sqlite') {
    const result = await scratch.db.executeQuery<{ detail: string }>(
      CompiledQuery.raw(`explain query plan ${query.sql}`, [...query.parameters]),
    );
    return result.rows.map((row) => row.detail);
  }
  return scratch.db.transaction().execute(async (trx) => {
    // Priced out, a sequential scan is chosen only where no index can serve the query.
    await sql`set local enable_seqscan = off`.execute(trx);
    const result = await trx.executeQuery<{ 'QUERY PLAN': string }>(
      CompiledQuery.raw(`explain ${query.sql}`, [...query.parameters]),
    );
    return result.rows.map((row) => row['QUERY PLAN']);
  });
}

/** A fictional centre (not a real address) and points at known distances from it. */
const CENTRE = { latitude: 40, longitude: -75 };

const PROGRAMME = { name: 'Example IOP (fictional)', levelOfCare: 'iop' } as const;

function locatorInput(key: string, changes: Partial<NetworkFacilityInput> = {}): NetworkFacilityInput {
  return {
    source: 'locator',
    externalKey: key,
    name: `Example Recovery Centre ${key} (fictional)`,
    region: 'Mid-Atlantic',
    address: '1 Example Road',
    profile: { state: 'PA', zip: '19104', latitude: 40, longitude: -75, phone: '215-555-0100', languages: ['en'] },
    programmes: [{ ...PROGRAMME, payers: ['medicaid'] }],
    ...changes,
  };
}

describe.each(scratchTargets(process.env.DATABASE_URL))('the care network store on $kind', (target) => {
  let scratch: ScratchDatabase;

  beforeAll(async () => {
    scratch = await createScratchDatabase(target);
  });

  afterAll(async () => {
    await scratch.dispose();
  });

  describe('query plans (the finder never reads every facility)', () => {
    async function planOf(run: (db: Executor) => Promise<unknown>): Promise<string[]> {
      const capture = new CaptureSelects(scratch.db);
      await run(scratch.db.withPlugin(capture));
      const query = capture.queries[capture.queries.length - 1];
      expect(query).toBeDefined();
      return plan(scratch, query as CompiledQuery);
    }

    const indexed = (lines: string[], index: string) => {
      if (scratch.dialect === 'sqlite') {
        expect(lines.some((line) => /^SCAN facility|^SCAN programme/.test(line.trim()))).toBe(false);
        expect(lines.join('\n')).toMatch(new RegExp(`USING (COVERING )?INDEX ${index}\\b`));
      } else {
        expect(lines.join('\n')).not.toMatch(/Seq Scan on (facility|programme)/);
        expect(lines.join('\n')).toContain(index);
        expect(lines.join('\n')).toContain('Index Cond');
      }
    };

    it('finds a bounding box from the location index', async () => {
      const lines = await planOf((db) => listFacilityPointsInBox(db, boundingBox(CENTRE, 50)));
      indexed(lines, 'facility_location_idx');
      if (scratch.dialect === 'sqlite') {
        // Without a language filter the prefilter never leaves the index.
        expect(lines.join('\n')).toContain('USING COVERING INDEX facility_location_idx');
      }
      indexed(
        await planOf((db) => listFacilityPointsInBox(db, boundingBox(CENTRE, 50), { withLanguages: true })),
        'facility_location_idx',
      );
    });

    it('finds a bounding box across the antimeridian from the location index', async () => {
      const box = boundingBox({ latitude: 52, longitude: 179.9 }, 50);
      expect(box.longitudes).toHaveLength(2);
      indexed(await planOf((db) => listFacilityPointsInBox(db, box)), 'facility_location_idx');
    });

    it('walks states from the state index', async () => {
      indexed(
        await planOf((db) => listFacilitiesInStates(db, ['PA'], { name: 'M', id: 'x' }, 200)),
        'facility_state_idx',
      );
      indexed(await planOf((db) => listFacilitiesInStates(db, ['NJ', 'PA'], null, 200)), 'facility_state_idx');
    });

    it('loads a batch of facilities by primary key', async () => {
      const lines = await planOf((db) => listFacilitiesByIds(db, ['a', 'b', 'c']));
      if (scratch.dialect === 'sqlite') {
        expect(lines.some((line) => /^SCAN facility/.test(line.trim()))).toBe(false);
      } else {
        expect(lines.join('\n')).not.toMatch(/Seq Scan on facility/);
      }
    });

    it("loads a batch's programmes from the facility index", async () => {
      indexed(await planOf((db) => listProgrammesOf(db, ['a', 'b', 'c'])), 'programme_facility_idx');
    });
  });

  it('returns the facilities in a box, including one exactly at the radius and not one just past it', async () => {
    const atRadius = { latitude: 40 + (50 / (6371.0088 / 1.609344)) * (180 / Math.PI), longitude: -75 };
    expect(distanceMiles(CENTRE, atRadius)).toBeCloseTo(50, 9);
    const inside = await createFacility(scratch.db, {
      name: 'Box Inside (fictional)',
      region: 'Test',
      address: '',
      profile: { ...atRadius, latitude: atRadius.latitude - 1e-9 },
    });
    const outside = await createFacility(scratch.db, {
      name: 'Box Outside (fictional)',
      region: 'Test',
      address: '',
      profile: { latitude: atRadius.latitude + 0.01, longitude: -75 },
    });
    const found = (await listFacilityPointsInBox(scratch.db, boundingBox(CENTRE, 50))).map((facility) => facility.id);
    expect(found).toContain(inside.id);
    expect(found).not.toContain(outside.id);
  });

  it('upserts by (source, key): created, unchanged, updated, keeping what staff added', async () => {
    const first = await scratch.db.transaction().execute((trx) => upsertNetworkFacility(trx, locatorInput('L-1')));
    expect(first.outcome).toBe('created');
    const again = await scratch.db.transaction().execute((trx) => upsertNetworkFacility(trx, locatorInput('L-1')));
    expect(again).toEqual({ outcome: 'unchanged', facilityId: first.facilityId });

    // Staff add what the listing lacks.
    const stored = await getFacilityWithProgrammes(scratch.db, first.facilityId);
    const programme = stored?.programmes[0];
    expect(programme).toBeDefined();
    await updateProgramme(scratch.db, first.facilityId, programme?.id ?? '', programme?.version ?? 0, {
      kratomExperience: true,
      capacityAvailable: 4,
    });
    expect(
      (await scratch.db.transaction().execute((trx) => upsertNetworkFacility(trx, locatorInput('L-1')))).outcome,
    ).toBe('unchanged');

    const changed = locatorInput('L-1', {
      name: 'Renamed Recovery Centre (fictional)',
      programmes: [
        { ...PROGRAMME, payers: ['medicaid', 'medicare'] },
        { name: 'Example Detox (fictional)', levelOfCare: 'medically-managed-withdrawal' },
      ],
    });
    const updated = await scratch.db.transaction().execute((trx) => upsertNetworkFacility(trx, changed));
    expect(updated).toEqual({ outcome: 'updated', facilityId: first.facilityId });
    const after = await getFacilityWithProgrammes(scratch.db, first.facilityId);
    expect(after?.facility).toMatchObject({
      name: 'Renamed Recovery Centre (fictional)',
      source: 'locator',
      externalKey: 'L-1',
      version: 2,
    });
    expect(after?.programmes.map((p) => [p.name, p.payers, p.kratomExperience, p.capacityAvailable])).toEqual([
      ['Example Detox (fictional)', [], false, null],
      ['Example IOP (fictional)', ['medicaid', 'medicare'], true, 4],
    ]);
    expect(after?.programmes.find((p) => p.levelOfCare === 'iop')?.id).toBe(programme?.id);

    const dropped = locatorInput('L-1', { name: 'Renamed Recovery Centre (fictional)', programmes: [] });
    await scratch.db.transaction().execute((trx) => upsertNetworkFacility(trx, dropped));
    expect((await getFacilityWithProgrammes(scratch.db, first.facilityId))?.programmes).toEqual([]);
  });

  it('refuses a second facility with the same source and key', async () => {
    await createFacility(scratch.db, {
      name: 'Keyed A',
      region: 'T',
      address: '',
      listing: { source: 'import', externalKey: 'K-9' },
    });
    await expect(
      createFacility(scratch.db, {
        name: 'Keyed B',
        region: 'T',
        address: '',
        listing: { source: 'import', externalKey: 'K-9' },
      }),
    ).rejects.toThrow();
  });

  it('removes the demo network, keeping a demo facility that staff belong to', async () => {
    const before = await countFacilities(scratch.db);
    const loose = await scratch.db
      .transaction()
      .execute((trx) => upsertNetworkFacility(trx, locatorInput('D-1', { source: 'demo' })));
    const used = await scratch.db
      .transaction()
      .execute((trx) => upsertNetworkFacility(trx, locatorInput('D-2', { source: 'demo' })));
    await createProgramme(scratch.db, used.facilityId, {
      name: 'Extra (fictional)',
      levelOfCare: 'outpatient',
      medications: [],
      otp: false,
      kratomExperience: false,
      kratomTesting: false,
      populations: [],
      services: [],
      payers: [],
      commercialInsurers: [],
      unmappedCodes: [],
      capacityAvailable: null,
      nextIntakeDate: null,
      lastVerifiedAt: null,
      lastVerifiedBy: null,
    });
    const user = await insertTestUser(scratch.db, { email: 'demo.staff@example.org' });
    await addMembership(scratch.db, { userId: user, facilityId: used.facilityId, role: 'admissions' });
    expect(await countFacilities(scratch.db)).toBe(before + 2);

    expect(await deleteDemoNetwork(scratch.db)).toEqual({ removed: 1, kept: [used.facilityId] });
    expect(await getFacility(scratch.db, loose.facilityId)).toBeUndefined();
    expect((await getFacilityWithProgrammes(scratch.db, used.facilityId))?.programmes).toHaveLength(2);
    expect(await countFacilities(scratch.db)).toBe(before + 1);
  });
});
