import { ZApiError, type AnyRecordType, type TRecordListQuery } from '@kratom-care/contracts';
import { listClinicalRecords } from '@kratom-care/store';
import type { App } from '../app-types.js';
import { withPatientAccess } from '../access/with-patient-access.js';
import { listBody, pageOrBadCursor } from '../routes/keyset-page.js';
import { ACCESS_PROFILE_CHECKS } from './access-profiles.js';
import { discloseToFamily } from './family-disclosure.js';
import { recordParams, recordPaths } from './record-paths.js';
import { recordScope } from './record-scope.js';
import { recordView } from './record-view.js';

/** ISO text with an offset, as UTC with milliseconds (the store's sortable time format). */
function utc(time: string | undefined): string | undefined {
  return time === undefined ? undefined : new Date(time).toISOString();
}

/** The value of the type's declared subtype filter (`?instrument=`), already checked by the query schema. */
function subtypeFilter(type: AnyRecordType, query: TRecordListQuery): string | undefined {
  const value = type.subtype === undefined ? undefined : query[type.subtype.filter];
  return typeof value === 'string' ? value : undefined;
}

/**
 * `GET /api/patients/:id/<type>`: one keyset page of the patient's records of the type, newest
 * first by default, entered-in-error ones included with their status. Readers per the type's
 * access profile; of an `authorOnly` type only the caller's own records, filtered in the query.
 * A family member's read is a disclosure.
 *
 * @param app - The app (with a database).
 * @param type - The declared record type.
 */
export function registerListRecords(app: App, type: AnyRecordType): void {
  const checks = ACCESS_PROFILE_CHECKS[type.access];
  app.get(
    recordPaths(type).collection,
    {
      schema: {
        summary: `List a patient's ${type.title.many}`,
        tags: ['records'],
        params: recordParams(type).collection,
        querystring: type.listQuery,
        response: { 200: type.listResponse, 400: ZApiError, 404: ZApiError },
      },
    },
    async (request) => {
      // The declared query schema validated it; its inferred type is the union of every filter set.
      const query = request.query as TRecordListQuery;
      return withPatientAccess(
        app,
        request,
        {
          patientId: request.params.id,
          action: type.audit.list,
          resourceType: type.resourceType,
          check: checks.read,
          category: type.consentCategory,
          mode: 'read',
        },
        async (access) => {
          const scope = await recordScope(access.trx, type, access, request.params);
          const page = await pageOrBadCursor(
            listClinicalRecords(access.trx, {
              patientId: access.patient.id,
              type: scope.storedType,
              order: query.order,
              limit: query.limit,
              cursor: query.cursor ?? null,
              status: query.status,
              subtype: subtypeFilter(type, query),
              from: utc(query.from),
              to: utc(query.to),
              recordedBy: scope.recordedBy,
            }),
          );
          const body = listBody(page, (record) => recordView(type, record));
          return { ...body, ...(await discloseToFamily(request, access, type, null)) };
        },
      );
    },
  );
}
