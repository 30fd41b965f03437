import { randomUUID } from 'node:crypto';
import { sql } from 'kysely';
import { dialectOf, nowIso, withTransaction, type Executor } from '../executor.js';
import { AUDIT_GENESIS_HASH, auditRowHash, type AuditContent, type AuditKey } from './audit-hash.js';
import { toAuditRecord, type AuditEventInput, type AuditEventRecord } from './audit-record.js';

/** Advisory-lock key that serialises audit appends on PostgreSQL ("kcau"). */
export const AUDIT_LOCK_KEY = 0x6b636175;

/**
 * Appends one row to the audit chain: reads the last row, then writes `seq = last + 1`,
 * `prev_hash = last.hash` and `hash = HMAC(key, prev_hash || canonical JSON)`.
 *
 * Call it with the transaction of the read or write it describes, so both commit or neither
 * does (SECURITY.md AL-02). Given a plain database handle it opens its own transaction. On
 * PostgreSQL a transaction-scoped advisory lock serialises appends until commit; SQLite
 * transactions on one connection already run one at a time. Use the default READ COMMITTED
 * isolation on PostgreSQL: a snapshot taken before the lock would not see the latest row.
 *
 * @param executor - The caller's transaction (or a database handle).
 * @param key - The audit key (decision 0012); never stored in the database.
 * @param event - What happened.
 * @returns The stored row with its seq and hashes.
 */
export async function appendAudit(
  executor: Executor,
  key: AuditKey,
  event: AuditEventInput,
): Promise<AuditEventRecord> {
  return withTransaction(executor, async (trx) => {
    if (dialectOf(trx) === 'postgres') {
      await sql`select pg_advisory_xact_lock(${sql.lit(AUDIT_LOCK_KEY)})`.execute(trx);
    }
    const last = await trx
      .selectFrom('audit_event')
      .select(['seq', 'hash'])
      .orderBy('seq', 'desc')
      .limit(1)
      .executeTakeFirst();
    const content: AuditContent = {
      seq: (last?.seq ?? 0) + 1,
      id: event.id ?? randomUUID(),
      at: event.at ?? nowIso(),
      actor_user_id: event.actorUserId ?? null,
      actor_role: event.actorRole ?? null,
      actor_facility_id: event.actorFacilityId ?? null,
      action: event.action,
      patient_id: event.patientId ?? null,
      resource_type: event.resourceType,
      resource_id: event.resourceId ?? null,
      outcome: event.outcome,
      break_glass: event.breakGlass === true ? 1 : 0,
      reason: event.reason ?? null,
      request_id: event.requestId,
      client_ip: event.clientIp,
    };
    const prevHash = last?.hash ?? AUDIT_GENESIS_HASH;
    const row = { ...content, prev_hash: prevHash, hash: auditRowHash(key, prevHash, content) };
    await trx.insertInto('audit_event').values(row).execute();
    return toAuditRecord(row);
  });
}
