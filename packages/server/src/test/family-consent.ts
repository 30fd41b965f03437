import { randomUUID } from 'node:crypto';
import type { AppDatabase } from '@kratom-care/store';
import { PATIENT_A, USERS } from './access-world.js';

/**
 * Gives the access world's family member who has no consent (`family-without-consent`) a consent in
 * force over patient A for these categories only, written straight to the table as the fictional
 * patient would have granted it.
 *
 * @param db - The access world's database.
 * @param categories - The record categories the consent covers.
 * @returns The consent's id.
 */
export async function grantFamilyConsent(db: AppDatabase, categories: readonly string[]): Promise<string> {
  const id = `consent-${randomUUID()}`;
  await db
    .insertInto('consent')
    .values({
      id,
      consent_group_id: id,
      version: 1,
      patient_id: PATIENT_A,
      recipient_kind: 'family-user',
      recipient_user_id: USERS['family-without-consent'],
      recipient_name: null,
      categories: JSON.stringify(categories),
      purpose: 'Family support',
      expires_at: '2099-01-01T00:00:00.000Z',
      expiry_event: null,
      attestation: 'Sample Alder',
      created_by: USERS.patient,
      created_at: '2026-01-01T00:00:00.000Z',
      revoked_at: null,
      revoked_by: null,
      superseded_by: null,
    })
    .execute();
  return id;
}
