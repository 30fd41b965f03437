import { ZApiError, ZDashboardResponse, ZMonitoringListQuery, type TDashboardResponse } from '@kratom-care/contracts';
import { listDashboard } from '@kratom-care/store';
import type { App } from '../../app-types.js';
import { caseloadRead } from './caseload-read.js';

/**
 * `GET /api/dashboard?limit=&cursor=`: the signed-in clinician's patients (their care team, within
 * the access rules), most pressing first, each with status, care intensity, hours since the last
 * kratom dose, the latest COWS or SOWS with band and trend, the next score due and the open
 * alerts (issue 10 §1). One query over the clinician's care-team rows joined to the monitoring
 * summary (decision 0024), keyset paged. Anyone who is not a clinician gets 404; every answer writes
 * one audit row (`dashboard.read`, or `denied`).
 *
 * @param app - The app (with a database).
 */
export function registerGetDashboard(app: App): void {
  app.get(
    '/api/dashboard',
    {
      schema: {
        summary: "The clinician's dashboard of their patients",
        tags: ['monitoring'],
        querystring: ZMonitoringListQuery,
        response: { 200: ZDashboardResponse, 400: ZApiError, 404: ZApiError },
      },
    },
    async (request): Promise<TDashboardResponse> =>
      caseloadRead(app, request, request.query, {
        action: 'dashboard.read',
        resourceType: 'dashboard',
        list: listDashboard,
      }),
  );
}
