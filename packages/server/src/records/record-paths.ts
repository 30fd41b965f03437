import { ZIdParams, ZRecordId, ZRecordParams, type AnyRecordType } from '@kratom-care/contracts';
import type { z } from 'zod';

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
 * @returns Its route patterns under `/api/patients/:id/<name>`, or for a nested type under its
 *   parent record, `/api/patients/:id/<parent>/:<param>/<name>`.
 */
export function recordPaths(type: Pick<AnyRecordType, 'name' | 'parent'>): RecordPaths {
  const under = type.parent === undefined ? '' : `/${type.parent.type}/:${type.parent.param}`;
  const collection = `/api/patients/:id${under}/${type.name}`;
  return { collection, item: `${collection}/:recordId`, enteredInError: `${collection}/:recordId/entered-in-error` };
}

/** The path parameters of a record type's routes: the patient, a nested type's parent, the record. */
export interface RecordParamSchemas {
  readonly collection: z.ZodType<{ id: string } & Record<string, string>>;
  readonly item: z.ZodType<{ id: string; recordId: string } & Record<string, string>>;
}

/**
 * @param type - A declared record type.
 * @returns The params schemas of its collection and item routes (a nested type's parent id checked
 *   like every other id).
 */
export function recordParams(type: Pick<AnyRecordType, 'parent'>): RecordParamSchemas {
  if (type.parent === undefined) {
    return { collection: ZIdParams, item: ZRecordParams };
  }
  // The parameter's name is data, so zod types the extended shape as an index signature; the
  // patient and record ids are still in it.
  const parent = { [type.parent.param]: ZRecordId };
  return {
    collection: ZIdParams.extend(parent) as unknown as RecordParamSchemas['collection'],
    item: ZRecordParams.extend(parent) as unknown as RecordParamSchemas['item'],
  };
}
