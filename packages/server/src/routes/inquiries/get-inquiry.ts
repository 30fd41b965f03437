import { ZApiError, ZIdParams, ZInquiryDetail } from '@kratom-care/contracts';
import type { App } from '../../app-types.js';
import { setEtag } from '../patients/patient-view.js';
import { loadInquiryDetail } from './load-inquiry-detail.js';
import { withInquiryAccess } from './with-inquiry-access.js';

/**
 * `GET /api/inquiries/:id`: a request with its checklists and activity log, for admissions staff
 * of its facility (everyone else: 404). Audited as `inquiry.read`.
 *
 * @param app - The app (with a database).
 */
export function registerGetInquiry(app: App): void {
  app.get(
    '/api/inquiries/:id',
    {
      schema: {
        summary: 'A call-back request',
        tags: ['inquiries'],
        params: ZIdParams,
        response: { 200: ZInquiryDetail, 404: ZApiError },
      },
    },
    async (request, reply) => {
      const detail = await withInquiryAccess(
        app,
        request,
        { inquiryId: request.params.id, action: 'inquiry.read', mode: 'read' },
        ({ trx, inquiry }) => loadInquiryDetail(app, trx, inquiry),
      );
      setEtag(reply, detail.version);
      return detail;
    },
  );
}
