import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { createDatabase, type AppDatabase, type DatabaseConfig } from '@kratom-care/store';
import type { AppConfig } from './config.js';

/** The SQLite file inside `DATA_DIR`. */
export const DATABASE_FILE = 'kratom-care.sqlite';

/**
 * Where the configured data lives: PostgreSQL when `DATABASE_URL` is set, else the SQLite file.
 *
 * @param config - The app config.
 * @returns The store's database config.
 */
export function databaseConfigOf(config: AppConfig): DatabaseConfig {
  return config.databaseUrl === undefined
    ? { kind: 'sqlite', file: join(config.dataDir, DATABASE_FILE) }
    : { kind: 'postgres', url: config.databaseUrl };
}

/**
 * Opens the configured database (creating `DATA_DIR` for SQLite). The server and the CLI share it.
 *
 * @param config - The app config.
 * @param onIdleConnectionError - Logs a dropped idle PostgreSQL connection.
 * @returns The open handle; the caller destroys it.
 */
export function openDatabase(config: AppConfig, onIdleConnectionError?: (error: Error) => void): AppDatabase {
  const target = databaseConfigOf(config);
  if (target.kind === 'sqlite') {
    mkdirSync(config.dataDir, { recursive: true });
  }
  return createDatabase(target, onIdleConnectionError === undefined ? {} : { onIdleConnectionError });
}
