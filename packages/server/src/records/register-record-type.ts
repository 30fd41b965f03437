import type { AnyRecordType } from '@kratom-care/contracts';
import type { App } from '../app-types.js';
import { registerCreateRecord } from './create-record.js';
import { registerGetRecord } from './get-record.js';
import { registerListRecords } from './list-records.js';
import { registerMarkEnteredInError } from './mark-entered-in-error.js';
import { registerUpdateRecord } from './update-record.js';

/**
 * Registers every route a record type's declaration produces: list, get, create, update (editable
 * types only) and entered in error, each through `withPatientAccess`, audited, in the OpenAPI
 * document.
 *
 * @param app - The app (with a database).
 * @param type - The declared record type.
 */
export function registerRecordType(app: App, type: AnyRecordType): void {
  registerListRecords(app, type);
  registerCreateRecord(app, type);
  registerGetRecord(app, type);
  if (type.versioning === 'editable') {
    registerUpdateRecord(app, type);
  }
  registerMarkEnteredInError(app, type);
}
