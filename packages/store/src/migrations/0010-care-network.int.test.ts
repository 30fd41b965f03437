import { sql } from 'kysely';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createScratchDatabase, scratchTargets, type ScratchDatabase } from '../testing/scratch-database.js';
import { migrateToBefore } from '../testing/migrate-to-before.js';

const THIS_MIGRATION = '0010-care-network';
const AT = '2026-01-01T00:00:00.000Z';

async function facilityColumns(scratch: ScratchDatabase): Promise<string[]> {
  if (scratch.dialect === 'sqlite') {
    const rows = await sql<{ name: string }>`select name from pragma_table_info('facility')`.execute(scratch.db);
    return rows.rows.map((row) => row.name);
  }
  const rows = await sql<{ name: string }>`select column_name as name from information_schema.columns
    where table_schema = current_schema() and table_name = 'facility'`.execute(scratch.db);
  return rows.rows.map((row) => row.name);
}

describe.each(scratchTargets(process.env.DATABASE_URL))('migration 0010 on $kind', (target) => {
  let scratch: ScratchDatabase;

  beforeEach(async () => {
    scratch = await createScratchDatabase(target, { migrate: false });
  });

  afterEach(async () => {
    await scratch.dispose();
  });

  it('gives existing facilities an empty profile (typed by staff, never verified) and can be undone', async () => {
    expect((await migrateToBefore(scratch, THIS_MIGRATION)).error).toBeUndefined();
    await sql`insert into facility (id, name, region, address, created_at, updated_at, version)
      values ('f-1', 'Example Clinic (fictional)', 'North', '1 Example Road', ${AT}, ${AT}, 1)`.execute(scratch.db);

    expect(await scratch.migrate()).toContain(THIS_MIGRATION);
    expect(await scratch.db.selectFrom('facility').selectAll().execute()).toEqual([
      expect.objectContaining({
        id: 'f-1',
        state: null,
        latitude: null,
        languages: '[]',
        demo: 0,
        source: 'manual',
        external_key: null,
        last_verified_at: null,
      }),
    ]);
    expect(await scratch.db.selectFrom('programme').selectAll().execute()).toEqual([]);
    await expect(sql`update facility set source = 'elsewhere' where id = 'f-1'`.execute(scratch.db)).rejects.toThrow();

    // Down (and everything after it), then up again.
    expect((await migrateToBefore(scratch, THIS_MIGRATION)).error).toBeUndefined();
    expect(await facilityColumns(scratch)).not.toContain('latitude');
    expect(await scratch.db.selectFrom('facility').select('id').execute()).toEqual([{ id: 'f-1' }]);
    expect(await scratch.migrate()).toContain(THIS_MIGRATION);
    expect(await facilityColumns(scratch)).toContain('latitude');
  });
});
