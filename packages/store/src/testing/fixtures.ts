import { randomUUID } from 'node:crypto';
import { dialectOf, type Executor } from '../executor.js';

/**
 * Inserts a bare better-auth `user` row for tests that need a user id without going through
 * sign-up (no account, no password). Values are written the way better-auth writes them on each
 * database. Test-only: real users are created by better-auth.
 *
 * @param executor - Database or transaction.
 * @param input - Optional id, name and email; defaults are fictional and unique.
 * @returns The new user's id.
 */
export async function insertTestUser(
  executor: Executor,
  input: { id?: string; name?: string; email?: string } = {},
): Promise<string> {
  const id = input.id ?? randomUUID();
  const sqlite = dialectOf(executor) === 'sqlite';
  const at = new Date('2026-01-01T00:00:00.000Z');
  await executor
    .insertInto('user')
    .values({
      id,
      name: input.name ?? 'Test Person',
      email: input.email ?? `person-${id}@example.test`,
      emailVerified: sqlite ? 0 : false,
      image: null,
      createdAt: sqlite ? at.toISOString() : at,
      updatedAt: sqlite ? at.toISOString() : at,
      twoFactorEnabled: sqlite ? 0 : false,
      role: null,
      banned: sqlite ? 0 : false,
      banReason: null,
      banExpires: null,
    })
    .execute();
  return id;
}
