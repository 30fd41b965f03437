import { randomUUID } from 'node:crypto';
import type { Selectable } from 'kysely';
import { nowIso, type Executor } from '../executor.js';
import { fetchKeysetPage, type KeysetPage, type KeysetRequest } from '../keyset.js';
import type { DisclosureTable } from '../schema/app-tables.js';
import type { ConsentCategory, DisclosureAction, RecipientKind } from '../vocabulary.js';
import { categoriesFromJson, categoriesToJson } from './json-columns.js';

/** One record of patient data leaving the program (42 CFR §2.24 accounting). Append-only. */
export interface DisclosureRecord {
  readonly id: string;
  readonly patientId: string;
  readonly consentId: string | null;
  readonly recipientKind: RecipientKind;
  readonly recipientUserId: string | null;
  readonly recipientName: string | null;
  readonly categories: ConsentCategory[];
  readonly purpose: string;
  readonly action: DisclosureAction;
  readonly resourceType: string;
  readonly resourceId: string | null;
  readonly actorUserId: string;
  readonly occurredAt: string;
  readonly requestId: string;
}

/** What {@link recordDisclosure} needs; `id` and `occurredAt` default to a new UUID and now. */
export type DisclosureInput = Omit<
  DisclosureRecord,
  'id' | 'occurredAt' | 'consentId' | 'recipientUserId' | 'recipientName' | 'resourceId' | 'categories'
> & {
  readonly id?: string;
  readonly occurredAt?: string;
  readonly consentId?: string | null;
  readonly recipientUserId?: string | null;
  readonly recipientName?: string | null;
  readonly resourceId?: string | null;
  readonly categories: readonly ConsentCategory[];
};

function toRecord(row: Selectable<DisclosureTable>): DisclosureRecord {
  return {
    id: row.id,
    patientId: row.patient_id,
    consentId: row.consent_id,
    recipientKind: row.recipient_kind,
    recipientUserId: row.recipient_user_id,
    recipientName: row.recipient_name,
    categories: categoriesFromJson(row.categories),
    purpose: row.purpose,
    action: row.action,
    resourceType: row.resource_type,
    resourceId: row.resource_id,
    actorUserId: row.actor_user_id,
    occurredAt: row.occurred_at,
    requestId: row.request_id,
  };
}

/**
 * Records a disclosure. Call it in the same transaction as the read it describes.
 *
 * @param executor - Database or transaction.
 * @param input - Who received what, under which consent, why and through which request.
 * @returns The stored disclosure.
 */
export async function recordDisclosure(executor: Executor, input: DisclosureInput): Promise<DisclosureRecord> {
  const row: Selectable<DisclosureTable> = {
    id: input.id ?? randomUUID(),
    patient_id: input.patientId,
    consent_id: input.consentId ?? null,
    recipient_kind: input.recipientKind,
    recipient_user_id: input.recipientUserId ?? null,
    recipient_name: input.recipientName ?? null,
    categories: categoriesToJson(input.categories),
    purpose: input.purpose,
    action: input.action,
    resource_type: input.resourceType,
    resource_id: input.resourceId ?? null,
    actor_user_id: input.actorUserId,
    occurred_at: input.occurredAt ?? nowIso(),
    request_id: input.requestId,
  };
  await executor.insertInto('disclosure').values(row).execute();
  return toRecord(row);
}

/**
 * One page of the accounting of disclosures for one patient, newest first: one query.
 *
 * @param executor - Database or transaction.
 * @param patientId - The patient.
 * @param page - Limit and cursor.
 * @param window - Optional bounds on `occurredAt`: `from` inclusive, `to` exclusive.
 * @returns The page.
 * @throws InvalidCursorError for a cursor this list did not make.
 */
export async function listDisclosuresForPatient(
  executor: Executor,
  patientId: string,
  page: KeysetRequest,
  window: { from?: string; to?: string } = {},
): Promise<KeysetPage<DisclosureRecord>> {
  const query = executor
    .selectFrom('disclosure')
    .selectAll()
    .where('disclosure.patient_id', '=', patientId)
    .$if(window.from !== undefined, (builder) => builder.where('disclosure.occurred_at', '>=', window.from ?? ''))
    .$if(window.to !== undefined, (builder) => builder.where('disclosure.occurred_at', '<', window.to ?? ''));
  const fetched = await fetchKeysetPage(
    query,
    [
      { column: 'disclosure.occurred_at', direction: 'desc' },
      { column: 'disclosure.id', direction: 'desc' },
    ],
    page,
    (row) => [row.occurred_at, row.id],
  );
  return { rows: fetched.rows.map(toRecord), nextCursor: fetched.nextCursor };
}
