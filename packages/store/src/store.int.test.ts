import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { sql } from 'kysely';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createDatabase, SQLITE_BUSY_TIMEOUT_MS } from './create-database.js';
import { APP_META_KEYS, type AppDatabase } from './database-schema.js';
import { MigrationError, migrateToLatest } from './migrate.js';
import { MIGRATIONS } from './migrations/index.js';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;

/** Reads a pragma's single value (the column name differs from the pragma name for busy_timeout). */
async function pragma(db: AppDatabase, name: string): Promise<unknown> {
  const { rows } = await sql<Record<string, unknown>>`${sql.raw(`pragma ${name}`)}`.execute(db);
  return Object.values(rows[0] ?? {})[0];
}

describe('SQLite store', () => {
  let folder: string;
  let db: AppDatabase;

  beforeEach(() => {
    folder = mkdtempSync(join(tmpdir(), 'kratom-care-store-'));
    db = createDatabase({ kind: 'sqlite', file: join(folder, 'app.db') });
  });

  afterEach(async () => {
    await db.destroy();
    rmSync(folder, { recursive: true, force: true });
  });

  it('opens the file with WAL, synchronous=FULL, foreign keys and a busy timeout', async () => {
    expect(await pragma(db, 'journal_mode')).toBe('wal');
    expect(await pragma(db, 'synchronous')).toBe(2); // 2 = FULL
    expect(await pragma(db, 'foreign_keys')).toBe(1);
    expect(await pragma(db, 'busy_timeout')).toBe(SQLITE_BUSY_TIMEOUT_MS);
  });

  it('applies every migration on a fresh file, in name order', async () => {
    const applied = await migrateToLatest(db);
    expect(applied).toEqual(Object.keys(MIGRATIONS).sort());
    expect(applied[0]).toBe('0001-app-meta');
  });

  it('is idempotent: a second run applies nothing and keeps the installation id', async () => {
    await migrateToLatest(db);
    const before = await db.selectFrom('app_meta').selectAll().orderBy('key').execute();

    expect(await migrateToLatest(db)).toEqual([]);
    const after = await db.selectFrom('app_meta').selectAll().orderBy('key').execute();
    expect(after).toEqual(before);
  });

  it('records the installation id and the schema creation time in app_meta', async () => {
    await migrateToLatest(db);
    const rows = await db.selectFrom('app_meta').selectAll().execute();
    const byKey = new Map(rows.map((row) => [row.key, row]));

    expect(byKey.get(APP_META_KEYS.installationId)?.value).toMatch(UUID);
    const createdAt = byKey.get(APP_META_KEYS.schemaCreatedAt)?.value ?? '';
    expect(new Date(createdAt).toISOString()).toBe(createdAt);
  });

  it('keeps the migration state across a reopen of the same file', async () => {
    await migrateToLatest(db);
    await db.destroy();
    db = createDatabase({ kind: 'sqlite', file: join(folder, 'app.db') });
    expect(await migrateToLatest(db)).toEqual([]);
  });

  it('throws a MigrationError naming the migration when one fails', async () => {
    // A table that already exists makes 0001's CREATE TABLE fail, as a hand-edited database would.
    await sql`create table app_meta (key text)`.execute(db);
    const failure = await migrateToLatest(db).catch((error: unknown) => error);

    expect(failure).toBeInstanceOf(MigrationError);
    expect((failure as MigrationError).migrationName).toBe('0001-app-meta');
    expect((failure as MigrationError).message).toMatch(/0001-app-meta.*already exists/);
  });
});
