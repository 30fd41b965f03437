import { sql } from 'kysely';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { insertTestUser } from '../testing/fixtures.js';
import { createScratchDatabase, scratchTargets, type ScratchDatabase } from '../testing/scratch-database.js';
import { migrateToBefore } from '../testing/migrate-to-before.js';

const THIS_MIGRATION = '0007-hashed-session-tokens';
const AT = '2026-01-01T00:00:00.000Z';

describe.each(scratchTargets(process.env.DATABASE_URL))('migration 0007 on $kind', (target) => {
  let scratch: ScratchDatabase;

  beforeEach(async () => {
    scratch = await createScratchDatabase(target, { migrate: false });
  });

  afterEach(async () => {
    await scratch.dispose();
  });

  it('ends every session whose token was stored in plain text, and nothing else', async () => {
    expect((await migrateToBefore(scratch, THIS_MIGRATION)).error).toBeUndefined();
    const userId = await insertTestUser(scratch.db);
    await sql`insert into session (id, "expiresAt", token, "createdAt", "updatedAt", "userId")
      values ('s1', ${AT}, 'a-plain-session-token-from-before', ${AT}, ${AT}, ${userId})`.execute(scratch.db);

    expect(await scratch.migrate()).toContain(THIS_MIGRATION);

    expect(await scratch.db.selectFrom('session').select('id').execute()).toEqual([]);
    expect(await scratch.db.selectFrom('user').select('id').execute()).toEqual([{ id: userId }]);
  });
});
