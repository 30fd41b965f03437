import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { TEST_CONFIG } from './test/build-test-app.js';
import { DATABASE_FILE, databaseConfigOf } from './open-database.js';

const README = readFileSync(new URL('../../../README.md', import.meta.url), 'utf8');

describe('the SQLite file', () => {
  it('is DATABASE_FILE inside DATA_DIR', () => {
    expect(databaseConfigOf({ ...TEST_CONFIG, dataDir: '/srv/care' })).toEqual({
      kind: 'sqlite',
      file: join('/srv/care', DATABASE_FILE),
    });
  });

  // Issue 8 defect 9: the README named `kratom-care.db`, a file the server never creates.
  it('is named in the README exactly as the server names it, and no other SQLite file is', () => {
    expect(README).toContain(`\`${DATABASE_FILE}\``);
    const named = README.match(/kratom-care\.(?:db|sqlite3?)\b/g) ?? [];
    expect([...new Set(named)]).toEqual([DATABASE_FILE]);
  });
});
