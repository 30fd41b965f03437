import { storedRecordType, type AnyRecordType, type RecordParentRecord } from '@kratom-care/contracts';
import { getClinicalRecord, type Executor } from '@kratom-care/store';
import { notFound } from '../access/with-patient-access.js';

/** Where a request's records live: the stored type, and a nested type's parent record. */
export interface RecordScope {
  readonly storedType: string;
  readonly parent?: RecordParentRecord & { readonly status: string };
}

/**
 * Resolves the records a request reaches. For a nested type the parent named in the path must be a
 * record of the parent type of the same patient; a missing one and one of another patient answer the
 * same 404 as a hidden patient, byte for byte.
 *
 * @param executor - The request's transaction or database.
 * @param type - The declared record type.
 * @param patientId - The patient the policy admitted.
 * @param params - The route's path parameters.
 * @returns The stored type and the parent.
 * @throws AppError NOT_FOUND when the parent record does not exist for this patient.
 */
export async function recordScope(
  executor: Executor,
  type: AnyRecordType,
  patientId: string,
  params: Readonly<Record<string, string>>,
): Promise<RecordScope> {
  if (type.parent === undefined) {
    return { storedType: type.name };
  }
  const parentId = params[type.parent.param] ?? '';
  const parent = await getClinicalRecord(executor, { patientId, type: type.parent.type, id: parentId });
  if (parent === undefined) {
    throw notFound();
  }
  return {
    storedType: storedRecordType(type, parentId),
    parent: { id: parent.id, body: parent.body, status: parent.status },
  };
}
