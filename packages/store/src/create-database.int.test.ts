import { sql } from 'kysely';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { dialectOf } from './executor.js';
import { createScratchDatabase, scratchTargets, type ScratchDatabase } from './testing/scratch-database.js';

describe.each(scratchTargets(process.env.DATABASE_URL))('createDatabase on $kind', (target) => {
  let scratch: ScratchDatabase;

  beforeEach(async () => {
    scratch = await createScratchDatabase(target, { migrate: false });
  });

  afterEach(async () => {
    await scratch.dispose();
  });

  it('reports its dialect, also inside a transaction', async () => {
    expect(dialectOf(scratch.db)).toBe(target.kind);
    expect(await scratch.db.transaction().execute((trx) => Promise.resolve(dialectOf(trx)))).toBe(target.kind);
  });

  it('returns counts and 64-bit integers as numbers', async () => {
    const { rows } = await sql<{
      n: unknown;
      big: unknown;
    }>`select count(*) as n, ${sql.lit(9007199254740991)} as big`.execute(scratch.db);
    expect(rows[0]).toEqual({ n: 1, big: 9007199254740991 });
  });
});

// PostgreSQL only: SQLite has no int8 type parser to test.
for (const target of scratchTargets(process.env.DATABASE_URL).filter((each) => each.kind === 'postgres')) {
  describe('createDatabase on postgres, int8 parsing', () => {
    it('fails a query whose int8 would lose precision, and keeps working', async () => {
      const scratch = await createScratchDatabase(target, { migrate: false });
      try {
        await expect(sql`select 9007199254740993::bigint as big`.execute(scratch.db)).rejects.toThrow(/safe integer/);
        const { rows } = await sql<{ one: number }>`select 1::bigint as one`.execute(scratch.db);
        expect(rows[0]?.one).toBe(1);
      } finally {
        await scratch.dispose();
      }
    });
  });
}
