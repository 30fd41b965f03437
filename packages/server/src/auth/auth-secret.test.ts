import { createScratchDatabase, type ScratchDatabase } from '@kratom-care/store';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { TEST_TARGETS } from '../test/auth-fixtures.js';
import { AUTH_SECRET_META_KEY, resolveAuthSecret } from './auth-secret.js';
import { systemClock } from './clock.js';

describe.each(TEST_TARGETS)('auth secret on $kind', (target) => {
  let scratch: ScratchDatabase;

  beforeEach(async () => {
    scratch = await createScratchDatabase(target);
  });

  afterEach(async () => {
    await scratch.dispose();
  });

  it('uses AUTH_SECRET when it is set and stores nothing', async () => {
    const configured = 'c'.repeat(40);
    expect(await resolveAuthSecret(scratch.db, configured, systemClock)).toBe(configured);
    const row = await scratch.db
      .selectFrom('app_meta')
      .select('key')
      .where('key', '=', AUTH_SECRET_META_KEY)
      .executeTakeFirst();
    expect(row).toBeUndefined();
  });

  it('generates 32 random bytes once and returns the same secret on every later start', async () => {
    const first = await resolveAuthSecret(scratch.db, undefined, systemClock);
    expect(Buffer.from(first, 'base64url')).toHaveLength(32);
    expect(await resolveAuthSecret(scratch.db, undefined, systemClock)).toBe(first);
  });
});
