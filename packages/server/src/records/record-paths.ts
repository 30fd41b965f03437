import type { AnyRecordType } from '@kratom-care/contracts';

/** The URL patterns of one record type's routes. */
export interface RecordPaths {
  /** `GET` lists, `POST` creates. */
  readonly collection: string;
  /** `GET` reads one, `PUT` replaces it (editable types). */
  readonly item: string;
  /** `POST` marks the record entered in error. */
  readonly enteredInError: string;
}

/**
 * @param type - A declared record type.
 * @returns Its route patterns under `/api/patients/:id/<name>`.
 */
export function recordPaths(type: Pick<AnyRecordType, 'name'>): RecordPaths {
  const collection = `/api/patients/:id/${type.name}`;
  return { collection, item: `${collection}/:recordId`, enteredInError: `${collection}/:recordId/entered-in-error` };
}
