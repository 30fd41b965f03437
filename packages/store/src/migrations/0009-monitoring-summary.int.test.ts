import { sql } from 'kysely';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { insertTestUser } from '../testing/fixtures.js';
import { createScratchDatabase, scratchTargets, type ScratchDatabase } from '../testing/scratch-database.js';
import { migrateToBefore } from '../testing/migrate-to-before.js';

const THIS_MIGRATION = '0009-monitoring-summary';
const AT = '2026-01-01T00:00:00.000Z';

describe.each(scratchTargets(process.env.DATABASE_URL))('migration 0009 on $kind', (target) => {
  let scratch: ScratchDatabase;

  beforeEach(async () => {
    scratch = await createScratchDatabase(target, { migrate: false });
  });

  afterEach(async () => {
    await scratch.dispose();
  });

  it("fills each assessment's subtype from its body (legacy sows as sows-kratom-adapted), other types none", async () => {
    expect((await migrateToBefore(scratch, THIS_MIGRATION)).error).toBeUndefined();
    const userId = await insertTestUser(scratch.db);
    await sql`insert into patient (id, given_name, family_name, created_by, created_at, updated_at, version)
      values ('p-1', 'Avery', 'Sample', ${userId}, ${AT}, ${AT}, 1)`.execute(scratch.db);
    const rows = [
      ['r-cows', 'assessments', { instrumentId: 'cows', total: 6 }],
      ['r-sows', 'assessments', { instrumentId: 'sows', total: 20 }],
      ['r-phq9', 'assessments', { instrumentId: 'phq9', total: 3 }],
      ['r-vitals', 'vitals', { heartRate: 80, instrumentId: 'not-an-assessment' }],
    ] as const;
    for (const [id, type, body] of rows) {
      await sql`insert into clinical_record (id, patient_id, type, version, status, recorded_at, recorded_by, body, created_at, updated_at)
        values (${id}, 'p-1', ${type}, 1, 'final', ${AT}, ${userId}, ${JSON.stringify(body)}, ${AT}, ${AT})`.execute(
        scratch.db,
      );
    }

    expect(await scratch.migrate()).toContain(THIS_MIGRATION);

    const stored = await scratch.db.selectFrom('clinical_record').select(['id', 'subtype']).orderBy('id').execute();
    expect(stored).toEqual([
      { id: 'r-cows', subtype: 'cows' },
      { id: 'r-phq9', subtype: 'phq9' },
      { id: 'r-sows', subtype: 'sows-kratom-adapted' },
      { id: 'r-vitals', subtype: null },
    ]);
    expect(await scratch.db.selectFrom('patient_monitoring').selectAll().execute()).toEqual([]);
  });
});
