import { RECORD_TYPES, storedRecordType, type AnyRecordType, type RecordParentRecord } from '@kratom-care/contracts';
import { getClinicalRecord, type Executor } from '@kratom-care/store';
import { notFound, type PatientAccess } from '../access/with-patient-access.js';

/** Where a request's records live: the stored type, a nested type's parent record, and whose records it reaches. */
export interface RecordScope {
  readonly storedType: string;
  readonly parent?: RecordParentRecord & { readonly status: string };
  /**
   * The only recorder whose records of the type the caller may see (a type declared `authorOnly`);
   * undefined when every record of the patient is theirs to see.
   */
  readonly recordedBy?: string;
}

/** What the author rule looks at: who calls, and how the policy admitted them. */
export type RecordReader = Pick<PatientAccess, 'principal' | 'decision'>;

/**
 * The author rule of a declaration, one reading for lists (SQL), single reads, nested routes and
 * entered in error: for an `authorOnly` type a reader reaches only the records they recorded,
 * except a family member admitted by a consent naming the type's own category, which covers every
 * record of it (42 CFR §2.31(b); docs/decisions/0035-counselling-notes-author-only.md).
 *
 * @param type - The declared record type.
 * @param reader - The caller and the policy's decision.
 * @returns The recorder to filter on, or undefined for no filter.
 */
export function authorFilter(type: Pick<AnyRecordType, 'authorOnly'>, reader: RecordReader): string | undefined {
  return type.authorOnly === true && reader.decision.via !== 'consent' ? reader.principal.userId : undefined;
}

/**
 * Resolves the records a request reaches. For a nested type the parent named in the path must be a
 * record of the parent type of the same patient that the caller may see (the parent type's author
 * rule applies); a missing one, one of another patient and one of another author answer the same
 * 404 as a hidden patient, byte for byte.
 *
 * @param executor - The request's transaction or database.
 * @param type - The declared record type.
 * @param access - The patient the policy admitted, the caller and the decision.
 * @param params - The route's path parameters.
 * @returns The stored type, the parent and the author filter.
 * @throws AppError NOT_FOUND when the parent record does not exist for this patient and caller.
 */
export async function recordScope(
  executor: Executor,
  type: AnyRecordType,
  access: RecordReader & Pick<PatientAccess, 'patient'>,
  params: Readonly<Record<string, string>>,
): Promise<RecordScope> {
  const recordedBy = authorFilter(type, access);
  const own = recordedBy === undefined ? {} : { recordedBy };
  if (type.parent === undefined) {
    return { storedType: type.name, ...own };
  }
  const parentType = RECORD_TYPES.find((candidate) => candidate.name === type.parent?.type);
  const parentId = params[type.parent.param] ?? '';
  const parent = await getClinicalRecord(executor, {
    patientId: access.patient.id,
    type: type.parent.type,
    id: parentId,
    recordedBy: parentType === undefined ? undefined : authorFilter(parentType, access),
  });
  if (parent === undefined) {
    throw notFound();
  }
  return {
    storedType: storedRecordType(type, parentId),
    parent: { id: parent.id, body: parent.body, status: parent.status },
    ...own,
  };
}
