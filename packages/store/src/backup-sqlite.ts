import { existsSync } from 'node:fs';
import SqliteDatabase from 'better-sqlite3';
import { SQLITE_BUSY_TIMEOUT_MS } from './create-database.js';

/**
 * Copies a live SQLite database to a new file with SQLite's online backup API: the server may
 * keep reading and writing meanwhile, and the copy is one consistent snapshot (WAL included).
 * PostgreSQL installs use `pg_dump` instead.
 *
 * @param file - The database file the server uses.
 * @param to - Where to write the copy; must not exist yet, so a backup never overwrites another.
 * @returns The number of database pages copied.
 * @throws When `file` does not exist, `to` already exists, or the copy fails.
 */
export async function backupSqlite(file: string, to: string): Promise<{ totalPages: number }> {
  if (existsSync(to)) {
    throw new Error(`backup target already exists: ${to}`);
  }
  const source = new SqliteDatabase(file, { fileMustExist: true, timeout: SQLITE_BUSY_TIMEOUT_MS });
  try {
    const { totalPages } = await source.backup(to);
    return { totalPages };
  } finally {
    source.close();
  }
}
