import { randomUUID } from 'node:crypto';
import type { Selectable } from 'kysely';
import { nowIso, type Executor } from '../executor.js';
import type { ConsentTable } from '../schema/app-tables.js';
import type { ConsentCategory, RecipientKind } from '../vocabulary.js';
import { categoriesFromJson, categoriesToJson } from './json-columns.js';

/** What a consent allows (42 CFR §2.31 elements other than the patient and the signing). */
export interface ConsentTerms {
  readonly recipientKind: RecipientKind;
  /** Required for `family-user`. */
  readonly recipientUserId?: string | null;
  /** Required for `external-provider`. */
  readonly recipientName?: string | null;
  readonly categories: readonly ConsentCategory[];
  readonly purpose: string;
  /** An expiry date, an expiry event, or both. */
  readonly expiresAt?: string | null;
  readonly expiryEvent?: string | null;
  /** The signature or attestation text. */
  readonly attestation: string;
}

/** One version of a consent. Versions are never edited; only revocation (and, in data from earlier releases, replacement) is recorded. */
export interface ConsentRecord {
  readonly id: string;
  readonly consentGroupId: string;
  readonly version: number;
  readonly patientId: string;
  readonly recipientKind: RecipientKind;
  readonly recipientUserId: string | null;
  readonly recipientName: string | null;
  readonly categories: ConsentCategory[];
  readonly purpose: string;
  readonly expiresAt: string | null;
  readonly expiryEvent: string | null;
  readonly attestation: string;
  readonly createdBy: string;
  readonly createdAt: string;
  readonly revokedAt: string | null;
  readonly revokedBy: string | null;
  readonly supersededBy: string | null;
}

/** @internal Maps a `consent` row; shared with the consent queries. */
export function toConsentRecord(row: Selectable<ConsentTable>): ConsentRecord {
  return {
    id: row.id,
    consentGroupId: row.consent_group_id,
    version: row.version,
    patientId: row.patient_id,
    recipientKind: row.recipient_kind,
    recipientUserId: row.recipient_user_id,
    recipientName: row.recipient_name,
    categories: categoriesFromJson(row.categories),
    purpose: row.purpose,
    expiresAt: row.expires_at,
    expiryEvent: row.expiry_event,
    attestation: row.attestation,
    createdBy: row.created_by,
    createdAt: row.created_at,
    revokedAt: row.revoked_at,
    revokedBy: row.revoked_by,
    supersededBy: row.superseded_by,
  };
}

async function insertVersion(
  executor: Executor,
  base: { id: string; consentGroupId: string; version: number; patientId: string },
  terms: ConsentTerms,
  signed: { createdBy: string; at: string },
): Promise<ConsentRecord> {
  const row: Selectable<ConsentTable> = {
    id: base.id,
    consent_group_id: base.consentGroupId,
    version: base.version,
    patient_id: base.patientId,
    recipient_kind: terms.recipientKind,
    recipient_user_id: terms.recipientUserId ?? null,
    recipient_name: terms.recipientName ?? null,
    categories: categoriesToJson(terms.categories),
    purpose: terms.purpose,
    expires_at: terms.expiresAt ?? null,
    expiry_event: terms.expiryEvent ?? null,
    attestation: terms.attestation,
    created_by: signed.createdBy,
    created_at: signed.at,
    revoked_at: null,
    revoked_by: null,
    superseded_by: null,
  };
  await executor.insertInto('consent').values(row).execute();
  return toConsentRecord(row);
}

/**
 * Records a new consent (version 1 of a new consent group).
 *
 * @param executor - Database or transaction.
 * @param input - The patient, the terms, and who signed; `at` defaults to now.
 * @returns The stored consent.
 * @throws When the terms break a database rule (family consent without a user, no expiry at all).
 */
export async function createConsent(
  executor: Executor,
  input: ConsentTerms & { patientId: string; createdBy: string; at?: string },
): Promise<ConsentRecord> {
  const id = randomUUID();
  return insertVersion(executor, { id, consentGroupId: id, version: 1, patientId: input.patientId }, input, {
    createdBy: input.createdBy,
    at: input.at ?? nowIso(),
  });
}

/**
 * Revokes a current consent. It stops granting anything from the next query on.
 *
 * @param executor - Database or transaction.
 * @param consentId - The current version.
 * @param input - Who revoked it; `at` defaults to now.
 * @returns The revoked version, `'not-found'`, or `'not-current'` when it was already revoked or replaced.
 */
export async function revokeConsent(
  executor: Executor,
  consentId: string,
  input: { revokedBy: string; at?: string },
): Promise<ConsentRecord | 'not-found' | 'not-current'> {
  const row = await executor
    .updateTable('consent')
    .set({ revoked_at: input.at ?? nowIso(), revoked_by: input.revokedBy })
    .where('id', '=', consentId)
    .where('revoked_at', 'is', null)
    .where('superseded_by', 'is', null)
    .returningAll()
    .executeTakeFirst();
  if (row !== undefined) {
    return toConsentRecord(row);
  }
  return (await getConsent(executor, consentId)) === undefined ? 'not-found' : 'not-current';
}

/**
 * @param executor - Database or transaction.
 * @param id - Consent version id.
 * @returns The version, or undefined.
 */
export async function getConsent(executor: Executor, id: string): Promise<ConsentRecord | undefined> {
  const row = await executor.selectFrom('consent').selectAll().where('id', '=', id).executeTakeFirst();
  return row === undefined ? undefined : toConsentRecord(row);
}
