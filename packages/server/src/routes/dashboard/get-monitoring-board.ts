import {
  ZApiError,
  ZMonitoringBoardResponse,
  ZMonitoringListQuery,
  type TMonitoringBoardResponse,
} from '@kratom-care/contracts';
import { listMonitoringBoard } from '@kratom-care/store';
import type { App } from '../../app-types.js';
import { caseloadRead } from './caseload-read.js';

/**
 * `GET /api/monitoring-board?limit=&cursor=`: the withdrawal-monitoring board (issue 10 §1, §3):
 * the signed-in clinician's patients in active withdrawal (a next score is scheduled), the one due
 * soonest first, overdue ones included and marked. One query over the clinician's care-team rows
 * joined to the stored, indexed next-due time (decision 0024), keyset paged. Anyone who is not a
 * clinician gets 404; every answer writes one audit row (`monitoring-board.read`, or `denied`).
 *
 * @param app - The app (with a database).
 */
export function registerGetMonitoringBoard(app: App): void {
  app.get(
    '/api/monitoring-board',
    {
      schema: {
        summary: "The clinician's withdrawal-monitoring board",
        tags: ['monitoring'],
        querystring: ZMonitoringListQuery,
        response: { 200: ZMonitoringBoardResponse, 400: ZApiError, 404: ZApiError },
      },
    },
    async (request): Promise<TMonitoringBoardResponse> =>
      caseloadRead(app, request, request.query, {
        action: 'monitoring-board.read',
        resourceType: 'monitoring-board',
        list: listMonitoringBoard,
      }),
  );
}
