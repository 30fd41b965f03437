import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { appendAudit } from './audit/append-audit.js';
import { verifyAuditChain } from './audit/verify-audit-chain.js';
import { testAuditKey } from './testing/audit-key.js';
import { backupSqlite } from './backup-sqlite.js';
import { createDatabase } from './create-database.js';
import { createScratchDatabase, type ScratchDatabase } from './testing/scratch-database.js';

describe('SQLite online backup', () => {
  let scratch: ScratchDatabase;
  let file: string;

  beforeEach(async () => {
    scratch = await createScratchDatabase({ kind: 'sqlite' });
    if (scratch.config.kind !== 'sqlite') {
      throw new Error('expected a SQLite scratch database');
    }
    file = scratch.config.file;
  });

  afterEach(async () => {
    await scratch.dispose();
  });

  it('copies a live database, WAL content included, into a file that opens and verifies', async () => {
    for (let index = 0; index < 3; index += 1) {
      await appendAudit(scratch.db, testAuditKey(), {
        action: 'patient.read',
        resourceType: 'patient',
        outcome: 'allowed',
        requestId: `r${index}`,
        clientIp: '127.0.0.1',
      });
    }
    const to = join(file, '..', 'backup.db');

    const { totalPages } = await backupSqlite(file, to);
    expect(totalPages).toBeGreaterThan(0);
    const copy = createDatabase({ kind: 'sqlite', file: to });
    try {
      expect(await verifyAuditChain(copy, testAuditKey())).toMatchObject({ ok: true, count: 3 });
    } finally {
      await copy.destroy();
    }
  });

  it('refuses to overwrite an existing file and to back up a missing one', async () => {
    await expect(backupSqlite(file, file)).rejects.toThrow(/already exists/);
    await expect(backupSqlite(join(file, '..', 'missing.db'), join(file, '..', 'out.db'))).rejects.toThrow();
  });
});
