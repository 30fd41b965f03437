import { sql } from 'kysely';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { MIGRATIONS } from './migrations/index.js';
import { insertTestUser } from './testing/fixtures.js';
import { createScratchDatabase, scratchTargets, type ScratchDatabase } from './testing/scratch-database.js';

const TABLES = [
  'app_meta',
  'user',
  'session',
  'account',
  'verification',
  'twoFactor',
  'facility',
  'membership',
  'patient',
  'care_team',
  'consent',
  'disclosure',
  'clinical_record',
  'break_glass',
  'idempotency_key',
  'audit_event',
] as const;

/** Migration 0012: a change to a session, account or membership is signalled (decision 0038), on both databases. */
const PRINCIPAL_CHANGE_TRIGGERS = [
  'membership_delete_principal_change',
  'membership_insert_principal_change',
  'membership_update_principal_change',
  'session_delete_principal_change',
  'session_insert_principal_change',
  'session_update_principal_change',
  'user_delete_principal_change',
  'user_insert_principal_change',
  'user_update_principal_change',
];

describe.each(scratchTargets(process.env.DATABASE_URL))('migrations on $kind', (target) => {
  let scratch: ScratchDatabase;

  beforeEach(async () => {
    scratch = await createScratchDatabase(target, { migrate: false });
  });

  afterEach(async () => {
    await scratch.dispose();
  });

  it('applies every migration in name order, then nothing on a second run', async () => {
    expect(await scratch.migrate()).toEqual(Object.keys(MIGRATIONS).sort());
    expect(Object.keys(MIGRATIONS).slice(0, 4)).toEqual([
      '0001-app-meta',
      '0002-auth-tables',
      '0003-organisation-and-records',
      '0004-clinical-records',
    ]);
    expect(await scratch.migrate()).toEqual([]);
  });

  it('creates every table of the schema, empty and queryable', async () => {
    await scratch.migrate();
    for (const table of TABLES) {
      const { rows } = await sql<{ n: number }>`select count(*) as n from ${sql.table(table)}`.execute(scratch.db);
      expect(Number(rows[0]?.n), table).toBe(table === 'app_meta' ? 2 : 0);
    }
  });

  it('keeps its own migration bookkeeping even when another database schema has one', async () => {
    const other = await createScratchDatabase(target);
    try {
      expect(await scratch.migrate()).toHaveLength(Object.keys(MIGRATIONS).length);
    } finally {
      await other.dispose();
    }
  });

  describe('after migrating', () => {
    beforeEach(async () => {
      await scratch.migrate();
    });

    it('deletes a user’s sessions with the user (better-auth foreign key)', async () => {
      const userId = await insertTestUser(scratch.db);
      const at = scratch.dialect === 'sqlite' ? '2026-01-01T00:00:00.000Z' : new Date('2026-01-01T00:00:00.000Z');
      await scratch.db
        .insertInto('session')
        .values({
          id: 's1',
          expiresAt: at,
          token: 'token-1',
          createdAt: at,
          updatedAt: at,
          ipAddress: null,
          userAgent: null,
          userId,
          impersonatedBy: null,
        })
        .execute();
      await scratch.db.deleteFrom('user').where('id', '=', userId).execute();
      expect(await scratch.db.selectFrom('session').selectAll().execute()).toEqual([]);
    });

    it('refuses a membership role outside the list', async () => {
      const userId = await insertTestUser(scratch.db);
      await scratch.db
        .insertInto('facility')
        .values({
          id: 'f1',
          name: 'Riverbend Clinic',
          region: 'North',
          address: '1 Test Way',
          created_at: 'x',
          updated_at: 'x',
        })
        .execute();
      const insert = sql`insert into membership (id, user_id, facility_id, role, created_at)
        values ('m1', ${userId}, 'f1', 'superuser', '2026-01-01T00:00:00.000Z')`.execute(scratch.db);
      await expect(insert).rejects.toThrow(/check/i);
    });

    it('refuses a consent with neither an expiry date nor an expiry event', async () => {
      const insert = sql`insert into consent (id, consent_group_id, version, patient_id, recipient_kind, recipient_name,
        categories, purpose, attestation, created_by, created_at)
        values ('c1', 'c1', 1, 'p1', 'external-provider', 'Dr. Test', '["labs"]', 'care', 'signed', 'u', 'now')`;
      await expect(insert.execute(scratch.db)).rejects.toThrow(/check|constraint/i);
    });

    it('refuses UPDATE and DELETE of audit rows, guards audit and disclosure tables with triggers, and signals principal changes', async () => {
      await sql`insert into audit_event (seq, id, at, action, resource_type, outcome, break_glass, request_id,
        client_ip, prev_hash, hash) values (1, 'a1', 'now', 'test', 'patient', 'allowed', 0, 'r', 'ip', 'p', 'h')`.execute(
        scratch.db,
      );
      await expect(sql`update audit_event set action = 'changed'`.execute(scratch.db)).rejects.toThrow(/append-only/);
      await expect(sql`delete from audit_event`.execute(scratch.db)).rejects.toThrow(/append-only/);
      const triggers =
        scratch.dialect === 'sqlite'
          ? await sql<{ name: string }>`select name from sqlite_master where type = 'trigger' order by name`.execute(
              scratch.db,
            )
          : await sql<{ name: string }>`select tgname as name from pg_trigger t join pg_class c on c.oid = t.tgrelid
              where c.relnamespace = current_schema()::regnamespace and not t.tgisinternal order by tgname`.execute(
              scratch.db,
            );
      expect(triggers.rows.map((row) => row.name)).toEqual(
        scratch.dialect === 'sqlite'
          ? [
              'audit_event_no_delete',
              'audit_event_no_update',
              'disclosure_no_delete',
              'disclosure_no_update',
              // Migration 0011: a call-back request's log and its referrals.
              'inquiry_activity_no_delete',
              'inquiry_activity_no_update',
              'inquiry_disclosure_no_delete',
              'inquiry_disclosure_no_update',
              ...PRINCIPAL_CHANGE_TRIGGERS,
            ]
          : [
              'audit_event_append_only',
              'audit_event_no_truncate',
              'disclosure_append_only',
              'disclosure_no_truncate',
              'inquiry_activity_append_only',
              'inquiry_activity_no_truncate',
              'inquiry_disclosure_append_only',
              'inquiry_disclosure_no_truncate',
              ...PRINCIPAL_CHANGE_TRIGGERS,
            ],
      );
    });
  });
});
