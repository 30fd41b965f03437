import type { Page, Request } from '@playwright/test';

/** One request the page made, reduced to what the privacy checks need. */
export interface RecordedRequest {
  readonly url: string;
  readonly method: string;
  readonly body: string;
}

/**
 * Records every request a page makes (documents, scripts, fetches, beacons), so a test can prove that the
 * self-check talks only to its own origin and that no request carries the person's answers.
 */
export function recordRequests(page: Page): RecordedRequest[] {
  const requests: RecordedRequest[] = [];
  page.on('request', (request: Request) => {
    requests.push({ url: request.url(), method: request.method(), body: request.postData() ?? '' });
  });
  return requests;
}

/** Requests whose origin is not the app's own. */
export function foreignRequests(requests: readonly RecordedRequest[], appOrigin: string): RecordedRequest[] {
  return requests.filter((request) => {
    if (request.url.startsWith('data:') || request.url.startsWith('blob:')) {
      return false;
    }
    return new URL(request.url).origin !== appOrigin;
  });
}
