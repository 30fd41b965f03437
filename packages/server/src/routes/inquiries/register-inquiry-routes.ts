import type { App } from '../../app-types.js';
import { registerConvertInquiry } from './convert-inquiry.js';
import { registerCreateInquiry } from './create-inquiry.js';
import { registerCreateInquiryActivity } from './create-inquiry-activity.js';
import { registerGetInquiry } from './get-inquiry.js';
import { registerInquiryReports } from './inquiry-reports.js';
import { registerListInquiries } from './list-inquiries.js';
import { registerReferInquiry } from './refer-inquiry.js';
import { registerUpdateInquiry } from './update-inquiry.js';

/**
 * The call-back request routes (issue 11 §3–§5): the public form's `POST /api/inquiries`, and the
 * admissions queue, detail, changes, log, conversion, referral and reports.
 *
 * @param app - The app, with `app.identity` and `app.inquirySettings` decorated.
 */
export function registerInquiryRoutes(app: App): void {
  registerCreateInquiry(app);
  registerListInquiries(app);
  registerInquiryReports(app);
  registerGetInquiry(app);
  registerUpdateInquiry(app);
  registerCreateInquiryActivity(app);
  registerConvertInquiry(app);
  registerReferInquiry(app);
}
