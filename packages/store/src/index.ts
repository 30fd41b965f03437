export { createDatabase, SQLITE_BUSY_TIMEOUT_MS, type DatabaseConfig } from './create-database.js';
export { APP_META_KEYS, type AppDatabase, type AppMetaTable, type DatabaseSchema } from './database-schema.js';
export { MigrationError, migrateToLatest } from './migrate.js';
export { MIGRATIONS } from './migrations/index.js';
