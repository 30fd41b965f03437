/** The admissions API's addresses and the pages' own, in one place for the pages and their tests. */
export const INQUIRIES_PATH = '/api/inquiries';
export const INQUIRY_REPORTS_PATH = '/api/inquiries/reports';

/**
 * @param id - The inquiry's id.
 * @returns Its API address (`GET`/`PATCH`).
 */
export function inquiryPath(id: string): string {
  return `${INQUIRIES_PATH}/${encodeURIComponent(id)}`;
}

/**
 * @param id - The inquiry's id.
 * @returns Its page in the workspace.
 */
export function inquiryPagePath(id: string): string {
  return `/admissions/inquiries/${encodeURIComponent(id)}`;
}
