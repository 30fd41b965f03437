import { createScratchDatabase, getAppMeta, putAppMeta, type ScratchDatabase } from '@kratom-care/store';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { TEST_TARGETS } from '../test/auth-fixtures.js';
import { AUTH_SECRET_META_KEY, forgetLegacyAuthSecret, legacyAuthSecret } from './auth-secret.js';

// The secret used to be generated into app_meta (issue 8 defect 3). Generating and keeping it is
// now the keys file's job (secrets/server-secrets.test.ts); this is only the upgrade path's reader.
describe.each(TEST_TARGETS)('legacy auth secret on $kind', (target) => {
  let scratch: ScratchDatabase;

  beforeEach(async () => {
    scratch = await createScratchDatabase(target);
  });

  afterEach(async () => {
    await scratch.dispose();
  });

  it('reads nothing from a database that never held one', async () => {
    expect(await legacyAuthSecret(scratch.db)).toBeUndefined();
  });

  it('reads the secret an older release stored, and forgets it only while it still holds that value', async () => {
    const at = new Date().toISOString();
    await putAppMeta(scratch.db, { key: AUTH_SECRET_META_KEY, value: 'old-secret', at }, 'keep');
    expect(await legacyAuthSecret(scratch.db)).toBe('old-secret');

    await forgetLegacyAuthSecret(scratch.db, 'another-value');
    expect(await getAppMeta(scratch.db, AUTH_SECRET_META_KEY)).toBe('old-secret');
    await forgetLegacyAuthSecret(scratch.db, 'old-secret');
    expect(await legacyAuthSecret(scratch.db)).toBeUndefined();
  });
});
