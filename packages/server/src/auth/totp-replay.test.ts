import { createScratchDatabase, type ScratchDatabase } from '@kratom-care/store';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { TEST_TARGETS } from '../test/auth-fixtures.js';
import { TotpReplayGuard } from './totp-replay.js';

describe.each(TEST_TARGETS)('TOTP replay guard on $kind', (target) => {
  let scratch: ScratchDatabase;

  beforeEach(async () => {
    scratch = await createScratchDatabase(target);
  });

  afterEach(async () => {
    await scratch.dispose();
  });

  it('refuses on instance B a code used on instance A (issue 8: B accepted it)', async () => {
    const onA = new TotpReplayGuard(scratch.db);
    const onB = new TotpReplayGuard(scratch.db);
    expect(await onA.claim('user-1', '402913')).toBe(true);
    expect(await onB.claim('user-1', '402913')).toBe(false);
    expect(await onA.claim('user-1', '402913')).toBe(false);
    expect(await onB.claim('user-2', '402913')).toBe(true);
  });

  it('lets one of many simultaneous claims on two instances win', async () => {
    const onA = new TotpReplayGuard(scratch.db);
    const onB = new TotpReplayGuard(scratch.db);
    const claims = await Promise.all(
      Array.from({ length: 10 }, (_, index) => (index % 2 === 0 ? onA : onB).claim('user-1', '118034')),
    );
    expect(claims.filter(Boolean)).toHaveLength(1);
  });
});
