import type { Kysely, Migration } from 'kysely';

/** The one table this migration touches, as it stands here. */
interface SchemaAt0007 {
  session: { id: string; token: string };
}

/**
 * From here on `session.token` holds only the SHA-256 of a session token (decision 0014). The
 * sessions open before the upgrade are ended rather than hashed in place: their tokens have sat in
 * plain text in this database and in every backup and copy taken of it, so hashing them would keep
 * exactly those leaked tokens working. Ending them costs every user one sign-in; no session lives
 * longer than 12 hours anyway. Runs the same on SQLite and PostgreSQL.
 */
export const migration0007HashedSessionTokens: Migration = {
  async up(db: Kysely<SchemaAt0007>): Promise<void> {
    await db.deleteFrom('session').execute();
  },

  async down(db: Kysely<SchemaAt0007>): Promise<void> {
    // Hashed tokens mean nothing to a server that looks tokens up as given: end those sessions too.
    await db.deleteFrom('session').execute();
  },
};
