import { ZInquiryDetail, type TInquiryDetail, type TUpdateInquiryRequest } from '@kratom-care/contracts';
import { asApiError } from '../../api/api-error';
import { useApiMutation } from '../../api/use-api-mutation';
import { INQUIRIES_PATH, INQUIRY_REPORTS_PATH, inquiryPath } from './admissions-paths';

/** Called after a 412 with the version the failed save was based on (the page then shows what changed). */
export type OnStale = (shown: TInquiryDetail) => void;

/**
 * @param inquiry - The request as shown.
 * @returns The reads a change of it makes stale: the request, the queue and the reports.
 */
export function inquiryReads(inquiry: { readonly id: string }): string[] {
  return [inquiryPath(inquiry.id), INQUIRIES_PATH, INQUIRY_REPORTS_PATH];
}

/**
 * `PATCH /api/inquiries/:id` with `If-Match` set to the version on screen. When someone else saved
 * first, the server answers 412: the request is read again (useApiMutation does that) and `onStale`
 * gets the version this screen was based on, so the page can say what changed. The form keeps what
 * was typed; saving again sends it against the new version.
 *
 * @param inquiry - The request as shown.
 * @param onStale - See {@link OnStale}.
 * @returns Sends a change; resolves true when saved, false after a 412 (other failures reject, so a
 *   form shows them beside its fields).
 */
export function useInquiryChange(
  inquiry: TInquiryDetail,
  onStale: OnStale,
): (body: TUpdateInquiryRequest) => Promise<boolean> {
  const patch = useApiMutation(
    ZInquiryDetail,
    (body: TUpdateInquiryRequest) => ({
      method: 'PATCH',
      path: inquiryPath(inquiry.id),
      body,
      headers: { 'If-Match': `"${String(inquiry.version)}"` },
    }),
    { invalidates: inquiryReads(inquiry) },
  );
  return async (body) => {
    try {
      await patch.mutateAsync(body);
      return true;
    } catch (error) {
      if (asApiError(error).status === 412) {
        onStale(inquiry);
        return false;
      }
      throw error;
    }
  };
}
