import type { AuthFlag, AuthTimestamp } from '../schema/auth-tables.js';

/**
 * better-auth writes 0/1 on SQLite and booleans on PostgreSQL; an `EXISTS` column reads the same way.
 *
 * @param value - A flag as the driver returned it.
 * @returns The boolean.
 */
export function authFlag(value: AuthFlag | string | null): boolean {
  return value === true || value === 1 || value === '1';
}

/**
 * better-auth writes ISO text on SQLite and `timestamptz` on PostgreSQL (read back as `Date`).
 *
 * @param value - A timestamp as the driver returned it.
 * @returns ISO-8601 UTC text.
 */
export function authTime(value: AuthTimestamp): string {
  const date = value instanceof Date ? value : new Date(value);
  return Number.isNaN(date.getTime()) ? String(value) : date.toISOString();
}
